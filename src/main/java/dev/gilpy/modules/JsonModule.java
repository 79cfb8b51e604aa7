package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * _json: the scanner and the encoder under lib/json (CPython has the same split: Modules/_json.c under
 * Lib/json). Both follow CPython 3.11's C implementation: its error messages and positions, its float
 * and int text, its escaping, and the order in which hooks and default() are called.
 */
public final class JsonModule {
    private JsonModule() {}

    // ---------------------------------------------------------------- decoding

    /** One decoding run: the document, the hooks, and JSONDecodeError (json.decoder's class). */
    static final class Scanner {
        final String s;
        final PyObject doc;
        final boolean strict;
        final PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant, error;
        final boolean bmp;
        /**
         * Object keys seen in this document: one str per distinct key, as CPython's scanner memoizes. Open
         * addressing over the document's own chars, so a key seen before costs no allocation.
         */
        private PyStr[] memo = new PyStr[64];
        private int memoSize;

        Scanner(PyStr doc, boolean strict, PyObject objectHook, PyObject pairsHook, PyObject parseFloat,
                PyObject parseInt, PyObject parseConstant, PyObject error) {
            this.doc = doc;
            this.s = doc.value;
            this.bmp = doc.isBmp();
            this.strict = strict;
            this.objectHook = none(objectHook);
            this.pairsHook = none(pairsHook);
            this.parseFloat = none(parseFloat);
            this.parseInt = none(parseInt);
            this.parseConstant = none(parseConstant);
            this.error = error;
        }

        private static PyObject none(PyObject o) { return o == PyNone.NONE ? null : o; }

        /** Python index (code points) of a Java index. */
        int py(int i) { return bmp ? i : s.codePointCount(0, i); }

        int java(int py) { return bmp ? py : s.offsetByCodePoints(0, py); }

        RuntimeException fail(String msg, int at) {
            PyObject e = Abstract.call(error, new PyStr(msg), doc, PyInt.of(py(at)));
            return ((PyBaseException) e).raise();
        }

        int skipWs(int i) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        /** The value at i; end[0] receives the index after it. */
        PyObject value(int i, int[] end) {
            if (i >= s.length()) throw fail("Expecting value", i);
            char c = s.charAt(i);
            switch (c) {
                case '"': return string(i + 1, end);
                case '{': return object(i + 1, end);
                case '[': return array(i + 1, end);
                case 'n':
                    if (s.startsWith("null", i)) { end[0] = i + 4; return PyNone.NONE; }
                    break;
                case 't':
                    if (s.startsWith("true", i)) { end[0] = i + 4; return PyBool.TRUE; }
                    break;
                case 'f':
                    if (s.startsWith("false", i)) { end[0] = i + 5; return PyBool.FALSE; }
                    break;
                case 'N':
                    if (s.startsWith("NaN", i)) { end[0] = i + 3; return constant("NaN"); }
                    break;
                case 'I':
                    if (s.startsWith("Infinity", i)) { end[0] = i + 8; return constant("Infinity"); }
                    break;
                case '-':
                    if (s.startsWith("-Infinity", i)) { end[0] = i + 9; return constant("-Infinity"); }
                    break;
                default:
                    break;
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                PyObject n = number(i, end);
                if (n != null) return n;
            }
            throw fail("Expecting value", i);
        }

        PyObject constant(String name) {
            if (parseConstant != null) return Abstract.call(parseConstant, new PyStr(name));
            return new PyFloat(switch (name) {
                case "NaN" -> Double.NaN;
                case "Infinity" -> Double.POSITIVE_INFINITY;
                default -> Double.NEGATIVE_INFINITY;
            });
        }

