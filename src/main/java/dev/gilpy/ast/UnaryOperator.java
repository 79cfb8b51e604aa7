package dev.gilpy.ast;

public enum UnaryOperator { INVERT, NOT, UADD, USUB }
