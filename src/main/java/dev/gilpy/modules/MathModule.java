package dev.gilpy.modules;

import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.math.BigDecimal;
import java.math.BigInteger;

/** The math module: CPython 3.11's functions with its error messages. */
public final class MathModule {
    private MathModule() {}

    static PyException domain() { return Exc.valueError("math domain error"); }

    static PyException range() { return Exc.overflowError("math range error"); }

    /** A real number argument as a double (int, float, bool, or an object with __float__ / __index__). */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) {
            double d = i.doubleValue();
            if (Double.isInfinite(d)) throw Exc.overflowError("int too large to convert to float");
            return d;
        }
        PyObject m = o.type().lookup("__float__");
        if (m != null) {
            PyObject r = Abstract.callMethod(m, o);
            if (r instanceof PyFloat f) return f.value;
            throw Exc.typeError(o.type().name + ".__float__ returned non-float (type " + r.type().name + ")");
        }
        if (o.type().lookup("__index__") != null) return toDouble(Abstract.indexOrNull(o));
        throw Exc.typeError("must be real number, not " + o.type().name);
    }

    /** An integer argument via __index__. */
    static PyInt toInt(PyObject o) {
        PyInt i = o instanceof PyInt x ? x : Abstract.indexOrNull(o);
        if (i == null) throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        return i;
    }

    /** A finite double as an exact int. */
    public static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) throw Exc.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Exc.overflowError("cannot convert float infinity to integer");
        if (d >= -9.0e18 && d <= 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static PyFloat f(double d) { return new PyFloat(d); }

    interface D2D { double apply(double x); }

    /** A one-argument float function: a domain error for NaN from non-NaN, a range error for overflow. */
    static void unary(PyModule m, String name, D2D fn, boolean overflowIsRange) {
        m.def(name, (a, k) -> {
            Args.exact(name, a, k, 1);
            double x = toDouble(a[0]);
            double r = fn.apply(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                if (overflowIsRange) throw range();
                throw domain();
            }
            return f(r);
        });
    }

    /**
     * CPython's loghelper: an int too large for a float is split as x * 2**e (x in [0.5, 1), rounded
     * once) and its log is func(x) + func(2.0) * e; anything else is converted to a float first.
     */
    static double logOf(PyObject o, D2D func) {
        if (o instanceof PyInt i) {
            if (i.signum() <= 0) throw domain();
            BigInteger b = i.bigValue();
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                int e = b.bitLength();
                BigInteger top = b.shiftRight(e - 55);   // 55 bits, the last one sticky: one correct rounding
                if (b.getLowestSetBit() < e - 55) top = top.setBit(0);
                return func.apply(Math.scalb(top.doubleValue(), -55)) + func.apply(2.0) * e;
            }
            return checkedLog(d, func);
        }
        return checkedLog(toDouble(o), func);
    }

    /** CPython's m_log/m_log2/m_log10: NaN and +inf pass through, x <= 0 is a domain error. */
    private static double checkedLog(double x, D2D func) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x <= 0) throw domain();
        return func.apply(x);
    }

    /**
     * sqrt(sum of squares), correctly rounded, as CPython's hypot almost always is (java.lang.Math.hypot is
     * within 1 ulp, and differs from CPython in the last bit for ~1 input in 200). Scaled by a power of two
     * (exact) so nothing overflows; the squares and their sum are kept exactly enough as a double-double;
     * the square root of that takes one Newton step whose residual fma computes exactly.
     */
    static double norm(double[] v, double max) {
        int scale = Math.getExponent(max);
        if (scale < Double.MIN_EXPONENT) scale = Math.getExponent(max * 0x1p54) - 54;   // subnormal max
        double hi = 0, lo = 0;
        for (double x : v) {
            double t = Math.scalb(x, -scale);
            double sq = t * t, sqErr = Math.fma(t, t, -sq);
            double sum = hi + sq;                        // two-sum: hi + sq = sum + err exactly
            double bv = sum - hi;
            double err = (hi - (sum - bv)) + (sq - bv);
            hi = sum;
            lo += err + sqErr;
        }
        double s = hi + lo;
        lo = lo - (s - hi);
        hi = s;
        double r = Math.sqrt(hi);
        double residual = Math.fma(-r, r, hi) + lo;      // hi - r*r is exact
        return Math.scalb(r + residual / (2 * r), scale);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("math");
        m.set("pi", f(Math.PI));
        m.set("e", f(Math.E));
        m.set("tau", f(2 * Math.PI));
        m.set("inf", f(Double.POSITIVE_INFINITY));
        m.set("nan", f(Double.NaN));

        m.def("sqrt", (a, k) -> {
            Args.exact("sqrt", a, k, 1);
            double x = toDouble(a[0]);
            if (x < 0) throw domain();
            return f(Math.sqrt(x));
        });
        // The C library's functions, as CPython calls them (see Libm for why not java.lang.Math).
        unary(m, "exp", Libm::exp, true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "sin", Libm::sin, false);
        unary(m, "cos", Libm::cos, false);
        unary(m, "tan", Libm::tan, false);
        unary(m, "asin", Libm::asin, false);
        unary(m, "acos", Libm::acos, false);
        unary(m, "atan", Libm::atan, false);
        unary(m, "sinh", Libm::sinh, true);
        unary(m, "cosh", Libm::cosh, true);
        unary(m, "tanh", Libm::tanh, false);
        unary(m, "asinh", Libm::asinh, false);
        unary(m, "acosh", Libm::acosh, false);
        unary(m, "atanh", Libm::atanh, false);
        unary(m, "erf", Libm::erf, false);
        unary(m, "erfc", Libm::erfc, false);
        unary(m, "fabs", Math::abs, false);
        unary(m, "degrees", Math::toDegrees, true);
        unary(m, "radians", Math::toRadians, false);
        unary(m, "cbrt", Libm::cbrt, false);
        unary(m, "exp2", Libm::exp2, true);
        unary(m, "log1p", Libm::log1p, false);
        m.def("gamma", (a, k) -> {
            Args.exact("gamma", a, k, 1);
            double x = toDouble(a[0]);
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return f(x);
            if (x == Double.NEGATIVE_INFINITY || (x <= 0 && x == Math.rint(x))) throw domain();
            double r = Libm.tgamma(x);
            if (Double.isInfinite(r)) throw range();
            return f(r);
        });
        m.def("lgamma", (a, k) -> {
            Args.exact("lgamma", a, k, 1);
            double x = toDouble(a[0]);
            if (Double.isNaN(x)) return f(x);
            if (Double.isInfinite(x)) return f(Double.POSITIVE_INFINITY);
            if (x <= 0 && x == Math.rint(x)) throw domain();
            double r = Libm.lgamma(x);
            if (Double.isInfinite(r)) throw range();
            return f(r);
        });
        m.def("atan2", (a, k) -> {
            Args.exact("atan2", a, k, 2);
            return f(Libm.atan2(toDouble(a[0]), toDouble(a[1])));
        });
        m.def("log", (a, k) -> {
            Args.range("log", a, k, 1, 2);
            double num = logOf(a[0], Libm::log);
            if (a.length == 1) return f(num);
            double den = logOf(a[1], Libm::log);
            if (den == 0) throw Exc.zeroDivision("float division by zero");
            return f(num / den);
        });
        m.def("log2", (a, k) -> {
            Args.exact("log2", a, k, 1);
            return f(logOf(a[0], Libm::log2));
        });
        m.def("log10", (a, k) -> {
            Args.exact("log10", a, k, 1);
            return f(logOf(a[0], Libm::log10));
        });
        m.def("pow", (a, k) -> {
            Args.exact("pow", a, k, 2);
            double x = toDouble(a[0]), y = toDouble(a[1]);
            double r = Libm.pow(x, y);     // C99's pow gives CPython's answers for infinities and NaNs too
            if (Double.isFinite(x) && Double.isFinite(y) && !Double.isFinite(r)) {
                if (Double.isNaN(r) || x == 0) throw domain();    // (-x) ** non-integer, 0 ** negative
                throw range();
            }
            return f(r);
        });
        m.def("floor", (a, k) -> {
            Args.exact("floor", a, k, 1);
            if (a[0] instanceof PyInt i) return PyInt.of(i.bigValue());
            if (a[0] instanceof PyFloat fl) return fromDouble(Math.floor(fl.value));
            PyObject d = a[0].type().lookup("__floor__");
            if (d != null) return Abstract.callMethod(d, a[0]);
            return fromDouble(Math.floor(toDouble(a[0])));
        });
        m.def("ceil", (a, k) -> {
            Args.exact("ceil", a, k, 1);
            if (a[0] instanceof PyInt i) return PyInt.of(i.bigValue());
            if (a[0] instanceof PyFloat fl) return fromDouble(Math.ceil(fl.value));
            PyObject d = a[0].type().lookup("__ceil__");
            if (d != null) return Abstract.callMethod(d, a[0]);
            return fromDouble(Math.ceil(toDouble(a[0])));
        });
        m.def("trunc", (a, k) -> {
            Args.exact("trunc", a, k, 1);
            if (a[0] instanceof PyInt i) return PyInt.of(i.bigValue());
            if (a[0] instanceof PyFloat fl) return fromDouble(fl.value);
            PyObject d = a[0].type().lookup("__trunc__");
            if (d == null) throw Exc.typeError("type " + a[0].type().name + " doesn't define __trunc__ method");
            return Abstract.callMethod(d, a[0]);
        });
        m.def("isqrt", (a, k) -> {
            Args.exact("isqrt", a, k, 1);
            PyInt n = toInt(a[0]);
            if (n.signum() < 0) throw Exc.valueError("isqrt() argument must be nonnegative");
            return PyInt.of(n.bigValue().sqrt());
        });
        m.def("factorial", (a, k) -> {
            Args.exact("factorial", a, k, 1);
            if (a[0] instanceof PyFloat) throw Exc.typeError("'float' object cannot be interpreted as an integer");
            PyInt n = toInt(a[0]);
            if (n.signum() < 0) throw Exc.valueError("factorial() not defined for negative values");
            if (n.isBig() || n.longValue() > 1_000_000) throw Exc.overflowError("factorial() argument should not exceed 2147483647");
            return PyInt.of(product(1, n.longValue()));
        });
        m.def("gcd", (a, k) -> {
            Args.noKw("gcd", k);
            BigInteger g = BigInteger.ZERO;
            for (PyObject o : a) g = g.gcd(toInt(o).bigValue());
            return PyInt.of(g);
        });
        m.def("lcm", (a, k) -> {
            Args.noKw("lcm", k);
            BigInteger l = BigInteger.ONE;
            for (PyObject o : a) {
                BigInteger v = toInt(o).bigValue().abs();
                if (v.signum() == 0 || l.signum() == 0) { l = BigInteger.ZERO; continue; }
                l = l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.def("comb", (a, k) -> {
            Args.exact("comb", a, k, 2);
            BigInteger n = toInt(a[0]).bigValue(), r = toInt(a[1]).bigValue();
            if (n.signum() < 0) throw Exc.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Exc.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            long nn = n.longValueExact(), rr = Math.min(r.longValueExact(), nn - r.longValueExact());
            BigInteger res = BigInteger.ONE;
            for (long i = 1; i <= rr; i++) {
                res = res.multiply(BigInteger.valueOf(nn - rr + i)).divide(BigInteger.valueOf(i));
            }
            return PyInt.of(res);
        });
        m.def("perm", (a, k) -> {
            Args.range("perm", a, k, 1, 2);
            BigInteger n = toInt(a[0]).bigValue();
            BigInteger r = a.length > 1 && a[1] != PyNone.NONE ? toInt(a[1]).bigValue() : n;
            if (n.signum() < 0) throw Exc.valueError("n must be a non-negative integer");
            if (r.signum() < 0) throw Exc.valueError("k must be a non-negative integer");
            if (r.compareTo(n) > 0) return PyInt.ZERO;
            long nn = n.longValueExact(), rr = r.longValueExact();
            return PyInt.of(rr == 0 ? BigInteger.ONE : product(nn - rr + 1, nn));
        });
        m.def("isclose", (a, k) -> {
            PyObject[] p = Args.parse("isclose", a, 0, k, new String[]{"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            double x = toDouble(p[0]), y = toDouble(p[1]);
            double rel = p[2] == null ? 1e-9 : toDouble(p[2]), abs = p[3] == null ? 0.0 : toDouble(p[3]);
            if (rel < 0 || abs < 0) throw Exc.valueError("tolerances must be non-negative");
            if (x == y) return PyBool.TRUE;
            if (Double.isInfinite(x) || Double.isInfinite(y)) return PyBool.FALSE;
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
        m.def("isinf", (a, k) -> { Args.exact("isinf", a, k, 1); return PyBool.of(Double.isInfinite(toDouble(a[0]))); });
        m.def("isnan", (a, k) -> { Args.exact("isnan", a, k, 1); return PyBool.of(Double.isNaN(toDouble(a[0]))); });
        m.def("isfinite", (a, k) -> { Args.exact("isfinite", a, k, 1); return PyBool.of(Double.isFinite(toDouble(a[0]))); });
        m.def("copysign", (a, k) -> {
            Args.exact("copysign", a, k, 2);
            return f(Math.copySign(toDouble(a[0]), toDouble(a[1])));
        });
        m.def("fmod", (a, k) -> {
            Args.exact("fmod", a, k, 2);
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) return f(x);
            if (Double.isNaN(x) || Double.isNaN(y)) return f(Double.NaN);
            if (y == 0 || Double.isInfinite(x)) throw domain();
            return f(x % y);
        });
        m.def("remainder", (a, k) -> {
            Args.exact("remainder", a, k, 2);
            double x = toDouble(a[0]), y = toDouble(a[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) return f(Double.NaN);
            if (y == 0 || Double.isInfinite(x)) throw domain();
            return f(Math.IEEEremainder(x, y));
        });
        m.def("modf", (a, k) -> {
            Args.exact("modf", a, k, 1);
            double x = toDouble(a[0]);
            if (Double.isInfinite(x)) return PyTuple.of(f(Math.copySign(0.0, x)), f(x));
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(f(Math.copySign(x - ip, x)), f(ip));
        });
        m.def("frexp", (a, k) -> {
            Args.exact("frexp", a, k, 1);
            double x = toDouble(a[0]);
            if (x == 0 || !Double.isFinite(x)) return PyTuple.of(f(x), PyInt.ZERO);
            int e = Math.getExponent(x);
            double mant;
            if (e == Double.MIN_EXPONENT - 1) { // subnormal
                x *= 0x1p54;
                e = Math.getExponent(x) - 54;
                mant = Math.scalb(x, -(Math.getExponent(x) + 1));
            } else {
                mant = Math.scalb(x, -(e + 1));
            }
            return PyTuple.of(f(mant), PyInt.of(e + 1));
        });
        m.def("ldexp", (a, k) -> {
            Args.exact("ldexp", a, k, 2);
            double x = toDouble(a[0]);
            if (a[1] instanceof PyFloat) throw Exc.typeError("Expected an int as second argument to ldexp.");
            PyInt e = toInt(a[1]);
            int ei = e.isBig() ? (e.signum() > 0 ? 100000 : -100000) : (int) Math.max(-100000, Math.min(100000, e.longValue()));
            double r = Math.scalb(x, ei);
            if (Double.isInfinite(r) && Double.isFinite(x)) throw range();
            return f(r);
        });
        m.def("hypot", (a, k) -> {
            Args.noKw("hypot", k);
            boolean inf = false, nan = false;
            double[] v = new double[a.length];
            double max = 0;
            for (int i = 0; i < a.length; i++) {
                v[i] = Math.abs(toDouble(a[i]));
                if (Double.isInfinite(v[i])) inf = true;
                if (Double.isNaN(v[i])) nan = true;
                max = Math.max(max, v[i]);
            }
            if (inf) return f(Double.POSITIVE_INFINITY);
            if (nan) return f(Double.NaN);
            if (max == 0 || v.length == 1) return f(max);
            return f(norm(v, max));
        });
        m.def("dist", (a, k) -> {
            Args.exact("dist", a, k, 2);
            PyObject[] p = Abstract.toArray(a[0]), q = Abstract.toArray(a[1]);
            if (p.length != q.length) throw Exc.valueError("both points must have the same number of dimensions");
            PyObject[] d = new PyObject[p.length];
            for (int i = 0; i < p.length; i++) d[i] = f(toDouble(p[i]) - toDouble(q[i]));
            return Abstract.call(m.get("hypot"), d);
        });
        m.def("fsum", (a, k) -> {
            Args.exact("fsum", a, k, 1);
            BigDecimal sum = BigDecimal.ZERO;
            double special = 0;
            boolean haveSpecial = false;
            PyObject it = Abstract.iter(a[0]);
            for (PyObject o; (o = Abstract.next(it)) != null; ) {
                double x = toDouble(o);
                if (!Double.isFinite(x)) {
                    if (Double.isNaN(x)) return f(x);
                    if (haveSpecial && special != x) throw Exc.valueError("-inf + inf in fsum");
                    special = x;
                    haveSpecial = true;
                    continue;
                }
                sum = sum.add(new BigDecimal(x));
            }
            if (haveSpecial) return f(special);
            double r = sum.doubleValue();
            if (Double.isInfinite(r)) throw Exc.overflowError("intermediate overflow in fsum");
            return f(r);
        });
        m.def("prod", (a, k) -> {
            PyObject[] p = Args.parse("prod", a, 0, k, new String[]{"iterable", "start"}, 1, 1);
            PyObject acc = p[1] == null ? PyInt.ONE : p[1];
            PyObject it = Abstract.iter(p[0]);
            for (PyObject o; (o = Abstract.next(it)) != null; ) acc = Abstract.binary(BinaryOps.MULTIPLY, acc, o);
            return acc;
        });
        m.def("nextafter", (a, k) -> {
            Args.exact("nextafter", a, k, 2);
            return f(Math.nextAfter(toDouble(a[0]), toDouble(a[1])));
        });
        m.def("ulp", (a, k) -> {
            Args.exact("ulp", a, k, 1);
            double x = toDouble(a[0]);
            if (Double.isNaN(x) || Double.isInfinite(x)) return f(Math.abs(x));
            return f(Math.ulp(x));
        });
        return m;
    }

    /** lo * (lo+1) * ... * hi by binary splitting. */
    static BigInteger product(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }
}
