package dev.gilpy.parse;

import dev.gilpy.ast.Expr;
import dev.gilpy.ast.Expr.Constant;
import dev.gilpy.ast.Expr.FormattedValue;
import dev.gilpy.ast.Expr.JoinedStr;
import dev.gilpy.ast.Pos;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes string/bytes literals (prefixes, escapes, implicit concatenation) and splits f-strings into
 * {@code JoinedStr} pieces, parsing replacement fields with the expression parser (3.11 semantics).
 */
final class StringLiterals {
    private final SourceText src;
    private final AstBuilder builder;

    StringLiterals(SourceText src, AstBuilder builder) {
        this.src = src;
        this.builder = builder;
    }

    /** One literal token taken apart. */
    private record Lit(Token tok, boolean raw, boolean bytes, boolean fmt, String body, int bodyStart) {}

    private Lit split(Token t) {
        String text = t.getText();
        int q = 0;
        boolean raw = false, bytes = false, fmt = false;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            switch (Character.toLowerCase(text.charAt(q))) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'f' -> fmt = true;
                default -> { }
            }
            q++;
        }
        int ql = text.length() - q >= 6 && text.charAt(q + 1) == text.charAt(q) && text.charAt(q + 2) == text.charAt(q)
                ? 3 : 1;
        return new Lit(t, raw, bytes, fmt, text.substring(q + ql, text.length() - ql), q + ql);
    }

    Expr strings(List<TerminalNode> toks, Pos p) {
        List<Lit> lits = new ArrayList<>(toks.size());
        for (TerminalNode n : toks) lits.add(split(n.getSymbol()));
        boolean bytes = lits.get(0).bytes;
        for (Lit l : lits) {
            if (l.bytes != bytes) {
                Token t = toks.get(toks.size() - 1).getSymbol();
                int[] end = AstBuilder.tokenEnd(t);
                throw src.error("SyntaxError", "cannot mix bytes and nonbytes literals", end[0], end[1] + 1,
                        end[0], end[1] + 1);
            }
        }
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Lit l : lits) decodeBytes(l, out);
            return new Constant(p, out.toByteArray());
        }
        boolean anyF = false;
        for (Lit l : lits) anyF |= l.fmt;
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            for (Lit l : lits) sb.append(l.raw ? l.body : decode(l.body, l.tok));
            return new Constant(p, sb.toString());
        }
        List<Expr> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Lit l : lits) {
            if (!l.fmt) pending.append(l.raw ? l.body : decode(l.body, l.tok));
            else new FString(l, p, parts, pending).parse();
        }
        flush(parts, pending, p);
        return new JoinedStr(p, parts);
    }

    private static void flush(List<Expr> parts, StringBuilder pending, Pos p) {
        if (!pending.isEmpty()) {
            parts.add(new Constant(p, pending.toString()));
            pending.setLength(0);
        }
    }

    private ParseError err(Token t, String msg) {
        return src.error("SyntaxError", msg, t.getLine(), t.getCharPositionInLine() + 1, t.getLine(),
                t.getCharPositionInLine() + 1);
    }

    /** f-string errors: CPython 3.11 puts them just after the literal. */
    private ParseError errF(Token t, String msg) {
        int[] end = AstBuilder.tokenEnd(t);
        return src.error("SyntaxError", msg, end[0], end[1] + 1, end[0], end[1] + 1);
    }

    // ------------------------------------------------------------------------------------- escapes

    String decode(String s, Token t) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0', k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x' -> { sb.appendCodePoint(hex(s, i + 1, 2, t, "\\xXX")); i += 2; }
                case 'u' -> { sb.appendCodePoint(hex(s, i + 1, 4, t, "\\uXXXX")); i += 4; }
                case 'U' -> {
                    int cp = hex(s, i + 1, 8, t, "\\UXXXXXXXX");
                    if (cp > 0x10FFFF) throw err(t, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
                    sb.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = s.indexOf('}', i);
                    if (i + 1 >= n || s.charAt(i + 1) != '{' || close < 0) {
                        throw err(t, "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape");
                    }
                    String name = s.substring(i + 2, close);
                    try {
                        sb.appendCodePoint(Character.codePointOf(name));
                    } catch (IllegalArgumentException ex) {
                        throw err(t, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name");
                    }
                    i = close;
                }
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private int hex(String s, int from, int len, Token t, String what) {
        if (from + len > s.length()) throw truncated(t, what);
        int v = 0;
        for (int k = 0; k < len; k++) {
            int d = Character.digit(s.charAt(from + k), 16);
            if (d < 0) throw truncated(t, what);
            v = v * 16 + d;
        }
        return v;
    }

    private ParseError truncated(Token t, String what) {
        return err(t, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated " + what + " escape");
    }

    private void decodeBytes(Lit l, ByteArrayOutputStream out) {
        String s = l.body;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) throw err(l.tok, "bytes can only contain ASCII literal characters");
        }
        if (l.raw) {
            for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
            return;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0', k = 1;
                    while (k < 3 && i + 1 < n && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        v = v * 8 + (s.charAt(++i) - '0');
                        k++;
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int hi = i + 1 < n ? Character.digit(s.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < n ? Character.digit(s.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) throw err(l.tok, "(value error) invalid \\x escape at position " + (i - 1));
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> { out.write('\\'); out.write(e); }
            }
        }
    }

    // ------------------------------------------------------------------------------------- f-strings

    /** Parses one f-string token's body into {@code parts}, sharing {@code pending} literal text. */
    private final class FString {
        final Lit lit;
        final Pos whole;
        final List<Expr> parts;
        final StringBuilder pending;
        final String s;

        FString(Lit lit, Pos whole, List<Expr> parts, StringBuilder pending) {
            this.lit = lit;
            this.whole = whole;
            this.parts = parts;
            this.pending = pending;
            this.s = lit.body;
        }

        void parse() {
            int i = pieces(0, parts, pending, false, 0);
            if (i != s.length()) throw errF(lit.tok, "f-string: single '}' is not allowed");
        }

        /** Literal text and fields from i; in a spec, stops at the closing '}' (returns its index). */
        int pieces(int i, List<Expr> out, StringBuilder lit0, boolean inSpec, int level) {
            StringBuilder raw = new StringBuilder();
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '{') {
                    if (!inSpec && i + 1 < n && s.charAt(i + 1) == '{') {
                        raw.append('{');
                        i += 2;
                        continue;
                    }
                    lit0.append(text(raw));
                    raw.setLength(0);
                    i = field(i + 1, out, lit0, level);
                } else if (c == '}') {
                    if (inSpec) break;
                    if (i + 1 < n && s.charAt(i + 1) == '}') {
                        raw.append('}');
                        i += 2;
                        continue;
                    }
                    throw errF(lit.tok, "f-string: single '}' is not allowed");
                } else if (c == '\\' && !lit.raw && i + 1 < n && s.charAt(i + 1) != '{' && s.charAt(i + 1) != '}') {
                    raw.append(c).append(s.charAt(i + 1));
                    i += 2;
                } else {
                    raw.append(c);
                    i++;
                }
            }
            lit0.append(text(raw));
            return i;
        }

        private String text(StringBuilder raw) {
            return lit.raw ? raw.toString() : decode(raw.toString(), lit.tok);
        }

        /** Parses a replacement field whose expression starts at i; returns the index after its '}'. */
        int field(int start, List<Expr> out, StringBuilder lit0, int level) {
            if (level >= 2) throw errF(lit.tok, "f-string: expressions nested too deeply");
            int n = s.length();
            int depth = 0;
            int i = start;
            int exprEnd = -1;
            boolean debug = false;
            char quote = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                    continue;
                }
                if (c == '\'' || c == '"') { quote = c; continue; }
                if (c == '\\') throw errF(lit.tok, "f-string expression part cannot include a backslash");
                if (c == '#') throw errF(lit.tok, "f-string expression part cannot include '#'");
                if (c == '(' || c == '[' || c == '{') { depth++; continue; }
                if (c == ')' || c == ']' || c == '}') {
                    if (depth == 0 && c == '}') { exprEnd = i; break; }
                    if (depth == 0) throw errF(lit.tok, "f-string: unmatched '" + c + "'");
                    depth--;
                    continue;
                }
                if (depth > 0) continue;
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                if (c == '!') {
                    if (next == '=') { i++; continue; }
                    exprEnd = i;
                    break;
                }
                if (c == ':') { exprEnd = i; break; }
                if (c == '=' ) {
                    if (next == '=') { i++; continue; }
                    char prev = i > start ? s.charAt(i - 1) : 0;
                    if (prev == '<' || prev == '>' || prev == '=' || prev == '!') continue;
                    debug = true;
                    exprEnd = i;
                    break;
                }
            }
            if (quote != 0) throw errF(lit.tok, "f-string: unterminated string");
            if (exprEnd < 0) throw errF(lit.tok, "f-string: expecting '}'");
            String exprText = s.substring(start, exprEnd);
            if (exprText.isBlank()) throw errF(lit.tok, "f-string: empty expression not allowed");
            int[] at = locate(start);
            Expr value = Parsing.parseFieldExpr(exprText, src, at[0], at[1], builder);
            i = exprEnd;
            if (debug) {
                i++;
                while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                lit0.append(s, start, i);
            }
            int conversion = -1;
            if (i < n && s.charAt(i) == '!') {
                if (i + 1 >= n) throw errF(lit.tok, "f-string: expecting '}'");
                char cv = s.charAt(i + 1);
                if (cv != 's' && cv != 'r' && cv != 'a') {
                    throw errF(lit.tok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = cv;
                i += 2;
            }
            Expr spec = null;
            if (i < n && s.charAt(i) == ':') {
                List<Expr> specParts = new ArrayList<>();
                StringBuilder specLit = new StringBuilder();
                i = pieces(i + 1, specParts, specLit, true, level + 1);
                flush(specParts, specLit, whole);
                spec = new JoinedStr(whole, specParts);
            }
            if (i >= n || s.charAt(i) != '}') throw errF(lit.tok, "f-string: expecting '}'");
            if (debug && conversion == -1 && spec == null) conversion = 'r';
            flush(out, lit0, whole);
            out.add(new FormattedValue(whole, value, conversion, spec));
            return i + 1;
        }

        /** Source (line, col) of body index {@code idx}. */
        int[] locate(int idx) {
            Token t = lit.tok;
            String text = t.getText();
            int line = t.getLine(), col = t.getCharPositionInLine();
            int end = lit.bodyStart + idx;
            for (int k = 0; k < end; k++) {
                char c = text.charAt(k);
                if (c == '\n') { line++; col = 0; }
                else if (!Character.isLowSurrogate(c)) col++;
            }
            return new int[] {line, col};
        }
    }

}
