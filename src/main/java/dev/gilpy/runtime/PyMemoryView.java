package dev.gilpy.runtime;

import java.math.BigInteger;

/**
 * Python's memoryview over a bytes or bytearray (one dimension): items of a struct format read from and
 * written into the exporter's memory in place, native byte order (CPython: Objects/memoryobject.c).
 *
 * <p>A view reads a bytearray's current storage at each access, so it stays valid when the bytearray grows.
 * CPython forbids resizing a bytearray while a view exists (BufferError); gilpy has no reference counting to
 * tell when a temporary view is gone, so it allows the resize instead, and an access past the new end is an
 * IndexError.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, null);

    /** The native single-character formats a view can have (as struct's, '@' alignment, Linux x86-64 sizes). */
    private static final String FORMATS = "cbB?hHiIlLqQnNfd";

    private final PyObject obj;       // a PyBytes or a PyByteArray
    private final int offset;         // byte position of item 0 in the exporter
    private final int count;          // number of items
    private final int stride;         // bytes from one item to the next (negative for a reversed slice)
    private final String format;      // as given, maybe '@'-prefixed
    private final char code;          // the format's struct code
    private final int itemsize;
    private final boolean readonly;
    private volatile boolean released;

    private PyMemoryView(PyObject obj, int offset, int count, int stride, String format, boolean readonly) {
        this.obj = obj;
        this.offset = offset;
        this.count = count;
        this.stride = stride;
        this.format = format;
        this.code = format.charAt(format.length() - 1);
        this.itemsize = sizeOf(code);
        this.readonly = readonly;
    }

    /** memoryview(obj). */
    public static PyMemoryView of(PyObject obj) {
        if (obj instanceof PyMemoryView m) {
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.count, m.stride, m.format, m.readonly);
        }
        if (obj instanceof PyBytes b) return new PyMemoryView(b, 0, b.value.length, 1, "B", true);
        if (obj instanceof PyByteArray ba) return new PyMemoryView(ba, 0, ba.len(), 1, "B", false);
        throw Exc.typeError("memoryview: a bytes-like object is required, not '" + obj.type().name + "'");
    }

    @Override
    public PyType type() { return TYPE; }

    private static int sizeOf(char code) {
        return switch (code) {
            case 'c', 'b', 'B', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;   // l L q Q n N d
        };
    }

    private void check() {
        if (released) throw Exc.valueError("operation forbidden on released memoryview object");
    }

    // -- the exporter's bytes ----------------------------------------------------------------------

    private int byteAt(int pos) {
        if (obj instanceof PyBytes b) return b.value[pos] & 0xff;
        PyByteArray ba = (PyByteArray) obj;
        if (pos >= ba.len()) throw Exc.indexError("index out of bounds on dimension 1");
        return ba.byteAt(pos);
    }

    private void putByte(int pos, int value) {
        PyByteArray ba = (PyByteArray) obj;
        if (pos >= ba.len()) throw Exc.indexError("index out of bounds on dimension 1");
        ba.putByte(pos, (byte) value);
    }

    /** Byte position of item i (0 <= i < count). */
    private int position(int i) { return offset + i * stride; }

    private long raw(int pos) {
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) v = v << 8 | byteAt(pos + k);
        return v;
    }

    private void putRaw(int pos, long v) {
        for (int k = 0; k < itemsize; k++, v >>>= 8) putByte(pos + k, (int) (v & 0xff));
    }

    // -- items -------------------------------------------------------------------------------------

    private PyObject item(int i) {
        int pos = position(i);
        long v = raw(pos);
        return switch (code) {
            case 'c' -> new PyBytes(new byte[]{(byte) v});
            case '?' -> PyBool.of(v != 0);
            case 'f' -> new PyFloat(Float.intBitsToFloat((int) v));
            case 'd' -> new PyFloat(Double.longBitsToDouble(v));
            case 'b', 'h', 'i', 'l', 'q', 'n' -> PyInt.of(v << (64 - 8 * itemsize) >> (64 - 8 * itemsize));
            default -> itemsize == 8 && v < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(v))) : PyInt.of(v);
        };
    }

    private void setItemAt(int i, PyObject value) {
        putRaw(position(i), encode(value));
    }

    /** The raw bits of value as an item of this view's format, with CPython's checks. */
    private long encode(PyObject value) {
        switch (code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b)) throw invalidType();
                if (b.value.length != 1) throw invalidValue();
                return b.value[0] & 0xff;
            }
            case '?' -> { return Abstract.isTrue(value) ? 1 : 0; }
            case 'f', 'd' -> {
                double d;
                if (value instanceof PyFloat f) d = f.value;
                else if (value instanceof PyInt n) d = n.doubleValue();
                else throw invalidType();
                return code == 'f' ? Float.floatToIntBits((float) d) & 0xffffffffL : Double.doubleToLongBits(d);
            }
            default -> {
                if (!(value instanceof PyInt n)) throw invalidType();
                BigInteger v = n.bigValue();
                boolean signed = Character.isLowerCase(code);
                int bits = 8 * itemsize;
                BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
                BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
                if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw invalidValue();
                return v.longValue();
            }
        }
    }

    private PyException invalidType() {
        return Exc.typeError("memoryview: invalid type for format '" + format + "'");
    }

    private PyException invalidValue() {
        return Exc.valueError("memoryview: invalid value for format '" + format + "'");
    }

    private int itemIndex(PyObject key) {
        PyInt n = Abstract.indexOrNull(key);
        if (n == null) throw Exc.typeError("memoryview: invalid slice key");
        long i = n.big == null ? n.value : Long.MAX_VALUE;
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw Exc.indexError("index out of bounds on dimension 1");
        return (int) i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            int[] r = s.indices(count);
            return new PyMemoryView(obj, position(0) + r[0] * stride, r[3], stride * r[2], format, readonly);
        }
        if (key == PySingleton.ELLIPSIS) return this;
        return item(itemIndex(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        check();
        if (readonly) throw Exc.typeError("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            int[] r = s.indices(count);
            PyMemoryView source = of(asBytesLike(value));
            if (source.count != r[3] || source.code != code && !(source.code == 'B' && code == 'B')) {
                throw Exc.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            PyObject[] items = source.items();   // read first: source and target may overlap
            for (int j = 0; j < r[3]; j++) setItemAt(r[0] + j * r[2], items[j]);
            return;
        }
        setItemAt(itemIndex(key), value);
    }

    private static PyObject asBytesLike(PyObject v) {
        if (v instanceof PyBytes || v instanceof PyByteArray || v instanceof PyMemoryView) return v;
        throw Exc.typeError("a bytes-like object is required, not '" + v.type().name + "'");
    }

    @Override
    public void delItem(PyObject key) {
        check();
        if (readonly) throw Exc.typeError("cannot modify read-only memory");
        throw Exc.typeError("cannot delete memory");
    }

    private PyObject[] items() {
        PyObject[] out = new PyObject[count];
        for (int i = 0; i < count; i++) out[i] = item(i);
        return out;
    }

    /** The viewed bytes, in item order. */
    public byte[] toBytes() {
        check();
        byte[] out = new byte[count * itemsize];
        for (int i = 0; i < count; i++) {
            int pos = position(i);
            for (int k = 0; k < itemsize; k++) out[i * itemsize + k] = (byte) byteAt(pos + k);
        }
        return out;
    }

    @Override
    public int len() {
        check();
        return count;
    }

    @Override
    public PyObject iter() {
        check();
        return new PyList(items(), count).iter();
    }

    @Override
    public PyObject repr() {
        return new PyStr((released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(ObjectIds.of(this)) + ">");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) return null;
        if (this == other) return PyBool.of(op == Abstract.EQ);
        if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) return null;
        PyMemoryView that = other instanceof PyMemoryView m ? m : of(other);
        // A released view equals nothing but itself (CPython's memory_richcompare).
        boolean equal = !released && !that.released && count == that.count;
        if (equal) {
            PyObject[] a = items(), b = that.items();
            for (int i = 0; i < count && equal; i++) equal = Abstract.eq(a[i], b[i]);
        }
        return PyBool.of(equal == (op == Abstract.EQ));
    }

    @Override
    public int pyHash() {
        check();
        if (!readonly) throw Exc.valueError("cannot hash writable memoryview object");
        if ("bBc".indexOf(code) < 0) throw Exc.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return new PyBytes(toBytes()).pyHash();
    }

    private PyMemoryView cast(String to) {
        check();
        if (to.isEmpty() || to.length() > 2 || (to.length() == 2 && to.charAt(0) != '@')
                || FORMATS.indexOf(to.charAt(to.length() - 1)) < 0) {
            throw Exc.valueError("memoryview: destination format must be a native single character format prefixed "
                    + "with an optional '@'");
        }
        if (stride != itemsize && count > 1) throw Exc.typeError("memoryview: casts are restricted to C-contiguous views");
        char target = to.charAt(to.length() - 1);
        if ("bBc".indexOf(code) < 0 && "bBc".indexOf(target) < 0) {
            throw Exc.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int bytes = count * itemsize, size = sizeOf(target);
        if (bytes % size != 0) throw Exc.typeError("memoryview: length is not a multiple of itemsize");
        return new PyMemoryView(obj, position(0), bytes / size, size, to, readonly);
    }

    private void release() {
        released = true;
    }

    private boolean contiguous() { return count <= 1 || stride == itemsize; }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.def(name, new PyMethodDescr(TYPE, name, body));
    }

    private static void getter(String name, java.util.function.Function<PyMemoryView, PyObject> get) {
        TYPE.def(name, new PyGetSet(name, x -> {
            PyMemoryView m = (PyMemoryView) x;
            m.check();
            return get.apply(m);
        }, null));
    }

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            PyObject[] p = Args.parse("memoryview", args, kw, new String[]{"object"}, 1);
            return of(p[0]);
        };
        MethodDefs.comparisons(TYPE);
        MethodDefs.items(TYPE);
        def("__hash__", (a, k) -> PyInt.of(a[0].pyHash()));
        def("__enter__", (a, k) -> {
            ((PyMemoryView) a[0]).check();
            return a[0];
        });
        def("__exit__", (a, k) -> {
            ((PyMemoryView) a[0]).release();
            return PyNone.NONE;
        });
        def("release", (a, k) -> {
            Args.methodRange("release", a, k, 0, 0);
            ((PyMemoryView) a[0]).release();
            return PyNone.NONE;
        });
        def("tobytes", (a, k) -> {
            PyObject[] p = Args.parse("tobytes", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[]{"order"}, 0);
            if (p[0] != null && p[0] != PyNone.NONE) {
                String order = Abstract.strString(p[0]);
                if (!order.equals("C") && !order.equals("F") && !order.equals("A")) {
                    throw Exc.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            return new PyBytes(((PyMemoryView) a[0]).toBytes());
        });
        def("tolist", (a, k) -> {
            Args.methodRange("tolist", a, k, 0, 0);
            PyMemoryView m = (PyMemoryView) a[0];
            m.check();
            return new PyList(m.items(), m.count);
        });
        def("toreadonly", (a, k) -> {
            Args.methodRange("toreadonly", a, k, 0, 0);
            PyMemoryView m = (PyMemoryView) a[0];
            m.check();
            return new PyMemoryView(m.obj, m.offset, m.count, m.stride, m.format, true);
        });
        def("hex", (a, k) -> {
            PyObject[] p = Args.parse("hex", java.util.Arrays.copyOfRange(a, 1, a.length), k,
                    new String[]{"sep", "bytes_per_sep"}, 0);
            return BytesMethods.hex(((PyMemoryView) a[0]).toBytes(), p[0], p[1]);
        });
        def("cast", (a, k) -> {
            Args.methodRange("cast", a, k, 1, 1);
            if (!(a[1] instanceof PyStr f)) throw Exc.typeError("cast() argument 'format' must be str, not " + a[1].type().name);
            return ((PyMemoryView) a[0]).cast(f.value);
        });
        getter("obj", m -> m.obj);
        getter("nbytes", m -> PyInt.of((long) m.count * m.itemsize));
        getter("readonly", m -> PyBool.of(m.readonly));
        getter("itemsize", m -> PyInt.of(m.itemsize));
        getter("format", m -> new PyStr(m.format));
        getter("ndim", m -> PyInt.of(1));
        getter("shape", m -> PyTuple.of(PyInt.of(m.count)));
        getter("strides", m -> PyTuple.of(PyInt.of(m.stride)));
        getter("suboffsets", m -> PyTuple.EMPTY);
        getter("c_contiguous", m -> PyBool.of(m.contiguous()));
        getter("f_contiguous", m -> PyBool.of(m.contiguous()));
        getter("contiguous", m -> PyBool.of(m.contiguous()));
    }
}
