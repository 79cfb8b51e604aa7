package dev.gilpy.runtime;

import dev.gilpy.text.Reprs;

import static dev.gilpy.bytecode.BinaryOps.*;

/** Python's complex: a pair of IEEE doubles (and, in {@link Derived}, the value of a class derived from complex). */
public class PyComplex extends PyObject implements PyBinaryOps, PyFormattable {
    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT, cls -> new Derived(cls, 0.0, 0.0));

    static {
        ComplexMethods.init();
    }

    /** An instance of a class derived from complex: the value, its class and a __dict__. */
    static final class Derived extends PyComplex {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, double real, double imag) {
            super(real, imag);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        // As dict keys: complex's value semantics unless the class overrides __eq__/__hash__.
        @Override
        public int hashCode() { return Abstract.derivedKeyHash(this, TYPE, super.hashCode()); }

        @Override
        public boolean equals(Object o) { return Abstract.derivedKeyEquals(this, TYPE, o, super.equals(o)); }
    }

    public final double real, imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() { return TYPE; }

    /** A plain complex with this value (complex(z) of a derived instance, and results of operators). */
    PyComplex plain() { return type() == TYPE ? this : new PyComplex(real, imag); }

    @Override
    public boolean isTrue() { return real != 0 || imag != 0; }

    // CPython: Objects/complexobject.c complex_repr — parts in repr style without ".0"; no parens when the
    // real part is +0.
    @Override
    public PyObject repr() { return new PyStr(repr(real, imag)); }

    public static String repr(double re, double im) { return Reprs.complexRepr(re, im); }

    @Override
    public String format(String spec) { return Formatting.formatComplex(real, imag, spec); }

    // CPython: complex_hash — hash(real) + 1000003 * hash(imag) in unsigned machine arithmetic.
    @Override
    public int pyHash() { return (int) hash64(); }

    long hash64() {
        long h = partHash(real) + 1000003L * partHash(imag);
        return h == -1 ? -2 : h;
    }

    private long partHash(double d) {
        return Double.isNaN(d) ? System.identityHashCode(this) : Hashing.hashDouble(d);
    }

    @Override
    public int hashCode() {
        long h = hash64();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyComplex c) return real == c.real && imag == c.imag;
        if (imag != 0) return false;
        if (o instanceof PyFloat f) return real == f.value;
        if (o instanceof PyInt i) return !Double.isNaN(real) && Numbers.compareIntFloat(i, real) == 0;
        return false;
    }

    // CPython: complex_richcompare — only == and != are defined; an int compares exactly with the real part.
    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Abstract.EQ && op != Abstract.NE) return null;
        boolean eq;
        if (other instanceof PyComplex || other instanceof PyFloat || other instanceof PyInt) eq = equals(other);
        else return null;
        return PyBool.of(op == Abstract.EQ ? eq : !eq);
    }

    /** A complex, or what the object's __complex__ returns; null for objects without one. */
    public static PyComplex fromComplexMethod(PyObject o) { return ComplexMethods.asComplex(o); }

    /** int, float or complex as a complex; null for other types (NotImplemented). */
    static PyComplex coerce(PyObject o) {
        if (o instanceof PyComplex c) return c;
        if (o instanceof PyFloat f) return new PyComplex(f.value, 0.0);
        if (o instanceof PyInt i) {
            double d = i.doubleValue();
            if (Double.isInfinite(d)) throw Exc.overflowError("int too large to convert to float");
            return new PyComplex(d, 0.0);
        }
        return null;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        PyComplex o = coerce(other);
        if (o == null) return null;
        PyComplex a = reflected ? o : this, b = reflected ? this : o;
        return switch (op) {
            case ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case SUBTRACT -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case MULTIPLY -> product(a, b);
            case TRUE_DIVIDE -> {
                PyComplex q = quotient(a, b);
                if (q == null) throw Exc.zeroDivision("complex division by zero");
                yield q;
            }
            case POWER -> power(a, b);
            default -> null;
        };
    }

    static PyComplex product(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    // CPython: _Py_c_quot — Smith's method (scale by the larger part of the divisor); null for division by zero.
    public static PyComplex quotient(PyComplex a, PyComplex b) {
        double absRe = Math.abs(b.real), absIm = Math.abs(b.imag);
        if (absRe >= absIm) {
            if (absRe == 0) return null;
            double ratio = b.imag / b.real, denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.real / b.imag, denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);   // a NaN part in the divisor
    }

    private static final PyComplex ONE = new PyComplex(1.0, 0.0);

    /** a ** b: small integral exponents by repeated multiplication, others through polar form (CPython: complex_pow). */
    static PyComplex power(PyComplex a, PyComplex b) {
        PyComplex r;
        boolean domain = false;
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            long n = (long) b.real;
            if (n >= 0) r = unsignedPower(a, n);
            else {
                r = quotient(ONE, unsignedPower(a, -n));
                if (r == null) domain = true;
            }
        } else if (b.real == 0 && b.imag == 0) {
            r = ONE;
        } else if (a.real == 0 && a.imag == 0) {
            domain = b.imag != 0 || b.real < 0;
            r = new PyComplex(0.0, 0.0);
        } else {
            double vabs = Libm.hypot(a.real, a.imag);
            double len = Libm.pow(vabs, b.real);
            double at = Libm.atan2(a.imag, a.real);
            double phase = at * b.real;
            if (b.imag != 0) {
                len /= Libm.exp(at * b.imag);
                phase += b.imag * Libm.log(vabs);
            }
            r = new PyComplex(len * Libm.cos(phase), len * Libm.sin(phase));
        }
        if (domain) throw Exc.zeroDivision("0.0 to a negative or complex power");
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) throw Exc.overflowError("complex exponentiation");
        return r;
    }

    private static PyComplex unsignedPower(PyComplex x, long n) {
        PyComplex r = ONE, p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = product(r, p);
            p = product(p, p);
        }
        return r;
    }

    /** abs(z): the hypotenuse; OverflowError when finite parts give an infinite length. */
    public double abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(real) || Double.isNaN(imag)) return Double.NaN;
        double r = Libm.hypot(real, imag);
        if (Double.isInfinite(r)) throw Exc.overflowError("absolute value too large");
        return r;
    }
}
