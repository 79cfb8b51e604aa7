package dev.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import static dev.gilpy.bytecode.BinaryOps.*;

/** Arithmetic on int and float with Python's semantics (floor division, modulo signs, true division). */
public final class Numbers {
    private Numbers() {}

    /** Compares an int with a finite or infinite (not NaN) double exactly. */
    public static int compareIntFloat(PyInt i, double d) {
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (!i.isBig() && Math.abs(i.value) < (1L << 53)) return Double.compare((double) i.value, d) == 0 ? 0
                : ((double) i.value < d ? -1 : 1);
        return new BigDecimal(i.bigValue()).compareTo(new BigDecimal(d));
    }

    /**
     * BINARY_OP on two ints (arg may be an in-place code): the common small-int cases first, in a
     * method small enough for the JIT to inline into the eval loop.
     */
    public static PyObject intBinary(int arg, PyInt a, PyInt b) {
        int op = arg >= INPLACE ? arg - INPLACE : arg;
        if (a.big == null && b.big == null) {
            long x = a.value, y = b.value;
            if (op == ADD) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) return PyInt.of(r);
            } else if (op == SUBTRACT) {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) >= 0) return PyInt.of(r);
            }
        }
        return intOp(op, a, b);
    }

    /** int op int; null if op doesn't apply to ints. */
    public static PyObject intOp(int op, PyInt a, PyInt b) {
        if (!a.isBig() && !b.isBig()) {
            long x = a.value, y = b.value;
            switch (op) {
                case ADD -> {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) < 0) return PyInt.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
                    return PyInt.of(r);
                }
                case SUBTRACT -> {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) < 0) {
                        return PyInt.of(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
                    }
                    return PyInt.of(r);
                }
                case MULTIPLY -> {
                    long hi = Math.multiplyHigh(x, y), lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                    return PyInt.of(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
                }
                case FLOOR_DIVIDE -> {
                    if (y == 0) throw Exc.zeroDivision("integer division or modulo by zero");
                    if (x == Long.MIN_VALUE && y == -1) return PyInt.of(BigInteger.valueOf(x).negate());
                    return PyInt.of(Math.floorDiv(x, y));
                }
                case REMAINDER -> {
                    if (y == 0) throw Exc.zeroDivision("integer modulo by zero");
                    if (y == -1) return PyInt.ZERO;
                    return PyInt.of(Math.floorMod(x, y));
                }
                case TRUE_DIVIDE -> {
                    if (y == 0) throw Exc.zeroDivision("division by zero");
                    if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) return new PyFloat((double) x / y);
                    return new PyFloat(trueDivide(a.bigValue(), b.bigValue()));
                }
                case AND -> { return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x & y) != 0) : PyInt.of(x & y); }
                case OR -> { return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x | y) != 0) : PyInt.of(x | y); }
                case XOR -> { return a instanceof PyBool && b instanceof PyBool ? PyBool.of((x ^ y) != 0) : PyInt.of(x ^ y); }
                case LSHIFT -> {
                    if (y < 0) throw Exc.valueError("negative shift count");
                    if (x == 0) return PyInt.ZERO;
                    if (y < 63 && x != Long.MIN_VALUE && Math.abs(x) < (1L << (62 - y))) return PyInt.of(x << y);
                    if (y > Integer.MAX_VALUE) throw Exc.overflowError("too many digits in integer");
                    return PyInt.of(BigInteger.valueOf(x).shiftLeft((int) y));
                }
                case RSHIFT -> {
                    if (y < 0) throw Exc.valueError("negative shift count");
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                }
                case POWER -> { return power(a, b); }
                default -> { return null; }
            }
        }
        BigInteger x = a.bigValue(), y = b.bigValue();
        switch (op) {
            case ADD: return PyInt.of(x.add(y));
            case SUBTRACT: return PyInt.of(x.subtract(y));
            case MULTIPLY: return PyInt.of(x.multiply(y));
            case FLOOR_DIVIDE: {
                if (y.signum() == 0) throw Exc.zeroDivision("integer division or modulo by zero");
                return PyInt.of(floorDiv(x, y));
            }
            case REMAINDER: {
                if (y.signum() == 0) throw Exc.zeroDivision("integer modulo by zero");
                return PyInt.of(x.subtract(floorDiv(x, y).multiply(y)));
            }
            case TRUE_DIVIDE: {
                if (y.signum() == 0) throw Exc.zeroDivision("division by zero");
                return new PyFloat(trueDivide(x, y));
            }
            case AND: return PyInt.of(x.and(y));
            case OR: return PyInt.of(x.or(y));
            case XOR: return PyInt.of(x.xor(y));
            case LSHIFT: {
                if (y.signum() < 0) throw Exc.valueError("negative shift count");
                if (y.bitLength() > 31) throw Exc.overflowError("too many digits in integer");
                return PyInt.of(x.shiftLeft(y.intValue()));
            }
            case RSHIFT: {
                if (y.signum() < 0) throw Exc.valueError("negative shift count");
                if (y.bitLength() > 31) return PyInt.of(x.signum() < 0 ? -1 : 0);
                return PyInt.of(x.shiftRight(y.intValue()));
            }
            case POWER: return power(a, b);
            default: return null;
        }
    }

    static BigInteger floorDiv(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    /** Correctly rounded int / int, as CPython's long_true_divide. */
    static double trueDivide(BigInteger x, BigInteger y) {
        // One rounding only: an integer quotient of >= 55 bits (its lowest bit made sticky when the
        // division is inexact) is rounded by doubleValue(), then scaled by a power of two. A decimal
        // intermediate would round twice (9125418744959469 / 2**48 must give 32.42).
        boolean negative = x.signum() * y.signum() < 0;
        BigInteger a = x.abs(), b = y.abs();
        int shift = Math.min(55 - (a.bitLength() - b.bitLength()), 1076);   // 1076: subnormals round once
        if (shift > 0) a = a.shiftLeft(shift); else b = b.shiftLeft(-shift);
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[1].signum() != 0 ? qr[0].setBit(0) : qr[0];
        double d = Math.scalb(q.doubleValue(), -shift);
        if (negative) d = -d;
        if (Double.isInfinite(d)) throw Exc.overflowError("integer division result too large for a float");
        return d;
    }

    public static PyObject power(PyInt a, PyInt b) {
        if (b.signum() < 0) return floatPow(a.doubleValue(), b.doubleValue());   // as CPython's long_pow
        if (b.isBig()) {
            if (!a.isBig() && (a.value == 0 || a.value == 1)) return a;
            if (!a.isBig() && a.value == -1) return b.bigValue().testBit(0) ? PyInt.MINUS_ONE : PyInt.ONE;
            throw Exc.overflowError("exponent too large");
        }
        long e = b.value;
        if (!a.isBig()) {
            long base = a.value, result = 1;
            boolean overflow = false;
            long bb = base, ee = e;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb), lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb), lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    bb = lo;
                }
            }
            if (!overflow) return PyInt.of(result);
        }
        if (e > Integer.MAX_VALUE) throw Exc.overflowError("exponent too large");
        return PyInt.of(a.bigValue().pow((int) e));
    }

    /** float op float (ints already converted); null if op doesn't apply. */
    public static PyObject floatOp(int op, double x, double y) {
        switch (op) {
            case ADD: return new PyFloat(x + y);
            case SUBTRACT: return new PyFloat(x - y);
            case MULTIPLY: return new PyFloat(x * y);
            case TRUE_DIVIDE:
                if (y == 0) throw Exc.zeroDivision("float division by zero");
                return new PyFloat(x / y);
            case FLOOR_DIVIDE:
                if (y == 0) throw Exc.zeroDivision("float floor division by zero");
                return new PyFloat(floatDivmod(x, y)[0]);
            case REMAINDER:
                if (y == 0) throw Exc.zeroDivision("float modulo");
                return new PyFloat(floatDivmod(x, y)[1]);
            case POWER: return floatPow(x, y);
            default: return null;
        }
    }

    // CPython: Objects/floatobject.c float_divmod
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[]{floordiv, mod};
    }

    /** CPython's float_pow: the special cases it decides itself, the rest from the C library's pow. */
    static PyObject floatPow(double x, double y) {
        if (y == 0) return new PyFloat(1.0);
        if (Double.isNaN(x)) return new PyFloat(x);
        if (Double.isNaN(y)) return new PyFloat(x == 1.0 ? 1.0 : y);
        if (Double.isInfinite(x) || Double.isInfinite(y)) return new PyFloat(Libm.pow(x, y));  // C99 = CPython here
        boolean oddY = Math.abs(y % 2.0) == 1.0;
        if (x == 0) {
            if (y < 0) throw Exc.zeroDivision("0.0 cannot be raised to a negative power");
            return new PyFloat(oddY ? x : 0.0);
        }
        boolean negate = false;
        if (x < 0) {
            // a negative number to a fractional power is complex (CPython: float_pow hands it to complex)
            if (y != Math.floor(y)) return PyComplex.power(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
            negate = oddY;
            x = -x;
        }
        if (x == 1.0) return new PyFloat(negate ? -1.0 : 1.0);
        double r = Libm.pow(x, y);
        if (Double.isInfinite(r)) throw Exc.overflowError("(34, 'Numerical result out of range')");
        return new PyFloat(negate ? -r : r);
    }

    /** The double value of an int or float operand, or null if it is neither. */
    public static Double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.doubleValue();
        return null;
    }
}
