package dev.gilpy.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deep recursion through the real launcher: a high recursion limit is reached in every tier and thread
 * kind and ends in CPython's RecursionError (exit 1, what was printed kept, no Java frame), in time
 * linear in the depth. The timeouts are generous bounds for a loaded machine, not timing assertions:
 * before the fix a limit of 10^5 took tens of seconds (quadratic traceback building) and a 200,000-deep repr
 * did not end.
 */
class RecursionReliabilityTest {

    private static void assertRecursionError(Launch.Result r, String lastLine, String stdout) {
        assertEquals(1, r.code(), r::toString);
        assertEquals(lastLine, r.lastErrLine(), r::toString);
        assertEquals(stdout, r.out(), r::toString);
        assertFalse(r.showsJava(), r::toString);
    }

    @Test
    @Timeout(240)
    void unboundedRecursionAtAHighLimitEndsInRecursionError() {
        Launch.Result r = Launch.script("""
                import sys
                sys.setrecursionlimit(200000)
                print("before")
                def f(n):
                    return f(n + 1)
                f(0)
                """);
        assertRecursionError(r, "RecursionError: maximum recursion depth exceeded", "before\n");
        // CPython's printed traceback: the innermost 1000 entries, repeats folded.
        assertTrue(r.err().startsWith("Traceback (most recent call last):\n"), r::toString);
        assertTrue(r.err().contains("  [Previous line repeated 997 more times]\n"), r::toString);
        assertTrue(r.err().lines().count() < 20, r::toString);
    }

    @Test
    @Timeout(240)
    void interpreterTierNoGilThreadsAndDeepStructures() {
        // A thread's own recursion (caught there), then a repr far deeper than the limit, uncaught.
        Launch.Result r = Launch.script("""
                import sys, threading
                sys.setrecursionlimit(100000)
                def f(n):
                    return f(n + 1)
                def worker():
                    try:
                        f(0)
                    except RecursionError as e:
                        print("thread:", e)
                threading.stack_size(64 * 1024)
                t = threading.Thread(target=worker)
                t.start()
                t.join()
                x = []
                for i in range(200000):
                    x = [x]
                print("built")
                print(x)
                """, "-X", "jit=off", "--gil", "off");
        assertRecursionError(r, "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
                "thread: maximum recursion depth exceeded\nbuilt\n");
    }

    @Test
    @Timeout(240)
    void compiledTierGeneratorsAndGetattr() {
        Launch.Result r = Launch.script("""
                import sys
                sys.setrecursionlimit(100000)
                def g(n):
                    yield from g(n + 1)
                try:
                    next(g(0))
                except RecursionError as e:
                    print("generator:", e)
                a = [[]] * 2
                for i in range(150000):
                    a = [[a[0]], [a[1]]]
                try:
                    a[0] == a[1]
                except RecursionError as e:
                    print("compare:", e)
                class C:
                    def __getattr__(self, name):
                        return getattr(self, name)
                C().missing
                """, "-X", "jit=eager");
        assertRecursionError(r, "RecursionError: maximum recursion depth exceeded",
                "generator: maximum recursion depth exceeded\ncompare: maximum recursion depth exceeded in comparison\n");
    }
}
