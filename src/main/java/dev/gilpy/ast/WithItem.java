package dev.gilpy.ast;

/** {@code with contextExpr as optionalVars}; optionalVars may be null. */
public record WithItem(Pos pos, Expr contextExpr, Expr optionalVars) implements Node {}
