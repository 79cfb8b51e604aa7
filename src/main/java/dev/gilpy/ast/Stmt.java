package dev.gilpy.ast;

import java.util.List;

/** Statements, named and shaped after CPython's ast module (Parser/Python.asdl). */
public sealed interface Stmt extends Node {
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns) implements Stmt {}
    record AsyncFunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                            Expr returns) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}
    record Return(Pos pos, Expr value) implements Stmt {}              // value may be null
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}  // a = b = value
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record AsyncFor(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}
    record AsyncWith(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}    // both may be null
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody) implements Stmt {}
    /** try with except* clauses (PEP 654); handlers match parts of exception groups. */
    record TryStar(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody) implements Stmt {}
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}    // msg may be null
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {} // module may be null
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
}