        /** -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at i, or null when there is no number there. */
        PyObject number(int start, int[] end) {
            int i = start;
            int n = s.length();
            if (i < n && s.charAt(i) == '-') i++;
            if (i >= n) return null;
            char c = s.charAt(i);
            // The digits are also accumulated (while they fit), so that common numbers need no substring.
            long digits = 0;
            int count = 0;
            if (c == '0') i++;
            else if (c >= '1' && c <= '9') {
                while (i < n && isDigit(c = s.charAt(i))) { digits = digits * 10 + (c - '0'); count++; i++; }
            } else return null;
            boolean isFloat = false;
            int fraction = 0;
            if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
                i++;
                while (i < n && isDigit(c = s.charAt(i))) {
                    if (count < 18) { digits = digits * 10 + (c - '0'); if (digits != 0) count++; fraction++; }
                    else count = 99;
                    i++;
                }
                isFloat = true;
            }
            boolean exponent = false;
            if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
                if (j < n && isDigit(s.charAt(j))) {
                    while (j < n && isDigit(s.charAt(j))) j++;
                    i = j;
                    isFloat = true;
                    exponent = true;
                }
            }
            end[0] = i;
            boolean negative = s.charAt(start) == '-';
            if (isFloat) {
                if (parseFloat == null && !exponent && count <= 15 && fraction <= 22) {
                    // Exact: both the digits (< 2**53) and 10**fraction are doubles, so one division rounds
                    // correctly, as the full decimal-to-binary conversion would.
                    double v = (double) digits / POW10[fraction];
                    return new PyFloat(negative ? -v : v);
                }
                String text = s.substring(start, i);
                if (parseFloat != null) return Abstract.call(parseFloat, new PyStr(text));
                return new PyFloat(Double.parseDouble(text));
            }
            if (parseInt == null && count <= 18) return PyInt.of(negative ? -digits : digits);
            String text = s.substring(start, i);
            if (parseInt != null) return Abstract.call(parseInt, new PyStr(text));
            return PyInt.of(new BigInteger(text));
        }

        private static final double[] POW10 = new double[23];
        static {
            POW10[0] = 1;
            for (int k = 1; k < POW10.length; k++) POW10[k] = POW10[k - 1] * 10;
        }

        static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

        /** The string whose opening quote is just before i. */
        PyStr string(int i, int[] end) {
            int begin = i - 1;
            int n = s.length();
            // Fast path: no escapes.
            int j = i;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
                j++;
            }
            if (j < n && s.charAt(j) == '"') {
                end[0] = j + 1;
                return j - i == 1 && s.charAt(i) < 256 ? PyStr.of(s.substring(i, j)) : new PyStr(s.substring(i, j));
            }
            StringBuilder sb = new StringBuilder(j - i + 16);
            sb.append(s, i, j);
            while (true) {
                if (j >= n) throw fail("Unterminated string starting at", begin);
                char c = s.charAt(j);
                if (c == '"') { end[0] = j + 1; return new PyStr(sb.toString()); }
                if (c < 0x20 && strict) throw fail("Invalid control character at", j);
                if (c != '\\') { sb.append(c); j++; continue; }
                j++;
                if (j >= n) throw fail("Unterminated string starting at", begin);
                char e = s.charAt(j);
                switch (e) {
                    case '"' -> sb.append('"');
                    case '\\' -> sb.append('\\');
                    case '/' -> sb.append('/');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 't' -> sb.append('\t');
                    case 'u' -> {
                        int u = hex4(j + 1, j - 1);
                        j += 4;
                        // A high surrogate followed by an escaped low one is one character.
                        if (u >= 0xD800 && u <= 0xDBFF && j + 2 < n && s.charAt(j + 1) == '\\' && s.charAt(j + 2) == 'u') {
                            int lo = hex4(j + 3, j + 1);
                            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                                sb.appendCodePoint(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                                j += 6;
                                break;
                            }
                        }
                        sb.append((char) u);
                    }
                    default -> throw fail("Invalid \\escape", j - 1);
                }
                j++;
            }
        }

        private int hex4(int at, int escapeStart) {
            if (at + 4 > s.length()) throw fail("Invalid \\uXXXX escape", escapeStart + 1);
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(s.charAt(at + k), 16);
                if (d < 0 || s.charAt(at + k) > 127) throw fail("Invalid \\uXXXX escape", escapeStart + 1);
                v = v * 16 + d;
            }
            return v;
        }

        /** The object key whose opening quote is just before i, memoized; end[0] receives the index after it. */
        PyStr key(int i, int[] end) {
            int n = s.length();
            int j = i, h = 0;
            while (j < n) {
                char c = s.charAt(j);
                if (c == '"' || c == '\\' || c < 0x20) break;
                h = 31 * h + c;
                j++;
            }
            if (j >= n || s.charAt(j) != '"') return memoized(string(i, end));
            int len = j - i;
            int mask = memo.length - 1;
            for (int k = mix(h) & mask; ; k = (k + 1) & mask) {
                PyStr m = memo[k];
                if (m == null) break;
                if (m.value.length() == len && s.regionMatches(i, m.value, 0, len)) {
                    end[0] = j + 1;
                    return m;
                }
            }
            return memoized(string(i, end));
        }

        private static int mix(int h) { return h ^ (h >>> 16); }

        private PyStr memoized(PyStr key) {
            int mask = memo.length - 1;
            int k = mix(key.value.hashCode()) & mask;
            for (; memo[k] != null; k = (k + 1) & mask) {
                if (memo[k].value.equals(key.value)) return memo[k];
            }
            memo[k] = key;
            if (++memoSize * 2 > memo.length) {
                PyStr[] old = memo;
                memo = new PyStr[old.length * 2];
                int m2 = memo.length - 1;
                for (PyStr o : old) {
                    if (o == null) continue;
                    int q = mix(o.value.hashCode()) & m2;
                    while (memo[q] != null) q = (q + 1) & m2;
                    memo[q] = o;
                }
            }
            return key;
        }

        PyObject object(int i, int[] end) {
            RecursionDepth depth = RecursionDepth.enter(" while decoding a JSON object from a unicode string");
            try {
                PyDict dict = pairsHook == null ? new PyDict() : null;
                PyList pairs = pairsHook != null ? new PyList() : null;
                i = skipWs(i);
                if (i < s.length() && s.charAt(i) == '}') {
                    end[0] = i + 1;
                    return finishObject(dict, pairs);
                }
                while (true) {
                    if (i >= s.length() || s.charAt(i) != '"') {
                        throw fail("Expecting property name enclosed in double quotes", i);
                    }
                    PyStr key = key(i + 1, end);
                    i = skipWs(end[0]);
                    if (i >= s.length() || s.charAt(i) != ':') throw fail("Expecting ':' delimiter", i);
                    i = skipWs(i + 1);
                    PyObject v = value(i, end);
                    if (dict != null) dict.put(key, v);
                    else pairs.append(PyTuple.of(key, v));
                    i = skipWs(end[0]);
                    if (i < s.length() && s.charAt(i) == '}') {
                        end[0] = i + 1;
                        return finishObject(dict, pairs);
                    }
                    if (i >= s.length() || s.charAt(i) != ',') throw fail("Expecting ',' delimiter", i);
                    i = skipWs(i + 1);
                }
            } finally {
                depth.leave();
            }
        }

        PyObject finishObject(PyDict dict, PyList pairs) {
            if (pairs != null) return Abstract.call(pairsHook, pairs);
            if (objectHook != null) return Abstract.call(objectHook, dict);
            return dict;
        }

        PyObject array(int i, int[] end) {
            RecursionDepth depth = RecursionDepth.enter(" while decoding a JSON array from a unicode string");
            try {
                PyList list = new PyList();
                i = skipWs(i);
                if (i < s.length() && s.charAt(i) == ']') {
                    end[0] = i + 1;
                    return list;
                }
                while (true) {
                    list.append(value(i, end));
                    i = skipWs(end[0]);
                    if (i < s.length() && s.charAt(i) == ']') {
                        end[0] = i + 1;
                        return list;
                    }
                    if (i >= s.length() || s.charAt(i) != ',') throw fail("Expecting ',' delimiter", i);
                    i = skipWs(i + 1);
                }
            } finally {
                depth.leave();
            }
        }
    }

    // ---------------------------------------------------------------- encoding

    /** One encoding run, with JSONEncoder's settings. */
    static final class Encoder {
        final PyObject dflt;
        final String indent;      // null: one line
        final String itemSep, keySep;
        final boolean sortKeys, skipKeys, ensureAscii, checkCircular, allowNan;
        final Map<PyObject, Boolean> markers = new IdentityHashMap<>();
        final StringBuilder out = new StringBuilder();

        Encoder(PyObject dflt, String indent, String itemSep, String keySep, boolean sortKeys, boolean skipKeys,
                boolean ensureAscii, boolean checkCircular, boolean allowNan) {
            this.dflt = dflt;
            this.indent = indent;
            this.itemSep = itemSep;
            this.keySep = keySep;
            this.sortKeys = sortKeys;
            this.skipKeys = skipKeys;
            this.ensureAscii = ensureAscii;
            this.checkCircular = checkCircular;
            this.allowNan = allowNan;
        }

        void newline(int level) {
            out.append('\n');
            for (int k = 0; k < level; k++) out.append(indent);
        }

        String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw Exc.valueError("Out of range float values are not JSON compliant");
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return PyFloat.repr(d);
        }

        void encode(PyObject o, int level) {
            if (o == PyNone.NONE) out.append("null");
            else if (o == PyBool.TRUE) out.append("true");
            else if (o == PyBool.FALSE) out.append("false");
            else if (o instanceof PyStr str) string(str.value);
            else if (o instanceof PyInt i) out.append(i.toDecimal());
            else if (o instanceof PyFloat f) out.append(floatText(f.value));
            else if (o instanceof PyList || o instanceof PyTuple) array(o, level);
            else if (o instanceof PyDict d) object(d, level);
            else {
                enter(o);
                RecursionDepth depth = RecursionDepth.enter(" while encoding a JSON object");
                try {
                    PyObject replacement = Abstract.call(dflt, o);
                    encode(replacement, level);
                } finally {
                    depth.leave();
                    leave(o);
                }
            }
        }

        void enter(PyObject o) {
            if (!checkCircular) return;
            if (markers.put(o, Boolean.TRUE) != null) throw Exc.valueError("Circular reference detected");
        }

        void leave(PyObject o) { if (checkCircular) markers.remove(o); }

        void array(PyObject o, int level) {
            PyObject[] items = o instanceof PyList l ? l.toArray() : Abstract.toArray(o);
            if (items.length == 0) { out.append("[]"); return; }
            enter(o);
            RecursionDepth depth = RecursionDepth.enter(" while encoding a JSON object");
            try {
                out.append('[');
                if (indent != null) newline(level + 1);
                for (int k = 0; k < items.length; k++) {
                    if (k > 0) {
                        out.append(itemSep);
                        if (indent != null) newline(level + 1);
                    }
                    encode(items[k], level + 1);
                }
                if (indent != null) newline(level);
                out.append(']');
            } finally {
                depth.leave();
                leave(o);
            }
        }

        void object(PyDict d, int level) {
            if (d.size() == 0) { out.append("{}"); return; }
            enter(d);
            RecursionDepth depth = RecursionDepth.enter(" while encoding a JSON object");
            try {
                PyObject[] keys;
                PyObject[] values;
                var entries = d.entrySnapshot();
                if (sortKeys) {
                    PyList ks = new PyList();
                    for (var e : entries) ks.append(e.getKey());
                    ks.sort(null, false);
                    keys = ks.toArray();
                    values = new PyObject[keys.length];
                    for (int k = 0; k < keys.length; k++) values[k] = d.get(keys[k]);
                } else {
                    keys = new PyObject[entries.size()];
                    values = new PyObject[keys.length];
                    for (int k = 0; k < keys.length; k++) {
                        keys[k] = entries.get(k).getKey();
                        values[k] = entries.get(k).getValue();
                    }
                }
                out.append('{');
                if (indent != null) newline(level + 1);
                boolean first = true;
                for (int k = 0; k < keys.length; k++) {
                    PyObject key = keys[k];
                    String ks;
                    if (key instanceof PyStr x) ks = x.value;
                    else if (key instanceof PyFloat f) ks = floatText(f.value);
                    else if (key == PyBool.TRUE) ks = "true";
                    else if (key == PyBool.FALSE) ks = "false";
                    else if (key == PyNone.NONE) ks = "null";
                    else if (key instanceof PyInt i) ks = i.toDecimal();
                    else if (skipKeys) continue;
                    else {
                        throw Exc.typeError("keys must be str, int, float, bool or None, not " + key.type().name);
                    }
                    if (!first) {
                        out.append(itemSep);
                        if (indent != null) newline(level + 1);
                    }
                    first = false;
                    string(ks);
                    out.append(keySep);
                    encode(values[k], level + 1);
                }
                if (indent != null) newline(level);
                out.append('}');
            } finally {
                depth.leave();
                leave(d);
            }
        }

        void string(String v) { quote(out, v, ensureAscii); }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A JSON string literal, escaped as CPython's encoder escapes (ensure_ascii: every non-ASCII char too). */
    static void quote(StringBuilder out, String v, boolean ensureAscii) {
        out.append('"');
        int n = v.length();
        int plain = 0;
        for (int k = 0; k < n; k++) {
            char c = v.charAt(k);
            boolean special = c < 0x20 || c == '"' || c == '\\' || (ensureAscii && c > 0x7e);
            if (!special) continue;
            out.append(v, plain, k);
            plain = k + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15])
                        .append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
            }
        }
        out.append(v, plain, n);
        out.append('"');
    }

    static String str(PyObject o) { return o == PyNone.NONE ? null : Abstract.strString(o); }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_json");
        // scan(doc, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error)
        //   -> (value, end): JSONDecoder.raw_decode's work.
        m.def("scan", (a, k) -> {
            Args.exact("scan", a, k, 9);
            if (!(a[0] instanceof PyStr doc)) throw Exc.typeError("first argument must be a string, not " + a[0].type().name);
            Scanner sc = new Scanner(doc, Abstract.isTrue(a[2]), a[3], a[4], a[5], a[6], a[7], a[8]);
            long idx = Abstract.indexLong(a[1], "an integer is required");
            if (idx < 0) throw Exc.valueError("idx cannot be negative");
            int start = sc.java((int) Math.min(idx, doc.len()));
            if (idx > doc.len()) throw sc.fail("Expecting value", sc.s.length());
            int[] end = new int[1];
            PyObject v = sc.value(start, end);
            return PyTuple.of(v, PyInt.of(sc.py(end[0])));
        });
        // skip_ws(doc, idx) -> index of the first non-whitespace character at or after idx.
        m.def("skip_ws", (a, k) -> {
            Args.exact("skip_ws", a, k, 2);
            PyStr doc = (PyStr) a[0];
            Scanner sc = new Scanner(doc, true, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            int start = sc.java((int) Math.min(Abstract.indexLong(a[1], "an integer is required"), doc.len()));
            return PyInt.of(sc.py(sc.skipWs(start)));
        });
        // encode(obj, default, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii,
        //        check_circular, allow_nan) -> str
        m.def("encode", (a, k) -> {
            Args.exact("encode", a, k, 10);
            Encoder e = new Encoder(a[1], str(a[2]), Abstract.strString(a[3]), Abstract.strString(a[4]), Abstract.isTrue(a[5]),
                    Abstract.isTrue(a[6]), Abstract.isTrue(a[7]), Abstract.isTrue(a[8]), Abstract.isTrue(a[9]));
            e.encode(a[0], 0);
            return new PyStr(e.out.toString());
        });
        m.def("encode_basestring_ascii", (a, k) -> {
            Args.exact("encode_basestring_ascii", a, k, 1);
            StringBuilder sb = new StringBuilder();
            quote(sb, ((PyStr) a[0]).value, true);
            return new PyStr(sb.toString());
        });
        m.def("encode_basestring", (a, k) -> {
            Args.exact("encode_basestring", a, k, 1);
            StringBuilder sb = new StringBuilder();
            quote(sb, ((PyStr) a[0]).value, false);
            return new PyStr(sb.toString());
        });
        return m;
    }
}
