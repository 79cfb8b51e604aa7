package dev.gilpy.process;

import dev.gilpy.runtime.*;
import net.jqwik.api.*;

import java.io.*;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

import static org.junit.jupiter.api.Assertions.*;

/** Serialization round trips and the authkey check. */
class SerTest {
    /** Identity-hashed holder: jqwik hashes generated values, and Python dicts are unhashable. */
    static final class V {
        final PyObject o;

        V(PyObject o) { this.o = o; }

        @Override
        public String toString() { return Ops.reprString(o); }
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
        assertEquals(Ops.reprString(v.o), Ops.reprString(Ser.loads(Ser.dumps(v.o, Ser.REF))));
    }

    @Example
    void sharingAndCyclesSurvive() {
        PyList l = new PyList();
        l.append(l);
        PyList back = (PyList) Ser.loads(Ser.dumps(l, Ser.REF));
        assertSame(back, back.get(0));
    }

    @Example
    void aConnectionWithoutTheAuthkeyIsRefused() throws Exception {
        Node node = Node.get();
        Handle h = node.host("queue", new MpQueue(0));
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
}
