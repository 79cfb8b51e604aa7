package dev.gilpy.runtime;

import dev.gilpy.text.Reprs;

/**
 * Python's str. Text is held as a Java String; indexing and len() count code points, which equal
 * UTF-16 units unless the text has characters outside the BMP (then the slow paths handle it).
 */
public class PyStr extends PyObject implements PyBinaryOps, PyFormattable {
    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT, cls -> new Derived(cls, ""));
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] CHARS = new PyStr[256];

    static {
        for (int i = 0; i < 256; i++) CHARS[i] = new PyStr(String.valueOf((char) i));
        StrMethods.init();
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        return StrMethods.binaryOp(this, op, other, reflected);
    }

    @Override
    public String format(String spec) { return Formatting.formatStr(value, spec); }

    public final String value;
    private int hash;
    private boolean hashed;
    /** -1 until computed: the number of code points. */
    private int cpLength = -1;

    public PyStr(String value) { this.value = value; }

    /** An instance of a class derived from str (StrEnum members, ...): the text, its class and a __dict__. */
    static final class Derived extends PyStr {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, String value) {
            super(value);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        /** str() of a derived instance is a plain str. */
        @Override
        public PyObject str() { return new PyStr(value); }

        // As dict keys: str's value semantics unless the class overrides __eq__/__hash__.
        @Override
        public int hashCode() { return Abstract.derivedKeyHash(this, TYPE, super.hashCode()); }

        @Override
        public boolean equals(Object o) { return Abstract.derivedKeyEquals(this, TYPE, o, super.equals(o)); }
    }

    /** str.__new__(cls, ...) for a class derived from str: the text as an instance of cls. */
    static PyStr derived(PyType cls, PyStr v) {
        return cls == TYPE ? v : new Derived(cls, v.value);
    }

    public static PyStr of(String s) { return s.length() == 1 && s.charAt(0) < 256 ? CHARS[s.charAt(0)] : new PyStr(s); }

    public static PyStr ofCodePoint(int cp) { return cp < 256 ? CHARS[cp] : new PyStr(new String(Character.toChars(cp))); }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr(repr(value)); }

    @Override
    public PyObject str() { return this; }

    @Override
    public boolean isTrue() { return !value.isEmpty(); }

    @Override
    public int pyHash() { return hashCode(); }

    @Override
    public int hashCode() {
        if (!hashed) {
            hash = value.hashCode();
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof PyStr s && s.value.equals(value));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyStr s)) return null;
        if (op == Abstract.EQ) return PyBool.of(value.equals(s.value));
        if (op == Abstract.NE) return PyBool.of(!value.equals(s.value));
        return PyBool.of(Abstract.cmpResult(compareCodePoints(value, s.value), op));
    }

    /** Python orders strings by code point; Java's compareTo orders by UTF-16 unit. */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    public boolean isBmp() { return length() == value.length(); }

    /** Number of code points: Python's len(). */
    public int length() {
        if (cpLength < 0) cpLength = value.codePointCount(0, value.length());
        return cpLength;
    }

    @Override
    public int len() { return length(); }

    /** The code point at Python index i (already normalised, in range). */
    public int codePointAt(int i) {
        if (isBmp()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** Substring by Python (code point) indices. */
    public String substring(int start, int end) {
        if (isBmp()) return value.substring(start, end);
        int s = value.offsetByCodePoints(0, start);
        int e = value.offsetByCodePoints(s, end - start);
        return value.substring(s, e);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int n = length();
            int[] r = sl.indices(n);
            int start = r[0], stop = r[1], step = r[2], count = r[3];
            if (step == 1) return new PyStr(substring(start, Math.max(start, stop)));
            StringBuilder sb = new StringBuilder(count);
            for (int i = 0, j = start; i < count; i++, j += step) sb.appendCodePoint(codePointAt(j));
            return new PyStr(sb.toString());
        }
        int i = Abstract.index(key, "string indices must be integers, not '", "'");
        int n = length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exc.indexError("string index out of range");
        return ofCodePoint(codePointAt(i));
    }

    @Override
    public Boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Exc.typeError("'in <string>' requires string as left operand, not " + item.type().name);
        }
        return value.contains(s.value);
    }

    @Override
    public PyObject iter() { return new PyIterators.StrIterator(this); }

    @Override
    public String toString() { return value; }

    /** Python's repr of a string ({@link Reprs#strRepr}). */
    public static String repr(String s) { return Reprs.strRepr(s); }

    /** ascii(): a repr with every non-ASCII character escaped (\\xhh, \\uhhhh, \\Uhhhhhhhh). */
    public static String asciiEscape(String repr) {
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

    /** str.isprintable for one code point ({@link Reprs#isPrintable}). */
    public static boolean isPrintable(int cp) { return Reprs.isPrintable(cp); }
}
