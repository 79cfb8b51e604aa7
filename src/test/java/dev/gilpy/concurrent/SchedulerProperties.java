package dev.gilpy.concurrent;

import dev.gilpy.Main;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.vm.Interpreter;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Property-based race tests: small threaded programs run in-process under every mode (GIL on, GIL off,
 * deterministic scheduler), with schedules as explicit decision lists jqwik can shrink. A failure names
 * the seed or the shrunk schedule and the command line that replays it.
 */
class SchedulerProperties {

    // ------------------------------------------------------------------ running

    enum Mode { GIL_ON, GIL_OFF, SCHED }

    static Path script(String source) {
        try {
            Path dir = Files.createTempDirectory("gilpy-sched");
            Path p = dir.resolve("t.py");
            Files.writeString(p, source);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Main.Captured run(String source, String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.add(script(source).toString());
        return Main.runCaptured(args.toArray(String[]::new));
    }

    static String[] modeOptions(Mode mode, long seed) {
        return switch (mode) {
            case GIL_ON -> new String[]{"--gil", "on"};
            case GIL_OFF -> new String[]{"--gil", "off"};
            case SCHED -> new String[]{"--sched", Long.toString(seed), "--switch-points", seed % 2 == 0 ? "any" : "breaker"};
        };
    }

    static String schedule(List<Integer> decisions) {
        return decisions.isEmpty() ? "0" : decisions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static void assertClean(Main.Captured r, String replay) {
        String why = "replay: gilpy " + replay + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err();
        assertFalse(r.err().contains("SystemError") || r.err().contains("internal error") || r.err().contains("java."),
                "a Java exception surfaced; " + why);
        assertEquals(0, r.code(), why);
    }

    // ------------------------------------------------------------------ generated programs

    static String counterProgram(int threads, int iterations, String body) {
        return """
                import threading
                counter = 0
                lock = threading.Lock()
                def helper():
                    return 1
                def work(n):
                    global counter
                    for _ in n:
                %s
                ts = [threading.Thread(target=work, args=([0] * %d,)) for _ in range(%d)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(counter)
                """.formatted(body.indent(8).stripTrailing(), iterations, threads);
    }

    static final String UNLOCKED = "counter += 1";
    static final String LOCKED = "with lock:\n    counter += 1";
    static final String CALL_BETWEEN = "c = counter\nhelper()\ncounter = c + 1";

    @Provide
    Arbitrary<List<Integer>> schedules() {
        return Arbitraries.integers().between(0, 3).list().ofMaxSize(60);
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 24, shrinking = ShrinkingMode.BOUNDED)
    void lockedCounterIsExactInEveryMode(@ForAll Mode mode, @ForAll @IntRange(min = 1, max = 4) int threads,
                                         @ForAll @IntRange(min = 1, max = 40) int iterations, @ForAll long seed) {
        String[] opts = modeOptions(mode, seed);
        Main.Captured r = run(counterProgram(threads, iterations, LOCKED), opts);
        assertClean(r, String.join(" ", opts));
        assertEquals(String.valueOf(threads * iterations), r.out().strip(), "replay: gilpy " + String.join(" ", opts));
    }

    @Property(tries = 20, shrinking = ShrinkingMode.FULL)
    void unlockedCounterMatchesReferenceModelUnderAny(@ForAll @IntRange(min = 2, max = 3) int threads,
                                                      @ForAll @IntRange(min = 1, max = 8) int iterations,
                                                      @ForAll("schedules") List<Integer> decisions) {
        String sched = schedule(decisions);
        Map<Thread, Integer> reg = new HashMap<>();
        long[] shared = {0};
        Interpreter.StepTracer tracer = (t, code, op, arg) -> {
            if (!code.name.equals("work")) return;
            Opcode o = Opcode.of(op);
            if (o == Opcode.LOAD_GLOBAL) reg.put(t, (int) shared[0]);
            else if (o == Opcode.STORE_GLOBAL) shared[0] = reg.get(t) + 1;
        };
        Main.Captured r = withTracer(tracer, () -> run(counterProgram(threads, iterations, UNLOCKED),
                "--schedule", sched, "--switch-points", "any"));
        String replay = "--schedule " + sched + " --switch-points any";
        assertClean(r, replay);
        assertEquals(String.valueOf(shared[0]), r.out().strip(),
                "the VM disagrees with the LOAD/ADD/STORE reference model; replay: gilpy " + replay);
    }

    @Property(tries = 20, shrinking = ShrinkingMode.FULL)
    void breakerSwitchPointsNeverSplitPlusEquals(@ForAll @IntRange(min = 2, max = 3) int threads,
                                                 @ForAll @IntRange(min = 1, max = 30) int iterations,
                                                 @ForAll("schedules") List<Integer> decisions) {
        String sched = schedule(decisions);
        Main.Captured r = run(counterProgram(threads, iterations, UNLOCKED), "--schedule", sched);
        assertClean(r, "--schedule " + sched);
        assertEquals(String.valueOf(threads * iterations), r.out().strip(),
                "counter += 1 lost an update at breaker switch points; replay: gilpy --schedule " + sched);
    }

    @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
    void queueDeliversEveryItemExactlyOnce(@ForAll Mode mode, @ForAll @IntRange(min = 1, max = 3) int producers,
                                           @ForAll @IntRange(min = 1, max = 3) int consumers,
                                           @ForAll @IntRange(min = 0, max = 15) int items,
                                           @ForAll @IntRange(min = 0, max = 3) int maxsize, @ForAll long seed) {
        String src = """
                import threading, queue
                q = queue.Queue(maxsize=%d)
                got = []
                def prod(k):
                    for i in range(%d):
                        q.put((k, i))
                def cons():
                    while True:
                        x = q.get()
                        if x is None:
                            return
                        got.append(x)
                ps = [threading.Thread(target=prod, args=(k,)) for k in range(%d)]
                cs = [threading.Thread(target=cons) for _ in range(%d)]
                for t in ps + cs:
                    t.start()
                for t in ps:
                    t.join()
                for _ in cs:
                    q.put(None)
                for t in cs:
                    t.join()
                print(sorted(got) == sorted((k, i) for k in range(%d) for i in range(%d)), len(got))
                """.formatted(maxsize, items, producers, consumers, producers, items);
        String[] opts = modeOptions(mode, seed);
        Main.Captured r = run(src, opts);
        assertClean(r, String.join(" ", opts));
        assertEquals("True " + producers * items, r.out().strip(), "replay: gilpy " + String.join(" ", opts));
    }

    @Property(tries = 16, shrinking = ShrinkingMode.BOUNDED)
    void sharedListsAndDictsNeverRaiseJavaExceptions(@ForAll Mode mode, @ForAll @IntRange(min = 1, max = 4) int threads,
                                                     @ForAll @IntRange(min = 1, max = 30) int n, @ForAll long seed) {
        String src = """
                import threading
                shared = []
                d = {}
                def work(k):
                    for i in range(%d):
                        shared.append(i)
                        d[(k, i)] = i
                        if len(shared) > 3:
                            try:
                                shared.pop()
                            except IndexError:
                                pass
                        d.pop((k, i), None)
                        list(d.items())
                        sorted(shared)
                ts = [threading.Thread(target=work, args=(k,)) for k in range(%d)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(len(d), len(shared) <= 4 * %d)
                """.formatted(n, threads, threads);
        String[] opts = modeOptions(mode, seed);
        Main.Captured r = run(src, opts);
        assertClean(r, String.join(" ", opts));
        assertEquals("0 True", r.out().strip(), "replay: gilpy " + String.join(" ", opts));
    }

    @Property(tries = 8)
    void sameSeedSameOutput(@ForAll long seed, @ForAll boolean any) {
        String src = """
                import threading, time, random
                log = []
                def work(k):
                    for i in range(6):
                        log.append((k, i, round(time.monotonic(), 6)))
                        if i == 3:
                            time.sleep(0.01 * k)
                    print("done", k, random.random())
                ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(log)
                """;
        String[] opts = {"--sched", Long.toString(seed), "--switch-points", any ? "any" : "breaker"};
        Path p = script(src);
        Main.Captured a = Main.runCaptured(opts[0], opts[1], opts[2], opts[3], p.toString());
        Main.Captured b = Main.runCaptured(opts[0], opts[1], opts[2], opts[3], p.toString());
        assertClean(a, String.join(" ", opts));
        assertEquals(a, b, "two runs of gilpy " + String.join(" ", opts) + " differ");
    }

    // ------------------------------------------------------------------ examples

    /** Some schedule loses updates with --switch-points any (as in Python 2's check interval). */
    @Test
    void someScheduleLosesUpdatesUnderAny() {
        Main.Captured r = run(counterProgram(2, 200, UNLOCKED), "--sched", "42", "--switch-points", "any");
        assertClean(r, "--sched 42 --switch-points any");
        assertTrue(Integer.parseInt(r.out().strip()) < 400, r.out());
    }

    /** A call between the read and the write is a switch point, so breaker scheduling can lose updates. */
    @Test
    void callBetweenReadAndWriteLosesUpdatesAtBreakerPoints() {
        boolean lost = false;
        for (int seed = 0; seed < 10 && !lost; seed++) {
            Main.Captured r = run(counterProgram(2, 100, CALL_BETWEEN), "--sched", Integer.toString(seed));
            assertClean(r, "--sched " + seed);
            lost = Integer.parseInt(r.out().strip()) < 200;
        }
        assertTrue(lost, "no seed in 0..9 lost an update");
        // Round robin at every switch point (teaching mode) interleaves the read and the write.
        Main.Captured r = run(counterProgram(2, 50, CALL_BETWEEN), "--switch-every", "1");
        assertClean(r, "--switch-every 1");
        assertTrue(Integer.parseInt(r.out().strip()) < 100, r.out());
    }

    @Test
    void deadlockIsReportedWithSeedAndPlaces() {
        String src = """
                import threading
                a = threading.Lock()
                b = threading.Lock()
                def f():
                    with b:
                        with a:
                            pass
                a.acquire()
                t = threading.Thread(target=f)
                t.start()
                t.join()
                """;
        Main.Captured r = run(src, "--sched", "3");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("deadlock"), r.err());
        assertTrue(r.err().contains("'MainThread' waits in Lock.acquire") || r.err().contains("'MainThread' waits in"), r.err());
        assertTrue(r.err().contains("'Thread-1 (f)' waits in Lock.acquire at"), r.err());
        assertTrue(r.err().contains("t.py:6"), r.err());
        assertTrue(r.err().contains("gilpy: replay with --sched 3"), r.err());
    }

    @Test
    void uncaughtExceptionNamesTheSeed() {
        Main.Captured r = run("import threading\nraise ValueError('x')\n", "--sched", "1234");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("ValueError: x"), r.err());
        assertTrue(r.err().endsWith("gilpy: replay with --sched 1234\n"), r.err());
    }

    @Test
    void virtualClockMakesSleepInstant() {
        long t0 = System.nanoTime();
        Main.Captured r = run("""
                import time, threading
                t0 = time.monotonic()
                w = time.time()
                th = threading.Thread(target=time.sleep, args=(30,))
                th.start()
                time.sleep(2)
                th.join(1)
                print(th.is_alive())
                th.join()
                print(round(time.monotonic() - t0), round(time.time() - w))
                e = threading.Event()
                print(e.wait(5), round(time.monotonic() - t0))
                """, "--sched", "5");
        assertClean(r, "--sched 5");
        assertEquals("True\n30 30\nFalse 35\n", r.out());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "a virtual sleep took real time");
    }

    static <T> T withTracer(Interpreter.StepTracer tracer, java.util.function.Supplier<T> action) {
        Interpreter.stepTracer = tracer;
        try {
            return action.get();
        } finally {
            Interpreter.stepTracer = null;
        }
    }
}
