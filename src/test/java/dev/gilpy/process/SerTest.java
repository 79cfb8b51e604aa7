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
    @Provide
    Arbitrary<PyObject> values() {
        Arbitrary<PyObject> leaf = Arbitraries.oneOf(
                Arbitraries.longs().map(PyInt::of),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30)).map(PyInt::of),
                Arbitraries.doubles().map(PyFloat::new),
                Arbitraries.strings().ofMaxLength(20).map(PyStr::new),
                Arbitraries.of(PyNone.NONE, PyBool.TRUE, PyBool.FALSE));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> PyTuple.of(l.toArray(new PyObject[0]))),
                inner.list().ofMaxSize(4).map(l -> PyList.of(l.toArray(new PyObject[0]))),
                leaf.list().ofMaxSize(4).map(l -> {
                    PyDict d = new PyDict();
                    for (PyObject k : l) if (!(k instanceof PyFloat f && Double.isNaN(f.value))) d.put(new PyStr(Ops.reprString(k)), k);
                    return d;
                })), 3);
    }

    @Property(tries = 200)
    @Label("loads(dumps(v)) has the same repr as v")
    void roundTrip(@ForAll("values") PyObject v) {
        assertEquals(Ops.reprString(v), Ops.reprString(Ser.loads(Ser.dumps(v, Ser.REF))));
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
