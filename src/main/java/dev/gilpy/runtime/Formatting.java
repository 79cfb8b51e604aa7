package dev.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-spec mini-language (CPython's Python/formatter_unicode.c), printf-style %-formatting
 * (Objects/unicodeobject.c PyUnicode_Format) and str.format (Objects/stringlib/unicode_format.h).
 */
public final class Formatting {
    private Formatting() {}

    /** A parsed format spec. */
    static final class Spec {
        char fill = ' ';
        char align = 0; // '<', '>', '^', '=' or 0
        char sign = 0;  // '+', '-', ' ' or 0
        boolean z, alt, zero;
        long width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    static Spec parse(String s, String typeName) {
        Spec sp = new Spec();
        int i = 0, n = s.length();
        if (n >= 2 && isAlign(s.charAt(1))) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(s.charAt(0))) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) sp.sign = s.charAt(i++);
        if (i < n && s.charAt(i) == 'z') { sp.z = true; i++; }
        if (i < n && s.charAt(i) == '#') { sp.alt = true; i++; }
        if (i < n && s.charAt(i) == '0') {
            sp.zero = true;
            if (sp.align == 0) { sp.fill = '0'; sp.align = '='; }
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) i++;
        if (i > st) sp.width = parseNum(s.substring(st, i), "Too many decimal digits in format string");
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) throw Exc.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == st) throw Exc.valueError("Format specifier missing precision");
            long precision = parseNum(s.substring(st, i), "Too many decimal digits in format string");
            // CPython: a float's precision must fit a C int; a str's is only a bound, so clamping keeps its meaning
            if (precision > Integer.MAX_VALUE && typeName.equals("float")) throw Exc.valueError("precision too big");
            sp.precision = (int) Math.min(precision, Integer.MAX_VALUE);
        }
        if (n - i > 1) throw Exc.valueError("Invalid format specifier '" + s + "' for object of type '" + typeName + "'");
        if (i < n) sp.type = s.charAt(i);
        if (sp.grouping != 0 && sp.type != 0 && "deEfFgG%bxXo".indexOf(sp.type) < 0) {
            throw Exc.valueError("Cannot specify '" + sp.grouping + "' with '" + sp.type + "'.");
        }
        return sp;
    }

    private static long parseNum(String d, String tooBig) {
        try {
            return Long.parseLong(d);
        } catch (NumberFormatException e) {
            throw Exc.valueError(tooBig);
        }
    }

    private static boolean isAlign(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

    private static String pad(String body, Spec sp, char defaultAlign) {
        int len = body.codePointCount(0, body.length());
        if (sp.width <= len) return body;
        int total = Sizes.alloc(sp.width - len + body.length()) - body.length();
        char a = sp.align == 0 ? defaultAlign : sp.align;
        String f = String.valueOf(sp.fill);
        return switch (a) {
            case '<' -> body + f.repeat(total);
            case '^' -> f.repeat(total / 2) + body + f.repeat(total - total / 2);
            default -> f.repeat(total) + body;
        };
    }

    // ------------------------------------------------------------------ str

    public static String formatStr(String value, String specText) {
        Spec sp = parse(specText, "str");
        if (sp.type != 0 && sp.type != 's') throw unknown(sp.type, "str");
        if (sp.sign != 0) throw Exc.valueError("Sign not allowed in string format specifier");
        if (sp.alt) throw Exc.valueError("Alternate form (#) not allowed in string format specifier");
        if (sp.align == '=') throw Exc.valueError("'=' alignment not allowed in string format specifier");
        if (sp.grouping != 0) throw Exc.valueError("Cannot specify '" + sp.grouping + "' with 's'.");
        String v = value;
        if (sp.precision >= 0 && v.codePointCount(0, v.length()) > sp.precision) {
            v = v.substring(0, v.offsetByCodePoints(0, sp.precision));
        }
        return pad(v, sp, '<');
    }

    private static PyException unknown(char t, String type) {
        return Exc.valueError("Unknown format code '" + t + "' for object of type '" + type + "'");
    }

    // ------------------------------------------------------------------ numbers

    /** Groups the digit string (no sign) with sep every n digits, zero-padding to minWidth if asked. */
    private static String group(String digits, char sep, int every, int minWidth) {
        if (sep == 0) {
            if (digits.length() < minWidth) digits = "0".repeat(minWidth - digits.length()) + digits;
            return digits;
        }
        while (true) {
            StringBuilder sb = new StringBuilder();
            int n = digits.length();
            for (int i = 0; i < n; i++) {
                if (i > 0 && (n - i) % every == 0) sb.append(sep);
                sb.append(digits.charAt(i));
            }
            if (sb.length() >= minWidth) return sb.toString();
            digits = "0" + digits;
        }
    }

    /** Lays out sign + prefix + integer digits (grouped) + rest with fill/align/width. */
    private static String layoutNumber(boolean negative, String prefix, String intDigits, String rest, Spec sp,
                                       int groupEvery) {
        String sign = negative ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        boolean zeroPad = sp.align == '=' && sp.fill == '0' && sp.width > 0;
        if (zeroPad) {
            int min = Sizes.alloc(sp.width) - sign.length() - prefix.length() - rest.length();
            String g = group(intDigits, sp.grouping, groupEvery, Math.max(min, 0));
            return sign + prefix + g + rest;
        }
        String body = group(intDigits, sp.grouping, groupEvery, 0) + rest;
        if (sp.align == '=') {
            int len = sign.length() + prefix.length() + body.length();
            if (sp.width > len) return sign + prefix + String.valueOf(sp.fill).repeat(Sizes.alloc(sp.width) - len) + body;
            return sign + prefix + body;
        }
        return pad(sign + prefix + body, sp, '>');
    }

    public static String formatInt(PyInt v, String specText) {
        String tn = v instanceof PyBool ? "bool" : "int";
        Spec sp = parse(specText, tn);
        char t = sp.type;
        if (t == 0 && specText.isEmpty()) return v.toDecimal();
        if ("eEfFgG%".indexOf(t) >= 0 && t != 0) return formatFloat(v.doubleValue(), sp, tn);
        if (sp.precision >= 0) throw Exc.valueError("Precision not allowed in integer format specifier");
        BigInteger b = v.bigValue();
        boolean neg = b.signum() < 0;
        BigInteger abs = b.abs();
        String prefix = "", digits;
        int every = 3;
        switch (t) {
            case 0, 'd', 'n' -> digits = abs.toString();
            case 'b' -> { digits = abs.toString(2); prefix = sp.alt ? "0b" : ""; every = 4; }
            case 'o' -> { digits = abs.toString(8); prefix = sp.alt ? "0o" : ""; every = 4; }
            case 'x' -> { digits = abs.toString(16); prefix = sp.alt ? "0x" : ""; every = 4; }
            case 'X' -> { digits = abs.toString(16).toUpperCase(); prefix = sp.alt ? "0X" : ""; every = 4; }
            case 'c' -> {
                if (sp.sign != 0) throw Exc.valueError("Sign not allowed with integer format specifier 'c'");
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                    throw Exc.overflowError("%c arg not in range(0x110000)");
                }
                return pad(new String(Character.toChars(b.intValue())), sp, '<');
            }
            default -> throw unknown(t, tn);
        }
        if (t == 'n' && sp.grouping != 0) throw Exc.valueError("Cannot specify '" + sp.grouping + "' with 'n'.");
        return layoutNumber(neg, prefix, digits, "", sp, every);
    }

    public static String formatFloat(double d, String specText) {
        Spec sp = parse(specText, "float");
        if (sp.type == 0 && sp.precision < 0 && specText.isEmpty()) return PyFloat.repr(d);
        return formatFloat(d, sp, "float");
    }

    static String formatFloat(double d, Spec sp, String tn) {
        char t = sp.type;
        if (t != 0 && "eEfFgGn%".indexOf(t) < 0) throw unknown(t, tn);
        if (sp.alt && false) return "";
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (Double.isNaN(d)) neg = false;
        double a = Math.abs(d);
        String body;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (upper) body = body.toUpperCase();
            if (t == '%') body += "%";
            // CPython zero-pads inf/nan too
            return layoutNumber(neg, "", "", body, sp, 3);
        }
        int prec = sp.precision;
        switch (t) {
            case 'f', 'F' -> body = fixed(a, prec < 0 ? 6 : prec, sp.alt);
            case '%' -> body = fixed(new BigDecimal(a).multiply(BigDecimal.valueOf(100)), prec < 0 ? 6 : prec, sp.alt) + "%";
            case 'e', 'E' -> body = exp(a, prec < 0 ? 6 : prec, sp.alt, upper);
            case 'g', 'G', 'n' -> body = general(a, prec < 0 ? 6 : prec, sp.alt, upper, false);
            default -> {
                if (prec < 0) {
                    body = PyFloat.repr(a);
                } else {
                    body = general(a, prec, sp.alt, false, true);
                }
            }
        }
        if (sp.z && neg && isZeroText(body)) neg = false;
        // split integer digits (for grouping) from the rest
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        return layoutNumber(neg, "", body.substring(0, k), body.substring(k), sp, 3);
    }

    // CPython: Python/formatter_unicode.c format_complex_internal — each part formatted as a float, the
    // imaginary one always signed; with no type, repr-style parts in parentheses and no real part when it is +0.
    public static String formatComplex(double re, double im, String specText) {
        if (specText.isEmpty()) return PyComplex.repr(re, im);
        Spec sp = parse(specText, "complex");
        if (sp.type != 0 && "eEfFgGn".indexOf(sp.type) < 0) throw unknown(sp.type, "complex");
        if (sp.zero) throw Exc.valueError("Zero padding is not allowed in complex format specifier");
        if (sp.align == '=') throw Exc.valueError("'=' alignment flag is not allowed in complex format specifier");
        boolean noType = sp.type == 0, reprStyle = noType && sp.precision < 0;
        boolean skipRe = noType && re == 0 && Math.copySign(1.0, re) > 0;
        Spec part = new Spec();
        part.sign = sp.sign;
        part.z = sp.z;
        part.alt = sp.alt;
        part.grouping = sp.grouping;
        part.precision = sp.precision;
        part.type = noType && !reprStyle ? 'g' : sp.type;
        String r = skipRe ? "" : complexPart(re, part, reprStyle);
        if (!skipRe) part.sign = '+';
        String i = complexPart(im, part, reprStyle) + "j";
        String body = noType && !skipRe ? "(" + r + i + ")" : r + i;
        return pad(body, sp, '>');
    }

    private static String complexPart(double d, Spec part, boolean reprStyle) {
        if (!reprStyle || !Double.isFinite(d)) return formatFloat(d, part, "complex");
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        String body = dev.gilpy.text.Reprs.complexPart(Math.abs(d));
        if (part.alt && body.indexOf('.') < 0) {
            int e = body.indexOf('e');
            body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
        }
        int k = 0;
        while (k < body.length() && Character.isDigit(body.charAt(k))) k++;
        return layoutNumber(neg, "", body.substring(0, k), body.substring(k), part, 3);
    }

    private static boolean isZeroText(String s) {
        for (char c : s.toCharArray()) if (c >= '1' && c <= '9') return false;
        return true;
    }

    static String fixed(double a, int prec, boolean alt) { return fixed(new BigDecimal(a), prec, alt); }

    static String fixed(BigDecimal a, int prec, boolean alt) {
        String s = a.setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (prec == 0 && alt) s += ".";
        return s;
    }

    /** digits and decimal exponent of a rounded to p significant digits: value = d.ddd * 10^exp. */
    private static Object[] sig(double a, int p) {
        if (a == 0) return new Object[]{"0".repeat(p), 0};
        BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = digits.length() - 1 - r.scale();
        if (digits.length() < p) digits = digits + "0".repeat(p - digits.length());
        else if (digits.length() > p) digits = digits.substring(0, p); // trailing zeros only
        return new Object[]{digits, exp};
    }

    static String exp(double a, int prec, boolean alt, boolean upper) {
        Object[] s = sig(a, prec + 1);
        String digits = (String) s[0];
        int e = (Integer) s[1];
        StringBuilder sb = new StringBuilder();
        sb.append(digits.charAt(0));
        if (prec > 0 || alt) sb.append('.');
        sb.append(digits, 1, digits.length());
        sb.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+');
        int ae = Math.abs(e);
        if (ae < 10) sb.append('0');
        sb.append(ae);
        return sb.toString();
    }

    /** 'g' (and the no-type form with a precision when reprStyle). */
    static String general(double a, int prec, boolean alt, boolean upper, boolean reprStyle) {
        if (prec == 0) prec = 1;
        Object[] s = sig(a, prec);
        String digits = (String) s[0];
        int e = (Integer) s[1];
        String out;
        if (e >= -4 && e < prec) {
            // fixed with prec-1-e decimals
            int decimals = prec - 1 - e;
            String intPart, frac;
            if (e >= 0) {
                intPart = digits.substring(0, e + 1);
                frac = digits.substring(e + 1);
            } else {
                intPart = "0";
                frac = "0".repeat(-e - 1) + digits;
            }
            if (frac.length() > decimals) frac = frac.substring(0, decimals);
            if (!alt) frac = stripZeros(frac);
            if (frac.isEmpty()) out = intPart + (alt ? "." : reprStyle ? ".0" : "");
            else out = intPart + "." + frac;
        } else {
            String frac = digits.substring(1);
            if (!alt) frac = stripZeros(frac);
            StringBuilder sb = new StringBuilder().append(digits.charAt(0));
            if (!frac.isEmpty() || alt) sb.append('.').append(frac);
            sb.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+');
            int ae = Math.abs(e);
            if (ae < 10) sb.append('0');
            sb.append(ae);
            out = sb.toString();
        }
        return out;
    }

    private static String stripZeros(String f) {
        int e = f.length();
        while (e > 0 && f.charAt(e - 1) == '0') e--;
        return f.substring(0, e);
    }

    // ------------------------------------------------------------------ printf-style

    public static String percent(String fmt, PyObject args) {
        PyObject[] items;
        boolean tuple = args instanceof PyTuple;
        PyObject mapping = null;
        if (tuple) items = ((PyTuple) args).array();
        else {
            items = new PyObject[]{args};
            if (!(args instanceof PyStr) && (args instanceof PyDict || (!args.type().builtin
                    && args.type().lookup("__getitem__") != null))) mapping = args;
        }
        int argi = 0;
        boolean usedMapping = false;
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; ) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) throw Exc.valueError("incomplete format");
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) throw Exc.typeError("format requires a mapping");
                int depth = 1, ks = ++i;
                while (i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') depth++;
                    else if (fmt.charAt(i) == ')') depth--;
                    i++;
                }
                if (depth > 0) throw Exc.valueError("incomplete format key");
                value = Abstract.getItem(mapping, new PyStr(fmt.substring(ks, i - 1)));
                usedMapping = true;
            }
            Spec sp = new Spec();
            boolean left = false;
            while (i < n) {
                char f = fmt.charAt(i);
                if (f == '-') left = true;
                else if (f == '+') sp.sign = '+';
                else if (f == ' ') { if (sp.sign != '+') sp.sign = ' '; }
                else if (f == '#') sp.alt = true;
                else if (f == '0') sp.zero = true;
                else break;
                i++;
            }
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                if (argi >= items.length) throw Exc.typeError("not enough arguments for format string");
                PyObject w = items[argi++];
                if (!(w instanceof PyInt wi)) throw Exc.typeError("* wants int");
                long wv = Sizes.ssize(wi, Sizes.C_SSIZE_T);
                if (wv < 0) { left = true; wv = -wv; }
                sp.width = wv;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > ws) sp.width = parseNum(fmt.substring(ws, i), "width too big");
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    if (argi >= items.length) throw Exc.typeError("not enough arguments for format string");
                    PyObject p = items[argi++];
                    if (!(p instanceof PyInt pi)) throw Exc.typeError("* wants int");
                    sp.precision = Math.max(0, Sizes.cInt(pi));
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    long precision = i > ps ? parseNum(fmt.substring(ps, i), "precision too big") : 0;
                    if (precision > Integer.MAX_VALUE) throw Exc.valueError("precision too big");
                    sp.precision = (int) precision;
                }
            }
            if (i >= n) throw Exc.valueError("incomplete format");
            char t = fmt.charAt(i++);
            if (t == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (argi >= items.length) throw Exc.typeError("not enough arguments for format string");
                value = items[argi++];
            }
            if (left) { sp.align = '<'; sp.fill = ' '; }
            else if (sp.zero && "diuoxXeEfFgG".indexOf(t) >= 0) { sp.align = '='; sp.fill = '0'; }
            else sp.align = '>';
            String s;
            switch (t) {
                case 's', 'r', 'a' -> {
                    String v = t == 's' ? Abstract.strString(value) : t == 'r' ? Abstract.reprString(value) : ascii(Abstract.reprString(value));
                    if (sp.precision >= 0 && v.length() > sp.precision) v = v.substring(0, sp.precision);
                    s = pad(v, sp, '>');
                }
                case 'd', 'i', 'u' -> {
                    PyInt iv;
                    if (value instanceof PyInt x) iv = x;
                    else if (value instanceof PyFloat f) iv = NumberMethods.floatToInt(f.value);
                    else {
                        iv = numberOrNull(value);
                        if (iv == null) throw Exc.typeError("%" + t + " format: a real number is required, not " + value.type().name);
                    }
                    s = pctInt(iv, sp, 10, false);
                }
                case 'x', 'X', 'o' -> {
                    PyInt iv = value instanceof PyInt x ? x : Abstract.indexOrNull(value);
                    if (iv == null) throw Exc.typeError("%" + t + " format: an integer is required, not " + value.type().name);
                    s = pctInt(iv, sp, t == 'o' ? 8 : 16, t == 'X');
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    Double dv = Numbers.toDouble(value);
                    if (dv == null) {
                        PyObject fl = value.type().builtin ? null : value.type().lookup("__float__");
                        if (fl == null) throw Exc.typeError("must be real number, not " + value.type().name);
                        dv = ((PyFloat) Abstract.callMethod(fl, value)).value;
                    }
                    sp.type = t;
                    if (sp.precision < 0) sp.precision = 6;
                    s = formatFloat(dv, sp, "float");
                }
                case 'c' -> {
                    String ch;
                    if (value instanceof PyStr cs) {
                        if (cs.length() != 1) throw Exc.typeError("%c requires int or char");
                        ch = cs.value;
                    } else if (value instanceof PyInt ci) {
                        if (ci.signum() < 0 || ci.isBig() || ci.value > 0x10ffff) throw Exc.overflowError("%c arg not in range(0x110000)");
                        ch = new String(Character.toChars((int) ci.value));
                    } else throw Exc.typeError("%c requires int or char");
                    s = pad(ch, sp, '>');
                }
                default -> throw Exc.valueError("unsupported format character '" + t + "' (0x"
                        + Integer.toHexString(t) + ") at index " + (i - 1));
            }
            out.append(s);
            if (start < 0) break;
        }
        if (argi < items.length && !usedMapping && mapping == null) {
            throw Exc.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static PyInt numberOrNull(PyObject v) {
        if (v.type().builtin) return null;
        PyObject m = v.type().lookup("__int__");
        if (m != null) return (PyInt) Abstract.callMethod(m, v);
        return Abstract.indexOrNull(v);
    }

    private static String pctInt(PyInt v, Spec sp, int radix, boolean upper) {
        BigInteger b = v.bigValue();
        String digits = b.abs().toString(radix);
        if (upper) digits = digits.toUpperCase();
        if (sp.precision > digits.length()) digits = "0".repeat(sp.precision - digits.length()) + digits;
        String prefix = "";
        if (sp.alt && radix == 16) prefix = upper ? "0X" : "0x";
        if (sp.alt && radix == 8) prefix = "0o";
        return layoutNumber(b.signum() < 0, prefix, digits, "", sp, 3);
    }

    /** ascii(): repr with non-ASCII escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) sb.append((char) cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ str.format

    interface FieldSource {
        PyObject positional(int i);
        PyObject keyword(String name);
    }

    public static String strFormat(String fmt, PyObject[] pos, PyObject mapping) {
        int[] auto = {0}; // -1 once manual numbering used, >=0 auto counter; sentinel via flags
        boolean[] mode = {false, false}; // [auto used, manual used]
        return render(fmt, pos, mapping, auto, mode, 2);
    }

    private static String render(String fmt, PyObject[] pos, PyObject mapping, int[] auto, boolean[] mode, int depth) {
        if (depth < 0) throw Exc.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Exc.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            // find the matching close brace
            int j = i + 1, lvl = 1;
            while (j < n) {
                char d = fmt.charAt(j);
                if (d == '{') lvl++;
                else if (d == '}' && --lvl == 0) break;
                j++;
            }
            if (j >= n) {
                throw Exc.valueError(lvl > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
            }
            String field = fmt.substring(i + 1, j);
            i = j + 1;
            // split field name / conversion / spec
            int k = 0;
            int brack = 0;
            while (k < field.length()) {
                char d = field.charAt(k);
                if (d == '[') brack++;
                else if (d == ']') brack--;
                else if (brack == 0 && (d == '!' || d == ':')) break;
                k++;
            }
            String name = field.substring(0, k);
            char conv = 0;
            String spec = "";
            if (k < field.length() && field.charAt(k) == '!') {
                if (k + 1 >= field.length()) throw Exc.valueError("end of string while looking for conversion specifier");
                conv = field.charAt(k + 1);
                k += 2;
                if (k < field.length() && field.charAt(k) != ':') throw Exc.valueError("expected ':' after conversion specifier");
            }
            if (k < field.length() && field.charAt(k) == ':') spec = field.substring(k + 1);
            PyObject value = lookupField(name, pos, mapping, auto, mode);
            if (conv != 0) {
                value = switch (conv) {
                    case 'r' -> Abstract.repr(value);
                    case 's' -> Abstract.str(value);
                    case 'a' -> new PyStr(ascii(Abstract.reprString(value)));
                    default -> throw Exc.valueError("Unknown conversion specifier " + conv);
                };
            }
            if (spec.indexOf('{') >= 0) spec = render(spec, pos, mapping, auto, mode, depth - 1);
            out.append(Abstract.format(value, spec).value);
        }
        return out.toString();
    }

    private static PyObject lookupField(String name, PyObject[] pos, PyObject mapping, int[] auto, boolean[] mode) {
        int k = 0;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') k++;
        String first = name.substring(0, k);
        PyObject v;
        if (first.isEmpty()) {
            if (mode[1]) throw Exc.valueError("cannot switch from manual field specification to automatic field numbering");
            mode[0] = true;
            v = positional(pos, auto[0]++);
        } else if (allDigits(first)) {
            if (mode[0]) throw Exc.valueError("cannot switch from automatic field numbering to manual field specification");
            mode[1] = true;
            v = positional(pos, parseNum(first, "Too many decimal digits in format string"));
        } else {
            if (mapping == null) throw Exc.keyError(new PyStr(first));
            v = Abstract.getItem(mapping, new PyStr(first));
        }
        while (k < name.length()) {
            char c = name.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < name.length() && name.charAt(e) != '.' && name.charAt(e) != '[') e++;
                String attr = name.substring(k + 1, e);
                if (attr.isEmpty()) throw Exc.valueError("Empty attribute in format string");
                v = Abstract.getAttr(v, attr);
                k = e;
            } else if (c == '[') {
                int e = name.indexOf(']', k);
                if (e < 0) throw Exc.valueError("Missing ']' in format string");
                String key = name.substring(k + 1, e);
                if (key.isEmpty()) throw Exc.valueError("Empty attribute in format string");
                v = Abstract.getItem(v, allDigits(key) ? PyInt.of(Long.parseLong(key)) : new PyStr(key));
                k = e + 1;
                if (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
                    throw Exc.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            } else {
                throw Exc.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return v;
    }

    private static PyObject positional(PyObject[] pos, long i) {
        if (i >= pos.length) {
            throw Exc.indexError("Replacement index " + i + " out of range for positional args tuple");
        }
        return pos[(int) i];
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
