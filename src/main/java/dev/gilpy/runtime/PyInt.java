package dev.gilpy.runtime;

import java.math.BigInteger;

/**
 * Python's arbitrary-precision int: a {@code long} while it fits, a {@link BigInteger} beyond
 * (then {@code big != null} and {@code value} is unused). bool is the subclass {@link PyBool}.
 */
public class PyInt extends PyObject implements PyFormattable {
    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT, cls -> new Derived(cls, 0, null));

    private static final int CACHE_LOW = -5, CACHE_HIGH = 256;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = CACHE_LOW; i <= CACHE_HIGH; i++) CACHE[i - CACHE_LOW] = new PyInt(i);
    }


    static {
        NumberMethods.initInt();
    }

    @Override
    public String format(String spec) { return Formatting.formatInt(this, spec); }

    public static final PyInt ZERO = of(0), ONE = of(1), MINUS_ONE = of(-1);

    public final long value;
    public final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    private PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    /** An instance of a class derived from int (IntEnum members, ...): the value, its class and a __dict__. */
    static final class Derived extends PyInt {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, long value, BigInteger big) {
            super(value, big);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        // As dict keys: int's value semantics unless the class overrides __eq__/__hash__.
        @Override
        public int hashCode() { return Abstract.derivedKeyHash(this, TYPE, super.hashCode()); }

        @Override
        public boolean equals(Object o) { return Abstract.derivedKeyEquals(this, TYPE, o, super.equals(o)); }
    }

    /** int.__new__(cls, ...) for a class derived from int: the value as an instance of cls. */
    static PyInt derived(PyType cls, PyInt v) {
        return cls == TYPE ? v : new Derived(cls, v.value, v.big);
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) return CACHE[(int) v - CACHE_LOW];
        return new PyInt(v);
    }

    /** Normalises: a BigInteger that fits a long becomes the long form. */
    public static PyInt of(BigInteger b) {
        if (b.bitLength() < 64) return of(b.longValue());
        return new PyInt(b);
    }

    @Override
    public PyType type() { return TYPE; }

    public final boolean isBig() { return big != null; }

    /**
     * Whether this is an int (or bool) that fits a long: the fast paths of arithmetic and comparison may
     * then skip the type's methods (a class derived from int may override them).
     */
    public final boolean isPlainLong() { return big == null && !(this instanceof Derived); }

    /** Whether this is an int or bool, not an instance of a class derived from int (see isPlainLong). */
    public final boolean isPlain() { return !(this instanceof Derived); }

    public final BigInteger bigValue() { return big != null ? big : BigInteger.valueOf(value); }

    public final int signum() { return big != null ? big.signum() : Long.signum(value); }

    /** The value as a Java int, or OverflowError with CPython's wording. */
    public final int intValue() {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw Exc.overflowError("Python int too large to convert to C int");
        }
        return (int) value;
    }

    /** The value as a Java long, or OverflowError. */
    public final long longValue() {
        if (big != null) throw Exc.overflowError("Python int too large to convert to C long");
        return value;
    }

    /** Clamped to int range: for indices and repeat counts where huge values mean "all" or "none". */
    public final int clampedInt() {
        if (big != null) return big.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    public final double doubleValue() {
        if (big == null) return value;
        double d = big.doubleValue();
        if (Double.isInfinite(d)) throw Exc.overflowError("int too large to convert to float");
        return d;
    }

    @Override
    public PyObject repr() { return new PyStr(toDecimal()); }

    /** CPython 3.11's default limit of decimal digits in int<->str conversions (0: none). */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** The smallest limit sys.set_int_max_str_digits accepts, other than 0. */
    public static final int MIN_MAX_STR_DIGITS = 640;
    /**
     * sys.set_int_max_str_digits, -X int_max_str_digits, PYTHONINTMAXSTRDIGITS. Process-wide: the int type
     * has no interpreter to ask, so every interpreter in one JVM shares it (one per process outside tests).
     */
    public static volatile int processMaxStrDigits = DEFAULT_MAX_STR_DIGITS;

    public String toDecimal() {
        if (big == null) return Long.toString(value);
        int limit = processMaxStrDigits;
        // a number of more than limit * 3.33 bits has more than limit digits: only those are counted
        if (limit > 0 && big.bitLength() > limit * 3L) {
            String s = big.toString();
            int digits = s.length() - (big.signum() < 0 ? 1 : 0);
            if (digits > limit) {
                throw Exc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return big.toString();
    }

    @Override
    public boolean isTrue() { return big != null || value != 0; }

    // CPython: Objects/longobject.c long_hash — modulo the Mersenne prime 2**61 - 1.
    @Override
    public int pyHash() { return (int) hash64(); }

    public long hash64() {
        if (big == null) {
            if (value == -1) return -2;
            if (value > -Hashing.MODULUS && value < Hashing.MODULUS) return value;
        }
        BigInteger b = bigValue();
        long h = b.abs().mod(Hashing.BIG_MODULUS).longValue();
        if (b.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    @Override
    public int hashCode() { return (int) (hash64() ^ (hash64() >>> 32)); }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyInt i) {
            if (big == null && i.big == null) return value == i.value;
            return bigValue().equals(i.bigValue());
        }
        if (o instanceof PyFloat f) return Numbers.compareIntFloat(this, f.value) == 0;
        if (o instanceof PyComplex c) return c.equals(this);
        // An instance of a Python number class (Fraction, Decimal) equal to this one is the same dict key.
        return o instanceof PyInstance p && Abstract.eqForKey(this, p);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        int c;
        if (other instanceof PyInt i) {
            c = (big == null && i.big == null) ? Long.compare(value, i.value) : bigValue().compareTo(i.bigValue());
        } else if (other instanceof PyFloat f) {
            if (Double.isNaN(f.value)) return PyBool.of(op == Abstract.NE);
            c = Numbers.compareIntFloat(this, f.value);
        } else {
            return null;
        }
        return PyBool.of(Abstract.cmpResult(c, op));
    }
}
