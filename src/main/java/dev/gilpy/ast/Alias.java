package dev.gilpy.ast;

/** {@code import name as asname}; asname may be null. */
public record Alias(Pos pos, String name, String asname) implements Node {}
