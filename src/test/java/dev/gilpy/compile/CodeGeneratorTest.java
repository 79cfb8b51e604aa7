package dev.gilpy.compile;

import dev.gilpy.ast.*;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Disassembler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.gilpy.compile.A.*;
import static org.junit.jupiter.api.Assertions.*;

@DisplayName("The code generator")
class CodeGeneratorTest {
    @BeforeEach
    void reset() { A.at(1); }

    static CodeObject compile(Stmt... body) { return Compiler.compile(module(body), "x.py"); }

    static String dis(CodeObject co) { return Disassembler.disassemble(co); }

    static CodeObject nested(CodeObject co, int i) {
        return (CodeObject) Arrays.stream(co.consts).filter(c -> c instanceof CodeObject).toList().get(i);
    }

    @Nested
    @DisplayName("produces CPython 3.11 shapes")
    class Shapes {
        @Test
        @DisplayName("counter += 1 under a global declaration uses LOAD_GLOBAL / BINARY_OP 13 / STORE_GLOBAL")
        void globalCounter() {
            at(2);
            Stmt s1 = assign(st("counter"), c(0));
            at(3);
            Stmt d = def("bump", List.of(), global("counter"));
            at(5);
            Stmt inc = aug(st("counter"), Operator.ADD, c(1));
            at(6);
            Stmt r = ret(n("counter"));
            d = new Stmt.FunctionDef(d.pos(), "bump", args(), List.of(((Stmt.FunctionDef) d).body().get(0), inc, r),
                    List.of(), null);
            CodeObject co = compile(s1, d);
            String expected = """
                      0           0 RESUME                   0

                      2           2 LOAD_CONST               0 (0)
                                  4 STORE_GLOBAL             0 (counter)

                      3           6 LOAD_CONST               1 (%s)
                                  8 MAKE_FUNCTION            0
                                 10 STORE_NAME               1 (bump)
                                 12 LOAD_CONST               2 (None)
                                 14 RETURN_VALUE

                    Disassembly of %s:
                      3           0 RESUME                   0

                      5           2 LOAD_GLOBAL              0 (counter)
                                  4 LOAD_CONST               1 (1)
                                  6 BINARY_OP               13 (+=)
                                  8 STORE_GLOBAL             0 (counter)

                      6          10 LOAD_GLOBAL              0 (counter)
                                 12 RETURN_VALUE
                    """.formatted(Disassembler.codeRepr(nested(co, 0)), Disassembler.codeRepr(nested(co, 0)));
            assertEquals(expected, dis(co));
        }

        @Test
        @DisplayName("try/finally duplicates the finally body and re-raises through a cleanup handler")
        void tryFinally() {
            CodeObject f = nested(compile(def("f", List.of("a"),
                    A.tryFinally(body(expr(call(n("g"), n("a")))), body(expr(call(n("h"))))))), 0);
            String expected = """
                      1           0 RESUME                   0
                                  2 LOAD_GLOBAL              1 (NULL + g)
                                  4 LOAD_FAST                0 (a)
                                  6 CALL                     1
                                  8 POP_TOP
                                 10 LOAD_GLOBAL              3 (NULL + h)
                                 12 CALL                     0
                                 14 POP_TOP
                                 16 JUMP_FORWARD            17 (to 34)
                            >>   18 PUSH_EXC_INFO
                                 20 LOAD_GLOBAL              3 (NULL + h)
                                 22 CALL                     0
                                 24 POP_TOP
                                 26 RERAISE                  0
                            >>   28 COPY                     2
                                 30 POP_EXCEPT
                                 32 RERAISE                  1
                            >>   34 LOAD_CONST               0 (None)
                                 36 RETURN_VALUE
                    ExceptionTable:
                      2 to 8 -> 18 [0]
                      18 to 26 -> 28 [1]
                    """;
            assertEquals(expected, dis(f));
        }

