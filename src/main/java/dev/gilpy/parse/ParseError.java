package dev.gilpy.parse;

/**
 * A SyntaxError (or IndentationError / TabError; MemoryError where CPython's parser runs out of stack,
 * see AstBuilder) found while parsing. {@code kind} names the Python exception. Fields mirror CPython's
 * SyntaxError attributes: {@code lineno} and {@code endLineno} are 1-based, {@code offset} and
 * {@code endOffset} are 1-based columns (0 or -1 where CPython reports those), {@code text} is the
 * offending source line (may be null).
 */
public final class ParseError extends RuntimeException {
    public final String kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final String text;
    public final int endLineno;
    public final int endOffset;

    public ParseError(String kind, String msg, String filename, int lineno, int offset, String text,
                      int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }

    @Override
    public String getMessage() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
