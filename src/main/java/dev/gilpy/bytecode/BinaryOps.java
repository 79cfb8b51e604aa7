package dev.gilpy.bytecode;

/** BINARY_OP's argument, numbered as CPython 3.11's NB_* constants (Include/opcode.h). */
public final class BinaryOps {
    private BinaryOps() {}

    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
            REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12;
    /** Add to a plain code for its in-place form (+= etc.). */
    public static final int INPLACE = 13;

    private static final String[] SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    private static final String[] STEMS = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
            "rshift", "sub", "truediv", "xor"};

    /** "add" for ADD: the stem of the operator's special methods (__add__, __radd__, __iadd__). */
    public static String stem(int code) { return STEMS[code]; }

    /** "+" for ADD, "+=" for INPLACE_ADD: what dis prints and what TypeError messages say. */
    public static String symbol(int code) {
        return code >= INPLACE ? SYMBOLS[code - INPLACE] + "=" : SYMBOLS[code];
    }
}
