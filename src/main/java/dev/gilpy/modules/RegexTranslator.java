package dev.gilpy.modules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Python 3.11 regular expression into java.util.regex syntax with Python's meaning, checking it
 * as CPython's sre_parse does (same error messages and positions). Everything whose meaning differs between
 * the two engines is spelled out explicitly: literals are escaped, {@code . ^ $ \Z \b \d \w \s} become the
 * classes and lookarounds that match what Python's do, Python's group names map to plain numbered groups,
 * and the verbose flag is applied here (Java's COMMENTS flag has other whitespace rules).
 */
final class RegexTranslator {
    static final int TEMPLATE = 1, IGNORECASE = 2, LOCALE = 4, MULTILINE = 8, DOTALL = 16, UNICODE = 32,
            VERBOSE = 64, DEBUG = 128, ASCII = 256;
    static final long MAXREPEAT = 4294967295L;

    /** A pattern that cannot be compiled: CPython's re.error(msg, pattern, pos). */
    static final class Error extends RuntimeException {
        /** Where in the pattern (code points); -1: no position. */
        final int pos;
        /** CPython raises a few of these as ValueError or OverflowError rather than re.error. */
        final String pythonType;

        Error(String msg, int pos) { this(msg, pos, "error"); }

        Error(String msg, int pos, String pythonType) {
            super(msg, null, false, false);
            this.pos = pos;
            this.pythonType = pythonType;
        }
    }

    /** What the translation produced. */
    static final class Result {
        String java;
        int flags;          // the effective flags, as Pattern.flags
        int groups;
        final Map<String, Integer> groupIndex = new LinkedHashMap<>();
        /** parent[g]: the innermost capturing group that textually contains group g (0: none). */
        int[] parent;
        /** javaGroup[g]: Java's number for Python's group g (they differ after a conditional's marker groups). */
        int[] javaGroup;
        /** CPython's FutureWarnings about sets that may change meaning ("Possible nested set at position 1"). */
        final List<String> warnings = new ArrayList<>();
        /**
         * When the pattern has Unicode \b or \B: the same pattern with Java's own (ASCII, much faster) \b,
         * which means the same on a subject that is all ASCII; else null.
         */
        String javaForAsciiSubject;
    }

    private final int[] p;      // the pattern as code points
    private final boolean bytes;
    private int i;
    private int flags;
    private int groups;
    private final List<Integer> parents = new ArrayList<>(List.of(0));
    private final Set<Integer> open = new HashSet<>();
    private int currentGroup;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    /**
     * Conditionals (?(g)yes|no): Java has none, so group g gets an empty "marker" group at its end, which takes
     * part in a match exactly when g does; the condition is a lookahead for a backreference to it. These are
     * the groups a first pass found referred to by conditionals.
     */
    private final Set<Integer> marked;
    private final List<Integer> javaOf = new ArrayList<>(List.of(0));
    private final Map<Integer, Integer> markerOf = new java.util.HashMap<>();
    private int javaGroups;
    private final Set<Integer> conditionRefs = new HashSet<>();
    /** Translate Unicode \b/\B as Java's ASCII ones (the variant for ASCII subjects). */
    private boolean asciiBoundaries;
    /** Whether a Unicode \b or \B was translated. */
    private boolean unicodeBoundary;

    private RegexTranslator(String pattern, boolean bytes, int flags, Set<Integer> marked) {
        this.p = pattern.codePoints().toArray();
        this.bytes = bytes;
        this.flags = flags;
        this.marked = marked;
    }

    static Result translate(String pattern, boolean bytes, int flags) {
        RegexTranslator t = new RegexTranslator(pattern, bytes, flags, Set.of());
        Result r = t.run();
        if (!t.conditionRefs.isEmpty()) {
            t = new RegexTranslator(pattern, bytes, flags, t.conditionRefs);
            r = t.run();
        }
        if (t.unicodeBoundary) {
            // Java evaluates the lookarounds of a Unicode \b at every position (~5x slower than sre); on an
            // ASCII subject Python's word characters are Java's ASCII ones, so its native \b is exact there.
            RegexTranslator a = new RegexTranslator(pattern, bytes, flags, t.marked);
            a.asciiBoundaries = true;
            r.javaForAsciiSubject = a.run().java;
        }
        return r;
    }

    private Result run() {
        // Leading global flags ((?imsx)...) can turn on VERBOSE, which changes how the rest parses.
        globalFlags();
        if (bytes) {
            if ((flags & UNICODE) != 0) throw new Error("cannot use UNICODE flag with a bytes pattern", -1, "ValueError");
            if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) throw new Error("ASCII and LOCALE flags are incompatible", -1, "ValueError");
        } else {
            if ((flags & LOCALE) != 0) throw new Error("cannot use LOCALE flag with a str pattern", -1, "ValueError");
            if ((flags & ASCII) == 0) flags |= UNICODE;
            else if ((flags & UNICODE) != 0) throw new Error("ASCII and UNICODE flags are incompatible", -1, "ValueError");
        }
        i = 0;
        int top = flags;
        StringBuilder out = new StringBuilder();
        alternation(out, top, false);
        if (i < p.length) {
            // Only an unmatched ')' stops the top-level alternation early.
            throw new Error("unbalanced parenthesis", i);
        }
        Result r = new Result();
        r.flags = flags;
        r.groups = groups;
        r.groupIndex.putAll(names);
        r.parent = parents.stream().mapToInt(Integer::intValue).toArray();
        r.javaGroup = javaOf.stream().mapToInt(Integer::intValue).toArray();
        r.warnings.addAll(warnings);
        // Case-insensitive str patterns fold Unicode case as Python's do.
        String prefix = (top & UNICODE) != 0 ? "(?u)" : "";
        r.java = prefix + out;
        return r;
    }

    private boolean at(int c) { return i < p.length && p[i] == c; }

    private void globalFlags() {
        int j = 0;
        while (j + 2 < p.length && p[j] == '(' && p[j + 1] == '?' && isFlag(p[j + 2])) {
            int k = j + 2;
            int f = 0;
            while (k < p.length && isFlag(p[k])) f |= flagBit(p[k++]);
            if (k < p.length && p[k] == ')') {
                flags |= f;
                j = k + 1;
            } else break;   // a scoped group (?i:...) or an error, found by the main parse
        }
    }

    private static boolean isFlag(int c) { return "aiLmsux".indexOf(c) >= 0; }

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> ASCII; case 'i' -> IGNORECASE; case 'L' -> LOCALE; case 'm' -> MULTILINE;
            case 's' -> DOTALL; case 'u' -> UNICODE; case 'x' -> VERBOSE; default -> 0;
        };
    }

    /** Skips whitespace and comments in verbose mode. */
    private void skipVerbose(int f) {
        if ((f & VERBOSE) == 0) return;
        while (i < p.length) {
            int c = p[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') i++;
            else if (c == '#') {
                while (i < p.length && p[i] != '\n') i++;
            } else break;
        }
    }

    /** alt ('|' alt)*; returns {min, max} width (max -1: unbounded). Stops at ')' or the end. */
    private long[] alternation(StringBuilder out, int f, boolean inGroup) {
        long min = Long.MAX_VALUE, max = 0;
        while (true) {
            long[] w = sequence(out, f);
            min = Math.min(min, w[0]);
            max = max < 0 || w[1] < 0 ? -1 : Math.max(max, w[1]);
            if (at('|')) {
                i++;
                out.append('|');
                continue;
            }
            return new long[]{min, max};
        }
    }

    private long[] sequence(StringBuilder out, int f) {
        long min = 0, max = 0;
        // The last item: where it starts in out, its width, and whether it may be repeated.
        int itemStart = -1;
        long[] itemW = null;
        int itemKind = 0;   // 0 none, 1 repeatable, 2 anchor (nothing to repeat), 3 already repeated
        while (true) {
            skipVerbose(f);
            if (i >= p.length || p[i] == '|' || p[i] == ')') break;
            int c = p[i];
            if (c == '*' || c == '+' || c == '?' || c == '{') {
                int here = i;
                long lo, hi;
                if (c == '{') {
                    long[] rep = braces();
                    if (rep == null) {      // not a repeat: a literal '{'
                        i = here + 1;
                        itemStart = out.length();
                        out.append("\\{");
                        itemW = new long[]{1, 1};
                        itemKind = 1;
                        min += 1; if (max >= 0) max += 1;
                        continue;
                    }
                    lo = rep[0]; hi = rep[1];
                } else {
                    i++;
                    lo = c == '+' ? 1 : 0;
                    hi = c == '?' ? 1 : -1;
                }
                if (itemKind == 0 || itemKind == 2) throw new Error("nothing to repeat", here);
                if (itemKind == 3) throw new Error("multiple repeat", here);
                String q = c == '{' ? "{" + lo + (hi == lo ? "" : "," + (hi < 0 ? "" : Long.toString(hi))) + "}"
                        : String.valueOf((char) c);
                // The item's own text is wrapped so the quantifier applies to all of it.
                String item = out.substring(itemStart);
                out.setLength(itemStart);
                out.append("(?:").append(item).append(')').append(q);
                if (at('?')) { i++; out.append('?'); }
                else if (at('+')) { i++; out.append('+'); }
                // Width: remove the item's, add the repeated one's.
                min -= itemW[0];
                if (max >= 0 && itemW[1] >= 0) max -= itemW[1];
                long rmin = itemW[0] * lo;
                long rmax = hi < 0 || itemW[1] < 0 ? (itemW[1] == 0 ? 0 : -1) : itemW[1] * hi;
                min += rmin;
                max = max < 0 || rmax < 0 ? -1 : max + rmax;
                itemKind = 3;
                continue;
            }
            itemStart = out.length();
            long[] w = atom(out, f);
            if (w == null) { itemKind = 2; continue; }   // an anchor
            if (w.length == 3) { itemKind = 0; continue; } // global flags: nothing emitted
            itemW = w;
            itemKind = 1;
            min += w[0];
            max = max < 0 || w[1] < 0 ? -1 : max + w[1];
        }
        return new long[]{min, max};
    }

    /** {m,n} at i: {min, max(-1 unbounded)}, or null when it is a literal '{'. */
    private long[] braces() {
        int start = i;
        i++;
        if (at('}')) { i = start; return null; }
        StringBuilder lo = new StringBuilder(), hi = new StringBuilder();
        while (i < p.length && p[i] >= '0' && p[i] <= '9') lo.appendCodePoint(p[i++]);
        if (at(',')) {
            i++;
            while (i < p.length && p[i] >= '0' && p[i] <= '9') hi.appendCodePoint(p[i++]);
        } else hi.append(lo);
        if (!at('}')) { i = start; return null; }
        i++;
        long min = 0, max = -1;
        if (lo.length() > 0) {
            min = parseRepeat(lo.toString());
        }
        if (hi.length() > 0) {
            max = parseRepeat(hi.toString());
            if (max < min) throw new Error("min repeat greater than max repeat", start + 1);
        }
        return new long[]{min, max};
    }

    private static long parseRepeat(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new Error("the repetition number is too large", -1, "OverflowError");
        }
        long v = Long.parseLong(digits);
        if (v > Integer.MAX_VALUE - 1) throw new Error("the repetition number is too large", -1, "OverflowError");
        return v;
    }

    /** One atom; returns its width, null for an anchor, or a 3-element array for nothing emitted. */
    private long[] atom(StringBuilder out, int f) {
        int c = p[i];
        switch (c) {
            case '.' -> {
                i++;
                out.append((f & DOTALL) != 0 ? "[\\x{0}-\\x{10FFFF}]" : "[^\\n]");
                return one();
            }
            case '^' -> {
                i++;
                out.append((f & MULTILINE) != 0 ? "(?<![^\\n])" : "\\A");
                return null;
            }
            case '$' -> {
                i++;
                out.append((f & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
                return null;
            }
            case '[' -> { charClass(out, f); return one(); }
            case '(' -> { return group(out, f); }
            case '\\' -> { return escape(out, f); }
            default -> {
                i++;
                literal(out, c);
                return one();
            }
        }
    }

    private static long[] one() { return new long[]{1, 1}; }

    static void literal(StringBuilder out, int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) out.append((char) c);
        else out.append("\\x{").append(Integer.toHexString(c)).append('}');
    }

    private boolean unicode(int f) { return (f & UNICODE) != 0; }

    private String wordClassBody(int f) { return unicode(f) ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_"; }

    private String digitBody(int f) { return unicode(f) ? "\\p{Nd}" : "0-9"; }

    private String spaceBody(int f) {
        return unicode(f) ? "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{1f} \\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"
                : "\\t\\n\\x{b}\\f\\r ";
    }

    /** The class for \d \D \w \W \s \S, as a bracket expression (valid inside another class too). */
    private String classEscape(int e, int f) {
        return switch (e) {
            case 'd' -> "[" + digitBody(f) + "]";
            case 'D' -> "[^" + digitBody(f) + "]";
            case 'w' -> "[" + wordClassBody(f) + "]";
            case 'W' -> "[^" + wordClassBody(f) + "]";
            case 's' -> "[" + spaceBody(f) + "]";
            case 'S' -> "[^" + spaceBody(f) + "]";
            default -> null;
        };
    }

    private long[] escape(StringBuilder out, int f) {
        int start = i;
        i++;
        if (i >= p.length) throw new Error("bad escape (end of pattern)", start);
        int e = p[i];
        String cls = classEscape(e, f);
        if (cls != null) {
            i++;
            out.append(cls);
            return one();
        }
        switch (e) {
            case 'A' -> { i++; out.append("\\A"); return null; }
            case 'Z' -> { i++; out.append("\\z"); return null; }
            case 'b', 'B' -> {
                i++;
                if (unicode(f)) unicodeBoundary = true;
                if (!unicode(f) || asciiBoundaries) {
                    // Java's own \b is ASCII-only (JDK 19+), as Python's under re.ASCII and for bytes; \B
                    // additionally never matches an empty string in Python.
                    out.append(e == 'b' ? "\\b" : "(?:\\B(?:(?<=[\\x{0}-\\x{10FFFF}])|(?=[\\x{0}-\\x{10FFFF}])))");
                    return null;
                }
                String w = "[" + wordClassBody(f) + "]";
                if (e == 'b') out.append("(?:(?<=").append(w).append(")(?!").append(w).append(")|(?<!").append(w)
                        .append(")(?=").append(w).append("))");
                // \B never matches in an empty string (sre's SRE_AT_NON_BOUNDARY).
                else out.append("(?:(?<=").append(w).append(")(?=").append(w).append(")|(?<!").append(w)
                        .append(")(?!").append(w).append(")(?:(?<=[\\x{0}-\\x{10FFFF}])|(?=[\\x{0}-\\x{10FFFF}])))");
                return null;
            }
            default -> { }
        }
        if (e >= '1' && e <= '9') {
            // A group reference, unless it is a three-digit octal escape.
            int j = i;
            if (e <= '7' && j + 2 < p.length && isOct(p[j + 1]) && isOct(p[j + 2])) {
                int v = (e - '0') * 64 + (p[j + 1] - '0') * 8 + (p[j + 2] - '0');
                i = j + 3;
                if (v > 0377) throw new Error("octal escape value \\" + str(start + 1, i) + " outside of range 0-0o377", start);
                literal(out, v);
                return one();
            }
            int n = e - '0';
            i++;
            if (i < p.length && p[i] >= '0' && p[i] <= '9') n = n * 10 + (p[i++] - '0');
            groupRef(out, n, start + 1);
            return new long[]{0, -1};
        }
        int v = plainEscape(e, start, false);
        literal(out, v);
        return one();
    }

    private static boolean isOct(int c) { return c >= '0' && c <= '7'; }

    private String str(int from, int to) { return new String(p, from, Math.min(to, p.length) - from); }

    private void groupRef(StringBuilder out, int n, int pos) {
        if (n > groups || n == 0) throw new Error("invalid group reference " + n, pos);
        if (open.contains(n)) throw new Error("cannot refer to an open group", pos - 1);
        out.append("(?:\\").append(javaOf.get(n)).append(')');
    }

    /**
     * An escape standing for one character (outside or inside a class), i at the letter after '\\'; returns
     * the code point and leaves i after the escape.
     */
    private int plainEscape(int e, int start, boolean inClass) {
        switch (e) {
            case 'a': i++; return 7;
            case 'f': i++; return '\f';
            case 'n': i++; return '\n';
            case 'r': i++; return '\r';
            case 't': i++; return '\t';
            case 'v': i++; return 0x0b;
            case '\\': i++; return '\\';
            case 'x': return hexEscape(start, 2);
            case 'u': if (!bytes) return hexEscape(start, 4); break;
            case 'U': if (!bytes) return hexEscape(start, 8); break;
            case 'N': if (!bytes) return namedEscape(start); break;
            case '0': {
                i++;
                int v = 0, n = 0;
                while (n < 2 && i < p.length && isOct(p[i])) { v = v * 8 + (p[i++] - '0'); n++; }
                return v;
            }
            default:
                if (inClass && e >= '1' && e <= '9') {
                    // Inside a class: octal escapes only.
                    if (isOct(e) && i + 2 < p.length && isOct(p[i + 1]) && isOct(p[i + 2])) {
                        int v = (e - '0') * 64 + (p[i + 1] - '0') * 8 + (p[i + 2] - '0');
                        i += 3;
                        if (v > 0377) throw new Error("octal escape value \\" + str(start + 1, i) + " outside of range 0-0o377", start);
                        return v;
                    }
                    throw new Error("bad escape " + str(start, i + 1), start);
                }
                break;
        }
        if (e < 128 && Character.isLetterOrDigit(e)) throw new Error("bad escape " + str(start, i + 1), start);
        i++;
        return e;
    }

    private int hexEscape(int start, int digits) {
        int j = i + 1;
        int v = 0;
        int n = 0;
        while (n < digits && j < p.length && Character.digit(p[j], 16) >= 0 && p[j] < 128) {
            v = v * 16 + Character.digit(p[j], 16);
            j++;
            n++;
        }
        if (n < digits) throw new Error("incomplete escape " + str(start, j), start);
        i = j;
        if (digits == 8 && (v < 0 || v > 0x10FFFF)) throw new Error("bad escape " + str(start, j), start);
        return v;
    }

    private int namedEscape(int start) {
        int j = i + 1;
        if (j >= p.length || p[j] != '{') throw new Error("missing {", j);
        int close = j + 1;
        while (close < p.length && p[close] != '}') close++;
        if (close >= p.length || close == j + 1) throw new Error("missing character name", j + 1);
        String name = str(j + 1, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            throw new Error("undefined character name '" + name + "'", start);
        }
        i = close + 1;
        return cp;
    }

    private void charClass(StringBuilder out, int f) {
        int start = i;
        i++;
        StringBuilder body = new StringBuilder();
        boolean negate = false;
        if (at('[')) warnings.add("Possible nested set at position " + i);
        if (at('^')) { negate = true; i++; }
        boolean first = true;
        int classStart = i;
        while (true) {
            if (i >= p.length) throw new Error("unterminated character set", start);
            int c = p[i];
            if (c == ']' && !first) { i++; break; }
            first = false;
            int itemStart = i;
            int lo;
            if (c == '\\') {
                i++;
                if (i >= p.length) throw new Error("unterminated character set", start);
                int e = p[i];
                String cls = classEscape(e, f);
                if (cls != null) {
                    i++;
                    body.append(cls);
                    if (at('-') && i + 1 < p.length && p[i + 1] != ']') {
                        throw new Error("bad character range " + str(itemStart, i + 2 <= p.length ? i + 2 : i + 1), itemStart);
                    }
                    continue;
                }
                if (e == 'b') { i++; lo = 8; }
                else if (e == 'A' || e == 'Z' || e == 'B') throw new Error("bad escape \\" + (char) e, itemStart);
                else lo = plainEscape(e, itemStart, true);
            } else {
                if (!(itemStart == classStart) && "-&~|".indexOf(c) >= 0 && i + 1 < p.length && p[i + 1] == c) {
                    warnings.add("Possible set " + switch (c) {
                        case '-' -> "difference"; case '&' -> "intersection"; case '~' -> "symmetric difference";
                        default -> "union"; } + " at position " + i);
                }
                i++;
                lo = c;
            }
            if (at('-') && i + 1 < p.length && p[i + 1] != ']') {
                i++;
                int hiStart = i;
                if (p[i] == '-') warnings.add("Possible set difference at position " + (i - 1));
                int hi;
                if (p[i] == '\\') {
                    i++;
                    if (i >= p.length) throw new Error("unterminated character set", start);
                    int e = p[i];
                    if (classEscape(e, f) != null) throw new Error("bad character range " + str(itemStart, i + 1), itemStart);
                    if (e == 'b') { i++; hi = 8; }
                    else hi = plainEscape(e, hiStart, true);
                } else hi = p[i++];
                if (hi < lo) throw new Error("bad character range " + str(itemStart, i), itemStart);
                literal(body, lo);
                body.append('-');
                literal(body, hi);
            } else {
                literal(body, lo);
            }
        }
        out.append('[');
        if (negate) out.append('^');
        out.append(body).append(']');
    }

    private long[] group(StringBuilder out, int f) {
        int start = i;
        i++;
        if (at('?')) {
            i++;
            if (i >= p.length) throw new Error("unexpected end of pattern", i);
            int c = p[i];
            switch (c) {
                case ':' -> { i++; return inner(out, "(?:", f, start); }
                case '>' -> { i++; return inner(out, "(?>", f, start); }
                case '=' -> { i++; long[] w = inner(out, "(?=", f, start); return new long[]{0, 0}; }
                case '!' -> { i++; inner(out, "(?!", f, start); return new long[]{0, 0}; }
                case '#' -> {
                    while (i < p.length && p[i] != ')') i++;
                    if (i >= p.length) throw new Error("missing ), unterminated comment", start);
                    i++;
                    return new long[]{0, 0, 0};
                }
                case '<' -> {
                    i++;
                    if (at('=') || at('!')) {
                        String open = at('=') ? "(?<=" : "(?<!";
                        i++;
                        int mark = out.length();
                        long[] w = inner(out, open, f, start);
                        if (w[1] < 0 || w[0] != w[1]) throw new Error("look-behind requires fixed-width pattern", -1);
                        return new long[]{0, 0};
                    }
                    if (i >= p.length) throw new Error("unexpected end of pattern", i);
                    throw new Error("unknown extension ?<" + new String(Character.toChars(p[i])), start + 1);
                }
                case 'P' -> {
                    i++;
                    if (at('<')) {
                        i++;
                        String name = groupName('>', "missing >, unterminated name");
                        return capture(out, f, start, name);
                    }
                    if (at('=')) {
                        i++;
                        int nameStart = i;
                        String name = groupName(')', "missing ), unterminated name");
                        Integer g = names.get(name);
                        if (g == null) throw new Error("unknown group name '" + name + "'", nameStart);
                        if (open.contains(g)) throw new Error("cannot refer to an open group", nameStart);
                        out.append("(?:\\").append(javaOf.get(g)).append(')');
                        return new long[]{0, -1};
                    }
                    if (i >= p.length) throw new Error("unexpected end of pattern", i);
                    throw new Error("unknown extension ?P" + new String(Character.toChars(p[i])), start + 1);
                }
                case '(' -> {
                    i++;
                    return conditional(out, f, start);
                }
                default -> {
                    if (isFlag(c) || c == '-') return flagGroup(out, f, start);
                    throw new Error("unknown extension ?" + new String(Character.toChars(c)), start + 1);
                }
            }
        }
        return capture(out, f, start, null);
    }

    private String groupName(int terminator, String unterminated) {
        int s = i;
        while (i < p.length && p[i] != terminator) i++;
        if (i >= p.length) throw new Error(unterminated, s);
        String name = str(s, i);
        i++;
        if (name.isEmpty()) throw new Error("missing group name", s);
        if (!isIdentifier(name)) throw new Error("bad character in group name '" + name + "'", s);
        return name;
    }

    static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) return false;
        return s.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private long[] capture(StringBuilder out, int f, int start, String name) {
        int g = ++groups;
        if (name != null) {
            Integer old = names.get(name);
            if (old != null) {
                throw new Error("redefinition of group name '" + name + "' as group " + g + "; was group " + old, i - name.length() - 1);
            }
            names.put(name, g);
        }
        parents.add(currentGroup);
        javaOf.add(++javaGroups);
        int outer = currentGroup;
        currentGroup = g;
        open.add(g);
        long[] w = inner(out, "(", f, start, g);
        open.remove(g);
        currentGroup = outer;
        return w;
    }

    private long[] inner(StringBuilder out, String opener, int f, int start) { return inner(out, opener, f, start, 0); }

    /** A group's body; capture group g (0: none) ends with its marker when a conditional refers to it. */
    private long[] inner(StringBuilder out, String opener, int f, int start, int g) {
        out.append(opener);
        long[] w = alternation(out, f, true);
        if (!at(')')) throw new Error("missing ), unterminated subpattern", start);
        i++;
        if (g != 0 && marked.contains(g)) {
            out.append("()");
            markerOf.put(g, ++javaGroups);
        }
        out.append(')');
        return w;
    }

    /** (?(id or name)yes|no), i after "(?(". */
    private long[] conditional(StringBuilder out, int f, int start) {
        int refStart = i;
        while (i < p.length && p[i] != ')') i++;
        if (i >= p.length) throw new Error("missing ), unterminated name", refStart);
        String ref = str(refStart, i);
        i++;
        int g;
        if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
            g = Integer.parseInt(ref.length() > 9 ? "999999999" : ref);
            if (g == 0) throw new Error("bad group number", refStart);
            if (g > groups) throw new Error("invalid group reference " + g, refStart);
        } else {
            if (ref.isEmpty()) throw new Error("missing group name", refStart);
            if (!isIdentifier(ref)) throw new Error("bad character in group name '" + ref + "'", refStart);
            Integer n = names.get(ref);
            if (n == null) throw new Error("unknown group name '" + ref + "'", refStart);
            g = n;
        }
        conditionRefs.add(g);
        Integer marker = markerOf.get(g);
        // First pass (no markers yet): any well-formed stand-in; the second pass writes the real test.
        String test = marker == null ? "(?=)" : "(?=\\" + marker + ")";
        String notTest = marker == null ? "(?!)" : "(?!\\" + marker + ")";
        out.append("(?:").append(test).append("(?:");
        long[] yes = sequence(out, f);
        long[] no = {0, 0};
        out.append(")|").append(notTest).append("(?:");
        if (at('|')) {
            i++;
            no = sequence(out, f);
            if (at('|')) throw new Error("conditional backref with more than two branches", i);
        }
        if (!at(')')) throw new Error("missing ), unterminated subpattern", start);
        i++;
        out.append("))");
        long max = yes[1] < 0 || no[1] < 0 ? -1 : Math.max(yes[1], no[1]);
        return new long[]{Math.min(yes[0], no[0]), max};
    }

    /** (?flags) at the start (already applied), or a scoped (?flags-flags:...). */
    private long[] flagGroup(StringBuilder out, int f, int start) {
        int on = 0, off = 0;
        while (i < p.length && isFlag(p[i])) on |= flagBit(p[i++]);
        if (at(')')) {
            i++;
            if (start != 0 && !onlyGlobalFlagsBefore(start)) {
                throw new Error("global flags not at the start of the expression", start);
            }
            return new long[]{0, 0, 0};
        }
        if (at('-')) {
            i++;
            if (i >= p.length) throw new Error("missing flag", i);
            while (i < p.length && isFlag(p[i])) {
                int b = flagBit(p[i]);
                if (b == ASCII || b == UNICODE || b == LOCALE) throw new Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", i);
                off |= b;
                i++;
            }
            if (off == 0) throw new Error("missing flag", i);
        }
        if (!at(':')) {
            if (i >= p.length) throw new Error("missing -, : or )", i);
            throw new Error((at(')') ? "missing :" : "unknown flag"), i);
        }
        i++;
        int nf = (f | on) & ~off;
        if ((on & ASCII) != 0) nf &= ~UNICODE;
        if ((on & UNICODE) != 0) nf &= ~ASCII;
        String opener = "(?:";
        if ((on & IGNORECASE) != 0) opener = "(?i:";
        else if ((off & IGNORECASE) != 0) opener = "(?-i:";
        return inner(out, opener, nf, start);
    }

    private boolean onlyGlobalFlagsBefore(int pos) {
        int j = 0;
        while (j < pos) {
            if (p[j] != '(' || j + 1 >= p.length || p[j + 1] != '?') return false;
            j += 2;
            while (j < p.length && isFlag(p[j])) j++;
            if (j >= p.length || p[j] != ')') return false;
            j++;
        }
        return j == pos;
    }
}
