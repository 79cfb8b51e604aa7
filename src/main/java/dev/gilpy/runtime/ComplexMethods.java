package dev.gilpy.runtime;

import static dev.gilpy.bytecode.BinaryOps.*;

/** complex's constructor (numbers, __complex__, strings) and its methods. */
final class ComplexMethods {
    private ComplexMethods() {}

    static void init() {
        PyType t = PyComplex.TYPE;
        t.constructor = (cls, a, k) -> {
            if (a.length > 2) throw Exc.typeError("complex() takes at most 2 arguments (" + a.length + " given)");
            PyObject[] p = Args.parse("complex", a, 0, k, new String[]{"real", "imag"}, 0, 2);
            return construct(p[0], p[1]);
        };
        t.def("__new__", new PyStaticMethod(StrMethods.subtypeNew(t, (cls, v) -> {
            PyComplex c = (PyComplex) v;
            return cls == PyComplex.TYPE ? c : new PyComplex.Derived(cls, c.real, c.imag);
        })));
        MethodDefs.binaryOps(t, ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE);
        MethodDefs.method(t, "__pow__", (a, k) -> pow(a, k, "__pow__", false));
        MethodDefs.method(t, "__rpow__", (a, k) -> pow(a, k, "__rpow__", true));
        MethodDefs.comparisons(t);
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__str__", o -> o.type() == PyComplex.TYPE ? o.repr() : Abstract.repr(o));
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(((PyComplex) o).hash64()));
        MethodDefs.unary(t, "__bool__", o -> PyBool.of(o.isTrue()));
        MethodDefs.unary(t, "__abs__", o -> new PyFloat(((PyComplex) o).abs()));
        MethodDefs.unary(t, "__neg__", o -> new PyComplex(-c(o).real, -c(o).imag));
        MethodDefs.unary(t, "__pos__", o -> c(o).plain());
        MethodDefs.unary(t, "__complex__", o -> c(o).plain());
        MethodDefs.unary(t, "conjugate", o -> new PyComplex(c(o).real, -c(o).imag));
        MethodDefs.unary(t, "__getnewargs__", o -> new PyTuple(new PyFloat(c(o).real), new PyFloat(c(o).imag)));
        MethodDefs.getter(t, "real", o -> new PyFloat(c(o).real));
        MethodDefs.getter(t, "imag", o -> new PyFloat(c(o).imag));
        MethodDefs.method(t, "__format__", (a, k) -> {
            Args.methodRange("__format__", a, k, 1, 1);
            if (!(a[1] instanceof PyStr s)) throw Exc.typeError("format() argument 2 must be str, not " + a[1].type().name);
            return new PyStr(Formatting.formatComplex(c(a[0]).real, c(a[0]).imag, s.value));
        });
    }

    private static PyComplex c(PyObject o) { return (PyComplex) o; }

    private static PyObject pow(PyObject[] a, String[] k, String name, boolean reflected) {
        Args.methodRange(name, a, k, 1, 2);
        if (a.length == 3 && a[2] != PyNone.NONE) throw Exc.valueError("complex modulo");
        return MethodDefs.orNotImplemented(c(a[0]).binaryOp(POWER, a[1], reflected));
    }

    // CPython: complex_new — a string alone, or numbers (and __complex__) for either part.
    static PyComplex construct(PyObject real, PyObject imag) {
        if (real == null) real = PyInt.ZERO;
        if (real instanceof PyStr s) {
            if (imag != null) throw Exc.typeError("complex() can't take second arg if first is a string");
            return parse(s.value);
        }
        if (imag instanceof PyStr) throw Exc.typeError("complex() second arg can't be a string");
        PyComplex r = asComplex(real);
        boolean realIsComplex = r != null;
        if (r == null) r = new PyComplex(toDouble(real, "first argument must be a string or a number"), 0.0);
        if (imag == null) return r.plain();
        PyComplex i = imag instanceof PyComplex c ? c : null;   // CPython does not call __complex__ here
        double re = r.real, im;
        if (i != null) {
            re -= i.imag;
            im = i.real;
        } else {
            im = toDouble(imag, "second argument must be a number");
        }
        if (realIsComplex) im += r.imag;
        return new PyComplex(re, im);
    }

    /** A complex, or the result of the object's __complex__; null for other objects. */
    static PyComplex asComplex(PyObject o) {
        if (o instanceof PyComplex c) return c;
        PyType t = o.type();
        PyObject m = t.builtin ? null : t.lookup("__complex__");
        if (m == null) return null;
        PyObject r = Abstract.callMethod(m, o);
        if (r instanceof PyComplex c) return c;
        throw Exc.typeError("__complex__ returned non-complex (type " + r.type().name + ")");
    }

    private static double toDouble(PyObject o, String what) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return PyComplex.coerce(i).real;
        PyType t = o.type();
        if (!t.builtin && (t.lookup("__float__") != null || t.lookup("__index__") != null)) {
            return NumberMethods.toFloat(o).value;
        }
        throw Exc.typeError("complex() " + what + ", not '" + t.name + "'");
    }

    /** complex(str): "a", "bj", "a+bj", "a-j", optionally in parentheses, surrounded by whitespace. */
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.indexOf('_') >= 0) {
            if (!validUnderscores(s)) throw Exc.valueError("could not convert string to complex: " + PyStr.repr(text));
            s = s.replace("_", "");
        }
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) s = s.substring(1, s.length() - 1).strip();
        Cursor c = new Cursor(s);
        double re = 0, im = 0;
        Double first = c.number(true);
        if (first == null) {
            im = c.unitImaginary();   // "j", "+j", "-j"
        } else if (c.takeJ()) {
            im = first;
        } else {
            re = first;
            if (c.pos < s.length() && (s.charAt(c.pos) == '+' || s.charAt(c.pos) == '-')) {
                int signAt = c.pos;
                Double second = c.number(true);
                if (second != null) {
                    if (!c.takeJ()) throw malformed();
                    im = second;
                } else {
                    c.pos = signAt;
                    im = c.unitImaginary();
                }
            }
        }
        if (c.pos != s.length()) throw malformed();
        return new PyComplex(re, im);
    }

    private static PyException malformed() { return Exc.valueError("complex() arg is a malformed string"); }

    /** Underscores only between two digits, as in numeric literals. */
    private static boolean validUnderscores(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '_') continue;
            if (i == 0 || i == s.length() - 1 || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) return false;
        }
        return true;
    }

    private static boolean isDigit(char ch) { return ch >= '0' && ch <= '9'; }

    /** Scans one float (with an optional single sign) of the complex-string grammar. */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) { this.s = s; }

        boolean takeJ() {
            if (pos < s.length() && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
                pos++;
                return true;
            }
            return false;
        }

        /** The imaginary unit with an optional sign ("j", "-j"); malformed otherwise. */
        double unitImaginary() {
            double sign = 1;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) sign = s.charAt(pos++) == '-' ? -1 : 1;
            if (!takeJ()) throw malformed();
            return sign;
        }

        /** A decimal float, inf/infinity or nan at pos; null (pos unchanged) when there is none. */
        Double number(boolean signAllowed) {
            int start = pos, i = pos, n = s.length();
            if (signAllowed && i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int body = i;
            for (String word : new String[]{"infinity", "inf", "nan"}) {
                if (s.regionMatches(true, body, word, 0, word.length())) {
                    pos = body + word.length();
                    double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                    return s.charAt(start) == '-' ? -v : v;
                }
            }
            int digits = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
            if (i < n && s.charAt(i) == '.') {
                i++;
                while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
            }
            if (digits == 0) return null;
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int e = i + 1;
                if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) e++;
                int expStart = e;
                while (e < n && isDigit(s.charAt(e))) e++;
                if (e > expStart) i = e;
            }
            pos = i;
            return Double.parseDouble(s.substring(start, i));
        }
    }
}
