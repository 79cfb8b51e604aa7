package dev.gilpy.parse;

import dev.gilpy.parse.PythonParser.*;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Stops at the first syntax error and words it as CPython 3.11 would (unexpected indent, expected an
 * indented block, expected ':', ...), falling back to "invalid syntax" at the offending token.
 */
final class ErrorStrategy extends DefaultErrorStrategy {
    private final SourceText src;
    static final int COLON = literalType("':'");

    static int literalType(String lit) {
        for (int i = 0; i <= PythonParser.VOCABULARY.getMaxTokenType(); i++) {
            if (lit.equals(PythonParser.VOCABULARY.getLiteralName(i))) return i;
        }
        return -2;
    }

    ErrorStrategy(SourceText src) {
        this.src = src;
    }

    @Override public void reportError(Parser p, RecognitionException e) {
        Token t = e.getOffendingToken() != null ? e.getOffendingToken() : p.getCurrentToken();
        throw fail(p, t, e.getCtx() instanceof ParserRuleContext c ? c : p.getContext());
    }

    @Override protected void reportUnwantedToken(Parser p) {
        throw fail(p, p.getCurrentToken(), p.getContext());
    }

    @Override protected void reportMissingToken(Parser p) {
        throw fail(p, p.getCurrentToken(), p.getContext());
    }

    @Override public Token recoverInline(Parser p) {
        throw fail(p, p.getCurrentToken(), p.getContext());
    }

    @Override public void recover(Parser p, RecognitionException e) {
        throw fail(p, p.getCurrentToken(), p.getContext());
    }

    @Override public void sync(Parser p) {
        try {
            super.sync(p);
        } catch (InputMismatchException e) {
            throw fail(p, p.getCurrentToken(), p.getContext());
        }
    }

    private static int endLine(Token t) {
        return AstBuilder.tokenEnd(t)[0];
    }

    ParseError fail(Parser p, Token t, ParserRuleContext ctx) {
        int type = t.getType();
        int line = t.getLine(), col = t.getCharPositionInLine();
        boolean atEof = type == Token.EOF || ((type == PythonParser.DEDENT || type == PythonLexer.NEWLINE)
                && t.getText().isEmpty());
        if (type == PythonParser.INDENT) {
            return new ParseError("IndentationError", "unexpected indent", src.filename, line, col,
                    src.lineText(line), line, -1);
        }
        IntervalSet expected;
        try {
            expected = p.getExpectedTokens();
        } catch (RuntimeException e) {
            expected = new IntervalSet();
        }
        if (ctx instanceof BlockContext && expected.contains(PythonParser.INDENT)) {
            ParserRuleContext owner = (ParserRuleContext) ctx.getParent();
            String what = switch (owner) {
                case IfStmtContext c -> "'if' statement";
                case ElifClauseContext c -> "'elif' statement";
                case ElseClauseContext c -> "'else' statement";
                case WhileStmtContext c -> "'while' statement";
                case ForStmtContext c -> "'for' statement";
                case TryStmtContext c -> "'try' statement";
                case ExceptClauseContext c -> "'except' statement";
                case FinallyClauseContext c -> "'finally' statement";
                case WithStmtContext c -> "'with' statement";
                case FuncDefContext c -> "function definition";
                case ClassDefContext c -> "class definition";
                default -> "statement";
            };
            String msg = "expected an indented block after " + what + " on line " + owner.start.getLine();
            if (atEof) {
                int last = src.lastLine();
                return new ParseError("IndentationError", msg, src.filename, last,
                        src.lineTextNoNl(last).length() + 1, src.lineText(last), last, -1);
            }
            return new ParseError("IndentationError", msg, src.filename, line, col + 1, src.lineText(line),
                    endLine(t), AstBuilder.tokenEnd(t)[1] + 1);
        }
        if (type == PythonLexer.NEWLINE && expected.contains(COLON) && isHeader(ctx)) {
            return src.error("SyntaxError", "expected ':'", line, col + 1, line, col + 1);
        }
        if (ctx instanceof TryStmtContext && !(t.getText().equals("except") || t.getText().equals("finally"))
                && ctx.getChildCount() >= 3) {
            if (atEof) {
                int last = src.lastLine();
                return src.error("SyntaxError", "expected 'except' or 'finally' block", last,
                        src.lineTextNoNl(last).length() + 1, last, -1);
            }
            return src.error("SyntaxError", "expected 'except' or 'finally' block", line, col + 1, line,
                    AstBuilder.tokenEnd(t)[1] + 1);
        }
        if (ctx instanceof TestContext tc && tc.orTest().size() == 2 && tc.getChildCount() == 3) {
            Token a = tc.start, b = tc.orTest(1).stop;
            return src.error("SyntaxError", "expected 'else' after 'if' expression", a.getLine(),
                    a.getCharPositionInLine() + 1, b.getLine(), AstBuilder.tokenEnd(b)[1] + 1);
        }
        ParseError printErr = missingPrintParens(p, t);
        if (printErr != null) return printErr;
        if (atEof && type != Token.EOF) {
            return src.error("SyntaxError", "invalid syntax", line, col + 1, line, col + 1);
        }
        if (type == Token.EOF) {
            int last = Math.max(1, src.lastLine());
            String lt = src.lineTextNoNl(last);
            int off = lt == null ? 1 : lt.length() + 1;
            return src.error("SyntaxError", "invalid syntax", last, off, last, off);
        }
        int[] end = AstBuilder.tokenEnd(t);
        int endOff = end[0] == line ? end[1] + 1 : end[1] + 1;
        return src.error("SyntaxError", "invalid syntax", line, col + 1, end[0], endOff);
    }

    /** {@code print 'hi'}: CPython's "Missing parentheses" hint. */
    private ParseError missingPrintParens(Parser p, Token t) {
        var ts = p.getTokenStream();
        int i = t.getTokenIndex();
        if (i < 1 || t.getType() == PythonLexer.NEWLINE || t.getType() == Token.EOF) return null;
        Token prev = ts.get(i - 1);
        if (prev.getType() != PythonLexer.NAME || !prev.getText().equals("print")) return null;
        if (i >= 2) {
            Token before = ts.get(i - 2);
            int bt = before.getType();
            if (bt != PythonLexer.NEWLINE && bt != PythonParser.INDENT && bt != PythonParser.DEDENT
                    && !before.getText().equals(";")) return null;
        }
        Token last = t;
        for (int k = i; k < ts.size(); k++) {
            Token x = ts.get(k);
            if (x.getType() == PythonLexer.NEWLINE || x.getType() == Token.EOF || x.getText().equals(";")) break;
            last = x;
        }
        int[] end = AstBuilder.tokenEnd(last);
        return src.error("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?",
                prev.getLine(), prev.getCharPositionInLine() + 1, end[0], end[1] + 1);
    }

    private static boolean isHeader(ParserRuleContext c) {
        return c instanceof IfStmtContext || c instanceof ElifClauseContext || c instanceof ElseClauseContext
                || c instanceof WhileStmtContext || c instanceof ForStmtContext || c instanceof TryStmtContext
                || c instanceof ExceptClauseContext || c instanceof FinallyClauseContext
                || c instanceof WithStmtContext || c instanceof FuncDefContext || c instanceof ClassDefContext;
    }
}
