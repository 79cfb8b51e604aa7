package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

/**
 * The cmath module. The finite-input algorithms follow CPython's Modules/cmathmodule.c (scaling near
 * overflow and underflow, log1p near |z| = 1), and every real function comes from the C library
 * ({@link Libm}), so results carry CPython's digits. Non-finite inputs follow C99 Annex G for sqrt, exp
 * and log; the other functions give NaN parts for NaN input.
 */
public final class CmathModule {
    private CmathModule() {}

    private static final double LARGE = Double.MAX_VALUE / 4;          // CM_LARGE_DOUBLE
    private static final double SQRT_LARGE = Math.sqrt(LARGE);          // CM_SQRT_LARGE_DOUBLE
    private static final double LOG_LARGE = Math.log(LARGE);            // CM_LOG_LARGE_DOUBLE
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453094, LN10 = 2.302585092994045684;
    private static final double INF = Double.POSITIVE_INFINITY, NAN = Double.NaN;

    /** What a C function reports through errno: EDOM becomes ValueError, ERANGE OverflowError. */
    private static final class Errno {
        boolean domain, range;
    }

    private record C(double re, double im) {
        C neg() { return new C(-re, -im); }
        /** i*z's argument form used by the trigonometric identities: (-im, re). */
        C timesI() { return new C(-im, re); }
        /** The result of f(iz) mapped back by -i: (im, -re). */
        C timesMinusI() { return new C(im, -re); }
    }