        @Test
        @DisplayName("with keeps __exit__ below the handler and suppresses via POP_JUMP_IF_TRUE")
        void withStatement() {
            CodeObject co = compile(with(n("a"), st("b"), expr(n("c"))));
            String expected = """
                      0           0 RESUME                   0

                      1           2 LOAD_NAME                0 (a)
                                  4 BEFORE_WITH
                                  6 STORE_NAME               1 (b)
                                  8 LOAD_NAME                2 (c)
                                 10 POP_TOP
                                 12 LOAD_CONST               0 (None)
                                 14 LOAD_CONST               0 (None)
                                 16 LOAD_CONST               0 (None)
                                 18 CALL                     2
                                 20 POP_TOP
                                 22 JUMP_FORWARD            22 (to 44)
                            >>   24 PUSH_EXC_INFO
                                 26 WITH_EXCEPT_START
                                 28 POP_JUMP_FORWARD_IF_TRUE    19 (to 38)
                                 30 RERAISE                  2
                            >>   32 COPY                     2
                                 34 POP_EXCEPT
                                 36 RERAISE                  1
                            >>   38 POP_TOP
                                 40 POP_EXCEPT
                                 42 POP_TOP
                            >>   44 LOAD_CONST               0 (None)
                                 46 RETURN_VALUE
                    ExceptionTable:
                      6 to 10 -> 24 [1]
                      24 to 30 -> 32 [2]
                      38 to 38 -> 32 [2]
                    """;
            assertEquals(expected, dis(co));
            assertEquals(4, co.stacksize);
        }

        @Test
        @DisplayName("except E as e stores, runs the body, then deletes e on both paths")
        void exceptAs() {
            CodeObject f = nested(compile(def("f", List.of("a"), tryExcept(body(expr(call(n("g")))),
                    handler(n("E"), "e", expr(call(n("print"), n("e"))))))), 0);
            String d = dis(f);
            assertTrue(d.contains("CHECK_EXC_MATCH"), d);
            assertEquals(2, d.split("DELETE_FAST").length - 1, d);
            // handler region of the body: cleanup at depth 1 (prev exception below)
            int[] t = f.exceptionTable;
            assertEquals(0, t[3]);
            assertEquals(1, t[7]);
        }

        @Test
        @DisplayName("a method call uses LOAD_METHOD and keyword arguments use KW_NAMES")
        void methodCall() {
            CodeObject co = compile(expr(callKw(attr(n("o"), "m"), List.of(c(1)), kw("k", c(2)))));
            String d = dis(co);
            assertTrue(d.contains("LOAD_METHOD              1 (m)"), d);
            assertTrue(d.contains("KW_NAMES                 2"), d);
            assertTrue(d.contains("CALL                     2"), d);
            assertEquals(new CodeObject.ConstTuple(List.of("k")), co.consts[2]);
        }

        @Test
        @DisplayName("a starred call builds an argument tuple and calls CALL_FUNCTION_EX")
        void starCall() {
            String d = dis(compile(expr(call(n("f"), c(1), starred(n("a"), Ctx.LOAD)))));
            assertTrue(d.contains("BUILD_LIST               1"), d);
            assertTrue(d.contains("LIST_EXTEND              1"), d);
            assertTrue(d.contains("LIST_TO_TUPLE"), d);
            assertTrue(d.contains("CALL_FUNCTION_EX         0"), d);
        }

        @Test
        @DisplayName("constants fold: -1 and tuples of constants become one constant")
        void folding() {
            CodeObject co = compile(assign(st("t"), tuple(c(1), new Expr.UnaryOp(A.p(), UnaryOperator.USUB, c(2)))));
            assertEquals(new CodeObject.ConstTuple(List.of(1L, -2L)), co.consts[0]);
        }

        @Test
        @DisplayName("closures pass cells with LOAD_CLOSURE and read them with LOAD_DEREF")
        void closures() {
            CodeObject co = compile(def("f", List.of("x"), def("g", List.of(), ret(n("x"))), ret(n("g"))));
            CodeObject f = nested(co, 0), g = nested(f, 0);
            assertEquals(List.of("x"), List.of(f.cellvars));
            assertEquals(0, f.cell2arg[0]);
            assertTrue(dis(f).contains("LOAD_CLOSURE             0 (x)"), dis(f));
            assertTrue(dis(g).contains("LOAD_DEREF               0 (x)"), dis(g));
            assertEquals("f.<locals>.g", g.qualname);
        }

        @Test
        @DisplayName("a class body stores __module__ and __qualname__ and returns the __class__ cell")
        void classCell() {
            CodeObject co = compile(cls("C", def("m", List.of("self"), ret(call(n("super"))))));
            CodeObject body = nested(co, 0);
            String d = dis(body);
            assertTrue(d.contains("STORE_NAME               1 (__module__)"), d);
            assertTrue(d.contains("LOAD_CLOSURE             0 (__class__)"), d);
            assertTrue(d.contains("STORE_NAME               4 (__classcell__)"), d);
            assertEquals("C.m", nested(body, 0).qualname);
            assertTrue(dis(co).contains("LOAD_BUILD_CLASS"), dis(co));
        }

