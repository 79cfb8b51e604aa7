package dev.gilpy.ast;

/** Every AST node knows where it came from, so errors and line tables can point at it. */
public sealed interface Node permits Mod, Stmt, Expr, Arguments, Arg, Keyword, Comprehension, ExceptHandler,
        WithItem, Alias {
    Pos pos();
}
