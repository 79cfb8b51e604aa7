package dev.gilpy.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** Python's bytearray: a mutable sequence of bytes. Operations hold the object's monitor (GIL off). */
public final class PyByteArray extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            Args.range("bytearray", args, kw, 0, 2);
            PyByteArray ba = new PyByteArray();
            if (args.length == 0) return ba;
            PyObject src = args[0];
            if (src instanceof PyStr s) {
                if (args.length < 2) throw Exc.typeError("string argument without an encoding");
                src = Ops.call(Ops.getAttr(s, "encode"), args[1]);
            }
            if (src instanceof PyInt n) {
                ba.data = new byte[Math.max(0, n.intValue())];
                ba.size = ba.data.length;
                return ba;
            }
            ba.extend(src);
            return ba;
        };
        def("append", (a, k) -> {
            Args.methodRange("append", a, k, 1, 1);
            ((PyByteArray) a[0]).append(byteValue(a[1]));
            return PyNone.NONE;
        });
        def("extend", (a, k) -> {
            Args.methodRange("extend", a, k, 1, 1);
            ((PyByteArray) a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        def("pop", (a, k) -> {
            Args.methodRange("pop", a, k, 0, 1);
            PyByteArray ba = (PyByteArray) a[0];
            synchronized (ba) {
                if (ba.size == 0) throw Exc.indexError("pop from empty bytearray");
                int i = a.length > 1 ? Ops.index(a[1], "index must be an integer") : ba.size - 1;
                if (i < 0) i += ba.size;
                if (i < 0 || i >= ba.size) throw Exc.indexError("pop index out of range");
                int v = ba.data[i] & 0xff;
                System.arraycopy(ba.data, i + 1, ba.data, i, ba.size - i - 1);
                ba.size--;
                return PyInt.of(v);
            }
        });
        def("clear", (a, k) -> {
            ((PyByteArray) a[0]).setBytes(new byte[0]);
            return PyNone.NONE;
        });
        def("copy", (a, k) -> new PyByteArray(((PyByteArray) a[0]).toBytes()));
        def("decode", (a, k) -> Ops.call(Ops.getAttr(new PyBytes(((PyByteArray) a[0]).toBytes()), "decode"),
                Arrays.copyOfRange(a, 1, a.length)));
        def("hex", (a, k) -> Ops.call(Ops.getAttr(new PyBytes(((PyByteArray) a[0]).toBytes()), "hex")));
        def("__len__", (a, k) -> PyInt.of(a[0].len()));
        def("__getitem__", (a, k) -> a[0].getItem(a[1]));
        def("__setitem__", (a, k) -> {
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        def("__iter__", (a, k) -> a[0].iter());
        def("__repr__", (a, k) -> a[0].repr());
        def("__eq__", (a, k) -> {
            PyObject r = a[0].richCompare(a[1], Ops.EQ);
            return r == null ? PySingleton.NOT_IMPLEMENTED : r;
        });
        TYPE.def("__hash__", PyNone.NONE);
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.def(name, new PyMethodDescr(TYPE, name, body));
    }

    private byte[] data = new byte[8];
    private int size;

    public PyByteArray() {}

    public PyByteArray(byte[] b) {
        data = b.clone();
        size = b.length;
    }

    @Override
    public PyType type() { return TYPE; }

    public synchronized byte[] toBytes() { return Arrays.copyOf(data, size); }

    private synchronized void setBytes(byte[] b) {
        data = b.length == 0 ? new byte[8] : b;
        size = b.length;
    }

    private static byte byteValue(PyObject o) {
        int v = Ops.index(o, "'" + o.type().name + "' object cannot be interpreted as an integer");
        if (v < 0 || v > 255) throw Exc.valueError("byte must be in range(0, 256)");
        return (byte) v;
    }

    public synchronized void append(byte b) {
        if (size == data.length) data = Arrays.copyOf(data, size * 2 + 8);
        data[size++] = b;
    }

    public void extend(PyObject src) {
        byte[] add;
        if (src instanceof PyBytes b) add = b.value;
        else if (src instanceof PyByteArray ba) add = ba.toBytes();
        else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PyObject it = Ops.iter(src);
            for (PyObject v; (v = Ops.next(it)) != null; ) out.write(byteValue(v));
            add = out.toByteArray();
        }
        synchronized (this) {
            if (size + add.length > data.length) data = Arrays.copyOf(data, Math.max(size + add.length, size * 2));
            System.arraycopy(add, 0, data, size, add.length);
            size += add.length;
        }
    }

    @Override
    public synchronized int len() { return size; }

    @Override
    public boolean isTrue() { return len() != 0; }

    @Override
    public PyObject repr() { return new PyStr("bytearray(" + PyBytes.repr(toBytes()) + ")"); }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = new PyBytes(toBytes()).getItem(key);
        return r instanceof PyBytes b ? new PyByteArray(b.value) : r;
    }

    @Override
    public synchronized void setItem(PyObject key, PyObject value) {
        int i = Ops.index(key, "bytearray indices must be integers or slices, not " + key.type().name);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("bytearray index out of range");
        data[i] = byteValue(value);
    }

    @Override
    public PyObject iter() { return new PyBytes(toBytes()).iter(); }

    @Override
    public Boolean contains(PyObject item) { return new PyBytes(toBytes()).contains(item); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        byte[] o = other instanceof PyBytes b ? b.value : other instanceof PyByteArray ba ? ba.toBytes() : null;
        if (o == null) return null;
        return PyBool.of(Ops.cmpResult(Arrays.compareUnsigned(toBytes(), o), op));
    }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: 'bytearray'"); }
}
