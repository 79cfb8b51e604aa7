package dev.gilpy.ast;

public enum Ctx { LOAD, STORE, DEL }
