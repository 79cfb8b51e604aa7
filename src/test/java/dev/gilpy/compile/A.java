package dev.gilpy.compile;

import dev.gilpy.ast.*;

import java.util.Arrays;
import java.util.List;

/** Terse hand-built ASTs for tests (until the parser lands). {@link #at} sets the line of following nodes. */
public final class A {
    private static int line = 1;

    private A() {}

    public static void at(int l) { line = l; }

    static Pos p() { return new Pos(line, 0, line, 10); }

    public static Mod.Module module(Stmt... body) { return new Mod.Module(p(), List.of(body)); }
    public static Expr.Name n(String id) { return new Expr.Name(p(), id, Ctx.LOAD); }
    public static Expr.Name st(String id) { return new Expr.Name(p(), id, Ctx.STORE); }
    public static Expr.Name del(String id) { return new Expr.Name(p(), id, Ctx.DEL); }
    public static Expr.Constant c(Object v) { return new Expr.Constant(p(), v instanceof Integer i ? (Object) (long) i : v); }
    public static Expr call(Expr f, Expr... args) { return new Expr.Call(p(), f, List.of(args), List.of()); }
    public static Expr callKw(Expr f, List<Expr> args, Keyword... kws) { return new Expr.Call(p(), f, args, List.of(kws)); }
    public static Keyword kw(String name, Expr v) { return new Keyword(p(), name, v); }
    public static Expr attr(Expr v, String a) { return new Expr.Attribute(p(), v, a, Ctx.LOAD); }
    public static Expr stAttr(Expr v, String a) { return new Expr.Attribute(p(), v, a, Ctx.STORE); }
    public static Expr bin(Expr l, Operator op, Expr r) { return new Expr.BinOp(p(), l, op, r); }
    public static Expr cmp(Expr l, CmpOperator op, Expr r) { return new Expr.Compare(p(), l, List.of(op), List.of(r)); }
    public static Expr tuple(Expr... es) { return new Expr.TupleExpr(p(), List.of(es), Ctx.LOAD); }
    public static Expr stTuple(Expr... es) { return new Expr.TupleExpr(p(), List.of(es), Ctx.STORE); }
    public static Expr starred(Expr e, Ctx ctx) { return new Expr.Starred(p(), e, ctx); }
    public static Expr list(Expr... es) { return new Expr.ListExpr(p(), List.of(es), Ctx.LOAD); }
    public static Expr lambda(Expr body, String... params) { return new Expr.Lambda(p(), args(params), body); }
    public static Expr listComp(Expr elt, Expr target, Expr iter) {
        return new Expr.ListComp(p(), elt, List.of(new Comprehension(p(), target, iter, List.of(), false)));
    }
    public static Expr genExp(Expr elt, Expr target, Expr iter) {
        return new Expr.GeneratorExp(p(), elt, List.of(new Comprehension(p(), target, iter, List.of(), false)));
    }
    public static Expr walrus(String name, Expr v) { return new Expr.NamedExpr(p(), st(name), v); }
    public static Expr yield(Expr v) { return new Expr.Yield(p(), v); }

    public static Stmt expr(Expr e) { return new Stmt.ExprStmt(p(), e); }
    public static Stmt assign(Expr target, Expr value) { return new Stmt.Assign(p(), List.of(target), value); }
    public static Stmt aug(Expr target, Operator op, Expr value) { return new Stmt.AugAssign(p(), target, op, value); }
    public static Stmt ret(Expr v) { return new Stmt.Return(p(), v); }
    public static Stmt global(String... names) { return new Stmt.Global(p(), List.of(names)); }
    public static Stmt nonlocal(String... names) { return new Stmt.Nonlocal(p(), List.of(names)); }
    public static Stmt pass() { return new Stmt.Pass(p()); }
    public static Stmt brk() { return new Stmt.Break(p()); }
    public static Stmt cont() { return new Stmt.Continue(p()); }
    public static Stmt def(String name, List<String> params, Stmt... body) {
        return new Stmt.FunctionDef(p(), name, args(params.toArray(new String[0])), List.of(body), List.of(), null);
    }
    public static Stmt cls(String name, Stmt... body) {
        return new Stmt.ClassDef(p(), name, List.of(), List.of(), List.of(body), List.of());
    }
    public static Stmt whileS(Expr test, Stmt... body) { return new Stmt.While(p(), test, List.of(body), List.of()); }
    public static Stmt forS(Expr target, Expr iter, Stmt... body) { return new Stmt.For(p(), target, iter, List.of(body), List.of()); }
    public static Stmt ifS(Expr test, List<Stmt> body, List<Stmt> orelse) { return new Stmt.If(p(), test, body, orelse); }
    public static Stmt tryExcept(List<Stmt> body, ExceptHandler... hs) {
        return new Stmt.Try(p(), body, List.of(hs), List.of(), List.of());
    }
    public static Stmt tryFinally(List<Stmt> body, List<Stmt> fin) { return new Stmt.Try(p(), body, List.of(), List.of(), fin); }
    public static ExceptHandler handler(Expr type, String name, Stmt... body) { return new ExceptHandler(p(), type, name, List.of(body)); }
    public static Stmt with(Expr ctx, Expr as, Stmt... body) {
        return new Stmt.With(p(), List.of(new WithItem(p(), ctx, as)), List.of(body));
    }
    public static Arguments args(String... names) {
        return new Arguments(p(), List.of(), Arrays.stream(names).map(x -> new Arg(p(), x, null)).toList(), null,
                List.of(), List.of(), null, List.of());
    }
    public static List<Stmt> body(Stmt... s) { return List.of(s); }
}
