package dev.gilpy.ast;

/** A source span: 1-based lines, 0-based columns (as CPython's ast module reports them). */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);
}