    private interface Fn { C apply(C z, Errno e); }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("cmath");
        m.set("pi", new PyFloat(Math.PI));
        m.set("e", new PyFloat(Math.E));
        m.set("tau", new PyFloat(2 * Math.PI));
        m.set("inf", new PyFloat(INF));
        m.set("nan", new PyFloat(NAN));
        m.set("infj", new PyComplex(0.0, INF));
        m.set("nanj", new PyComplex(0.0, NAN));
        def(m, "sqrt", CmathModule::sqrt);
        def(m, "exp", CmathModule::exp);
        def(m, "log10", (z, e) -> {
            C r = log(z, e);
            return new C(r.re / LN10, r.im / LN10);
        });
        def(m, "sinh", CmathModule::sinh);
        def(m, "cosh", CmathModule::cosh);
        def(m, "tanh", CmathModule::tanh);
        def(m, "sin", (z, e) -> sinh(z.timesI(), e).timesMinusI());
        def(m, "cos", (z, e) -> cosh(z.timesI(), e));
        def(m, "tan", (z, e) -> tanh(z.timesI(), e).timesMinusI());
        def(m, "asinh", CmathModule::asinh);
        def(m, "acosh", CmathModule::acosh);
        def(m, "atanh", CmathModule::atanh);
        def(m, "asin", (z, e) -> asinh(z.timesI(), e).timesMinusI());
        def(m, "acos", CmathModule::acos);
        def(m, "atan", (z, e) -> atanh(z.timesI(), e).timesMinusI());
        m.def("log", (a, k) -> {
            PyObject[] p = Args.parse("log", a, 0, k, new String[]{"x", "base"}, 1, 2);
            Errno e = new Errno();
            C r = log(arg(p[0]), e);
            if (p[1] != null) {
                C b = log(arg(p[1]), e);
                PyComplex q = quotient(r, b);
                if (q == null) e.domain = true;
                else r = new C(q.real, q.imag);
            }
            return result(r, e);
        });
        m.def("phase", (a, k) -> {
            Args.exact("phase", a, k, 1);
            C z = arg(a[0]);
            return new PyFloat(Libm.atan2(z.im, z.re));
        });
        m.def("polar", (a, k) -> {
            Args.exact("polar", a, k, 1);
            C z = arg(a[0]);
            double r = abs(z);
            return new PyTuple(new PyFloat(r), new PyFloat(Libm.atan2(z.im, z.re)));
        });
        m.def("rect", (a, k) -> {
            Args.exact("rect", a, k, 2);
            return result(rect(MathModule.toDouble(a[0]), MathModule.toDouble(a[1])), new Errno());
        });
        m.def("isfinite", (a, k) -> {
            Args.exact("isfinite", a, k, 1);
            C z = arg(a[0]);
            return PyBool.of(Double.isFinite(z.re) && Double.isFinite(z.im));
        });
        m.def("isinf", (a, k) -> {
            Args.exact("isinf", a, k, 1);
            C z = arg(a[0]);
            return PyBool.of(Double.isInfinite(z.re) || Double.isInfinite(z.im));
        });
        m.def("isnan", (a, k) -> {
            Args.exact("isnan", a, k, 1);
            C z = arg(a[0]);
            return PyBool.of(Double.isNaN(z.re) || Double.isNaN(z.im));
        });
        m.def("isclose", (a, k) -> {
            PyObject[] p = Args.parse("isclose", a, 0, k, new String[]{"a", "b", "rel_tol", "abs_tol"}, 2, 2);
            C x = arg(p[0]), y = arg(p[1]);
            double rel = p[2] == null ? 1e-9 : MathModule.toDouble(p[2]), absTol = p[3] == null ? 0.0 : MathModule.toDouble(p[3]);
            if (rel < 0 || absTol < 0) throw Exc.valueError("tolerances must be non-negative");
            if (x.re == y.re && x.im == y.im) return PyBool.TRUE;
            if (Double.isInfinite(x.re) || Double.isInfinite(x.im) || Double.isInfinite(y.re) || Double.isInfinite(y.im)) {
                return PyBool.FALSE;
            }
            double diff = new PyComplex(y.re - x.re, y.im - x.im).abs();
            return PyBool.of(diff <= rel * new PyComplex(y.re, y.im).abs() || diff <= rel * new PyComplex(x.re, x.im).abs()
                    || diff <= absTol);
        });
        return m;
    }

    private static void def(PyModule m, String name, Fn fn) {
        m.def(name, (a, k) -> {
            Args.exact(name, a, k, 1);
            Errno e = new Errno();
            C r = fn.apply(arg(a[0]), e);
            return result(r, e);
        });
    }

    private static PyObject result(C r, Errno e) {
        if (e.domain) throw Exc.valueError("math domain error");
        if (e.range) throw Exc.overflowError("math range error");
        return new PyComplex(r.re, r.im);
    }

    /** A complex argument: complex, __complex__, or a real number (CPython: PyComplex_AsCComplex). */
    private static C arg(PyObject o) {
        PyComplex c = PyComplex.fromComplexMethod(o);
        if (c != null) return new C(c.real, c.imag);
        return new C(MathModule.toDouble(o), 0.0);
    }

    private static PyComplex quotient(C a, C b) {
        return PyComplex.quotient(new PyComplex(a.re, a.im), new PyComplex(b.re, b.im));
    }

    private static double abs(C z) {
        if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) return INF;
        if (Double.isNaN(z.re) || Double.isNaN(z.im)) return NAN;
        double r = Libm.hypot(z.re, z.im);
        if (Double.isInfinite(r)) throw Exc.overflowError("math range error");
        return r;
    }

    private static boolean finite(C z) { return Double.isFinite(z.re) && Double.isFinite(z.im); }

    private static boolean anyNaN(C z) { return Double.isNaN(z.re) || Double.isNaN(z.im); }

    // ------------------------------------------------------------------ square root, exponential, logarithm

    static C sqrt(C z, Errno e) {
        if (!finite(z)) {
            if (Double.isInfinite(z.im)) return new C(INF, z.im);                       // for every real part
            if (Double.isNaN(z.re)) return new C(NAN, NAN);
            if (Double.isNaN(z.im)) return z.re == INF ? new C(INF, NAN) : z.re == -INF ? new C(NAN, INF) : new C(NAN, NAN);
            return z.re > 0 ? new C(INF, Math.copySign(0.0, z.im)) : new C(0.0, Math.copySign(INF, z.im));
        }
        if (z.re == 0 && z.im == 0) return new C(0.0, z.im);
        double ax = Math.abs(z.re), ay = Math.abs(z.im), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            // hypot(ax, ay) would be subnormal: scale up by 2**53, take the root, scale down by 2**27
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Libm.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Math.sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.re >= 0 ? new C(s, Math.copySign(d, z.im)) : new C(d, Math.copySign(s, z.im));
    }

    static C exp(C z, Errno e) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) && Double.isFinite(z.im) && z.im != 0) {
                double c = Libm.cos(z.im), s = Libm.sin(z.im);
                return z.re > 0 ? new C(Math.copySign(INF, c), Math.copySign(INF, s))
                        : new C(Math.copySign(0.0, c), Math.copySign(0.0, s));
            }
            if (Double.isInfinite(z.im) && (Double.isFinite(z.re) || z.re == INF)) e.domain = true;
            if (Double.isNaN(z.re)) return new C(NAN, z.im == 0 ? z.im : NAN);
            if (z.re == INF) return new C(INF, z.im == 0 ? z.im : NAN);
            if (z.re == -INF) return new C(0.0, Double.isNaN(z.im) || Double.isInfinite(z.im) ? 0.0 : z.im);
            return new C(NAN, NAN);
        }
        double l, re, im;
        if (z.re > LOG_LARGE) {
            l = Libm.exp(z.re - 1.0);
            re = l * Libm.cos(z.im) * Math.E;
            im = l * Libm.sin(z.im) * Math.E;
        } else {
            l = Libm.exp(z.re);
            re = l * Libm.cos(z.im);
            im = l * Libm.sin(z.im);
        }
        if (Double.isInfinite(re) || Double.isInfinite(im)) e.range = true;
        return new C(re, im);
    }

    static C log(C z, Errno e) {
        if (!finite(z)) {
            if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) {
                if (Double.isNaN(z.re) || Double.isNaN(z.im)) return new C(INF, NAN);
                double im;
                if (Double.isInfinite(z.re) && Double.isInfinite(z.im)) im = z.re > 0 ? Math.PI / 4 : 3 * Math.PI / 4;
                else if (Double.isInfinite(z.im)) im = Math.PI / 2;
                else im = z.re > 0 ? 0.0 : Math.PI;
                return new C(INF, Math.copySign(im, z.im));
            }
            return new C(NAN, NAN);
        }
        double ax = Math.abs(z.re), ay = Math.abs(z.im), re;
        if (ax > LARGE || ay > LARGE) {
            re = Libm.log(Libm.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0 || ay > 0) {
                re = Libm.log(Libm.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                e.domain = true;
                return new C(-INF, Libm.atan2(z.im, z.re));
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Libm.log(h);
            }
        }
        return new C(re, Libm.atan2(z.im, z.re));
    }

    static C rect(double r, double phi) {
        if (Double.isFinite(r) && Double.isFinite(phi)) {
            if (phi == 0.0) return new C(r, r * phi);
            return new C(r * Libm.cos(phi), r * Libm.sin(phi));
        }
        if (Double.isNaN(r) || Double.isNaN(phi)) return new C(NAN, NAN);
        if (Double.isInfinite(r) && Double.isFinite(phi)) {
            if (phi == 0.0) return new C(r, phi);
            return new C(r * Libm.cos(phi), r * Libm.sin(phi));
        }
        throw Exc.valueError("math domain error");
    }

    // ------------------------------------------------------------------ hyperbolic and trigonometric

    static C sinh(C z, Errno e) { return sinhOrCosh(z, e, true); }

    static C cosh(C z, Errno e) { return sinhOrCosh(z, e, false); }

    /** sinh or cosh of z: the two differ only in which real function goes with cos(im) and which with sin(im). */
    private static C sinhOrCosh(C z, Errno e, boolean sinh) {
        if (anyNaN(z)) return new C(NAN, NAN);
        // Past LOG_LARGE the real sinh/cosh overflow before their products would: take one e out of them.
        boolean large = Math.abs(z.re) > LOG_LARGE;
        double x = large ? z.re - Math.copySign(1.0, z.re) : z.re;
        double sh = Libm.sinh(x), ch = Libm.cosh(x);
        double re = Libm.cos(z.im) * (sinh ? sh : ch), im = Libm.sin(z.im) * (sinh ? ch : sh);
        if (large) {
            re *= Math.E;
            im *= Math.E;
        }
        if (finite(z) && (Double.isInfinite(re) || Double.isInfinite(im))) e.range = true;
        return new C(re, im);
    }

    static C tanh(C z, Errno e) {
        if (anyNaN(z)) return new C(NAN, NAN);
        if (Math.abs(z.re) > LOG_LARGE) {
            return new C(Math.copySign(1.0, z.re), 4.0 * Libm.sin(z.im) * Libm.cos(z.im) * Libm.exp(-2.0 * Math.abs(z.re)));
        }
        double tx = Libm.tanh(z.re), ty = Libm.tan(z.im), cx = 1.0 / Libm.cosh(z.re);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return new C(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    // ------------------------------------------------------------------ inverse functions

    static C asinh(C z, Errno e) {
        if (anyNaN(z)) return new C(NAN, NAN);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double l = Libm.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            double re = z.im >= 0 ? Math.copySign(l, z.re) : -Math.copySign(l, -z.re);
            return new C(re, Libm.atan2(z.im, Math.abs(z.re)));
        }
        C s1 = sqrt(new C(1.0 + z.im, -z.re), e), s2 = sqrt(new C(1.0 - z.im, z.re), e);
        return new C(Libm.asinh(s1.re * s2.im - s2.re * s1.im), Libm.atan2(z.im, s1.re * s2.re - s1.im * s2.im));
    }

    static C acos(C z, Errno e) {
        if (anyNaN(z)) return new C(NAN, NAN);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            double l = Libm.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0;
            double im = z.re < 0 ? -Math.copySign(l, z.im) : Math.copySign(l, -z.im);
            return new C(Libm.atan2(Math.abs(z.im), z.re), im);
        }
        C s1 = sqrt(new C(1.0 - z.re, -z.im), e), s2 = sqrt(new C(1.0 + z.re, z.im), e);
        return new C(2.0 * Libm.atan2(s1.re, s2.re), Libm.asinh(s2.re * s1.im - s2.im * s1.re));
    }

    static C acosh(C z, Errno e) {
        if (anyNaN(z)) return new C(NAN, NAN);
        if (Math.abs(z.re) > LARGE || Math.abs(z.im) > LARGE) {
            return new C(Libm.log(Libm.hypot(z.re / 2.0, z.im / 2.0)) + LN2 * 2.0, Libm.atan2(z.im, z.re));
        }
        C s1 = sqrt(new C(z.re - 1.0, z.im), e), s2 = sqrt(new C(z.re + 1.0, z.im), e);
        return new C(Libm.asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * Libm.atan2(s1.im, s2.re));
    }

    static C atanh(C z, Errno e) {
        if (anyNaN(z)) return new C(NAN, NAN);
        if (z.re < 0) return atanh(z.neg(), e).neg();   // odd function: keeps the branch cut's signs
        double ay = Math.abs(z.im);
        if (z.re > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Libm.hypot(z.re / 2.0, z.im / 2.0);
            return new C(z.re / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -z.im));
        }
        if (z.re == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0) {
                e.domain = true;
                return new C(INF, z.im);
            }
            return new C(-Libm.log(Math.sqrt(ay) / Math.sqrt(Libm.hypot(ay, 2.0))),
                    Math.copySign(Libm.atan2(2.0, -ay) / 2, z.im));
        }
        double re = Libm.log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0;
        double im = -Libm.atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0;
        return new C(re, im);
    }
}
