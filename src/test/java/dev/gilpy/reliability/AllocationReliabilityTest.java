package dev.gilpy.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, "Java errors escape as exit 0": an allocation that cannot succeed is a Python MemoryError raised
 * where it was requested, so except and finally run, output printed before survives, and an uncaught one
 * exits 1 with CPython's last line. Each child runs many reproducers; the ones that really exhaust the heap
 * run with a 64 MB heap so that they fail fast.
 */
@DisplayName("Allocation failures are MemoryError, never a Java error")
class AllocationReliabilityTest {

    /** A small heap that the reproducers exhaust quickly (MaxNewSize: the launcher's 128 MB would not fit). */
    private static final String SMALL_HEAP = "-Xmx64m -XX:MaxNewSize=16m";

    private static void assertUncaughtMemoryError(Launch.Result r) {
        assertEquals(1, r.code(), r::toString);
        assertEquals("MemoryError", r.lastErrLine(), r::toString);
        assertFalse(r.showsJava(), r::toString);
        assertTrue(r.out().startsWith("start\n") || r.out().contains("\nstart\n"), r::toString);
    }

    @Test
    @DisplayName("the issue's -c reproducer prints start, then MemoryError, and exits 1")
    void bytesRepeatFromCommandLine() {
        Launch.Result r = Launch.gilpy("-c", "print('start'); x = b'x' * 10**10").run();
        assertUncaughtMemoryError(r);
        assertEquals("start\n", r.out());
    }

    @Test
    @DisplayName("every reproducer that exhausts the heap is caught by except, runs finally, and the run goes on")
    void heapExhaustionIsCatchable() {
        String script = """
                def attempt(label, make):
                    try:
                        make()
                    except MemoryError as e:
                        print('caught', label, type(e).__name__)
                    finally:
                        print('finally', label)

                def extend_forever():
                    x = []
                    while True:
                        x.extend(range(10**6))

                def bytearray_growth():
                    b = bytearray()
                    while True:
                        b += b'x' * 10**6

                def str_growth():
                    s = 'x'
                    while True:
                        s += s

                def many_small_objects():
                    x = []
                    while True:
                        x.append([0] * 100)

                attempt('list repeat', lambda: [0] * 10**9)
                attempt('list range', lambda: list(range(10**10)))
                attempt('join', lambda: ''.join(['a' * 10**6] * 3000))
                attempt('replace', lambda: ('x' * 100000).replace('x', 'y' * 100000))
                attempt('extend', extend_forever)
                attempt('bytearray', bytearray_growth)
                attempt('str', str_growth)
                attempt('small objects', many_small_objects)
                attempt('nested lambdas', lambda: compile('lambda: ' * 20000 + '1', 'f', 'exec'))
                attempt('small objects again', many_small_objects)
                print('start')
                x = b'x' * 10**10
                print('not reached')
                """;
        Launch.Result r = Launch.gilpy("-c", script).env("GILPY_JAVA_OPTS", SMALL_HEAP).run();
        assertUncaughtMemoryError(r);
        for (String label : new String[]{"list repeat", "list range", "join", "replace", "extend", "bytearray", "str",
                "small objects", "nested lambdas", "small objects again"}) {
            assertTrue(r.out().contains("caught " + label + " MemoryError\nfinally " + label + "\n"), label + "\n" + r);
        }
        assertFalse(r.out().contains("not reached"), r::toString);
    }

    @Test
    @DisplayName("heap exhaustion inside compiled code is a MemoryError at that instruction too")
    void heapExhaustionInCompiledCode() {
        String script = """
                import gilpy

                def fill(n):
                    keep = []
                    try:
                        for i in range(n):
                            keep.append([i] * 1000)
                    finally:
                        print('finally in fill, compiled:', gilpy.compiled(fill))

                for round in range(3):
                    try:
                        fill(10**9)
                    except MemoryError:
                        print('round', round, 'caught')
                print('start')
                fill(10**9)
                """;
        Launch.Result r = Launch.gilpy("-X", "jit=eager", "-c", script).env("GILPY_JAVA_OPTS", SMALL_HEAP).run();
        assertUncaughtMemoryError(r);
        for (int round = 0; round < 3; round++) assertTrue(r.out().contains("round " + round + " caught\n"), r::toString);
        assertTrue(r.out().contains("finally in fill, compiled: True\n"), r::toString);
        assertTrue(r.err().contains("line 7, in fill"), r::toString);
    }
}
