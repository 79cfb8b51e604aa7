package dev.gilpy.explore;

import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;

import java.util.List;

/**
 * Switch points in the program's own code ({@code --switch-points user|user-any}, explore's default): gilpy's
 * bundled library (threading, queue, concurrent.futures, ...) is trusted; a library function the program calls
 * keeps its own switch points, but what it calls in turn runs atomically between blocking points, so a
 * schedule decides where the user's code and its calls are interleaved, not how the library's internals are.
 * Blocking inside the library (a lock, a join, a queue get) still hands the baton over.
 */
public final class UserCode {
    private UserCode() {}

    /** The values of --switch-points. */
    public static final List<String> SWITCH_POINTS = List.of("breaker", "any", "user", "user-any");

    /** A scheduler asking {@code source}, with the switch points {@code pointsName} (one of {@link #SWITCH_POINTS}). */
    public static dev.gilpy.concurrent.DeterministicScheduler scheduler(
            dev.gilpy.concurrent.DeterministicScheduler.DecisionSource source, String pointsName) {
        var ds = new dev.gilpy.concurrent.DeterministicScheduler(source, pointsName.endsWith("any")
                ? dev.gilpy.concurrent.DeterministicScheduler.SwitchPoints.ANY : dev.gilpy.concurrent.DeterministicScheduler.SwitchPoints.BREAKER);
        if (pointsName.startsWith("user")) ds.skipSwitchPointsWhile(UserCode::inLibrary);
        return ds;
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
