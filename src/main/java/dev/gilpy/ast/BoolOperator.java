package dev.gilpy.ast;

public enum BoolOperator { AND, OR }
