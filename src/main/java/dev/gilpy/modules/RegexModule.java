package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * _re: the matching engine under lib/re.py. A Python pattern is translated once ({@link RegexTranslator}) into a
 * java.util.regex Pattern; the loops that touch every match (findall, sub, split, finditer) run here in Java,
 * and the Python layer builds Match objects from spans. Positions cross the boundary as Python indices (code
 * points); a bytes subject is matched as a Latin-1 string, one char per byte.
 */
public final class RegexModule {
    private RegexModule() {}

    /** A compiled pattern: the Java pattern and what the Python layer needs to know about its groups. */
    static final class Compiled extends PyObject {
        static final PyType TYPE = PyType.builtin("compiled", PyType.OBJECT, null);

        static {
            TYPE.module = "_re";
            TYPE.acceptableBase = false;
        }

        final Pattern pattern;
        final boolean bytes;
        final int flags, groups;
        final int[] parent;
        final int[] javaGroup;
        final PyDict groupIndex = new PyDict();
        final Map<String, Integer> names;
        final PyList warnings = new PyList();
        /** The pattern module's re.error, for errors found later (in a replacement template). */
        final PyObject error;

        private volatile Pattern nonEmpty;
        /** The pattern for subjects that are all ASCII, where it is faster and means the same; null: pattern. */
        final Pattern forAsciiSubject;

        /**
         * The pattern restricted to non-empty matches at the search start ({@code \G}), for the search that
         * follows an empty match: Python 3.7+ may then match at the same position if the match is not empty.
         */
        Pattern nonEmpty() {
            Pattern p = nonEmpty;
            if (p == null) nonEmpty = p = Pattern.compile("(?:" + pattern.pattern() + ")(?!\\G)", pattern.flags());
            return p;
        }

        /** Java's number for Python's group g (see RegexTranslator: conditionals add groups). */
        int jg(int g) { return javaGroup[g]; }

        Compiled(Pattern pattern, boolean bytes, RegexTranslator.Result r, PyObject error) {
            this.pattern = pattern;
            this.forAsciiSubject = r.javaForAsciiSubject == null ? null : Pattern.compile(r.javaForAsciiSubject, pattern.flags());
            this.bytes = bytes;
            this.flags = r.flags;
            this.groups = r.groups;
            this.parent = r.parent;
            this.javaGroup = r.javaGroup;
            this.names = r.groupIndex;
            this.error = error;
            for (String w : r.warnings) warnings.append(new PyStr(w));
            for (var e : r.groupIndex.entrySet()) groupIndex.put(new PyStr(e.getKey()), PyInt.of(e.getValue()));
        }

        @Override
        public PyType type() { return TYPE; }
    }

    /** The string being searched, as Java sees it, and the conversions between Python and Java indices. */
    static final class Subject {
        final String text;
        final boolean bytes;
        final boolean bmp;    // Python index == Java index

        Subject(Compiled c, PyObject o) {
            if (o instanceof PyStr s) {
                if (c.bytes) throw Exc.typeError("cannot use a bytes pattern on a string-like object");
                text = s.value;
                bmp = s.isBmp();
                bytes = false;
            } else if (o instanceof PyBytes || o instanceof PyByteArray) {
                if (!c.bytes) throw Exc.typeError("cannot use a string pattern on a bytes-like object");
                byte[] b = o instanceof PyBytes x ? x.value : ((PyByteArray) o).toBytes();
                text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
                bmp = true;
                bytes = true;
            } else {
                throw Exc.typeError("expected string or bytes-like object, got '" + o.type().name + "'");
            }
        }

        private static boolean isAscii(String t) {
            for (int k = 0, n = t.length(); k < n; k++) if (t.charAt(k) >= 0x80) return false;
            return true;
        }

        int length() { return bmp ? text.length() : text.codePointCount(0, text.length()); }

        int toJava(int py) { return bmp ? py : text.offsetByCodePoints(0, py); }

        int toPython(int java) { return bmp || java < 0 ? java : text.codePointCount(0, java); }

        PyObject slice(int from, int to) {
            if (bytes) {
                byte[] b = new byte[to - from];
                for (int k = 0; k < b.length; k++) b[k] = (byte) text.charAt(from + k);
                return new PyBytes(b);
            }
            return to - from == 1 ? PyStr.of(text.substring(from, to)) : new PyStr(text.substring(from, to));
        }

        PyObject empty() { return bytes ? new PyBytes(new byte[0]) : PyStr.EMPTY; }

