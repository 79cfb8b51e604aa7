package dev.gilpy.runtime;

/** Python's float: an IEEE double. */
public final class PyFloat extends PyObject implements PyFormattable {
    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        NumberMethods.initFloat();
    }

    @Override
    public String format(String spec) { return Formatting.formatFloat(value, spec); }

    public final double value;

    public PyFloat(double value) { this.value = value; }

    public static PyFloat of(double v) { return new PyFloat(v); }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr(repr(value)); }

    @Override
    public boolean isTrue() { return value != 0.0; }

    @Override
    public int pyHash() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        long h = Hashing.hashDouble(value);
        return (int) h;
    }

    @Override
    public int hashCode() {
        if (Double.isNaN(value)) return System.identityHashCode(this);
        long h = Hashing.hashDouble(value);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyFloat f) return value == f.value;
        if (o instanceof PyInt i) return !Double.isNaN(value) && Numbers.compareIntFloat(i, value) == 0;
        return false;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (other instanceof PyFloat f) return PyBool.of(Abstract.cmpDouble(value, f.value, op));
        if (other instanceof PyInt i) {
            if (Double.isNaN(value)) return PyBool.of(op == Abstract.NE);
            return PyBool.of(Abstract.cmpResult(-Numbers.compareIntFloat(i, value), op));
        }
        return null;
    }

    /**
     * CPython's repr(float): the shortest string that round-trips (Java 19+ Double.toString gives
     * the same digits), laid out as Python does: fixed notation when -4 <= exponent < 16.
     */
    public static String repr(double d) {
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
}
