package dev.gilpy.runtime;

/**
 * One line of a traceback: where a frame was when the exception passed through it. {@code endLineno},
 * {@code col} and {@code endCol} are the instruction's PEP 657 source span (0-based columns, end exclusive;
 * -1 when unknown), used for the caret line. {@code frame} is the frame object (tb_frame; null where no
 * Python frame exists) and {@code lasti} the instruction's byte offset (tb_lasti; -1 when unknown).
 */
public record TracebackEntry(String filename, int lineno, String name, int endLineno, int col, int endCol,
                             PyObject frame, int lasti) {
    public TracebackEntry(String filename, int lineno, String name) {
        this(filename, lineno, name, lineno, -1, -1, null, -1);
    }

    /** Same file, line and function: what CPython compares to fold recursion ("Previous line repeated"). */
    public boolean sameLine(TracebackEntry o) {
        return o != null && o.lineno == lineno && o.filename.equals(filename) && o.name.equals(name);
    }
}
