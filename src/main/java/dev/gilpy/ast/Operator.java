package dev.gilpy.ast;

/** Binary operators; {@code symbol} is how Python spells them, used in error messages and dis. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

    public final String symbol;

    Operator(String symbol) { this.symbol = symbol; }
}
