package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;

import java.util.List;

/**
 * Switch points in the program's own code ({@code --switch-points user|user-shared|user-any}, explore's default): gilpy's
 * bundled library (threading, queue, concurrent.futures, ...) is trusted; a library function the program calls
 * keeps its own switch points, but what it calls in turn runs atomically between blocking points, so a
 * schedule decides where the user's code and its calls are interleaved, not how the library's internals are.
 * Blocking inside the library (a lock, a join, a queue get) still hands the baton over.
 */
public final class UserCode {
    private UserCode() {}

    /** The values of --switch-points. */
    public static final List<String> SWITCH_POINTS = List.of("breaker", "any", "shared", "user", "user-any", "user-shared");

    /** What --switch-points expects (for error messages). */
    public static final String EXPECTED = "user, user-shared, user-any, breaker, shared or any";

    /** The kind of switch point a --switch-points value names (one of {@link #SWITCH_POINTS}). */
    public static DeterministicScheduler.SwitchPoints kind(String pointsName) {
        String base = pointsName.equals("user") ? "breaker" : pointsName.startsWith("user-") ? pointsName.substring(5) : pointsName;
        for (DeterministicScheduler.SwitchPoints p : DeterministicScheduler.SwitchPoints.values()) {
            if (p.word.equals(base)) return p;
        }
        throw new IllegalArgumentException("--switch-points expects " + EXPECTED + ", not '" + pointsName + "'");
    }

    /** Whether the switch points need the eval loop's per-instruction hook (a JVM started with it). */
    public static boolean needsStepHooks(String pointsName) { return kind(pointsName).perInstruction(); }

    /** Applies the "user" part of a --switch-points value: switch points inside the bundled library are skipped. */
    public static DeterministicScheduler configure(DeterministicScheduler ds, String pointsName) {
        if (pointsName.startsWith("user")) ds.skipSwitchPointsWhile(UserCode::inLibrary);
        return ds;
    }

    /** A scheduler asking {@code source}, with the switch points {@code pointsName} (one of {@link #SWITCH_POINTS}). */
    public static DeterministicScheduler scheduler(DeterministicScheduler.DecisionSource source, String pointsName) {
        return configure(new DeterministicScheduler(source, kind(pointsName)), pointsName);
    }

    /**
     * Whether the calling thread is inside the bundled library below its first frame: a library function
     * the program called directly keeps its switch points (CPython can switch at its entry, which is where
     * the program's call interleaves with other threads), what that function calls runs atomically.
     */
    public static boolean inLibrary() {
        Frame f = ThreadState.current().frame;
        return f != null && isLibrary(f) && (f.back == null || isLibrary(f.back));
    }

    private static boolean isLibrary(Frame f) { return f.code.filename.startsWith(Interpreter.LIB_PREFIX); }
}