        /** The successive matches over [pos, endpos), by Python's rules for empty matches. */
        Scanner scanner(Compiled c, PyObject posArg, PyObject endArg) {
            return new Scanner(c, this, matcher(c, posArg, endArg));
        }

        /** A matcher over [pos, endpos) (Python indices, clamped as sre does); null when pos > endpos. */
        Matcher matcher(Compiled c, PyObject posArg, PyObject endArg) {
            int len = length();
            long pos = posArg == null || posArg == PyNone.NONE ? 0 : Abstract.indexLong(posArg, "an integer is required");
            long end = endArg == null || endArg == PyNone.NONE ? len : Abstract.indexLong(endArg, "an integer is required");
            pos = Math.max(0, Math.min(pos, len));
            end = Math.max(0, Math.min(end, len));
            if (pos > end) return null;
            // endpos: "as if the string is endpos characters long"; before pos, lookbehind still sees the text.
            String t = end == len ? text : text.substring(0, toJava((int) end));
            Matcher m = (c.forAsciiSubject != null && isAscii(t) ? c.forAsciiSubject : c.pattern).matcher(t);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(toJava((int) pos), t.length());
            return m;
        }
    }

    static RuntimeException regexError(PyObject errorCls, String msg, PyObject pattern, int pos) {
        PyObject e = Abstract.call(errorCls, new PyStr(msg), pattern, pos < 0 ? PyNone.NONE : PyInt.of(pos));
        return ((PyBaseException) e).raise();
    }

