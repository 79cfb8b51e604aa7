package dev.gilpy.concurrent;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The GIL's guarantees and the lack of them with --gil off, observed from Python programs. */
class GilTest {
    private static void assertClean(GilpyProcess.Result r) {
        assertEquals(0, r.code(), () -> "exit code; stderr:\n" + r.err());
        assertFalse(r.err().contains("java."), () -> "a Java exception surfaced:\n" + r.err());
        assertFalse(r.err().contains("Exception in thread"), () -> "a thread died:\n" + r.err());
    }

    @Test
    void gilOnNeverRunsTwoThreadsAtOnce() {
        var r = GilpyProcess.run("""
                import threading, gilpy, sys
                def f(n):
                    return n + 1
                def work():
                    x = 0
                    for i in range(200000):
                        x = f(x)
                ts = [threading.Thread(target=work) for _ in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(gilpy.max_concurrent(), sys._gil_max_concurrent(), sys._is_gil_enabled())
                """, "--gil", "on");
        assertClean(r);
        assertEquals("1 1 True", r.out().strip());
    }

    @Test
    void gilOffRunsThreadsInParallel() {
        var r = GilpyProcess.run("""
                import threading, gilpy, sys
                go = threading.Event()
                def work():
                    go.wait()
                    x = 0
                    for i in range(2000000):
                        x += 1
                ts = [threading.Thread(target=work) for _ in range(4)]
                for t in ts: t.start()
                go.set()
                for t in ts: t.join()
                print(gilpy.max_concurrent() >= 2, sys._is_gil_enabled())
                """, "--gil", "off");
        assertClean(r);
        assertEquals("True False", r.out().strip());
    }

    @Test
    void switchIntervalAndModeSelection() {
        String src = "import sys\nprint(sys._is_gil_enabled(), sys.getswitchinterval())\nsys.setswitchinterval(0.001)\n"
                + "print(sys.getswitchinterval())\ntry:\n    sys.setswitchinterval(0)\nexcept ValueError as e:\n    print(e)\n";
        assertEquals("True 0.005\n0.001\nswitch interval must be strictly positive\n", GilpyProcess.run(src).out());
        assertTrue(GilpyProcess.run(src, "-X", "gil=0").out().startsWith("False"));
        assertTrue(GilpyProcess.run(src, Map.of("PYTHON_GIL", "0")).out().startsWith("False"));
        assertTrue(GilpyProcess.run(src, Map.of("PYTHON_GIL", "0"), "--gil", "on").out().startsWith("True"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "off"})
    void listAppendFromManyThreadsLosesNothing(String mode) {
        var r = GilpyProcess.run("""
                import threading
                shared = []
                def work(k):
                    s = shared
                    for i in range(5000):
                        s += [k]
                ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(len(shared))
                """, "--gil", mode);
        assertClean(r);
        assertEquals("20000", r.out().strip());
    }

    @Test
    void unlockedCounterLosesUpdatesWithGilOff() {
        // "At least once in K tries", not a timing: 4 threads on >= 2 cores interleave read-add-store.
        var r = GilpyProcess.run("""
                import threading
                lost = 0
                for attempt in range(20):
                    counter = [0]
                    go = threading.Event()
                    def work():
                        go.wait()
                        c = counter
                        for i in range(100000):
                            c[0] += 1
                    ts = [threading.Thread(target=work) for _ in range(4)]
                    for t in ts: t.start()
                    go.set()
                    for t in ts: t.join()
                    if counter[0] != 400000:
                        lost += 1
                        break
                print("lost" if lost else "exact")
                """, "--gil", "off");
        assertClean(r);
        if (Runtime.getRuntime().availableProcessors() >= 2) assertEquals("lost", r.out().strip());
    }

    @Property(tries = 6)
    void lockProtectedCounterIsExact(@ForAll @IntRange(min = 1, max = 6) int threads,
                                     @ForAll @IntRange(min = 1, max = 3000) int iterations,
                                     @ForAll boolean gilOn) {
        var r = GilpyProcess.run("""
                import threading
                N, K = %d, %d
                lock = threading.Lock()
                counter = [0]
                def work():
                    c = counter
                    for i in range(K):
                        with lock:
                            c[0] += 1
                ts = [threading.Thread(target=work) for _ in range(N)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(counter[0] == N * K, counter[0])
                """.formatted(threads, iterations), "--gil", gilOn ? "on" : "off");
        assertClean(r);
        assertTrue(r.out().startsWith("True"), r.out());
    }

    @Test
    void concurrentMutationOfBuiltinsNeverSurfacesJavaExceptions() {
        var r = GilpyProcess.run("""
                import threading
                lst = []
                d = {}
                st = {0}
                errors = {}
                def note(e):
                    errors[type(e).__name__] = True
                def mutator(k):
                    l = lst
                    s = st
                    for i in range(20000):
                        try:
                            l += [i]
                            if len(l) > 50:
                                del l[0]
                            l[len(l) // 2] = k
                            d[i % 97] = k
                            if i % 3 == 0 and (i - 3) % 97 in d:
                                del d[(i - 3) % 97]
                            x = (i % 50) in s  # set.add arrives with the types branch
                        except (IndexError, KeyError) as e:
                            note(e)
                def reader():
                    for i in range(3000):
                        try:
                            for x in lst: pass
                            for k in d: pass
                            for x in st: pass
                            x = lst[-1] if lst else None
                        except (RuntimeError, IndexError) as e:
                            note(e)
                ts = [threading.Thread(target=mutator, args=(k,)) for k in range(2)]
                ts += [threading.Thread(target=reader) for k in range(2)]
                for t in ts: t.start()
                for t in ts: t.join()
                print("ok", len(d) <= 97)
                """, "--gil", "off");
        assertClean(r);
        assertEquals("ok True", r.out().strip());
    }
}