        @Test
        @DisplayName("a generator expression is a generator code object with YIELD_VALUE and RESUME 1")
        void genexp() {
            CodeObject co = compile(expr(genExp(n("x"), st("x"), n("xs"))));
            CodeObject g = nested(co, 0);
            assertTrue(g.isGenerator());
            assertEquals("<genexpr>", g.qualname);
            assertTrue(dis(g).contains("YIELD_VALUE"), dis(g));
        }

        @Test
        @DisplayName("interactive expression statements print their value")
        void interactive() {
            CodeObject co = Compiler.compile(new Mod.Interactive(A.p(), List.of(expr(n("x")))), "<stdin>");
            assertTrue(dis(co).contains("PRINT_EXPR"), dis(co));
        }

        @Test
        @DisplayName("eval mode returns the expression's value")
        void evalMode() {
            CodeObject co = Compiler.compile(new Mod.Expression(A.p(), n("x")), "<string>");
            assertTrue(dis(co).contains("LOAD_NAME                0 (x)\n              4 RETURN_VALUE"), dis(co));
        }
    }

    @Nested
    @DisplayName("unwinds frame blocks")
    class Unwinding {
        @Test
        @DisplayName("break in a with block inside a for loop calls __exit__ and pops the iterator")
        void breakThroughWith() {
            CodeObject co = compile(forS(st("x"), n("xs"), with(n("m"), null, brk())));
            String d = dis(co);
            // only the break path reaches __exit__(None, None, None): the normal exit is unreachable
            assertEquals(1, d.split("CALL                     2").length - 1, d);
            assertTrue(d.contains("POP_TOP\n             26 POP_TOP\n             28 JUMP_FORWARD"), d);
            assertTrue(co.stacksize >= 5, "stacksize " + co.stacksize);
        }

        @Test
        @DisplayName("return inside try/finally runs the finally body before RETURN_VALUE")
        void returnThroughFinally() {
            CodeObject f = nested(compile(def("f", List.of(),
                    A.tryFinally(body(ret(call(n("g")))), body(expr(call(n("h"))))))), 0);
            String d = dis(f);
            assertEquals(2, d.split("NULL \\+ h").length - 1, d);
        }

        @Test
        @DisplayName("continue inside an except handler pops the handled exception")
        void continueInHandler() {
            CodeObject co = compile(whileS(n("c"), tryExcept(body(expr(call(n("g")))), handler(null, null, cont()))));
            assertTrue(dis(co).contains("POP_EXCEPT"), dis(co));
        }
    }

    @Nested
    @DisplayName("raises CPython's compile-time SyntaxErrors")
    class Errors {
        String msg(Stmt... body) { return assertThrows(CompileError.class, () -> compile(body)).msg; }

        @Test
        @DisplayName("for misplaced return, yield, break and continue")
        void misplaced() {
            assertEquals("'return' outside function", msg(ret(c(1))));
            assertEquals("'yield' outside function", msg(expr(A.yield(c(1)))));
            assertEquals("'break' outside loop", msg(brk()));
            assertEquals("'continue' not properly in loop", msg(cont()));
            assertEquals("'return' outside function", msg(cls("C", ret(null))));
        }

        @Test
        @DisplayName("for repeated keywords and bad starred expressions")
        void callsAndStars() {
            assertEquals("keyword argument repeated: x",
                    msg(expr(callKw(n("f"), List.of(), kw("x", c(1)), kw("x", c(2))))));
            assertEquals("iterable unpacking cannot be used in comprehension",
                    msg(expr(listComp(starred(n("x"), Ctx.LOAD), st("x"), n("xs")))));
            assertEquals("multiple starred expressions in assignment",
                    msg(assign(stTuple(starred(st("a"), Ctx.STORE), starred(st("b"), Ctx.STORE)), n("x"))));
            assertEquals("starred assignment target must be in a list or tuple",
                    msg(assign(starred(st("a"), Ctx.STORE), n("x"))));
            Expr[] many = new Expr[300];
            for (int i = 0; i < 299; i++) many[i] = st("a" + i);
            many[299] = starred(st("z"), Ctx.STORE);
            assertEquals("too many expressions in star-unpacking assignment", msg(assign(stTuple(many), n("x"))));
        }
    }
}
