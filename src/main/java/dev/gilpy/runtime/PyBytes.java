package dev.gilpy.runtime;

import dev.gilpy.text.Reprs;

import java.util.Arrays;

/** Python's bytes (immutable), and in {@link Derived} the value of a class derived from bytes. */
public class PyBytes extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, cls -> new Derived(cls, new byte[0]));

    static {
        BytesMethods.init();
    }

    /** An instance of a class derived from bytes: the value, its class and a __dict__. */
    static final class Derived extends PyBytes {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, byte[] value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        // As dict keys: bytes' value semantics unless the class overrides __eq__/__hash__.
        @Override
        public int hashCode() { return Abstract.derivedKeyHash(this, TYPE, super.hashCode()); }

        @Override
        public boolean equals(Object o) { return Abstract.derivedKeyEquals(this, TYPE, o, super.equals(o)); }
    }

    /** bytes.__new__(cls, ...) for a class derived from bytes: the value as an instance of cls. */
    static PyBytes derived(PyType cls, PyBytes v) {
        return cls == TYPE ? v : new Derived(cls, v.value);
    }

    /** This value as a plain bytes (methods of bytes return plain bytes for derived instances too). */
    public PyBytes plain() { return type() == TYPE ? this : new PyBytes(value); }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) { return BytesMethods.binaryOp(this, op, other, reflected); }

    @Override
    public Boolean contains(PyObject item) { return BytesMethods.contains(value, item); }

    public final byte[] value;

    public PyBytes(byte[] value) { this.value = value; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public int len() { return value.length; }

    @Override
    public boolean isTrue() { return value.length != 0; }

    @Override
    public PyObject repr() { return new PyStr(repr(value)); }

    public static String repr(byte[] b) { return Reprs.bytesRepr(b); }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(value.length);
            byte[] out = new byte[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) out[i] = value[j];
            return new PyBytes(out);
        }
        int i = Abstract.index(key, "byte indices must be integers or slices, not ", "");
        if (i < 0) i += value.length;
        if (i < 0 || i >= value.length) throw Exc.indexError("index out of range");
        return PyInt.of(value[i] & 0xff);
    }

    @Override
    public PyObject iter() {
        PyObject[] a = new PyObject[value.length];
        for (int i = 0; i < a.length; i++) a[i] = PyInt.of(value[i] & 0xff);
        return new PyIterators.ArrayIterator(a, a.length);
    }

    @Override
    public boolean equals(Object o) { return o instanceof PyBytes b && Arrays.equals(b.value, value); }

    @Override
    public int hashCode() { return Arrays.hashCode(value); }

    @Override
    public int pyHash() { return hashCode(); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyBytes b)) return null;
        return PyBool.of(Abstract.cmpResult(Arrays.compareUnsigned(value, b.value), op));
    }
}
