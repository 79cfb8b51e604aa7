package dev.gilpy.runtime;

import java.math.BigInteger;

/** Constants of CPython's numeric hash (Python/pyhash.c, sys.hash_info). */
public final class Hashing {
    private Hashing() {}

    public static final int BITS = 61;
    public static final long MODULUS = (1L << BITS) - 1;
    public static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    public static final long INF = 314159;

    // CPython: Python/pyhash.c _Py_HashDouble
    public static long hashDouble(double v) {
        if (Double.isInfinite(v)) return v > 0 ? INF : -INF;
        if (Double.isNaN(v)) return 0; // CPython 3.10+ uses the object's identity; callers handle NaN.
        int[] e = new int[1];
        double m = frexp(v, e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        int exp = e[0];
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            exp -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        exp = exp >= 0 ? exp % BITS : BITS - 1 - ((-1 - exp) % BITS);
        x = ((x << exp) & MODULUS) | x >>> (BITS - exp);
        x = x * sign;
        if (x == -1) x = -2;
        return x;
    }

    /** C's frexp: v = m * 2**e with 0.5 <= |m| < 1. */
    static double frexp(double v, int[] e) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            e[0] = 0;
            return v;
        }
        int exp = Math.getExponent(v);
        double m;
        if (exp == Double.MIN_EXPONENT - 1) { // subnormal
            v *= 0x1p54;
            exp = Math.getExponent(v) - 54;
        }
        m = v / Math.scalb(1.0, Math.getExponent(v)) / 2;
        e[0] = exp + 1;
        return m;
    }
}
