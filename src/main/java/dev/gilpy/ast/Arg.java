package dev.gilpy.ast;

public record Arg(Pos pos, String name, Expr annotation) implements Node {}
