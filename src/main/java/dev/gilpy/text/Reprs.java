package dev.gilpy.text;

/**
 * The repr of the literal kinds (float, str, bytes), defined once: the runtime's {@code repr()}, the
 * {@code Unparser} (f-string and annotation text) and {@code dis} all print constants through here, so a
 * constant looks the same wherever it is shown. A leaf package: it depends on nothing else in gilpy.
 */
public final class Reprs {
    private Reprs() {}

    /** CPython's repr(complex): repr-style parts without ".0"; no parentheses when the real part is +0. */
    public static String complexRepr(double re, double im) {
        if (re == 0 && Math.copySign(1.0, re) == 1.0) return complexPart(im) + "j";
        String i = complexPart(im);
        return "(" + complexPart(re) + (i.startsWith("-") ? "" : "+") + i + "j)";
    }

    /** repr(float) of one part of a complex, without the ".0" that float's repr gives integral values. */
    public static String complexPart(double d) {
        String s = floatRepr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * CPython's repr(float): the shortest string that round-trips (Java 19+ Double.toString gives
     * the same digits), laid out as Python does: fixed notation when -4 <= exponent < 16.
     */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String s = Double.toString(Math.abs(d));
        String mant = s;
        int exp = 0;
        int e = s.indexOf('E');
        if (e >= 0) {
            mant = s.substring(0, e);
            exp = Integer.parseInt(s.substring(e + 1));
        }
        int dot = mant.indexOf('.');
        String digits = mant.substring(0, dot) + mant.substring(dot + 1);
        int decpt = dot + exp; // value = 0.digits * 10**decpt
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            decpt--;
        }
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java prints at least two digits and may pick a closer two-digit string (4.9e-324) where a
            // single digit already round-trips (5e-324): Python wants the shortest.
            java.math.BigDecimal one = new java.math.BigDecimal(Math.abs(d))
                    .round(new java.math.MathContext(1, java.math.RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == Math.abs(d)) {
                digits = one.unscaledValue().toString();
                decpt = 1 - one.scale(); // value = 0.d * 10**decpt
            }
        }
        StringBuilder sb = new StringBuilder();
        if (d < 0) sb.append('-');
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            int ax = Math.abs(x);
            if (ax < 10) sb.append('0');
            sb.append(ax);
        }
        return sb.toString();
    }

    /** Python's repr of a string: quotes chosen as CPython does, escapes for the unprintable. */
    public static String strRepr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp == '\t') sb.append("\\t");
            else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f) sb.append((char) cp);
            else if (isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.append(quote).toString();
    }

    /** Python's repr of bytes: quotes chosen as for str, \\xhh for the non-printable. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false, hasDouble = false;
        for (byte x : b) {
            if (x == '\'') hasSingle = true;
            if (x == '"') hasDouble = true;
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c >= 0x7f) sb.append(String.format("\\x%02x", c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    /** Approximates CPython's Py_UNICODE_ISPRINTABLE: not a control, format, separator or unassigned char. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') return true;
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
