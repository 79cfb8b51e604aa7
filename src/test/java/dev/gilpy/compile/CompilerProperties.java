package dev.gilpy.compile;

import dev.gilpy.ast.*;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import net.jqwik.api.*;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Random ASTs compile, and the assembled code has consistent stack depths within stacksize. */
class CompilerProperties {
    static final Pos P = new Pos(1, 0, 1, 1);

    @Property(tries = 300)
    @Label("random programs compile with consistent stack depths")
    void compilesConsistently(@ForAll("programs") List<Stmt> body) {
        CodeObject co = Compiler.compile(new Mod.Module(P, List.of(
                new Stmt.FunctionDef(P, "f", Arguments.empty(P), body, List.of(), null))), "p.py");
        check(co);
    }

    /** Re-derives the depth of every instruction from the final code and exception table. */
    static void check(CodeObject co) {
        int n = co.code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<int[]> work = new ArrayDeque<>();
        work.push(new int[]{0, 0});
        int max = 0;
        while (!work.isEmpty()) {
            int[] s = work.pop();
            int pc = s[0], d = s[1];
            assertTrue(pc < n, "falls off the end in " + co.qualname);
            if (depth[pc] >= 0) {
                assertEquals(depth[pc], d, "depth mismatch at " + pc + " in " + co.qualname);
                continue;
            }
            depth[pc] = d;
            max = Math.max(max, d);
            for (int i = 0; i < co.exceptionTable.length; i += 4) {
                int[] t = co.exceptionTable;
                if (pc >= t[i] && pc < t[i + 1]) {
                    assertTrue(t[i + 3] <= d, "handler depth above the stack at " + pc);
                    work.push(new int[]{t[i + 2], t[i + 3] + 1});
                    break;
                }
            }
            Opcode op = Opcode.of(co.code[pc]);
            int arg = Opcode.argOf(co.code[pc]);
            assertFalse(op.pseudo, "pseudo-instruction left in code");
            int after = d + op.stackEffect(arg);
            max = Math.max(max, after);
            if (op.jumps) work.push(new int[]{arg, d + op.jumpStackEffect(arg)});
            if (op.fallsThrough) work.push(new int[]{pc + 1, after});
        }
        assertTrue(co.stacksize >= max, "stacksize " + co.stacksize + " < " + max + " in " + co.qualname);
        for (Object c : co.consts) if (c instanceof CodeObject nested) check(nested);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<List<Stmt>> programs() { return stmt(3).list().ofMinSize(1).ofMaxSize(4); }

    static Expr name(String id, Ctx ctx) { return new Expr.Name(P, id, ctx); }

    Arbitrary<Expr> expr(int depth) {
        Arbitrary<Expr> leaf = Arbitraries.oneOf(
                Arbitraries.of("a", "b", "c", "d").map(x -> name(x, Ctx.LOAD)),
                Arbitraries.longs().between(-3, 3).map(v -> new Expr.Constant(P, v)));
        if (depth == 0) return leaf;
        Arbitrary<Expr> sub = Arbitraries.lazy(() -> expr(depth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaf),
                Tuple.of(2, Combinators.combine(sub, Arbitraries.of(Operator.class), sub)
                        .as((l, o, r) -> new Expr.BinOp(P, l, o, r))),
                Tuple.of(2, Combinators.combine(sub, sub.list().ofMinSize(1).ofMaxSize(3),
                                Arbitraries.of(CmpOperator.class).list().ofSize(3))
                        .as((l, rs, ops) -> new Expr.Compare(P, l, ops.subList(0, rs.size()), rs))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(BoolOperator.class), sub.list().ofMinSize(2).ofMaxSize(3))
                        .as((o, vs) -> new Expr.BoolOp(P, o, vs))),
                Tuple.of(1, Combinators.combine(sub, sub, sub).as((t, b, e) -> new Expr.IfExp(P, t, b, e))),
                Tuple.of(1, Combinators.combine(sub, sub.list().ofMaxSize(3))
                        .as((f, as) -> new Expr.Call(P, f, as, List.of()))),
                Tuple.of(1, sub.map(e -> new Expr.Call(P, new Expr.Attribute(P, e, "m", Ctx.LOAD), List.of(e),
                        List.of(new Keyword(P, null, name("kw", Ctx.LOAD)))))),
                Tuple.of(1, Combinators.combine(sub, sub).as((e, it) -> new Expr.ListComp(P, e,
                        List.of(new Comprehension(P, name("a", Ctx.STORE), it, List.of(e), false))))),
                Tuple.of(1, sub.map(e -> new Expr.UnaryOp(P, UnaryOperator.NOT, e))));
    }

    Arbitrary<Stmt> stmt(int depth) {
        Arbitrary<Expr> e = expr(2);
        Arbitrary<Stmt> simple = Arbitraries.oneOf(
                e.map(x -> new Stmt.ExprStmt(P, x)),
                Combinators.combine(Arbitraries.of("a", "b", "x"), e)
                        .as((n, v) -> new Stmt.Assign(P, List.of(name(n, Ctx.STORE)), v)),
                Combinators.combine(Arbitraries.of(Operator.class), e)
                        .as((o, v) -> new Stmt.AugAssign(P, new Expr.Subscript(P, name("a", Ctx.LOAD),
                                name("b", Ctx.LOAD), Ctx.STORE), o, v)),
                e.map(x -> new Stmt.Return(P, x)),
                Arbitraries.just(new Stmt.Pass(P)));
        if (depth == 0) return simple;
        Arbitrary<List<Stmt>> block = Arbitraries.lazy(() -> stmt(depth - 1)).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Stmt>> loopBlock = Arbitraries.lazy(() -> loopStmt(depth - 1)).list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                Tuple.of(4, simple),
                Tuple.of(1, Combinators.combine(e, block, block).as((t, b, o) -> new Stmt.If(P, t, b, o))),
                Tuple.of(1, Combinators.combine(e, loopBlock, block).as((t, b, o) -> new Stmt.While(P, t, b, o))),
                Tuple.of(1, Combinators.combine(e, loopBlock, block)
                        .as((it, b, o) -> new Stmt.For(P, name("x", Ctx.STORE), it, b, o))),
                Tuple.of(1, Combinators.combine(block, block, block, Arbitraries.of(true, false))
                        .as((b, h, f, named) -> new Stmt.Try(P, b,
                                List.of(new ExceptHandler(P, name("E", Ctx.LOAD), named ? "e" : null, h),
                                        new ExceptHandler(P, null, null, h)), List.of(), f))),
                Tuple.of(1, Combinators.combine(block, block).as((b, f) -> new Stmt.Try(P, b, List.of(), List.of(), f))),
                Tuple.of(1, Combinators.combine(e, block).as((c, b) -> new Stmt.With(P,
                        List.of(new WithItem(P, c, name("w", Ctx.STORE)), new WithItem(P, c, null)), b))));
    }

    /** Statements allowed inside loops: everything plus break and continue. */
    Arbitrary<Stmt> loopStmt(int depth) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, stmt(depth).map(s -> s)),
                Tuple.of(1, Arbitraries.just(new Stmt.Break(P))),
                Tuple.of(1, Arbitraries.just(new Stmt.Continue(P))),
                Tuple.of(1, Arbitraries.lazy(() -> loopStmt(Math.max(0, depth - 1))).list().ofMinSize(1).ofMaxSize(2)
                        .map(b -> new Stmt.Try(P, b, List.of(), List.of(), List.of(new Stmt.Continue(P), new Stmt.Break(P))))));
    }
}
