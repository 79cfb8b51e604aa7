package dev.gilpy.process;

import dev.gilpy.runtime.*;
import net.jqwik.api.*;

import java.io.*;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

import static org.junit.jupiter.api.Assertions.*;

/** Serialization round trips and the authkey check. */
class PicklerTest {
    /** Identity-hashed holder: jqwik hashes generated values, and Python dicts are unhashable. */
    static final class V {
        final PyObject o;

        V(PyObject o) { this.o = o; }

        @Override
        public String toString() { return Abstract.reprString(o); }
    }

    static PyObject[] objs(java.util.List<V> l) {
        PyObject[] a = new PyObject[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i).o;
        return a;
    }

    @Provide
    Arbitrary<V> values() {
        Arbitrary<V> leaf = Arbitraries.oneOf(
                Arbitraries.longs().map(x -> new V(PyInt.of(x))),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30)).map(x -> new V(PyInt.of(x))),
                Arbitraries.doubles().map(x -> new V(new PyFloat(x))),
                Arbitraries.strings().ofMaxLength(20).map(x -> new V(new PyStr(x))),
                // lone surrogates are valid Python str contents that UTF-8 cannot carry
                Arbitraries.strings().withChars('a', '\u00e9', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00')
                        .ofMaxLength(8).map(x -> new V(new PyStr(x))),
                Arbitraries.of(0, 1, 2).map(i -> new V(i == 0 ? PyNone.NONE : PyBool.of(i == 1))));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> new V(PyTuple.of(objs(l)))),
                inner.list().ofMaxSize(4).map(l -> new V(PyList.of(objs(l)))),
                inner.list().ofMaxSize(4).map(l -> {
                    PyDict d = new PyDict();
                    int i = 0;
                    for (V k : l) d.put(new PyStr("k" + i++), k.o);
                    return new V(d);
                })), 3);
    }

    @Property(tries = 200)
    @Label("loads(dumps(v)) has the same repr as v")
    void roundTrip(@ForAll("values") V v) {
        assertEquals(Abstract.reprString(v.o), Abstract.reprString(Pickler.loads(Pickler.dumps(v.o, Pickler.REF))));
    }

    @Example
    void codeInAForkSnapshotKeepsEveryPosition() {
        // The fork snapshot carries code in the code cache's format: end lines and columns too (traceback carets).
        var co = dev.gilpy.compile.Compiler.compile(dev.gilpy.parse.Parsing.parse(
                dev.gilpy.bytecode.CodeMarshalTest.SOURCE, "m.py", dev.gilpy.parse.Parsing.Mode.FILE), "m.py");
        var back = (dev.gilpy.vm.PyCode) Pickler.loadJob(Pickler.dumps(new dev.gilpy.vm.PyCode(co), Pickler.FORK));
        dev.gilpy.bytecode.CodeMarshalTest.assertSameCode(co, back.code);
    }

    @Example
    void sharingAndCyclesSurvive() {
        PyList l = new PyList();
        l.append(l);
        PyList back = (PyList) Pickler.loads(Pickler.dumps(l, Pickler.REF));
        assertSame(back, back.get(0));
    }

    @Example
    void aConnectionWithoutTheAuthkeyIsRefused() throws Exception {
        Endpoint node = Endpoint.get();
        HostedRef h = node.host("queue", new MpQueue(0));
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true));
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(h.owner))) {
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            DataOutputStream out = new DataOutputStream(Channels.newOutputStream(ch));
            in.readFully(new byte[32]);
            out.write(new byte[32]);     // a wrong digest
            out.flush();
            assertEquals(0, in.readUnsignedByte());
            assertEquals(-1, in.read());
            Thread.sleep(100);
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString().contains("refused a connection"), err.toString());
    }

    // ------------------------------------------------------------------ crafted messages

    /** Builds a message byte by byte, as a hostile peer that knows the authkey could send it. */
    static final class Msg {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);

        Msg tag(int t) throws IOException { out.writeByte(t); return this; }
        Msg i32(int v) throws IOException { out.writeInt(v); return this; }
        Msg i64(long v) throws IOException { out.writeLong(v); return this; }
        Msg str(String s) throws IOException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
            return this;
        }
        Msg global(String module, String qualname) throws IOException { return tag(Pickler.T_GLOBAL).str(module).str(qualname); }
        Msg pyStr(String s) throws IOException { return tag(Pickler.T_STR).str(s); }
        byte[] done() { return bytes.toByteArray(); }
    }

    /** The Python exception loads raises (the test fails on a normal return or any Java exception). */
    static PyException rejected(byte[] message) throws Exception {
        return InterpreterFixture.run(() -> {
            try {
                PyObject o = Pickler.loads(message);
                throw new AssertionError("accepted: " + Abstract.reprString(o));
            } catch (PyException e) {
                return e;
            }
        });
    }

    static void assertUnpicklingError(byte[] message, String contains) throws Exception {
        PyException e = rejected(message);
        String d = InterpreterFixture.describe(e);
        assertTrue(d.startsWith("_pickle.UnpicklingError: ") && d.contains(contains), d);
    }

    @Example
    void anExceptionTagNamingSubprocessRunRunsNothing() throws Exception {
        java.nio.file.Path marker = java.nio.file.Files.createTempDirectory("ser").resolve("pwned");
        Msg list = new Msg().tag(Pickler.T_LIST).i32(3).pyStr("sh").pyStr("-c").pyStr("touch " + marker);
        // subprocess.run(["sh", "-c", "touch ..."]) in the shape of an exception: class, flag, args, state
        Msg direct = new Msg().tag(Pickler.T_EXC).global("subprocess", "run").tag(1).tag(Pickler.T_TUPLE).i32(1);
        direct.out.write(list.done());
        direct.tag(Pickler.T_NONE);
        assertUnpicklingError(direct.done(), "expected an exception class, got a 'function' object");
        // Pool(1, subprocess.run, (["sh", "-c", "touch ..."],)): the initializer would run in the workers
        Msg pool = new Msg().tag(Pickler.T_EXC).global("multiprocessing.pool", "Pool").tag(1).tag(Pickler.T_TUPLE).i32(3)
                .tag(Pickler.T_INT).i64(1).global("subprocess", "run").tag(Pickler.T_TUPLE).i32(1);
        pool.out.write(list.done());
        pool.tag(Pickler.T_NONE);
        assertUnpicklingError(pool.done(), "multiprocessing.pool.Pool is not an exception class");
        // the same class as a plain instance is only allocated: no __init__, no workers, no initializer
        Msg inst = new Msg().tag(Pickler.T_INST).global("multiprocessing.pool", "Pool").tag(1).tag(Pickler.T_DICT).i32(1)
                .pyStr("_initializer").global("subprocess", "run");
        PyObject o = InterpreterFixture.run(() -> Pickler.loads(inst.done()));
        assertEquals("Pool", o.type().name);
        Thread.sleep(300);
        assertFalse(java.nio.file.Files.exists(marker), "the command ran");
    }

    @Example
    void onlyClassesOfPlainInstancesListsDictsAndExceptionsAreRebuilt() throws Exception {
        assertUnpicklingError(new Msg().tag(Pickler.T_INST).global("builtins", "int").tag(1).tag(Pickler.T_NONE).done(),
                "instances of int are not rebuilt");
        assertUnpicklingError(new Msg().tag(Pickler.T_INST).tag(Pickler.T_BUILTIN).str("builtins").str("len").tag(1).tag(Pickler.T_NONE).done(),
                "expected a class, got a 'builtin_function_or_method' object");
        assertUnpicklingError(new Msg().tag(Pickler.T_SUBLIST).global("builtins", "int").tag(1).i32(0).tag(Pickler.T_NONE).done(),
                "int is not a subclass of list");
        assertUnpicklingError(new Msg().tag(Pickler.T_SUBDICT).global("builtins", "dict").tag(1).i32(0).tag(Pickler.T_NONE).done(),
                "dict is not a subclass of dict");
        assertUnpicklingError(new Msg().tag(Pickler.T_EXC).global("builtins", "ValueError").tag(1).pyStr("x").tag(Pickler.T_NONE).done(),
                "expected the exception's args tuple, got a 'str' object");
        assertUnpicklingError(new Msg().tag(Pickler.T_INST).global("builtins", "object").tag(1).tag(Pickler.T_DICT).i32(1)
                .pyStr("a").tag(Pickler.T_NONE).done(), "state for an object without a __dict__");
    }

    @Example
    void modulesAreNotImportedOnAMessagesBehalf() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ser");
        java.nio.file.Path marker = dir.resolve("imported");
        java.nio.file.Files.writeString(dir.resolve("sertest_side_effect.py"),
                "open(" + repr(marker.toString()) + ", 'w').close()\nX = 1\n");
        InterpreterFixture.exec("import sys\nsys.path.insert(0, " + repr(dir.toString()) + ")\n");
        try {
            assertUnpicklingError(new Msg().global("sertest_side_effect", "X").done(),
                    "names module 'sertest_side_effect', which this process has not imported");
            assertUnpicklingError(new Msg().tag(Pickler.T_MODREF).str("sertest_side_effect").done(), "has not imported");
            assertFalse(java.nio.file.Files.exists(marker));
            // gilpy's own library is imported on demand; a name that is not there is pickle's AttributeError
            PyException e = rejected(new Msg().global("collections", "NoSuchThing").done());
            assertEquals("AttributeError: Can't get attribute 'NoSuchThing' on <module 'collections'>",
                    InterpreterFixture.describe(e));
        } finally {
            InterpreterFixture.exec("import sys\nsys.path.pop(0)\n");
        }
    }

    private static String repr(String s) { return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"; }

    @Example
    void globalsAreLookedUpWithoutRunningCode() throws Exception {
        InterpreterFixture.exec("""
                class Meta(type):
                    def __getattribute__(cls, name):
                        raise RuntimeError('ran')
                class Sneaky(metaclass=Meta):
                    class Inner:
                        pass
                    @staticmethod
                    def helper():
                        return 42
                """);
        PyObject inner = InterpreterFixture.run(() -> Pickler.loads(new Msg().global("__main__", "Sneaky.Inner").done()));
        assertEquals("Inner", ((PyType) inner).name);
        PyObject helper = InterpreterFixture.run(() -> Pickler.loads(new Msg().global("__main__", "Sneaky.helper").done()));
        assertEquals("helper", ((dev.gilpy.vm.PyFunction) helper).name);
        assertEquals("AttributeError: Can't get attribute 'Sneaky.nothing' on <module '__main__'>",
                InterpreterFixture.describe(rejected(new Msg().global("__main__", "Sneaky.nothing").done())));
        // names give classes and functions only, never a live object of the receiver
        assertUnpicklingError(new Msg().global("sys", "modules").done(), "sys.modules is not a class or function");
        assertUnpicklingError(new Msg().tag(Pickler.T_BUILTIN).str("builtins").str("int").done(), "builtins.int is not a built-in function");
    }

    @Example
    void badMemoIndexesAreUnpicklingErrors() throws Exception {
        assertUnpicklingError(new Msg().tag(Pickler.T_MEMO).i32(0).done(), "memo index 0 at offset 1 is out of range (0 objects read so far)");
        assertUnpicklingError(new Msg().tag(Pickler.T_LIST).i32(1).tag(Pickler.T_MEMO).i32(-1).done(), "memo index -1");
        assertUnpicklingError(new Msg().tag(Pickler.T_LIST).i32(1).tag(Pickler.T_MEMO).i32(Integer.MAX_VALUE).done(), "out of range");
        // a memo entry of the wrong kind where a list must be
        assertUnpicklingError(new Msg().tag(Pickler.T_TUPLE).i32(2).global("builtins", "int")
                .tag(Pickler.T_SUBLIST).global("builtins", "int").tag(0).i32(0).done(), "memo reference to a 'type' object");
        // a list holding itself is fine
        PyList l = (PyList) InterpreterFixture.run(() -> Pickler.loads(new Msg().tag(Pickler.T_LIST).i32(1).tag(Pickler.T_MEMO).i32(0).done()));
        assertSame(l, l.get(0));
    }

    @Example
    void hugeAndNegativeLengthsAreRefusedBeforeAllocating() throws Exception {
        for (int n : new int[]{Integer.MAX_VALUE, 1_500_000_000, 1 << 30, 100, -1, Integer.MIN_VALUE}) {
            String sign = n < 0 ? "negative" : "exceeds";
            assertUnpicklingError(new Msg().tag(Pickler.T_STR).i32(n).done(), n < 0 ? "negative byte count" : "byte count " + n);
            assertUnpicklingError(new Msg().tag(Pickler.T_BYTES).i32(n).i32(0).done(), sign);
            assertUnpicklingError(new Msg().tag(Pickler.T_BIG).i32(n).done(), sign);
            assertUnpicklingError(new Msg().tag(Pickler.T_TUPLE).i32(n).done(), sign);
            assertUnpicklingError(new Msg().tag(Pickler.T_LIST).i32(n).tag(Pickler.T_NONE).done(), sign);
            assertUnpicklingError(new Msg().tag(Pickler.T_DICT).i32(n).tag(Pickler.T_NONE).tag(Pickler.T_NONE).done(), sign);
            assertUnpicklingError(new Msg().tag(Pickler.T_SET).i32(n).done(), sign);
            assertUnpicklingError(new Msg().global("builtins", "int").done().length > 0
                    ? new Msg().tag(Pickler.T_GLOBAL).i32(n).done() : null, sign);
        }
        assertUnpicklingError(new Msg().tag(Pickler.T_BIG).i32(0).done(), "empty big integer");
    }

    @Example
    void everyTruncationOfAValidMessageIsAnUnpicklingError() throws Exception {
        InterpreterFixture.exec("""
                class Point:
                    def __init__(self, x, y):
                        self.x, self.y = x, y
                class Oops(Exception):
                    def __init__(self, code):
                        super().__init__('failed', code)
                        self.code = code
                """);
        byte[] valid = InterpreterFixture.run(() -> {
            PyDict g = ((PyModule) Interpreter().modules.get(new PyStr("__main__"))).dict;
            PyObject p = Abstract.call(g.get("Point"), PyInt.of(1), new PyStr("y"));
            PyObject e = Abstract.call(g.get("Oops"), PyInt.of(7));
            PyList l = PyList.of(p, e, new PyFloat(2.5), PyInt.of(java.math.BigInteger.TEN.pow(40)), new PyBytes(new byte[]{1, 2}));
            l.append(l);
            PyDict d = new PyDict();
            d.put(new PyStr("k"), PyTuple.of(l, PySet.frozen()));
            return Pickler.dumps(d, Pickler.REF);
        });
        for (int n = 0; n < valid.length; n++) {
            assertUnpicklingError(java.util.Arrays.copyOf(valid, n), "");
        }
        byte[] longer = java.util.Arrays.copyOf(valid, valid.length + 1);
        assertUnpicklingError(longer, "1 bytes left after the end of the object");
        // and the whole message comes back: the exception without calling Oops.__init__, its state included
        String r = InterpreterFixture.run(() -> {
            PyDict d = (PyDict) Pickler.loads(valid);
            PyList l = (PyList) ((PyTuple) d.get(new PyStr("k"))).get(0);
            PyBaseException e = (PyBaseException) l.get(1);
            return Abstract.reprString(e) + " " + Abstract.reprString(e.getDict().get(new PyStr("code"))) + " "
                    + Abstract.reprString(l.get(0).getDict()) + " " + (l.get(5) == l);
        });
        assertEquals("Oops('failed', 7) 7 {'x': 1, 'y': 'y'} true", r);
    }

    private static dev.gilpy.vm.Interpreter Interpreter() { return InterpreterFixture.interpreter(); }

    @Example
    void deepNestingIsBoundedBothWays() throws Exception {
        Msg deep = new Msg();
        for (int i = 0; i < 200_000; i++) deep.tag(Pickler.T_LIST).i32(1);
        deep.tag(Pickler.T_NONE);
        assertUnpicklingError(deep.done(), "nested more than 1000 levels deep");
        // CPython's pickle: RecursionError while pickling; anything written can be read back
        PyException e = InterpreterFixture.run(() -> {
            PyList l = new PyList();
            for (int i = 0; i < 5000; i++) l = PyList.of(l);
            try {
                Pickler.dumps(l, Pickler.REF);
                throw new AssertionError("pickled");
            } catch (PyException x) {
                return x;
            }
        });
        assertEquals("RecursionError: maximum recursion depth exceeded while pickling an object", InterpreterFixture.describe(e));
        PyObject back = InterpreterFixture.run(() -> {
            PyList l = new PyList();
            for (int i = 0; i < 990; i++) l = PyList.of(l);
            return Pickler.loads(Pickler.dumps(l, Pickler.REF));
        });
        assertInstanceOf(PyList.class, back);
    }

    @Example
    void wrongTagsAndCodeCarryingFormsAreRefusedInMessages() throws Exception {
        assertUnpicklingError(new Msg().tag(200).done(), "unknown tag 200 at offset 0");
        assertUnpicklingError(new Msg().tag(Pickler.T_CELL).tag(Pickler.T_NONE).done(), "unknown tag " + Pickler.T_CELL);
        assertUnpicklingError(new Msg().tag(Pickler.T_CODE).i32(0).done(), "unknown tag " + Pickler.T_CODE);
        for (int t : new int[]{Pickler.T_FUNC, Pickler.T_CLASS, Pickler.T_MODULE, Pickler.T_PYCODE, Pickler.T_PLACEHOLDER}) {
            assertUnpicklingError(new Msg().tag(t).tag(Pickler.T_NONE).done(), "is accepted only in the job a parent gives its child");
        }
        // a fork snapshot of a function is fine as a job, and refused as a message
        InterpreterFixture.exec("def twice(x):\n    return 2 * x\n");
        byte[] snapshot = InterpreterFixture.run(() ->
                Pickler.dumps(((PyModule) Interpreter().modules.get(new PyStr("__main__"))).get("twice"), Pickler.FORK));
        assertUnpicklingError(snapshot, "accepted only in the job");
        PyObject r = InterpreterFixture.run(() -> Abstract.call(Pickler.loadJob(snapshot), PyInt.of(21)));
        assertEquals("42", Abstract.reprString(r));
        // a job with a damaged code object: its format stamp changed
        byte[] damaged = snapshot.clone();
        byte[] stamp = dev.gilpy.bytecode.CodeMarshal.FORMAT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(damaged, stamp);
        assertTrue(at > 0);
        damaged[at] ^= 1;
        PyException e = InterpreterFixture.run(() -> {
            try {
                Pickler.loadJob(damaged);
                return null;
            } catch (PyException x) {
                return x;
            }
        });
        assertNotNull(e);
        assertEquals("_pickle.UnpicklingError: a damaged code object (or one from another gilpy build)",
                InterpreterFixture.describe(e));
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    @Example
    void aHandleMustNameASocketOfThisRun() throws Exception {
        Endpoint node = Endpoint.get();
        HostedRef h = node.host("queue", new MpQueue(0));
        PyObject back = InterpreterFixture.run(() -> Pickler.loads(Pickler.dumps(h, Pickler.REF)));
        assertEquals(h.owner, ((HostedRef) back).owner);
        assertUnpicklingError(new Msg().tag(Pickler.T_HANDLE).str("queue").str("/var/run/docker.sock").i64(1).done(),
                "names /var/run/docker.sock, which is not a socket of this run");
    }

    @Example
    void aHostedObjectRefusesSpecialOperations() throws Exception {
        PyHost host = new PyHost(new PyDict());
        PyException e = InterpreterFixture.run(() -> {
            try {
                host.invoke("__class__", new PyObject[0]);
                return null;
            } catch (PyException x) {
                return x;
            }
        });
        assertEquals("AttributeError: 'dict' proxy does not allow the operation '__class__'", InterpreterFixture.describe(e));
        assertEquals("0", InterpreterFixture.run(() -> Abstract.reprString(host.invoke("__len__", new PyObject[0]))));
    }
}
