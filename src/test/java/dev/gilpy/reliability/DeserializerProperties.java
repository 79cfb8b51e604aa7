package dev.gilpy.reliability;

import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.process.InterpreterFixture;
import dev.gilpy.process.Pickler;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Random and damaged messages through the multiprocessing deserializer, in this JVM: whatever the bytes,
 * the result is a value or a Python exception (never a Java exception, a JVM error, or a SystemError that
 * wraps one), and it comes quickly. Damaged code-cache entries likewise give a code object or nothing.
 */
class DeserializerProperties {
    /** Valid messages (REF mode, as queues and connections carry them) and fork snapshots, made once. */
    private static List<byte[]> messages, jobs, codes;

    private static synchronized void samples() throws Exception {
        if (messages != null) return;
        InterpreterFixture.exec("""
                import collections
                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                class Slotted:
                    __slots__ = ('a',)
                class Oops(Exception):
                    def __init__(self, code):
                        super().__init__('failed', code)
                        self.code = code
                class Tagged(list):
                    pass
                def outer(n):
                    def inner(k):
                        return k and inner(k - 1) + n
                    return inner
                cyclic = [1, 2]
                cyclic.append(cyclic)
                s = Slotted(); s.a = 'slot'
                t = Tagged([1, 2]); t.label = 'x'
                SAMPLES = [None, True, 7, -2**70, 2.5, 'text \\u00e9\\U0001f600', b'\\x00\\xff', (1, (2, (3,))),
                           [1, 'two', {'three': 3.0}], {1, 2, 3}, frozenset({'a'}), {'k': [None, ...]},
                           Point(1, 'y'), s, t, Oops(7), ValueError('bad'), KeyError('k'), cyclic, len, Point,
                           collections.OrderedDict(a=1), ({'shared': cyclic}, cyclic), NotImplemented]
                """);
        messages = new ArrayList<>();
        jobs = new ArrayList<>();
        codes = new ArrayList<>();
        InterpreterFixture.run(() -> {
            Interpreter interp = InterpreterFixture.interpreter();
            PyModule main = (PyModule) interp.modules.get(new PyStr("__main__"));
            for (PyObject o : Abstract.toArray(main.get("SAMPLES"))) messages.add(Pickler.dumps(o, Pickler.REF));
            messages.add(Pickler.dumps(main.get("SAMPLES"), Pickler.REF));
            jobs.add(Pickler.dumps(PyTuple.of(main.get("outer"), main.get("Point"), main.get("Oops")), Pickler.FORK));
            jobs.add(Pickler.dumps(Abstract.call(main.get("outer"), PyInt.of(3)), Pickler.FORK));
            codes.add(CodeMarshal.dumps(interp.compile("def f(a, *b, c=1):\n    return [x for x in b if x > a] or c\n",
                    "<t>", dev.gilpy.parse.Parsing.Mode.FILE)));
            return null;
        });
    }

    /** One to four damages: flipped bits, a byte set to a tag, an extreme int, a cut, bytes inserted or repeated. */
    static byte[] mutate(byte[] valid, long seed) {
        Random r = new Random(seed);
        byte[] b = valid.clone();
        for (int m = 1 + r.nextInt(4); m > 0 && b.length > 0; m--) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(32);
                case 2 -> {
                    int[] extremes = {Integer.MAX_VALUE, Integer.MIN_VALUE, -1, 1 << 30, 1_500_000_000, 0, 65536};
                    int v = extremes[r.nextInt(extremes.length)];
                    for (int i = 0; i < 4 && at + i < b.length; i++) b[at + i] = (byte) (v >>> (24 - 8 * i));
                }
                case 3 -> b = java.util.Arrays.copyOf(b, at);
                case 4 -> {
                    byte[] ins = new byte[1 + r.nextInt(8)];
                    r.nextBytes(ins);
                    byte[] n = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, n, 0, at);
                    System.arraycopy(ins, 0, n, at, ins.length);
                    System.arraycopy(b, at, n, at + ins.length, b.length - at);
                    b = n;
                }
                default -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(16));
                    byte[] n = new byte[b.length + len];
                    System.arraycopy(b, 0, n, 0, at + len);
                    System.arraycopy(b, at, n, at + len, b.length - at);
                    b = n;
                }
            }
        }
        return b;
    }

    /** Loads b; fails the property on anything but a value or a plain Python exception. */
    static void onlyPythonExceptions(byte[] b, boolean job) throws Exception {
        long t0 = System.nanoTime();
        Throwable thrown = InterpreterFixture.run(() -> {
            try {
                if (job) Pickler.loadJob(b); else Pickler.loads(b);
                return null;
            } catch (PyException e) {
                String type = e.value.type().name;
                assertNotEquals("SystemError", type, Abstract.strString(e.value));
                assertFalse(Abstract.strString(e.value).contains("java."), Abstract.strString(e.value));
                return null;
            } catch (Throwable e) {
                return e;
            }
        });
        if (thrown != null) throw new AssertionError("a Java " + thrown + " from " + java.util.HexFormat.of().formatHex(b), thrown);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "took over 2 s");
    }

    @Property(tries = 300)
    @Label("random bytes give a value or a Python exception")
    void randomBytes(@ForAll @Size(max = 64) byte[] b, @ForAll boolean job) throws Exception {
        onlyPythonExceptions(b, job);
    }

    @Property(tries = 600)
    @Label("damaged messages give a value or a Python exception")
    void damagedMessages(@ForAll @IntRange(min = 0, max = 1000) int which, @ForAll long seed) throws Exception {
        samples();
        onlyPythonExceptions(mutate(messages.get(which % messages.size()), seed), false);
    }

    @Property(tries = 300)
    @Label("damaged fork snapshots give a value or a Python exception")
    void damagedJobs(@ForAll @IntRange(min = 0, max = 1000) int which, @ForAll long seed) throws Exception {
        samples();
        onlyPythonExceptions(mutate(jobs.get(which % jobs.size()), seed), true);
    }

    @Property(tries = 300)
    @Label("a damaged code-cache entry gives a code object or null")
    void damagedCode(@ForAll long seed) throws Exception {
        samples();
        byte[] b = mutate(codes.get(0), seed);
        try {
            CodeMarshal.loads(b);
        } catch (Throwable e) {
            throw new AssertionError("CodeMarshal.loads threw " + e, e);
        }
    }

    @Example
    void theValidSamplesLoad() throws Exception {
        samples();
        for (byte[] m : messages) InterpreterFixture.run(() -> Pickler.loads(m));
        for (byte[] j : jobs) InterpreterFixture.run(() -> Pickler.loadJob(j));
        assertNotNull(CodeMarshal.loads(codes.get(0)));
    }
}
