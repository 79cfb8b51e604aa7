package dev.gilpy.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The C library's math functions, which CPython's {@code float.__pow__} and {@code math} module call.
 *
 * <p>Why not {@link Math}: neither libm nor the JVM's intrinsics round correctly, and they are different
 * algorithms, so about 1 result in 1000 differs in the last bit (an n-body simulation then prints a
 * different total energy than CPython). No clean-room algorithm can reproduce glibc's rounding slips, so
 * gilpy calls the very functions CPython calls, through the JDK's foreign-function interface (JDK 22+).
 * Linking costs ~0.1 CPU-s, paid once, when a program first uses one of these functions.
 *
 * <p>Where native access is not available (JDK 21, {@code --enable-native-access} not given, no libm
 * symbol), the {@link Math} functions answer instead: within 1 ulp of CPython's results, not identical.
 * {@link #isNative()} says which. Compiled against Java 21, so the JDK 22 API is reached by reflection;
 * the handles are constants, so a call costs what a direct native call costs.
 */
public final class Libm {
    private Libm() {}

    /** Whether results come from the C library (identical to CPython's) rather than from {@link Math}. */
    public static boolean isNative() { return Native.POW != null; }

    public static double pow(double x, double y) {
        MethodHandle h = Native.POW;
        if (h == null) return Math.pow(x, y);
        try { return (double) h.invokeExact(x, y); } catch (Throwable t) { throw rethrow(t); }
    }

    public static double atan2(double y, double x) {
        MethodHandle h = Native.ATAN2;
        if (h == null) return Math.atan2(y, x);
        try { return (double) h.invokeExact(y, x); } catch (Throwable t) { throw rethrow(t); }
    }

    /** C's hypot, which complex abs() and cmath use. */
    public static double hypot(double x, double y) {
        MethodHandle h = Native.HYPOT;
        if (h == null) return Math.hypot(x, y);
        try { return (double) h.invokeExact(x, y); } catch (Throwable t) { throw rethrow(t); }
    }

    public static double exp(double x) { return call(Native.EXP, x, Fn.EXP); }
    public static double expm1(double x) { return call(Native.EXPM1, x, Fn.EXPM1); }
    public static double exp2(double x) { return call(Native.EXP2, x, Fn.EXP2); }
    public static double log(double x) { return call(Native.LOG, x, Fn.LOG); }
    public static double log1p(double x) { return call(Native.LOG1P, x, Fn.LOG1P); }
    public static double log2(double x) { return call(Native.LOG2, x, Fn.LOG2); }
    public static double log10(double x) { return call(Native.LOG10, x, Fn.LOG10); }
    public static double sin(double x) { return call(Native.SIN, x, Fn.SIN); }
    public static double cos(double x) { return call(Native.COS, x, Fn.COS); }
    public static double tan(double x) { return call(Native.TAN, x, Fn.TAN); }
    public static double asin(double x) { return call(Native.ASIN, x, Fn.ASIN); }
    public static double acos(double x) { return call(Native.ACOS, x, Fn.ACOS); }
    public static double atan(double x) { return call(Native.ATAN, x, Fn.ATAN); }
    public static double sinh(double x) { return call(Native.SINH, x, Fn.SINH); }
    public static double cosh(double x) { return call(Native.COSH, x, Fn.COSH); }
    public static double tanh(double x) { return call(Native.TANH, x, Fn.TANH); }
    public static double asinh(double x) { return call(Native.ASINH, x, Fn.ASINH); }
    public static double acosh(double x) { return call(Native.ACOSH, x, Fn.ACOSH); }
    public static double atanh(double x) { return call(Native.ATANH, x, Fn.ATANH); }
    public static double cbrt(double x) { return call(Native.CBRT, x, Fn.CBRT); }
    public static double erf(double x) { return call(Native.ERF, x, Fn.ERF); }
    public static double erfc(double x) { return call(Native.ERFC, x, Fn.ERFC); }
    /** C's tgamma: CPython has its own (a Lanczos sum), so gamma differs from CPython's in the last bits. */
    public static double tgamma(double x) { return call(Native.TGAMMA, x, Fn.TGAMMA); }
    /** C's lgamma, as {@link #tgamma}. */
    public static double lgamma(double x) { return call(Native.LGAMMA, x, Fn.LGAMMA); }

    private static double call(MethodHandle h, double x, Fn fallback) {
        if (h == null) return fallback.apply(x);
        try { return (double) h.invokeExact(x); } catch (Throwable t) { throw rethrow(t); }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    /** The JVM's answers, used only when libm cannot be reached. */
    private enum Fn {
        EXP, EXPM1, EXP2, LOG, LOG1P, LOG2, LOG10, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH,
        ASINH, ACOSH, ATANH, CBRT, ERF, ERFC, TGAMMA, LGAMMA;

        double apply(double x) {
            return switch (this) {
                case EXP -> Math.exp(x);
                case EXPM1 -> Math.expm1(x);
                case EXP2 -> Math.pow(2, x);
                case LOG -> Math.log(x);
                case LOG1P -> Math.log1p(x);
                case LOG2 -> Math.log(x) / Math.log(2.0);
                case LOG10 -> Math.log10(x);
                case SIN -> Math.sin(x);
                case COS -> Math.cos(x);
                case TAN -> Math.tan(x);
                case ASIN -> Math.asin(x);
                case ACOS -> Math.acos(x);
                case ATAN -> Math.atan(x);
                case SINH -> Math.sinh(x);
                case COSH -> Math.cosh(x);
                case TANH -> Math.tanh(x);
                case ASINH -> x == 0 || Double.isInfinite(x) ? x
                        : Math.copySign(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)), x);
                case ACOSH -> x < 1 ? Double.NaN : Math.log(x + Math.sqrt(x * x - 1));
                case ATANH -> Math.abs(x) > 1 ? Double.NaN : 0.5 * Math.log1p(2 * x / (1 - x));
                case CBRT -> Math.cbrt(x);
                case ERF -> erfSeries(x);
                case ERFC -> 1.0 - erfSeries(x);
                case TGAMMA -> gamma(x);
                case LGAMMA -> logGamma(x);
            };
        }

        private static double gamma(double x) {
            if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
            if (x == Math.rint(x) && x <= 0) return Double.NaN;
            if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));   // reflection
            if (x > 171.7) return Double.POSITIVE_INFINITY;
            if (x == Math.rint(x) && x < 30) {
                double r = 1;
                for (int i = 2; i < x; i++) r *= i;
                return r;
            }
            return Math.exp(logGamma(x));
        }

        /** log|Γ(x)|: shift x up to 15 and use Stirling's series there. */
        private static double logGamma(double x) {
            if (Double.isNaN(x)) return x;
            if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
            if (x <= 0 && x == Math.rint(x)) return Double.POSITIVE_INFINITY;
            if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
            double shift = 0;
            while (x < 15) { shift += Math.log(x); x += 1; }
            double z = 1 / (x * x);
            double series = (1.0 / 12 - z * (1.0 / 360 - z * (1.0 / 1260 - z * (1.0 / 1680 - z / 1188)))) / x;
            return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
        }

        /** erf by its Taylor series near 0 and the continued fraction of erfc beyond (within a few ulp). */
        private static double erfSeries(double x) {
            if (Double.isNaN(x)) return x;
            double ax = Math.abs(x);
            if (ax < 2.5) {
                double term = ax, sum = ax, x2 = ax * ax;
                for (int n = 1; n < 100 && Math.abs(term) > 1e-17 * sum; n++) {
                    term *= -x2 / n;
                    sum += term / (2 * n + 1);
                }
                return Math.copySign(sum * 2 / Math.sqrt(Math.PI), x);
            }
            if (ax > 6) return Math.copySign(1.0, x);
            double f = 0;   // Lentz-free backward evaluation of the continued fraction, 60 levels
            for (int k = 60; k >= 1; k--) f = k / 2.0 / (ax + f);
            double erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
            return Math.copySign(1 - erfc, x);
        }
    }

    /** The handles, linked on first use of any function (linking loads ~300 JDK classes). */
    private static final class Native {
        static final MethodHandle POW, ATAN2, HYPOT, EXP, EXPM1, EXP2, LOG, LOG1P, LOG2, LOG10, SIN, COS, TAN, ASIN,
                ACOS, ATAN, SINH, COSH, TANH, ASINH, ACOSH, ATANH, CBRT, ERF, ERFC, TGAMMA, LGAMMA;

        static {
            Linker l = Linker.open();
            POW = Linker.link(l, "pow", 2);
            ATAN2 = Linker.link(l, "atan2", 2);
            HYPOT = Linker.link(l, "hypot", 2);
            EXP = Linker.link(l, "exp", 1);
            EXPM1 = Linker.link(l, "expm1", 1);
            EXP2 = Linker.link(l, "exp2", 1);
            LOG = Linker.link(l, "log", 1);
            LOG1P = Linker.link(l, "log1p", 1);
            LOG2 = Linker.link(l, "log2", 1);
            LOG10 = Linker.link(l, "log10", 1);
            SIN = Linker.link(l, "sin", 1);
            COS = Linker.link(l, "cos", 1);
            TAN = Linker.link(l, "tan", 1);
            ASIN = Linker.link(l, "asin", 1);
            ACOS = Linker.link(l, "acos", 1);
            ATAN = Linker.link(l, "atan", 1);
            SINH = Linker.link(l, "sinh", 1);
            COSH = Linker.link(l, "cosh", 1);
            TANH = Linker.link(l, "tanh", 1);
            ASINH = Linker.link(l, "asinh", 1);
            ACOSH = Linker.link(l, "acosh", 1);
            ATANH = Linker.link(l, "atanh", 1);
            CBRT = Linker.link(l, "cbrt", 1);
            ERF = Linker.link(l, "erf", 1);
            ERFC = Linker.link(l, "erfc", 1);
            TGAMMA = Linker.link(l, "tgamma", 1);
            LGAMMA = Linker.link(l, "lgamma", 1);
        }
    }

    /**
     * java.lang.foreign through reflection. Every failure (an old JDK, native access not enabled, a
     * missing symbol) gives null handles, never a warning: the JDK prints one for a restricted call
     * without --enable-native-access, so that is checked first.
     */
    private record Linker(Object linker, Object lookup, Method find, Method downcall, Method descriptor,
                          Object doubleLayout, Class<?> layoutClass, Object options) {
        static Linker open() {
            try {
                Method enabled = Module.class.getMethod("isNativeAccessEnabled");
                if (!(boolean) enabled.invoke(Libm.class.getModule())) return null;
                Class<?> linkerC = Class.forName("java.lang.foreign.Linker");
                Class<?> lookupC = Class.forName("java.lang.foreign.SymbolLookup");
                Class<?> segmentC = Class.forName("java.lang.foreign.MemorySegment");
                Class<?> layoutC = Class.forName("java.lang.foreign.MemoryLayout");
                Class<?> descC = Class.forName("java.lang.foreign.FunctionDescriptor");
                Class<?> optionC = Class.forName("java.lang.foreign.Linker$Option");
                Object linker = linkerC.getMethod("nativeLinker").invoke(null);
                Object lookup = linkerC.getMethod("defaultLookup").invoke(linker);
                // These functions neither block nor call back: the call needs no thread-state change.
                Object options = Array.newInstance(optionC, 1);
                Array.set(options, 0, optionC.getMethod("critical", boolean.class).invoke(null, false));
                return new Linker(linker, lookup, lookupC.getMethod("find", String.class),
                        linkerC.getMethod("downcallHandle", segmentC, descC, options.getClass()),
                        descC.getMethod("of", layoutC, layoutC.arrayType()),
                        Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_DOUBLE").get(null),
                        layoutC, options);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }

        static MethodHandle link(Linker l, String name, int arity) {
            if (l == null) return null;
            try {
                Optional<?> symbol = (Optional<?>) l.find.invoke(l.lookup, name);
                if (symbol.isEmpty()) return null;
                Object args = Array.newInstance(l.layoutClass, arity);
                for (int i = 0; i < arity; i++) Array.set(args, i, l.doubleLayout);
                Object fd = l.descriptor.invoke(null, l.doubleLayout, args);
                return (MethodHandle) l.downcall.invoke(l.linker, symbol.get(), fd, l.options);
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
