package dev.gilpy.compile.symtable;

/** How a name is resolved in one scope, as CPython's symtable.h scope values. */
public enum SymbolScope { LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, FREE, CELL }
