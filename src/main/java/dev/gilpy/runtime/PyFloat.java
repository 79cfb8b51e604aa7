package dev.gilpy.runtime;

import dev.gilpy.text.Reprs;

/** Python's float: an IEEE double (and, in {@link Derived}, the value of a class derived from float). */
public class PyFloat extends PyObject implements PyFormattable {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, cls -> new Derived(cls, 0.0));

    static {
        NumberMethods.initFloat();
    }

    /** An instance of a class derived from float: the value, its class and a __dict__. */
    static final class Derived extends PyFloat {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, double value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        // As dict keys: float's value semantics unless the class overrides __eq__/__hash__.
        @Override
        public int hashCode() { return Abstract.derivedKeyHash(this, TYPE, super.hashCode()); }

        @Override
        public boolean equals(Object o) { return Abstract.derivedKeyEquals(this, TYPE, o, super.equals(o)); }
    }

    /** float.__new__(cls, ...) for a class derived from float: the value as an instance of cls. */
    static PyFloat derived(PyType cls, PyFloat v) {
        return cls == TYPE ? v : new Derived(cls, v.value);
    }

    @Override
    public String format(String spec) { return Formatting.formatFloat(value, spec); }

    public final double value;

    public PyFloat(double value) { this.value = value; }

    public static PyFloat of(double v) { return new PyFloat(v); }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr(repr(value)); }

    @Override
    public boolean isTrue() { return value != 0.0; }

    @Override
    public int pyHash() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        long h = Hashing.hashDouble(value);
        return (int) h;
    }

    @Override
    public int hashCode() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        long h = Hashing.hashDouble(value);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f) return value == f.value;
        if (o instanceof PyInt i) return !Double.isNaN(value) && Numbers.compareIntFloat(i, value) == 0;
        if (o instanceof PyComplex c) return c.equals(this);
        // An instance of a Python number class (Fraction, Decimal) equal to this one is the same dict key.
        return o instanceof PyInstance p && Abstract.eqForKey(this, p);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat f) return PyBool.of(Abstract.cmpDouble(value, f.value, op));
        if (other instanceof PyInt i) {
            if (Double.isNaN(value)) return PyBool.of(op == Abstract.NE);
            return PyBool.of(Abstract.cmpResult(-Numbers.compareIntFloat(i, value), op));
        }
        return null;
    }

    /** CPython's repr(float); one definition shared with the compiler and dis ({@link Reprs#floatRepr}). */
    public static String repr(double d) { return Reprs.floatRepr(d); }
}
