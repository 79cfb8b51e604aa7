package dev.gilpy.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the ANTLR lexer and turns physical lines into Python's logical token stream: drops newlines inside
 * brackets and on blank lines, emits INDENT/DEDENT from the indentation stack (tab stops of 8, with
 * CPython's tab/space consistency check), closes the file with NEWLINE and DEDENTs, and turns lexical
 * problems (unterminated strings, bad numbers, stray characters, unbalanced brackets) into
 * {@link ParseError}s worded as CPython 3.11 words them.
 *
 * <p>The whole input is tokenised on the first request, so lexical errors are reported before syntax
 * errors further up (CPython re-tokenises the rest of the file on a syntax error for the same effect).
 */
public final class IndentingTokenSource implements TokenSource {
    /** CPython's MAXLEVEL for nested brackets. */
    static final int MAX_PAREN_DEPTH = 200;

    private final PythonLexer lexer;
    private final SourceText src;
    private final int[] cps;
    private List<Token> tokens;
    private int next;

    public IndentingTokenSource(PythonLexer lexer, SourceText src, int[] codePoints) {
        this.lexer = lexer;
        this.src = src;
        this.cps = codePoints;
    }

    /** All tokens, computing them on first use. */
    List<Token> tokens() {
        if (tokens == null) tokens = tokenize();
        return tokens;
    }

    @Override public Token nextToken() {
        List<Token> ts = tokens();
        Token t = ts.get(next);
        if (next < ts.size() - 1) next++;
        return t;
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return src.filename; }
    @Override public void setTokenFactory(TokenFactory<?> factory) { }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }

    // ------------------------------------------------------------------------------------------------

    private record Open(char ch, int line, int col) {}

    /**
     * CPython's verify_end_of_number: a number directly followed by a keyword that can follow a number in
     * valid code ("and", "else", "for", "if", "in", "is", "not", "or") gets a SyntaxWarning.
     */
    private void checkNumberEnd(Token t) {
        if (src.warnings == null) return;
        int end = t.getStopIndex() + 1;
        if (end >= cps.length) return;
        int c = cps[end];
        boolean warn = switch (c) {
            case 'a' -> lookahead(end + 1, "nd");
            case 'e' -> lookahead(end + 1, "lse");
            case 'f' -> lookahead(end + 1, "or");
            case 'i' -> end + 1 < cps.length && (cps[end + 1] == 'f' || cps[end + 1] == 'n' || cps[end + 1] == 's');
            case 'o' -> lookahead(end + 1, "r");
            case 'n' -> lookahead(end + 1, "ot");
            default -> false;
        };
        if (!warn) return;
        String text = t.getText().toLowerCase();
        String kind = switch (t.getType()) {
            case PythonLexer.HEX_INT -> "hexadecimal";
            case PythonLexer.OCT_INT -> "octal";
            case PythonLexer.BIN_INT -> "binary";
            case PythonLexer.IMAG -> "imaginary";
            default -> "decimal";
        };
        if (text.endsWith("j")) kind = "imaginary";
        src.warnings.add(new dev.gilpy.compile.CompileWarning("SyntaxWarning", "invalid " + kind + " literal",
                src.filename, t.getLine()));
    }

    private boolean lookahead(int at, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (at + i >= cps.length || cps[at + i] != rest.charAt(i)) return false;
        }
        return true;
    }

    private List<Token> tokenize() {
        List<Token> out = new ArrayList<>();
        List<Open> parens = new ArrayList<>();
        int[] indents = new int[16];
        int[] altIndents = new int[16];
        int depth = 0;  // index of top of the indent stack; indents[0] == 0
        boolean atLineStart = true;
        Token prev = null;
        while (true) {
            Token t = lexer.nextToken();
            int type = t.getType();
            if (type == PythonLexer.NAME) checkNonAsciiName(t);
            switch (type) {
                case PythonLexer.WS, PythonLexer.COMMENT -> { continue; }
                case PythonLexer.LINE_JOIN -> {
                    if (t.getStopIndex() + 1 >= cps.length) {
                        throw src.tokError("SyntaxError", "unexpected EOF while parsing",
                                t.getLine(), t.getCharPositionInLine() + 2, t.getLine(), -1);
                    }
                    continue;
                }
                case PythonLexer.NEWLINE -> {
                    if (!parens.isEmpty() || atLineStart) continue;
                    out.add(synth(PythonLexer.NEWLINE, t, "\n"));
                    atLineStart = true;
                    prev = t;
                    continue;
                }
                case Token.EOF -> {
                    if (!parens.isEmpty()) {
                        Open o = parens.get(parens.size() - 1);
                        throw src.tokError("SyntaxError", "'" + o.ch + "' was never closed",
                                o.line, o.col + 1, o.line, 0);
                    }
                    if (!atLineStart) out.add(synth(PythonLexer.NEWLINE, t, ""));
                    for (; depth > 0; depth--) out.add(synth(PythonParser.DEDENT, t, ""));
                    out.add(t);
                    return out;
                }
                case PythonLexer.ERROR_CHAR -> errorChar(t, prev);
                case PythonLexer.DEC_INT, PythonLexer.HEX_INT, PythonLexer.OCT_INT, PythonLexer.BIN_INT,
                     PythonLexer.FLOAT, PythonLexer.IMAG -> checkNumberEnd(t);
                default -> { }
            }
            if (atLineStart) {
                atLineStart = false;
                int[] cols = indentation(t);
                int col = cols[0], alt = cols[1];
                if (col == indents[depth]) {
                    if (alt != altIndents[depth]) throw tabError(t);
                } else if (col > indents[depth]) {
                    if (alt <= altIndents[depth]) throw tabError(t);
                    if (++depth == indents.length) {
                        indents = java.util.Arrays.copyOf(indents, depth * 2);
                        altIndents = java.util.Arrays.copyOf(altIndents, depth * 2);
                    }
                    indents[depth] = col;
                    altIndents[depth] = alt;
                    out.add(synth(PythonParser.INDENT, t, ""));
                } else {
                    while (depth > 0 && col < indents[depth]) {
                        depth--;
                        out.add(synth(PythonParser.DEDENT, t, ""));
                    }
                    if (col != indents[depth]) {
                        String line = src.lineTextNoNl(t.getLine());
                        throw new ParseError("IndentationError", "unindent does not match any outer indentation level",
                                src.filename, t.getLine(), line.length() + 1, src.lineText(t.getLine()), t.getLine(), -1);
                    }
                    if (alt != altIndents[depth]) throw tabError(t);
                }
            }
            String text = t.getText();
            if (text.length() == 1) {
                char c = text.charAt(0);
                if (c == '(' || c == '[' || c == '{') {
                    if (parens.size() >= MAX_PAREN_DEPTH) {
                        throw src.tokError("SyntaxError", "too many nested parentheses",
                                t.getLine(), t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + 1);
                    }
                    parens.add(new Open(c, t.getLine(), t.getCharPositionInLine()));
                } else if (c == ')' || c == ']' || c == '}') {
                    int line = t.getLine(), off = t.getCharPositionInLine() + 1;
                    if (parens.isEmpty()) {
                        throw src.tokError("SyntaxError", "unmatched '" + c + "'", line, off, line, off);
                    }
                    Open o = parens.remove(parens.size() - 1);
                    char want = o.ch == '(' ? ')' : o.ch == '[' ? ']' : '}';
                    if (c != want) {
                        String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + o.ch + "'"
                                + (o.line != line ? " on line " + o.line : "");
                        throw src.tokError("SyntaxError", msg, line, off, line, off);
                    }
                }
            }
            if (prev != null && prev.getStopIndex() + 1 == t.getStartIndex()) checkNumberSuffix(prev, t);
            if (type == PythonLexer.STRING) checkTripleUnterminated(t);
            out.add(t);
            prev = t;
        }
    }

    private ParseError tabError(Token t) {
        return new ParseError("TabError", "inconsistent use of tabs and spaces in indentation", src.filename,
                t.getLine(), 1, src.lineText(t.getLine()), t.getLine(), 0);
    }

    /** Column of {@code t} with tab stops of 8 and with tabs counted as 1 (CPython's col/altcol). */
    private int[] indentation(Token t) {
        int start = t.getStartIndex();
        int i = start;
        while (i > 0 && cps[i - 1] != '\n') i--;
        int col = 0, alt = 0;
        for (; i < start; i++) {
            int c = cps[i];
            if (c == ' ') { col++; alt++; }
            else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
            else if (c == '\f') { col = 0; alt = 0; }
            else { col = 0; alt = 0; }  // after a line continuation: start afresh
        }
        return new int[] {col, alt};
    }

    private Token synth(int type, Token at, String text) {
        CommonToken c = new CommonToken(new Pair<>(lexer, lexer.getInputStream()), type, Token.DEFAULT_CHANNEL,
                at.getStartIndex(), at.getStartIndex() - 1);
        c.setLine(at.getLine());
        c.setCharPositionInLine(at.getCharPositionInLine());
        c.setText(text);
        return c;
    }

    private void errorChar(Token t, Token prev) {
        int c = cps[t.getStartIndex()];
        int line = t.getLine(), col = t.getCharPositionInLine();
        if (c == '\'' || c == '"') {
            int startCol = col;
            if (prev != null && prev.getType() == PythonLexer.NAME && prev.getStopIndex() + 1 == t.getStartIndex()
                    && isPrefix(prev.getText())) {
                startCol = prev.getCharPositionInLine();
            }
            // find the line where the string runs out
            int endLine = line;
            for (int i = t.getStartIndex() + 1; i < cps.length; i++) {
                if (cps[i] == '\\' && i + 1 < cps.length) {
                    if (cps[i + 1] == '\n' && i + 2 < cps.length) endLine++;
                    i++;
                } else if (cps[i] == '\n') break;
            }
            throw src.tokError("SyntaxError", "unterminated string literal (detected at line " + endLine + ")",
                    line, startCol + 1, line, startCol + 1);
        }
        if (c == '\\') {
            if (t.getStopIndex() + 1 >= cps.length) {
                throw src.tokError("SyntaxError", "unexpected EOF while parsing", line, col + 2, line, -1);
            }
            throw src.error("SyntaxError", "unexpected character after line continuation character",
                    line, col + 2, line, 0);
        }
        if (c > 127 && !Character.isWhitespace(c)) {
            String msg = String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(c)), c);
            throw src.tokError("SyntaxError", msg, line, col + 1, line, col + 1);
        }
        if (c == 0) {
            throw src.tokError("SyntaxError", "source code cannot contain null bytes", line, col + 1, line, col + 1);
        }
        // other stray ASCII ($, ?, `, !): the parser reports "invalid syntax" at it
    }

    /** A name with non-ASCII characters must be made of Unicode identifier characters (PEP 3131). */
    private void checkNonAsciiName(Token t) {
        String text = t.getText();
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) > 127) { ascii = false; break; }
        if (ascii) return;
        int col = t.getCharPositionInLine();
        for (int i = 0, k = 0; i < text.length(); k++) {
            int cp = text.codePointAt(i);
            boolean ok = cp < 128 || (i == 0 ? Character.isUnicodeIdentifierStart(cp)
                    : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
            if (!ok) {
                int line = t.getLine();
                String msg = Character.isWhitespace(cp) || Character.getType(cp) == Character.SPACE_SEPARATOR
                        ? String.format("invalid non-printable character U+%04X", cp)
                        : String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp);
                throw src.tokError("SyntaxError", msg, line, col + k + 1, line, col + k + 1);
            }
            i += Character.charCount(cp);
        }
    }

    static boolean isPrefix(String s) {
        String l = s.toLowerCase();
        return switch (l) {
            case "r", "u", "b", "f", "rb", "br", "rf", "fr" -> true;
            default -> false;
        };
    }

    private void checkTripleUnterminated(Token t) {
        String text = t.getText();
        int q = 0;
        while (q < text.length() && text.charAt(q) != '\'' && text.charAt(q) != '"') q++;
        if (text.length() - q == 2) {
            int after = t.getStopIndex() + 1;
            if (after < cps.length && cps[after] == text.charAt(q)) {
                int line = t.getLine(), off = t.getCharPositionInLine() + 1;
                throw src.tokError("SyntaxError",
                        "unterminated triple-quoted string literal (detected at line " + src.lastLine() + ")",
                        line, off, line, off);
            }
        }
    }

    private void checkNumberSuffix(Token num, Token t) {
        int nt = num.getType();
        int tt = t.getType();
        boolean wordLike = tt == PythonLexer.NAME || tt == PythonLexer.DEC_INT || tt == PythonLexer.FLOAT
                || tt == PythonLexer.IMAG || tt == PythonLexer.HEX_INT || tt == PythonLexer.OCT_INT
                || tt == PythonLexer.BIN_INT;
        if (!wordLike) return;
        int line = num.getLine();
        int numOff = num.getCharPositionInLine() + 1;
        int badOff = t.getCharPositionInLine() + 1;
        int bad = cps[t.getStartIndex()];
        switch (nt) {
            case PythonLexer.DEC_INT -> {
                String nt0 = num.getText();
                if (nt0.equals("0") && tt == PythonLexer.NAME && "bBoOxX".indexOf(bad) >= 0) {
                    String kind = switch (Character.toLowerCase((char) bad)) {
                        case 'b' -> "binary";
                        case 'o' -> "octal";
                        default -> "hexadecimal";
                    };
                    String rest = t.getText().substring(1);
                    if (!rest.isEmpty() && Character.isDigit(rest.charAt(0)) && !kind.equals("hexadecimal")) {
                        throw src.tokError("SyntaxError", "invalid digit '" + rest.charAt(0) + "' in " + kind + " literal",
                                line, badOff + 1, line, badOff + 1);
                    }
                    throw src.tokError("SyntaxError", "invalid " + kind + " literal", line, badOff, line, badOff);
                }
                if (num.getText().charAt(0) == '0' && Character.isDigit(bad)) {
                    throw src.tokError("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", line, numOff, line, numOff + 1);
                }
                throw src.tokError("SyntaxError", "invalid decimal literal", line,
                        bad == '_' ? badOff : numOff, line, bad == '_' ? badOff : numOff);
            }
            case PythonLexer.FLOAT, PythonLexer.IMAG ->
                    throw src.tokError("SyntaxError", "invalid decimal literal", line, numOff, line, numOff);
            case PythonLexer.HEX_INT ->
                    throw src.tokError("SyntaxError", "invalid hexadecimal literal", line, badOff - 1, line, badOff - 1);
            case PythonLexer.OCT_INT -> {
                if (Character.isDigit(bad)) {
                    throw src.tokError("SyntaxError", "invalid digit '" + (char) bad + "' in octal literal",
                            line, badOff, line, badOff);
                }
                throw src.tokError("SyntaxError", "invalid octal literal", line, badOff, line, badOff);
            }
            case PythonLexer.BIN_INT -> {
                if (Character.isDigit(bad)) {
                    throw src.tokError("SyntaxError", "invalid digit '" + (char) bad + "' in binary literal",
                            line, badOff, line, badOff);
                }
                throw src.tokError("SyntaxError", "invalid binary literal", line, badOff, line, badOff);
            }
            default -> { }
        }
    }
}
