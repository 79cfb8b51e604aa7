package dev.gilpy.compile;

import dev.gilpy.ast.Pos;

/** A compile-time error (SyntaxError) with CPython's wording and location; carries no Java stack trace. */
public final class CompileError extends RuntimeException {
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based column, as CPython's SyntaxError.offset. */
    public final int offset;
    public final int endLineno;
    public final int endOffset;

    public CompileError(String kind, String msg, String filename, int lineno, int offset, int endLineno,
                        int endOffset) {
        super(kind + ": " + msg + " (" + filename + ", line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    public static CompileError syntax(String msg, String filename, Pos pos) {
        return new CompileError("SyntaxError", msg, filename, pos.line(), pos.col() + 1, pos.endLine(),
                pos.endCol() + 1);
    }
}
