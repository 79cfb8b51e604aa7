package dev.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

import static dev.gilpy.bytecode.BinaryOps.*;

/** Constructors and methods of int, bool and float. */
final class NumberMethods {
    private NumberMethods() {}

    private static final int[] ALL_OPS = {ADD, AND, FLOOR_DIVIDE, LSHIFT, MULTIPLY, REMAINDER, OR, POWER, RSHIFT,
            SUBTRACT, TRUE_DIVIDE, XOR};
    private static final int[] FLOAT_OPS = {ADD, FLOOR_DIVIDE, MULTIPLY, REMAINDER, POWER, SUBTRACT, TRUE_DIVIDE};

    // ------------------------------------------------------------------ int

    static void initInt() {
        PyType t = PyInt.TYPE;
        t.constructor = (cls, a, k) -> {
            PyObject[] p = Args.parse("int", a, k, new String[]{"x", "base"}, 0);
            if (p[1] == null) return p[0] == null ? PyInt.ZERO : toInt(p[0]);
            int base = Abstract.index(p[1], "'" + p[1].type().name + "' object cannot be interpreted as an integer");
            if (p[0] == null) throw Exc.typeError("int() missing string argument");
            if (base != 0 && (base < 2 || base > 36)) throw Exc.valueError("int() base must be >= 2 and <= 36, or 0");
            if (p[0] instanceof PyStr s) return parseInt(s.value, base);
            if (p[0] instanceof PyBytes b) return parseInt(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1), base, PyBytes.repr(b.value));
            throw Exc.typeError("int() can't convert non-string with explicit base");
        };
        t.def("__new__", new PyStaticMethod(StrMethods.subtypeNew(t, (cls, v) -> PyInt.derived(cls, (PyInt) v))));
        for (int op : ALL_OPS) {
            String n = stem(op);
            MethodDefs.binary(t, "__" + n + "__", (s, o) -> o instanceof PyInt y ? MethodDefs.orNotImplemented(intOp(op, (PyInt) s, y)) : PySingleton.NOT_IMPLEMENTED);
            MethodDefs.binary(t, "__r" + n + "__", (s, o) -> o instanceof PyInt y ? MethodDefs.orNotImplemented(intOp(op, y, (PyInt) s)) : PySingleton.NOT_IMPLEMENTED);
        }
        MethodDefs.binary(t, "__divmod__", (s, o) -> o instanceof PyInt y ? divmod((PyInt) s, y) : PySingleton.NOT_IMPLEMENTED);
        MethodDefs.binary(t, "__rdivmod__", (s, o) -> o instanceof PyInt y ? divmod(y, (PyInt) s) : PySingleton.NOT_IMPLEMENTED);
        MethodDefs.comparisons(t);
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        // No __str__ of its own: int inherits object.__str__ (which calls repr), as in CPython, so a
        // subclass that overrides only __repr__ prints with it.
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(((PyInt) o).hash64()));
        MethodDefs.unary(t, "__bool__", o -> PyBool.of(o.isTrue()));
        MethodDefs.unary(t, "__index__", NumberMethods::plainInt);
        MethodDefs.unary(t, "__int__", NumberMethods::plainInt);
        MethodDefs.unary(t, "__trunc__", NumberMethods::plainInt);
        MethodDefs.unary(t, "__floor__", NumberMethods::plainInt);
        MethodDefs.unary(t, "__ceil__", NumberMethods::plainInt);
        MethodDefs.unary(t, "conjugate", NumberMethods::plainInt);
        MethodDefs.unary(t, "__float__", o -> new PyFloat(((PyInt) o).doubleValue()));
        // On the plain value: a derived class's instance reaches these through its type.
        MethodDefs.unary(t, "__abs__", o -> Abstract.abs(plainInt(o)));
        MethodDefs.unary(t, "__neg__", o -> Abstract.negative(plainInt(o)));
        MethodDefs.unary(t, "__pos__", o -> Abstract.positive(plainInt(o)));
        MethodDefs.unary(t, "__invert__", o -> Abstract.invert(plainInt(o)));
        MethodDefs.method(t, "__format__", (a, k) -> {
            Args.methodRange("__format__", a, k, 1, 1);
            if (!(a[1] instanceof PyStr s)) throw Exc.typeError("format() argument 2 must be str, not " + a[1].type().name);
            if (s.value.isEmpty()) return Abstract.str(a[0]);
            return new PyStr(Formatting.formatInt((PyInt) a[0], s.value));
        });
        MethodDefs.method(t, "__round__", (a, k) -> {
            Args.methodRange("__round__", a, k, 0, 1);
            if (a.length == 1 || a[1] == PyNone.NONE) return plainInt(a[0]);
            PyInt nd = Abstract.indexOrNull(a[1]);
            if (nd == null) throw Exc.typeError("'" + a[1].type().name + "' object cannot be interpreted as an integer");
            if (nd.signum() >= 0) return plainInt(a[0]);
            BigInteger v = ((PyInt) a[0]).bigValue();
            if (nd.isBig() || nd.value < -4400) return PyInt.ZERO;
            return PyInt.of(new BigDecimal(v).setScale((int) nd.value, RoundingMode.HALF_EVEN).toBigInteger());
        });
        MethodDefs.unary(t, "bit_length", o -> PyInt.of(((PyInt) o).bigValue().abs().bitLength()));
        MethodDefs.unary(t, "bit_count", o -> PyInt.of(((PyInt) o).bigValue().abs().bitCount()));
        MethodDefs.unary(t, "is_integer", o -> PyBool.TRUE);
        MethodDefs.unary(t, "as_integer_ratio", o -> new PyTuple(plainInt(o), PyInt.ONE));
        MethodDefs.getter(t, "real", NumberMethods::plainInt);
        MethodDefs.getter(t, "numerator", NumberMethods::plainInt);
        MethodDefs.getter(t, "imag", o -> PyInt.ZERO);
        MethodDefs.getter(t, "denominator", o -> PyInt.ONE);
        MethodDefs.method(t, "to_bytes", (a, k) -> {
            PyObject[] p = Args.parse("to_bytes", a, 1, k, new String[]{"length", "byteorder", "signed"}, 0, 2);
            int len = p[0] == null ? 1 : Abstract.index(p[0], "'" + p[0].type().name + "' object cannot be interpreted as an integer");
            if (len < 0) throw Exc.valueError("length argument must be non-negative");
            boolean little = byteorder(p[1]);
            boolean signed = p[2] != null && Abstract.isTrue(p[2]);
            BigInteger v = ((PyInt) a[0]).bigValue();
            if (!signed && v.signum() < 0) throw Exc.overflowError("can't convert negative int to unsigned");
            byte[] raw = v.toByteArray();
            int skip = 0;
            if (!signed && raw.length > 1 && raw[0] == 0) skip = 1;
            int need = raw.length - skip;
            if (need > len && !(v.signum() == 0 && len == 0 && false)) {
                if (!(len == 0 && v.signum() == 0)) throw Exc.overflowError("int too big to convert");
            }
            byte[] out = new byte[len];
            byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
            java.util.Arrays.fill(out, fill);
            for (int i = 0; i < Math.min(need, len); i++) out[len - 1 - i] = raw[raw.length - 1 - i];
            if (little) reverse(out);
            return new PyBytes(out);
        });
        MethodDefs.classMethod(t, "from_bytes", (a, k) -> {
            PyObject[] p = Args.parse("from_bytes", a, 1, k, new String[]{"bytes", "byteorder", "signed"}, 1, 2);
            byte[] b = p[0] instanceof PyBytes pb ? pb.value.clone() : bytesOf(p[0]);
            if (byteorder(p[1])) reverse(b);
            boolean signed = p[2] != null && Abstract.isTrue(p[2]);
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            return PyInt.of(v);
        });
    }

    static void initBool() {
        PyBool.TYPE.def("__repr__", new PyMethodDescr(PyBool.TYPE, "__repr__", (a, k) -> a[0].repr()));
        for (int op : new int[]{AND, OR, XOR}) {
            String n = stem(op);
            MethodDefs.binary(PyBool.TYPE, "__" + n + "__", (s, o) -> o instanceof PyInt y ? MethodDefs.orNotImplemented(intOp(op, (PyInt) s, y)) : PySingleton.NOT_IMPLEMENTED);
            MethodDefs.binary(PyBool.TYPE, "__r" + n + "__", (s, o) -> o instanceof PyInt y ? MethodDefs.orNotImplemented(intOp(op, y, (PyInt) s)) : PySingleton.NOT_IMPLEMENTED);
        }
    }

    private static byte[] bytesOf(PyObject o) {
        PyObject[] items = Abstract.toArray(o);
        byte[] b = new byte[items.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Abstract.index(items[i], "an integer is required");
        return b;
    }

    private static boolean byteorder(PyObject o) {
        if (o == null) return false;
        if (!(o instanceof PyStr s)) throw Exc.typeError("to_bytes() argument 'byteorder' must be str, not " + o.type().name);
        if (s.value.equals("little")) return true;
        if (s.value.equals("big")) return false;
        throw Exc.valueError("byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }

    static PyObject intOp(int op, PyInt a, PyInt b) {
        PyObject r = Numbers.intOp(op, a, b);
        return r;
    }

    static PyObject divmod(PyInt a, PyInt b) {
        return new PyTuple(Numbers.intOp(FLOOR_DIVIDE, a, b), Numbers.intOp(REMAINDER, a, b));
    }

    static PyInt plainInt(PyObject o) {
        PyInt i = (PyInt) o;
        // bool and other int subtypes (IntEnum members) become a plain int.
        if (i.type() != PyInt.TYPE) return i.isBig() ? PyInt.of(i.big) : PyInt.of(i.value);
        return i;
    }

    /** int(x) for one argument. */
    static PyInt toInt(PyObject x) {
        if (x instanceof PyInt i) return plainInt(i);
        if (x instanceof PyFloat f) return floatToInt(f.value);
        if (x instanceof PyStr s) return parseInt(s.value, 10);
        if (x instanceof PyBytes b) {
            return parseInt(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1), 10, PyBytes.repr(b.value));
        }
        PyType t = x.type();
        for (String name : new String[]{"__int__", "__index__", "__trunc__"}) {
            PyObject m = t.builtin ? null : t.lookup(name);
            if (m == null) continue;
            PyObject r = Abstract.callMethod(m, x);
            if (r instanceof PyInt i) return plainInt(i);
            if (name.equals("__trunc__")) return toInt(r);
            throw Exc.typeError(name + " returned non-int (type " + r.type().name + ")");
        }
        throw Exc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + t.name + "'");
    }

    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) throw Exc.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Exc.overflowError("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.0e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static PyInt parseInt(String s, int base) { return parseInt(s, base, PyStr.repr(s)); }

    static PyInt parseInt(String text, int base, String shown) {
        int limit = PyInt.processMaxStrDigits;
        if (limit > 0 && text.length() > limit && Integer.bitCount(base) != 1) {   // CPython: powers of 2 are exempt
            int digits = 0;
            for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) digits++;
            if (digits > limit) {
                throw Exc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has "
                        + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        PyInt r = tryParseInt(text, base);
        if (r == null) throw Exc.valueError("invalid literal for int() with base " + base + ": " + shown);
        return r;
    }

    private static boolean isPySpace(int c) {
        return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || Character.isSpaceChar(c);
    }

    static PyInt tryParseInt(String text, int base) {
        int i = 0, n = text.length();
        while (i < n && isPySpace(text.charAt(i))) i++;
        while (n > i && isPySpace(text.charAt(n - 1))) n--;
        String s = text.substring(i, n);
        boolean neg = false;
        int p = 0;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            neg = s.charAt(p) == '-';
            p++;
        }
        String body = s.substring(p);
        boolean prefixed = false;
        if (body.length() >= 2 && body.charAt(0) == '0') {
            char c = Character.toLowerCase(body.charAt(1));
            int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                body = body.substring(2);
                prefixed = true;
                if (body.startsWith("_")) body = body.substring(1);
            }
        }
        boolean base0 = base == 0;
        if (base0) base = 10;
        if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) return null;
        StringBuilder digits = new StringBuilder(body.length());
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '_') continue;
            int d = Character.digit(c, base);
            if (d < 0) return null;
            digits.append(Character.forDigit(d, base));
        }
        if (base0 && !prefixed && digits.length() > 1 && digits.charAt(0) == '0') {
            for (int k = 0; k < digits.length(); k++) if (digits.charAt(k) != '0') return null;
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        return PyInt.of(neg ? v.negate() : v);
    }

    // ------------------------------------------------------------------ float

    private static final Pattern FLOAT_RE = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?(?:\\d(?:_?\\d)*)?)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    static double parseFloat(String text) {
        String s = text.strip();
        String l = s.toLowerCase();
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (FLOAT_RE.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
            String m = s.replace("_", "");
            int e = Math.max(m.indexOf('e'), m.indexOf('E'));
            String mant = e >= 0 ? m.substring(0, e) : m;
            if (mant.replace("+", "").replace("-", "").replace(".", "").length() > 0
                    && (!mant.contains(".") || mant.replaceAll("[^0-9]", "").length() > 0)) {
                if (mant.startsWith(".") && mant.length() == 1) throw floatErr(text);
                try {
                    return Double.parseDouble(m);
                } catch (NumberFormatException ex) {
                    throw floatErr(text);
                }
            }
        }
        throw floatErr(text);
    }

    private static PyException floatErr(String text) {
        return Exc.valueError("could not convert string to float: " + PyStr.repr(text));
    }

    static PyFloat toFloat(PyObject x) {
        if (x instanceof PyFloat f) return f;
        if (x instanceof PyInt i) return new PyFloat(i.doubleValue());
        if (x instanceof PyStr s) return new PyFloat(parseFloat(s.value));
        if (x instanceof PyBytes b) return new PyFloat(parseFloat(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1)));
        PyType t = x.type();
        PyObject m = t.builtin ? null : t.lookup("__float__");
        if (m != null) {
            PyObject r = Abstract.callMethod(m, x);
            if (r instanceof PyFloat f) return f;
            throw Exc.typeError(t.name + ".__float__ returned non-float (type " + r.type().name + ")");
        }
        PyInt i = Abstract.indexOrNull(x);
        if (i != null) return new PyFloat(i.doubleValue());
        throw Exc.typeError("float() argument must be a string or a real number, not '" + t.name + "'");
    }

    static double d(PyObject o) { return ((PyFloat) o).value; }

    static void initFloat() {
        PyType t = PyFloat.TYPE;
        t.constructor = (cls, a, k) -> {
            Args.noKw("float", k);
            if (a.length > 1) throw Exc.typeError("float expected at most 1 argument, got " + a.length);
            if (a.length == 0) return new PyFloat(0.0);
            PyObject v = toFloat(a[0]);
            // float(x) of an instance of a class derived from float is a plain float, as in CPython.
            return v.type() == PyFloat.TYPE ? v : new PyFloat(((PyFloat) v).value);
        };
        t.def("__new__", new PyStaticMethod(StrMethods.subtypeNew(t, (cls, v) -> PyFloat.derived(cls, (PyFloat) v))));
        for (int op : FLOAT_OPS) {
            String n = stem(op);
            MethodDefs.binary(t, "__" + n + "__", (s, o) -> {
                Double y = Numbers.toDouble(o);
                return y == null ? PySingleton.NOT_IMPLEMENTED : MethodDefs.orNotImplemented(Numbers.floatOp(op, d(s), y));
            });
            MethodDefs.binary(t, "__r" + n + "__", (s, o) -> {
                Double y = Numbers.toDouble(o);
                return y == null ? PySingleton.NOT_IMPLEMENTED : MethodDefs.orNotImplemented(Numbers.floatOp(op, y, d(s)));
            });
        }
        MethodDefs.binary(t, "__divmod__", (s, o) -> {
            Double y = Numbers.toDouble(o);
            if (y == null) return PySingleton.NOT_IMPLEMENTED;
            if (y == 0) throw Exc.zeroDivision("float divmod()");
            double[] r = Numbers.floatDivmod(d(s), y);
            return new PyTuple(new PyFloat(r[0]), new PyFloat(r[1]));
        });
        MethodDefs.comparisons(t);
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        // CPython's float has no __str__ of its own: object's calls the class's __repr__.
        MethodDefs.unary(t, "__str__", o -> o.type() == PyFloat.TYPE ? o.repr() : Abstract.repr(o));
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(o.pyHash()));
        MethodDefs.unary(t, "__bool__", o -> PyBool.of(o.isTrue()));
        MethodDefs.unary(t, "__float__", o -> o);
        MethodDefs.unary(t, "__int__", o -> floatToInt(d(o)));
        MethodDefs.unary(t, "__trunc__", o -> floatToInt(d(o)));
        MethodDefs.unary(t, "__floor__", o -> floatToInt(Math.floor(d(o))));
        MethodDefs.unary(t, "__ceil__", o -> floatToInt(Math.ceil(d(o))));
        MethodDefs.unary(t, "__abs__", Abstract::abs);
        MethodDefs.unary(t, "__neg__", Abstract::negative);
        MethodDefs.unary(t, "__pos__", Abstract::positive);
        MethodDefs.unary(t, "conjugate", o -> o);
        MethodDefs.getter(t, "real", o -> o);
        MethodDefs.getter(t, "imag", o -> new PyFloat(0.0));
        MethodDefs.unary(t, "is_integer", o -> PyBool.of(!Double.isInfinite(d(o)) && d(o) == Math.floor(d(o))));
        MethodDefs.unary(t, "as_integer_ratio", o -> {
            double v = d(o);
            if (Double.isNaN(v)) throw Exc.valueError("cannot convert NaN to integer ratio");
            if (Double.isInfinite(v)) throw Exc.overflowError("cannot convert Infinity to integer ratio");
            BigDecimal bd = new BigDecimal(v);
            BigInteger num = bd.unscaledValue(), den = BigInteger.ONE;
            if (bd.scale() > 0) den = BigInteger.TEN.pow(bd.scale());
            else num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
            return new PyTuple(PyInt.of(num), PyInt.of(den));
        });
        MethodDefs.unary(t, "hex", o -> new PyStr(floatHex(d(o))));
        MethodDefs.method(t, "__format__", (a, k) -> {
            Args.methodRange("__format__", a, k, 1, 1);
            if (!(a[1] instanceof PyStr s)) throw Exc.typeError("format() argument 2 must be str, not " + a[1].type().name);
            return new PyStr(Formatting.formatFloat(d(a[0]), s.value));
        });
        MethodDefs.method(t, "__round__", (a, k) -> {
            Args.methodRange("__round__", a, k, 0, 1);
            double v = d(a[0]);
            if (a.length == 1 || a[1] == PyNone.NONE) {
                if (Double.isNaN(v) || Double.isInfinite(v)) return floatToInt(v);
                return PyInt.of(new BigDecimal(v).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
            }
            PyInt nd = Abstract.indexOrNull(a[1]);
            if (nd == null) throw Exc.typeError("'" + a[1].type().name + "' object cannot be interpreted as an integer");
            return new PyFloat(roundFloat(v, nd.clampedInt()));
        });
    }

    /** round(x, n): correctly rounded (half-even on the exact binary value), as CPython's double_round. */
    static double roundFloat(double v, int n) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return v;
        if (n > 323) return v;
        if (n < -308) return Math.copySign(0.0, v);
        double r = new BigDecimal(v).setScale(n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw Exc.overflowError("rounded value too large to represent");
        if (r == 0) r = Math.copySign(0.0, v);
        return r;
    }

    static String floatHex(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0 ? "-" : "") + "0x0.0p+0";
        String sign = v < 0 ? "-" : "";
        v = Math.abs(v);
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int lead = 1;
        if (exp == 0) { lead = 0; exp = -1022; } else exp -= 1023;
        String m = String.format("%013x", mant);
        int e = m.length();
        while (e > 1 && m.charAt(e - 1) == '0') e--;
        m = m.substring(0, e);
        return sign + "0x" + lead + "." + m + "p" + (exp >= 0 ? "+" : "") + exp;
    }
}
