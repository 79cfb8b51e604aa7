package dev.gilpy.runtime;

import java.util.Arrays;

/** Python's tuple. Subclassable (namedtuple), so it carries its type. Immutable, hence thread-safe. */
public class PyTuple extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, cls -> derived(cls, new PyObject[0]));
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    static {
        TupleMethods.init();
    }

    private final PyType type;
    final PyObject[] items;
    /**
     * The Java hash (what dict keys use), once computed and known to be stable: 0 until then. Only a tuple
     * of immutable built-in values keeps it (CPython 3.11 caches none, so a tuple holding an object whose
     * __hash__ changes must hash anew each time). Racy but benign: every thread computes the same int.
     */
    private int keyHash;

    public PyTuple(PyObject... items) {
        this.type = TYPE;
        this.items = items;
    }

    public PyTuple(PyType type, PyObject[] items) {
        this.type = type;
        this.items = items;
    }

    public static PyTuple of(PyObject... items) { return items.length == 0 ? EMPTY : new PyTuple(items); }

    /** An instance of cls, a class derived from tuple (a Python class gets a __dict__ too). */
    static PyTuple derived(PyType cls, PyObject[] items) {
        return cls.builtin ? new PyTuple(cls, items) : new WithDict(cls, items);
    }

    /** A tuple of a class written in Python: its instance __dict__ (plain tuples carry no field for one). */
    private static final class WithDict extends PyTuple {
        private PyDict dict;

        WithDict(PyType type, PyObject[] items) { super(type, items); }

        @Override
        public synchronized PyDict getDict() {
            if (dict == null) dict = new PyDict();
            return dict;
        }
    }

    @Override
    public PyType type() { return type; }

    public int size() { return items.length; }

    public PyObject get(int i) { return items[i]; }

    /** The backing array: callers must not modify it. */
    public PyObject[] array() { return items; }

    @Override
    public int len() { return items.length; }

    @Override
    public boolean isTrue() { return items.length != 0; }

    @Override
    public PyObject repr() {
        if (items.length == 0) return new PyStr("()");
        if (!Abstract.enterRepr(this)) return new PyStr("(...)");
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.reprString(items[i]));
            }
            if (items.length == 1) sb.append(',');
            return new PyStr(sb.append(')').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(items.length);
            PyObject[] out = new PyObject[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) out[i] = items[j];
            return new PyTuple(out);
        }
        int i = Abstract.index(key, "tuple indices must be integers or slices, not ", "");
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) throw Exc.indexError("tuple index out of range");
        return items[i];
    }

    @Override
    public Boolean contains(PyObject item) {
        for (PyObject o : items) if (o == item || Abstract.eq(o, item)) return true;
        return false;
    }

    @Override
    public PyObject iter() { return new PyIterators.ArrayIterator(items, items.length); }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyTuple t) || t.items.length != items.length) return false;
        for (int i = 0; i < items.length; i++) {
            if (items[i] != t.items[i] && !Abstract.eq(items[i], t.items[i])) return false;
        }
        return true;
    }

    // CPython: Objects/tupleobject.c tuplehash (xxHash-based, 3.8+)
    @Override
    public int pyHash() { return (int) hash64(); }

    public long hash64() {
        final long P1 = 0x9E3779B185EBCA87L, P2 = 0xC2B2AE3D27D4EB4FL, P5 = 0x27D4EB2F165667C5L;
        long acc = P5;
        for (PyObject item : items) {
            long lane = Abstract.hash64(item);
            acc += lane * P2;
            acc = Long.rotateLeft(acc, 31);
            acc *= P1;
        }
        acc += items.length ^ (P5 ^ 3527539L);
        if (acc == -1) return 1546275796;
        return acc;
    }

    @Override
    public int hashCode() {
        int k = keyHash;
        if (k != 0) return k;
        long h = hash64();
        k = (int) (h ^ (h >>> 32));
        if (stableHash()) keyHash = k;
        return k;
    }

    /** Whether this tuple's hash can never change: only immutable built-in values, nested tuples included. */
    private boolean stableHash() {
        if (type != TYPE) return false;
        for (PyObject o : items) {
            Class<?> c = o.getClass();
            if (c == PyTuple.class ? !((PyTuple) o).stableHash()
                    : c != PyInt.class && c != PyStr.class && c != PyFloat.class && c != PyBool.class
                      && c != PyNone.class && c != PyBytes.class) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyTuple t)) return null;
        return Abstract.compareSequences(items, items.length, t.items, t.items.length, op);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == dev.gilpy.bytecode.BinaryOps.ADD && !reflected) {
            if (!(other instanceof PyTuple t)) return null;
            if (t.items.length == 0 && type == TYPE) return this;
            if (items.length == 0 && t.type == TYPE) return t;
            PyObject[] out = Arrays.copyOf(items, items.length + t.items.length);
            System.arraycopy(t.items, 0, out, items.length, t.items.length);
            return new PyTuple(out);
        }
        if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
            PyInt n = Abstract.indexOrNull(other);
            if (n == null) return null;
            if (type == TYPE && !n.isBig() && n.value == 1) return this;
            PyObject[] out = PyList.repeat(items, items.length, other);
            return out.length == 0 ? EMPTY : new PyTuple(out);
        }
        return null;
    }

    @Override
    public String toString() { return Arrays.toString(items); }
}
