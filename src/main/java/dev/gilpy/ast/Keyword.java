package dev.gilpy.ast;

/** {@code name=value} in a call or class header; name == null means {@code **value}. */
public record Keyword(Pos pos, String name, Expr value) implements Node {}
