package dev.gilpy.parse;

import dev.gilpy.ast.Expr;
import dev.gilpy.ast.Mod;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parse stage's entry point: source text to AST.
 *
 * <pre>
 *   Mod m = Parsing.parse(source, "&lt;stdin&gt;", Parsing.Mode.FILE);
 * </pre>
 *
 * Parsing runs ANTLR in SLL mode first and re-parses in full LL mode only when SLL fails; every problem
 * surfaces as a {@link ParseError}.
 */
public final class Parsing {
    /** FILE: a module; SINGLE: one interactive (REPL) input; EVAL: a lone expression. */
    public enum Mode { FILE, SINGLE, EVAL }

    private Parsing() { }

    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, null);
    }

    /** Like {@link #parse(String, String, Mode)}, adding tokenizer SyntaxWarnings to {@code warnings}. */
    public static Mod parse(String source, String filename, Mode mode,
                            java.util.List<dev.gilpy.compile.CompileWarning> warnings) {
        SourceText src = new SourceText(normalise(source), filename);
        src.warnings = warnings;
        try {
            return doParse(src, mode);
        } catch (ParseError e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new ParseError("SyntaxError", "too many nested parentheses", filename, 1, 1, src.lineText(1), 1, 1);
        } catch (RuntimeException e) {
            if (STRICT) throw e;
            // defensive: a user never sees a parser bug as a Java error, only as a SyntaxError
            throw new ParseError("SyntaxError", "invalid syntax", filename, 1, 1, src.lineText(1), 1, 1);
        }
    }

    /**
     * Set by the test build (surefire's systemPropertyVariables): there a parser crash (a RuntimeException) must
     * fail the test that met it instead of looking like a SyntaxError. Running out of stack stays a SyntaxError,
     * as CPython's own parser limit is.
     */
    static final boolean STRICT = Boolean.getBoolean("gilpy.parse.strict");

    /** Universal newlines, as CPython reads source. */
    static String normalise(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Mod doParse(SourceText src, Mode mode) {
        int nul = src.source.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            for (int i = 0; i < nul; i++) if (src.source.charAt(i) == '\n') line++;
            throw new ParseError("SyntaxError", "source code cannot contain null bytes", src.filename, line, 1,
                    null, line, 1);
        }
        CodePointCharStream chars = CharStreams.fromString(src.source, src.filename);
        int[] cps = src.source.codePoints().toArray();
        PythonLexer lexer = new PythonLexer(chars);
        lexer.removeErrorListeners();
        IndentingTokenSource ts = new IndentingTokenSource(lexer, src, cps);
        ts.tokens();  // lexical errors first
        CommonTokenStream tokens = new CommonTokenStream(ts);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        ParserRuleContext tree;
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            tree = entry(parser, mode);
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new ErrorStrategy(src));
            tree = entry(parser, mode);
        }
        AstBuilder b = new AstBuilder(src);
        return switch (mode) {
            case FILE -> b.module((PythonParser.FileInputContext) tree);
            case SINGLE -> b.interactive((PythonParser.SingleInputContext) tree);
            case EVAL -> b.expression((PythonParser.EvalInputContext) tree);
        };
    }

    private static ParserRuleContext entry(PythonParser p, Mode mode) {
        return switch (mode) {
            case FILE -> p.fileInput();
            case SINGLE -> p.singleInput();
            case EVAL -> p.evalInput();
        };
    }

    /** Parses an f-string replacement field's text found at (line, col) of the enclosing source. */
    static Expr parseFieldExpr(String text, SourceText src, int line, int col, AstBuilder builder) {
        CodePointCharStream chars = CharStreams.fromString("(" + text + ")", src.filename);
        int[] cps = ("(" + text + ")").codePoints().toArray();
        PythonLexer lexer = new PythonLexer(chars);
        lexer.removeErrorListeners();
        lexer.setLine(line);
        lexer.setCharPositionInLine(col - 1);
        IndentingTokenSource ts = new IndentingTokenSource(lexer, src, cps);
        CommonTokenStream tokens = new CommonTokenStream(ts);
        PythonParser parser = new PythonParser(tokens);
        parser.removeErrorListeners();
        PythonParser.ExprInputContext tree;
        try {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new org.antlr.v4.runtime.BailErrorStrategy());
            tree = parser.exprInput();
        } catch (ParseCancellationException e) {
            throw src.error("SyntaxError", "f-string: invalid syntax", line, col + 1, line, col + 1);
        }
        return builder.testlistStar(tree.testlistStarExpr());
    }

    /**
     * True when {@code source} is an unfinished REPL input that needs more lines: an open bracket,
     * triple-quoted string or backslash continuation, a block header without its body, or a compound
     * statement not yet closed by an empty line. False when complete or definitely wrong.
     */
    public static boolean isIncomplete(String source) {
        String s = normalise(source);
        try {
            Mod m = parse(s, "<stdin>", Mode.SINGLE);
            if (m instanceof Mod.Interactive i && !i.body().isEmpty()
                    && isCompound(i.body().get(0))) {
                return !endsWithBlankLine(s);
            }
            return false;
        } catch (ParseError e) {
            String msg = e.msg;
            if (msg.startsWith("unterminated triple-quoted string") || msg.endsWith("was never closed")
                    || msg.equals("unexpected EOF while parsing")) {
                return true;
            }
            if (msg.startsWith("expected an indented block") && !endsWithBlankLine(s)) {
                // only incomplete if the header is the last thing typed
                return s.strip().endsWith(":") ;
            }
            return false;
        }
    }

    private static boolean isCompound(dev.gilpy.ast.Stmt st) {
        return st instanceof dev.gilpy.ast.Stmt.If || st instanceof dev.gilpy.ast.Stmt.While
                || st instanceof dev.gilpy.ast.Stmt.For || st instanceof dev.gilpy.ast.Stmt.Try
                || st instanceof dev.gilpy.ast.Stmt.TryStar
                || st instanceof dev.gilpy.ast.Stmt.With || st instanceof dev.gilpy.ast.Stmt.FunctionDef
                || st instanceof dev.gilpy.ast.Stmt.ClassDef || st instanceof dev.gilpy.ast.Stmt.AsyncFunctionDef
                || st instanceof dev.gilpy.ast.Stmt.AsyncFor || st instanceof dev.gilpy.ast.Stmt.AsyncWith;
    }

    private static boolean endsWithBlankLine(String s) {
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        int nl = t.lastIndexOf('\n');
        if (nl < 0) return false;
        return t.substring(nl + 1).isBlank();
    }
}
