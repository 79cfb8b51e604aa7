package dev.gilpy.ast;

public enum CmpOperator { EQ, NOT_EQ, LT, LT_E, GT, GT_E, IS, IS_NOT, IN, NOT_IN }