    static Compiled compile(PyObject pattern, int flags, PyObject errorCls) {
        boolean bytes;
        String src;
        if (pattern instanceof PyStr s) { src = s.value; bytes = false; }
        else if (pattern instanceof PyBytes b) {
            src = new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1);
            bytes = true;
        } else throw Exc.typeError("first argument must be string or compiled pattern");
        RegexTranslator.Result r;
        try {
            r = RegexTranslator.translate(src, bytes, flags);
        } catch (RegexTranslator.Error e) {
            switch (e.pythonType) {
                case "ValueError" -> throw Exc.valueError(e.getMessage());
                case "OverflowError" -> throw Exc.overflowError(e.getMessage());
                default -> throw regexError(errorCls, e.getMessage(), pattern, e.pos);
            }
        }
        int jflags = (r.flags & RegexTranslator.IGNORECASE) != 0 ? Pattern.CASE_INSENSITIVE : 0;
        try {
            return new Compiled(Pattern.compile(r.java, jflags), bytes, r, errorCls);
        } catch (java.util.regex.PatternSyntaxException e) {
            // The translation is checked as sre_parse checks; Java may still refuse a construct (for example a
            // look-behind whose width Java cannot bound).
            throw regexError(errorCls, e.getDescription(), pattern, -1);
        }
    }

    /** (start0, end0, start1, end1, ..., lastindex) in Python indices; -1 for groups that did not take part. */
    static PyTuple spans(Compiled c, Subject s, Matcher m) {
        PyObject[] out = new PyObject[2 * c.groups + 3];
        int last = -1, lastEnd = -1;
        for (int g = 0; g <= c.groups; g++) {
            int a = m.start(c.jg(g)), b = m.end(c.jg(g));
            out[2 * g] = PyInt.of(s.toPython(a));
            out[2 * g + 1] = PyInt.of(s.toPython(b));
            if (g == 0 || a < 0) continue;
            // lastindex: the group that closed last. Same end: an enclosing group closes after the inner one.
            if (b > lastEnd || (b == lastEnd && !encloses(c, last, g))) {
                last = g;
                lastEnd = b;
            }
        }
        out[out.length - 1] = last < 0 ? PyNone.NONE : PyInt.of(last);
        return new PyTuple(out);
    }

    private static boolean encloses(Compiled c, int outer, int g) {
        for (int p = c.parent[g]; p != 0; p = c.parent[p]) if (p == outer) return true;
        return false;
    }

    /**
     * Finds match after match as sre does (Python 3.7+): the next search starts where the last match ended;
     * after an empty match at p, a match at p must be non-empty, and any match further on may be empty.
     * (Java's own find() would skip p altogether.)
     */
    static final class Scanner {
        private final Compiled c;
        private final Subject s;
        private final Matcher m;
        private Matcher nonEmpty;
        /** The matcher holding the current match. */
        Matcher cur;
        private final int regionEnd;
        private int pos;
        private boolean lastEmpty, done;

        Scanner(Compiled c, Subject s, Matcher m) {
            this.c = c;
            this.s = s;
            this.m = m;
            done = m == null;
            if (m != null) {
                pos = m.regionStart();
                regionEnd = m.regionEnd();
            } else regionEnd = 0;
        }

        boolean next() {
            if (done) return false;
            try {
                int start = pos;
                if (lastEmpty) {
                    if (nonEmpty == null) {
                        // The same text as m's: the subject, or its prefix up to endpos.
                        nonEmpty = c.nonEmpty().matcher(regionEnd == s.text.length() ? s.text : s.text.substring(0, regionEnd));
                        nonEmpty.useTransparentBounds(true);
                        nonEmpty.useAnchoringBounds(false);
                    }
                    nonEmpty.region(pos, regionEnd);
                    if (nonEmpty.lookingAt()) return took(nonEmpty);
                    if (pos >= regionEnd) { done = true; return false; }
                    start = pos + (Character.isHighSurrogate(s.text.charAt(pos)) && pos + 1 < regionEnd
                            && Character.isLowSurrogate(s.text.charAt(pos + 1)) ? 2 : 1);
                }
                m.region(start, regionEnd);
                if (!m.find()) { done = true; return false; }
                return took(m);
            } catch (StackOverflowError e) {
                throw tooDeep();
            }
        }

        private boolean took(Matcher x) {
            cur = x;
            pos = x.end();
            lastEmpty = x.start() == x.end();
            return true;
        }

        int start() { return cur.start(); }

        int end() { return cur.end(); }
    }


    static RuntimeException tooDeep() {
        return Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while matching a regular expression");
    }

    static PyObject search(Compiled c, PyObject string, PyObject pos, PyObject end, int mode) {
        Subject s = new Subject(c, string);
        Matcher m = s.matcher(c, pos, end);
        if (m == null) return PyNone.NONE;
        boolean found;
        try {
            found = switch (mode) {
                case 0 -> m.find();
                case 1 -> m.lookingAt();
                default -> m.matches();
            };
        } catch (StackOverflowError e) {
            throw tooDeep();
        }
        return found ? spans(c, s, m) : PyNone.NONE;
    }

    static PyObject findall(Compiled c, PyObject string, PyObject pos, PyObject end) {
        Subject s = new Subject(c, string);
        Scanner sc = s.scanner(c, pos, end);
        PyList out = new PyList();
        while (sc.next()) {
            Matcher m = sc.cur;
            if (c.groups == 0) out.append(s.slice(m.start(), m.end()));
            else if (c.groups == 1) out.append(group(s, m, c.jg(1)));
            else {
                PyObject[] t = new PyObject[c.groups];
                for (int g = 1; g <= c.groups; g++) t[g - 1] = group(s, m, c.jg(g));
                out.append(new PyTuple(t));
            }
        }
        return out;
    }

    private static PyObject group(Subject s, Matcher m, int g) {
        int a = m.start(g);
        return a < 0 ? s.empty() : s.slice(a, m.end(g));
    }

    /** finditer's engine: yields the spans of each match (the Python layer makes the Match objects). */
    static final class SpanIterator extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("span_iterator", PyType.OBJECT, null);

        static {
            TYPE.module = "_re";
            TYPE.acceptableBase = false;
        }

        private final Compiled c;
        private final Subject s;
        private final Scanner sc;

        SpanIterator(Compiled c, Subject s, Scanner sc) {
            this.c = c;
            this.s = s;
            this.sc = sc;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public synchronized PyObject next() {
            if (!sc.next()) return null;
            return spans(c, s, sc.cur);
        }
    }

    /** A replacement template: literal text and group numbers, parsed once per sub() call. */
    record Template(List<Object> parts) {
        void expand(StringBuilder out, Subject s, Matcher m) {
            for (Object part : parts) {
                if (part instanceof String lit) out.append(lit);
                else {
                    int g = (Integer) part;
                    if (m.start(g) >= 0) out.append(s.text, m.start(g), m.end(g));
                }
            }
        }
    }

    /** Parses a replacement template as CPython 3.11's sre_parse.parse_template. */
    static Template template(Compiled c, PyObject templ) {
        String t;
        if (templ instanceof PyStr x) {
            if (c.bytes) throw Exc.typeError("expected a bytes-like object, str found");
            t = x.value;
        } else if (templ instanceof PyBytes || templ instanceof PyByteArray) {
            if (!c.bytes) throw Exc.typeError("expected str instance, " + templ.type().name + " found");
            byte[] b = templ instanceof PyBytes x ? x.value : ((PyByteArray) templ).toBytes();
            t = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        } else throw Exc.typeError("expected str instance, " + templ.type().name + " found");
        int[] p = t.codePoints().toArray();
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < p.length) {
            int ch = p[i];
            if (ch != '\\') { lit.appendCodePoint(ch); i++; continue; }
            int start = i;
            i++;
            if (i >= p.length) throw regexError(c.error, "bad escape (end of pattern)", templ, start);
            int e = p[i++];
            int group = -1;
            if (e == 'g') {
                if (i >= p.length || p[i] != '<') throw regexError(c.error, "missing <", templ, i);
                i++;
                int nameStart = i;
                while (i < p.length && p[i] != '>') i++;
                if (i >= p.length) {
                    if (nameStart == p.length) throw regexError(c.error, "missing group name", templ, nameStart);
                    throw regexError(c.error, "missing >, unterminated name", templ, nameStart);
                }
                String name = new String(p, nameStart, i - nameStart);
                i++;
                if (name.isEmpty()) throw regexError(c.error, "missing group name", templ, nameStart);
                if (name.chars().allMatch(Character::isDigit) && name.chars().allMatch(x -> x < 128)) {
                    group = Integer.parseInt(name.length() > 9 ? "999999999" : name);
                    if (group > c.groups) {
                        throw regexError(c.error, "invalid group reference " + name, templ, nameStart);
                    }
                } else {
                    if (!RegexTranslator.isIdentifier(name)) {
                        throw regexError(c.error, "bad character in group name '" + name + "'", templ, nameStart);
                    }
                    Integer g = c.names.get(name);
                    if (g == null) throw Exc.indexError("unknown group name '" + name + "'");
                    group = g;
                }
            } else if (e == '0') {
                int v = 0, n = 0;
                while (n < 2 && i < p.length && p[i] >= '0' && p[i] <= '7') { v = v * 8 + p[i++] - '0'; n++; }
                lit.appendCodePoint(v);
                continue;
            } else if (e >= '1' && e <= '9') {
                if (i < p.length && p[i] >= '0' && p[i] <= '9') {
                    if (e <= '7' && p[i] <= '7' && i + 1 < p.length && p[i + 1] >= '0' && p[i + 1] <= '7') {
                        int v = (e - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
                        i += 2;
                        if (v > 0377) {
                            throw regexError(c.error, "octal escape value " + new String(p, start, 4)
                                    + " outside of range 0-0o377", templ, start);
                        }
                        lit.appendCodePoint(v);
                        continue;
                    }
                    group = (e - '0') * 10 + (p[i++] - '0');
                } else group = e - '0';
                if (group > c.groups) throw regexError(c.error, "invalid group reference " + group, templ, start + 1);
            } else {
                switch (e) {
                    case 'a' -> lit.append('\u0007');
                    case 'b' -> lit.append('\b');
                    case 'f' -> lit.append('\f');
                    case 'n' -> lit.append('\n');
                    case 'r' -> lit.append('\r');
                    case 't' -> lit.append('\t');
                    case 'v' -> lit.append('\u000b');
                    case '\\' -> lit.append('\\');
                    default -> {
                        if (e < 128 && Character.isLetter(e)) {
                            throw regexError(c.error, "bad escape \\" + (char) e, templ, start);
                        }
                        lit.append('\\').appendCodePoint(e);
                    }
                }
                continue;
            }
            if (lit.length() > 0) { parts.add(lit.toString()); lit.setLength(0); }
            parts.add(c.jg(group));   // Java's number: expand() reads the Matcher
        }
        if (lit.length() > 0) parts.add(lit.toString());
        return new Template(parts);
    }

    static PyObject result(Subject s, StringBuilder sb) {
        if (s.bytes) return new PyBytes(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return new PyStr(sb.toString());
    }

    /** sub/subn: (new string, number of replacements). makeMatch turns spans into a Match for a callable repl. */
    static PyObject sub(Compiled c, PyObject repl, PyObject string, long count, PyObject makeMatch) {
        Subject s = new Subject(c, string);
        Template t = null;
        boolean callable = !(repl instanceof PyStr || repl instanceof PyBytes || repl instanceof PyByteArray);
        if (!callable) t = template(c, repl);
        Scanner sc = s.scanner(c, null, null);
        StringBuilder out = new StringBuilder();
        int last = 0;
        long n = 0;
        // As CPython, the pieces are joined at the end: a bad replacement is reported with its index in
        // that list of pieces, after every match has been replaced.
        int pieces = 0;
        String bad = null;
        while ((count <= 0 || n < count) && sc.next()) {
            Matcher m = sc.cur;
            if (m.start() > last) pieces++;
            out.append(s.text, last, m.start());
            if (t != null) {
                t.expand(out, s, m);
                pieces++;
            } else {
                PyObject r = Abstract.call(repl, Abstract.call(makeMatch, spans(c, s, m)));
                if (r instanceof PyStr x && !s.bytes) out.append(x.value);
                else if (s.bytes && (r instanceof PyBytes || r instanceof PyByteArray)) {
                    byte[] b = r instanceof PyBytes x ? x.value : ((PyByteArray) r).toBytes();
                    out.append(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
                } else if (r != PyNone.NONE && bad == null) {
                    bad = "sequence item " + pieces + ": " + (s.bytes ? "expected a bytes-like object, "
                            : "expected str instance, ") + r.type().name + " found";
                }
                if (r != PyNone.NONE) pieces++;
            }
            last = m.end();
            n++;
        }
        if (bad != null) throw Exc.typeError(bad);
        out.append(s.text, last, s.text.length());
        return PyTuple.of(result(s, out), PyInt.of(n));
    }

    static PyObject split(Compiled c, PyObject string, long maxsplit) {
        Subject s = new Subject(c, string);
        Scanner sc = s.scanner(c, null, null);
        PyList out = new PyList();
        int last = 0;
        long n = 0;
        while ((maxsplit <= 0 || n < maxsplit) && sc.next()) {
            Matcher m = sc.cur;
            out.append(s.slice(last, m.start()));
            for (int g = 1; g <= c.groups; g++) {
                int jg = c.jg(g);
                out.append(m.start(jg) < 0 ? PyNone.NONE : s.slice(m.start(jg), m.end(jg)));
            }
            last = m.end();
            n++;
        }
        out.append(s.slice(last, s.text.length()));
        return out;
    }

    /** Match.expand: the template filled from a match given by its spans. */
    static PyObject expand(Compiled c, PyObject templ, PyObject string, PyTuple spans) {
        Subject s = new Subject(c, string);
        Template t = template(c, templ);
        StringBuilder out = new StringBuilder();
        for (Object part : t.parts()) {
            if (part instanceof String lit) out.append(lit);
            else {
                int g = (Integer) part;
                int a = Abstract.index(spans.get(2 * g), ""), b = Abstract.index(spans.get(2 * g + 1), "");
                if (a >= 0) out.append(s.text, s.toJava(a), s.toJava(b));
            }
        }
        return result(s, out);
    }

    static Compiled compiled(PyObject o) {
        if (o instanceof Compiled c) return c;
        throw Exc.typeError("expected a compiled pattern");
    }

    static long longArg(PyObject o) { return Abstract.indexLong(o, "an integer is required"); }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_re");
        m.def("compile", (a, k) -> {
            Args.exact("compile", a, k, 3);
            return compile(a[0], (int) longArg(a[1]), a[2]);
        });
        m.def("info", (a, k) -> {
            Args.exact("info", a, k, 1);
            Compiled c = compiled(a[0]);
            return PyTuple.of(PyInt.of(c.flags), PyInt.of(c.groups), c.groupIndex, c.warnings);
        });
        m.def("search", (a, k) -> {
            Args.exact("search", a, k, 5);
            return search(compiled(a[0]), a[1], a[2], a[3], (int) longArg(a[4]));
        });
        m.def("findall", (a, k) -> {
            Args.exact("findall", a, k, 4);
            return findall(compiled(a[0]), a[1], a[2], a[3]);
        });
        m.def("finditer", (a, k) -> {
            Args.exact("finditer", a, k, 4);
            Compiled c = compiled(a[0]);
            Subject s = new Subject(c, a[1]);
            return new SpanIterator(c, s, s.scanner(c, a[2], a[3]));
        });
        m.def("sub", (a, k) -> {
            Args.exact("sub", a, k, 5);
            return sub(compiled(a[0]), a[1], a[2], longArg(a[3]), a[4]);
        });
        m.def("split", (a, k) -> {
            Args.exact("split", a, k, 3);
            return split(compiled(a[0]), a[1], longArg(a[2]));
        });
        m.def("expand", (a, k) -> {
            Args.exact("expand", a, k, 4);
            return expand(compiled(a[0]), a[1], a[2], (PyTuple) a[3]);
        });
        return m;
    }
}
