package dev.gilpy.bytecode;

/** COMPARE_OP's argument, numbered as CPython's cmp_op (Include/object.h Py_LT ... Py_GE), with its facts. */
public final class CompareOps {
    private CompareOps() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** "<" for LT: what dis prints and what TypeError messages say. */
    public static String symbol(int op) { return SYMBOLS[op]; }

    /** "__lt__" for LT. */
    public static String dunder(int op) { return DUNDERS[op]; }

    /** The reflected comparison tried on the right operand: a < b is also b > a. */
    public static int swapped(int op) { return SWAPPED[op]; }
}
