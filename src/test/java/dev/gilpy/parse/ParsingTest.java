package dev.gilpy.parse;

import dev.gilpy.ast.Expr;
import dev.gilpy.ast.Mod;
import dev.gilpy.ast.Stmt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

@DisplayName("The parser")
class ParsingTest {

    static List<Stmt> body(String src) {
        return ((Mod.Module) Parsing.parse(src, "<test>", Parsing.Mode.FILE)).body();
    }

    static String stmt(String src) {
        List<Stmt> b = body(src);
        assertEquals(1, b.size(), "one statement expected");
        return AstDump.of(b.get(0));
    }

    static String expr(String src) {
        return AstDump.of(((Mod.Expression) Parsing.parse(src, "<test>", Parsing.Mode.EVAL)).body());
    }

    static ParseError error(String src) {
        return assertThrows(ParseError.class, () -> Parsing.parse(src, "<test>", Parsing.Mode.FILE));
    }

    /** kind, msg, lineno, offset as CPython 3.11 reports them. */
    static void assertError(String src, String kind, String msg, int line, int offset) {
        ParseError e = error(src);
        assertEquals(kind, e.kind, "kind");
        assertEquals(msg, e.msg, "msg");
        assertEquals(line, e.lineno, "lineno");
        assertEquals(offset, e.offset, "offset");
    }

    @Nested
    @DisplayName("builds CPython-shaped statements")
    class Statements {
        @Test @DisplayName("chained assignment has one Assign with two store targets")
        void chained() {
            assertEquals("Assign([Name('a', STORE), Name('b', STORE)], Constant(1))", stmt("a = b = 1\n"));
        }

        @Test @DisplayName("tuple, list and starred targets get the store context recursively")
        void unpacking() {
            assertEquals("Assign([TupleExpr([Name('a', STORE), ListExpr([Starred(Name('b', STORE), STORE), "
                    + "Name('c', STORE)], STORE)], STORE)], Name('x', LOAD))", stmt("a, [*b, c] = x"));
        }

        @Test @DisplayName("augmented and annotated assignments")
        void augAnn() {
            assertEquals("AugAssign(Name('x', STORE), ADD, Constant(1))", stmt("x += 1"));
            assertEquals("AnnAssign(Name('x', STORE), Name('int', LOAD), Constant(1), true)", stmt("x: int = 1"));
            assertEquals("AnnAssign(Attribute(Name('a', LOAD), 'b', STORE), Name('int', LOAD), null, false)",
                    stmt("a.b: int"));
            assertEquals("AnnAssign(Name('x', STORE), Name('int', LOAD), null, false)", stmt("(x): int"));
        }

        @Test @DisplayName("if/elif/else nests elif as an If in orelse")
        void ifElif() {
            assertEquals("If(Name('a', LOAD), [Pass()], [If(Name('b', LOAD), [Break()], [Continue()])])",
                    stmt("if a:\n    pass\nelif b:\n    break\nelse:\n    continue\n"));
        }

        @Test @DisplayName("while/else and for/else")
        void loops() {
            assertEquals("While(Name('x', LOAD), [Pass()], [Pass()])", stmt("while x:\n  pass\nelse:\n  pass\n"));
            assertEquals("For(TupleExpr([Name('i', STORE), Name('j', STORE)], STORE), Name('y', LOAD), [Pass()], [])",
                    stmt("for i, j in y: pass"));
        }

        @Test @DisplayName("def with every kind of parameter")
        void def() {
            assertEquals("FunctionDef('f', Arguments([Arg('a', null)], [Arg('b', Name('int', LOAD))], Arg('args', null), "
                    + "[Arg('c', null), Arg('d', null)], [null, Constant(3)], Arg('kw', null), [Constant(2)]), "
                    + "[Return(null)], [], Name('str', LOAD))",
                    stmt("def f(a, /, b: int = 2, *args, c, d=3, **kw) -> str:\n    return\n"));
            assertEquals("FunctionDef('g', Arguments([], [], null, [Arg('k', null)], [null], null, []), [Pass()], [], null)",
                    stmt("def g(*, k): pass"));
        }

        @Test @DisplayName("decorated def keeps the def line as its position")
        void decorated() {
            Stmt s = body("@dec\n@other(1)\ndef f():\n    pass\n").get(0);
            assertEquals(3, s.pos().line());
            assertEquals(2, ((Stmt.FunctionDef) s).decorators().size());
        }

        @Test @DisplayName("class with bases and metaclass keyword")
        void classDef() {
            assertEquals("ClassDef('C', [Name('A', LOAD)], [Keyword('metaclass', Name('M', LOAD))], [Pass()], [])",
                    stmt("class C(A, metaclass=M):\n    pass\n"));
        }

        @Test @DisplayName("try with handlers, else and finally")
        void tryStmt() {
            assertEquals("Try([Pass()], [ExceptHandler(Name('E', LOAD), 'e', [Pass()]), ExceptHandler(TupleExpr("
                    + "[Name('A', LOAD), Name('B', LOAD)], LOAD), null, [Pass()]), ExceptHandler(null, null, [Pass()])], "
                    + "[Pass()], [Pass()])",
                    stmt("try:\n pass\nexcept E as e:\n pass\nexcept (A, B):\n pass\nexcept:\n pass\nelse:\n pass\n"
                            + "finally:\n pass\n"));
        }

        @Test @DisplayName("raise, raise from, assert, del, global, nonlocal")
        void simple() {
            assertEquals("Raise(Name('X', LOAD), Name('Y', LOAD))", stmt("raise X from Y"));
            assertEquals("Raise(null, null)", stmt("raise"));
            assertEquals("Assert(Name('x', LOAD), Constant('m'))", stmt("assert x, 'm'"));
            assertEquals("Delete([Name('a', DEL), Subscript(Name('b', LOAD), Constant(0), DEL)])", stmt("del a, b[0]"));
            assertEquals("Global(['a', 'b'])", stmt("global a, b"));
        }

        @Test @DisplayName("with several items and parenthesised items")
        void with() {
            assertEquals("With([WithItem(Name('a', LOAD), Name('x', STORE)), WithItem(Name('b', LOAD), null)], [Pass()])",
                    stmt("with a as x, b: pass"));
            assertEquals("With([WithItem(Name('a', LOAD), Name('x', STORE)), WithItem(Name('b', LOAD), null)], [Pass()])",
                    stmt("with (a as x,\n      b,):\n    pass\n"));
        }

        @Test @DisplayName("imports of every form")
        void imports() {
            assertEquals("Import([Alias('a.b.c', null), Alias('x', 'y')])", stmt("import a.b.c, x as y"));
            assertEquals("ImportFrom('x', [Alias('a', null), Alias('b', 'c')], 0)", stmt("from x import (a,\n b as c)"));
            assertEquals("ImportFrom(null, [Alias('x', null)], 1)", stmt("from . import x"));
            assertEquals("ImportFrom('m', [Alias('*', null)], 4)", stmt("from ....m import *"));
        }

        @Test @DisplayName("semicolon-separated simple statements")
        void semicolons() {
            assertEquals(3, body("a = 1; b = 2; pass;\n").size());
        }

        @Test @DisplayName("statement positions are right, compound ones ending at their last body statement")
        void positions() {
            List<Stmt> b = body("x = 1\n\nif x:\n    y = 22\n");
            assertEquals("1:0-1:5", AstDump.of(b.get(0).pos()));
            assertEquals("3:0-4:10", AstDump.of(b.get(1).pos()));
        }
    }

    @Nested
    @DisplayName("builds CPython-shaped expressions")
    class Expressions {
        @Test @DisplayName("a chained comparison is one Compare, including 'not in' and 'is not'")
        void compare() {
            assertEquals("Compare(Name('a', LOAD), [LT, NOT_IN, IS_NOT], [Name('b', LOAD), Name('c', LOAD), "
                    + "Name('d', LOAD)])", expr("a < b not in c is not d"));
        }

        @Test @DisplayName("and/or chains are single BoolOps")
        void boolOps() {
            assertEquals("BoolOp(OR, [BoolOp(AND, [Name('a', LOAD), Name('b', LOAD), Name('c', LOAD)]), "
                    + "UnaryOp(NOT, Name('d', LOAD))])", expr("a and b and c or not d"));
        }

        @Test @DisplayName("precedence: power binds tighter than unary minus, which binds tighter than *")
        void precedence() {
            assertEquals("BinOp(Constant(1), ADD, BinOp(UnaryOp(USUB, BinOp(Constant(2), POW, Constant(3))), MULT, "
                    + "Constant(4)))", expr("1 + -2 ** 3 * 4"));
            assertEquals("BinOp(BinOp(Name('a', LOAD), BITOR, BinOp(Name('b', LOAD), BITAND, Name('c', LOAD))), "
                    + "BITOR, BinOp(Name('d', LOAD), LSHIFT, Constant(1)))", expr("a | b & c | d << 1"));
            assertEquals("UnaryOp(USUB, Constant(1))", expr("-1"));
        }

        @Test @DisplayName("conditional expression, walrus and lambda")
        void misc() {
            assertEquals("IfExp(Name('c', LOAD), Name('a', LOAD), Name('b', LOAD))", expr("a if c else b"));
            assertEquals("NamedExpr(Name('x', STORE), Constant(1))", expr("(x := 1)"));
            assertEquals("Lambda(Arguments([], [Arg('a', null)], Arg('b', null), [Arg('c', null)], [Constant(1)], "
                    + "Arg('d', null), []), Name('a', LOAD))", expr("lambda a, *b, c=1, **d: a"));
        }

        @Test @DisplayName("displays with unpacking")
        void displays() {
            assertEquals("ListExpr([Starred(Name('a', LOAD), LOAD), Constant(1)], LOAD)", expr("[*a, 1]"));
            assertEquals("DictExpr([Constant(1), null], [Constant(2), Name('d', LOAD)])", expr("{1: 2, **d}"));
            assertEquals("SetExpr([Constant(1), Starred(Name('s', LOAD), LOAD)])", expr("{1, *s}"));
            assertEquals("TupleExpr([Constant(1)], LOAD)", expr("(1,)"));
            assertEquals("TupleExpr([], LOAD)", expr("()"));
            assertEquals("DictExpr([], [])", expr("{}"));
        }

        @Test @DisplayName("comprehensions of all four kinds with nested for and if")
        void comprehensions() {
            assertEquals("ListComp(Name('x', LOAD), [Comprehension(Name('x', STORE), Name('a', LOAD), "
                    + "[Name('x', LOAD)], false), Comprehension(Name('y', STORE), Name('b', LOAD), [], false)])",
                    expr("[x for x in a if x for y in b]"));
            assertEquals("DictComp(Name('k', LOAD), Name('v', LOAD), [Comprehension(TupleExpr([Name('k', STORE), "
                    + "Name('v', STORE)], STORE), Name('d', LOAD), [], false)])", expr("{k: v for k, v in d}"));
            assertTrue(expr("{x for x in a}").startsWith("SetComp("));
            assertTrue(expr("(x for x in a)").startsWith("GeneratorExp("));
        }

        @Test @DisplayName("subscripts and slices")
        void slices() {
            assertEquals("Subscript(Name('a', LOAD), Slice(Constant(1), Constant(2), Constant(3)), LOAD)", expr("a[1:2:3]"));
            assertEquals("Subscript(Name('a', LOAD), Slice(null, null, Constant(2)), LOAD)", expr("a[::2]"));
            assertEquals("Subscript(Name('a', LOAD), TupleExpr([Slice(Constant(1), Constant(2), null), Constant(3)], "
                    + "LOAD), LOAD)", expr("a[1:2, 3]"));
        }

        @Test @DisplayName("calls with every argument kind and a lone generator argument")
        void calls() {
            assertEquals("Call(Attribute(Name('o', LOAD), 'f', LOAD), [Constant(1), Starred(Name('a', LOAD), LOAD)], "
                    + "[Keyword('k', Constant(2)), Keyword(null, Name('kw', LOAD))])", expr("o.f(1, *a, k=2, **kw)"));
            assertEquals("Call(Name('f', LOAD), [GeneratorExp(Name('x', LOAD), [Comprehension(Name('x', STORE), "
                    + "Name('y', LOAD), [], false)])], [])", expr("f(x for x in y)"));
        }

        @Test @DisplayName("yield and yield from")
        void yields() {
            assertEquals("Assign([Name('x', STORE)], Yield(Name('y', LOAD)))", stmt("x = yield y"));
            assertEquals("ExprStmt(YieldFrom(Name('g', LOAD)))", stmt("yield from g"));
        }

        @Test @DisplayName("expression positions are 1-based lines and 0-based columns")
        void positions() {
            Expr e = ((Mod.Expression) Parsing.parse("(a) + bb", "<t>", Parsing.Mode.EVAL)).body();
            assertEquals("1:0-1:8", AstDump.of(e.pos()));
            assertEquals("1:1-1:2", AstDump.of(((Expr.BinOp) e).left().pos()));
        }
    }

    @Nested
    @DisplayName("decodes literals")
    class Literals {
        @Test @DisplayName("integers become Long or BigInteger, in every base")
        void ints() {
            assertEquals("Constant(1000000)", expr("1_000_000"));
            assertEquals("Constant(255)", expr("0xff"));
            assertEquals("Constant(8)", expr("0o10"));
            assertEquals("Constant(5)", expr("0b1_01"));
            assertEquals(java.math.BigInteger.TWO.pow(70),
                    ((Expr.Constant) ((Mod.Expression) Parsing.parse("1180591620717411303424", "t", Parsing.Mode.EVAL))
                            .body()).value());
        }

        @Test @DisplayName("floats, booleans, None and Ellipsis")
        void others() {
            assertEquals("Constant(1.0)", expr("1."));
            assertEquals("Constant(0.5)", expr(".5"));
            assertEquals("Constant(0.001)", expr("1e-3"));
            assertEquals("Constant(1000.5)", expr("1_000.5"));
            assertEquals("Constant(true)", expr("True"));
            assertEquals("Constant(null)", expr("None"));
            assertEquals("Constant(INSTANCE)", expr("..."));
        }

        @Test @DisplayName("string prefixes, escapes and implicit concatenation")
        void strings() {
            assertEquals("Constant('ab')", expr("'a' \"b\""));
            assertEquals("Constant('\n\t\\'\"A\u00e9\uD83D\uDE00AA')", expr("'\\n\\t\\\\\\'\\\"\\x41\\u00e9\\U0001F600\\101\\N{LATIN CAPITAL LETTER A}'"));
            assertEquals("Constant('a\\n')", expr("r'a\\n'"));
            assertEquals("Constant('ab')", expr("'a\\\nb'"));
            assertEquals("Constant('x\ny')", expr("'''x\ny'''"));
            assertEquals("Constant(b'a\n')", expr("b'a' Rb'' B'\\n'"));
            assertEquals("Constant('u')", expr("U'u'"));
        }
    }

    @Nested
    @DisplayName("splits f-strings")
    class FStrings {
        @Test @DisplayName("into constants and formatted values with conversions")
        void basic() {
            assertEquals("JoinedStr([Constant('a{'), FormattedValue(Name('x', LOAD), 'r', null), Constant('}')])",
                    expr("f'a{{{x!r}}}'"));
        }

        @Test @DisplayName("with nested fields inside the format spec")
        void spec() {
            assertEquals("JoinedStr([FormattedValue(Name('x', LOAD), -1, JoinedStr([FormattedValue(Name('width', LOAD), "
                    + "-1, null), Constant('.'), FormattedValue(Name('prec', LOAD), -1, null), Constant('f')]))])",
                    expr("f\"{x:{width}.{prec}f}\""));
        }

        @Test @DisplayName("with the = debug form defaulting to repr")
        void debug() {
            assertEquals("JoinedStr([Constant('x='), FormattedValue(Name('x', LOAD), 'r', null)])", expr("f'{x=}'"));
            assertEquals("JoinedStr([Constant('x = '), FormattedValue(Name('x', LOAD), -1, JoinedStr([Constant('>4')]))])",
                    expr("f'{x = :>4}'"));
        }

        @Test @DisplayName("parsing field expressions at their real source position")
        void positions() {
            Expr.JoinedStr j = (Expr.JoinedStr) ((Mod.Expression) Parsing.parse("f'ab{x + y}'", "t", Parsing.Mode.EVAL)).body();
            Expr v = ((Expr.FormattedValue) j.values().get(1)).value();
            assertEquals("1:5-1:10", AstDump.of(v.pos()));
        }

        @Test @DisplayName("concatenated with plain strings")
        void concat() {
            assertEquals("JoinedStr([Constant('a'), FormattedValue(Name('b', LOAD), 's', null), Constant('c')])",
                    expr("'a' f'{b!s}' 'c'"));
        }
    }

    @Nested
    @DisplayName("handles indentation")
    class Indentation {
        @Test @DisplayName("INDENT and DEDENT are balanced, including at end of file without newline")
        void balance() {
            List<Stmt> b = body("if a:\n    if b:\n        x\n    y\nz");
            assertEquals(2, b.size());
        }

        @Test @DisplayName("blank lines, comment lines and backslash continuations are ignored")
        void blanks() {
            assertEquals(2, body("if a:\n\n    # c\n        # deeper comment\n    x = 1 + \\\n  2\n\ny\n").size());
        }

        @Test @DisplayName("newlines inside brackets join lines")
        void brackets() {
            assertEquals("Assign([Name('x', STORE)], ListExpr([Constant(1), Constant(2)], LOAD))", stmt("x = [1,\n   2\n]\n"));
        }

        @Test @DisplayName("tabs count to the next multiple of 8")
        void tabs() {
            assertEquals(1, body("if a:\n\tx\n\ty\n").size());
        }

        @Test @DisplayName("CRLF line endings are accepted")
        void crlf() {
            assertEquals(2, body("if a:\r\n  x\r\ny\r\n").size());
        }
    }

    @Nested
    @DisplayName("reports errors as CPython 3.11 does")
    class Errors {
        @Test @DisplayName("invalid syntax with the caret at the offending token")
        void invalidSyntax() {
            assertError("print('Square': , 7)\n", "SyntaxError", "invalid syntax", 1, 15);
            assertError("x = $\n", "SyntaxError", "invalid syntax", 1, 5);
            assertError("x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7);
            assertError("x = 5 +\n", "SyntaxError", "invalid syntax", 1, 8);
            ParseError e = error("print('Square': , 7)\n");
            assertEquals("print('Square': , 7)\n", e.text);
            assertEquals(16, e.endOffset);
        }

        @Test @DisplayName("indentation errors")
        void indentation() {
            assertError("  x = 1\n", "IndentationError", "unexpected indent", 1, 2);
            assertError("if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1);
            assertError("def f():\n\nx\n", "IndentationError",
                    "expected an indented block after function definition on line 1", 3, 1);
            assertError("for x in y:\nz\n", "IndentationError", "expected an indented block after 'for' statement on line 1", 2, 1);
            assertError("while x:\nz\n", "IndentationError", "expected an indented block after 'while' statement on line 1", 2, 1);
            assertError("class A:\nz\n", "IndentationError", "expected an indented block after class definition on line 1", 2, 1);
            assertError("try:\nz\n", "IndentationError", "expected an indented block after 'try' statement on line 1", 2, 1);
            assertError("with a:\nz\n", "IndentationError", "expected an indented block after 'with' statement on line 1", 2, 1);
            assertError("if x:\n y\nelse:\nz\n", "IndentationError", "expected an indented block after 'else' statement on line 3", 4, 1);
            assertError("if x:\n y\nelif z:\nz\n", "IndentationError", "expected an indented block after 'elif' statement on line 3", 4, 1);
            assertError("try:\n y\nexcept:\nz\n", "IndentationError", "expected an indented block after 'except' statement on line 3", 4, 1);
            assertError("try:\n y\nfinally:\nz\n", "IndentationError", "expected an indented block after 'finally' statement on line 3", 4, 1);
            assertError("if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6);
            assertError("if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4);
            assertError("if x:\n\tif y:\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1);
        }

        @Test @DisplayName("string literal errors")
        void strings() {
            assertError("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
            assertError("x = rb'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5);
            assertError("x = '''abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5);
            assertError("x = 'a' b'c'\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 13);
        }

        @Test @DisplayName("bracket errors")
        void brackets() {
            assertError("x = (1,\n\n", "SyntaxError", "'(' was never closed", 1, 5);
            assertError("x = )\n", "SyntaxError", "unmatched ')'", 1, 5);
            assertError("x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7);
            assertError("x = (1,\n2]\n", "SyntaxError",
                    "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2);
            assertError("(".repeat(300) + ")".repeat(300) + "\n", "SyntaxError", "too many nested parentheses", 1, 201);
        }

        @Test @DisplayName("number and character errors")
        void numbers() {
            assertError("x = 1abc\n", "SyntaxError", "invalid decimal literal", 1, 5);
            assertError("x = 0x1g\n", "SyntaxError", "invalid hexadecimal literal", 1, 7);
            assertError("x = 0b2\n", "SyntaxError", "invalid digit '2' in binary literal", 1, 7);
            assertError("x = 01\n", "SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5);
            assertError("x = 1 € 2\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7);
            assertError("x = \\ 1\n", "SyntaxError", "unexpected character after line continuation character", 1, 6);
            assertError("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8);
            assertEquals("source code cannot contain null bytes", error("x = \0\n").msg);
        }

        @Test @DisplayName("invalid targets")
        void targets() {
            assertError("1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1);
            assertError("f() = 1\n", "SyntaxError",
                    "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1);
            assertError("x + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1);
            assertError("(a, 1) = 2\n", "SyntaxError", "cannot assign to literal", 1, 5);
            assertError("True = 1\n", "SyntaxError", "cannot assign to True", 1, 1);
            assertError("del f()\n", "SyntaxError", "cannot delete function call", 1, 5);
            assertError("a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1);
            assertError("a = yield = 1\n", "SyntaxError", "assignment to yield expression not possible", 1, 5);
        }

        @Test @DisplayName("missing colons and other specific messages")
        void specific() {
            assertError("if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5);
            assertError("for x in y\n  pass\n", "SyntaxError", "expected ':'", 1, 11);
            assertError("class A\n", "SyntaxError", "expected ':'", 1, 8);
            assertError("try:\n  pass\nx\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1);
            assertError("x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5);
            assertError("f(x for x in y, 1)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3);
            assertError("f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9);
            assertError("def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12);
            assertError("def f(*): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7);
            assertError("print 'hi'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1);
            assertError("f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6);
            assertError("f'}'\n", "SyntaxError", "f-string: single '}' is not allowed", 1, 5);
            assertError("f'{x!z}'\n", "SyntaxError", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9);
        }

        @Test @DisplayName("deep nesting and huge lines fail or succeed cleanly")
        void limits() {
            String deep = "-".repeat(100_000) + "1\n";
            try {
                Parsing.parse(deep, "t", Parsing.Mode.FILE);
            } catch (ParseError e) {
                assertTrue(e.lineno >= 1);
            }
            String big = "x = [" + "1, ".repeat(200_000) + "]\n";
            assertEquals(1, body(big).size());
        }
    }

    @Nested
    @DisplayName("decides whether REPL input is incomplete")
    class Incomplete {
        @Test @DisplayName("unfinished blocks, brackets and strings are incomplete")
        void incomplete() {
            assertTrue(Parsing.isIncomplete("def f():"));
            assertTrue(Parsing.isIncomplete("if x:\n    y"));
            assertTrue(Parsing.isIncomplete("(1,"));
            assertTrue(Parsing.isIncomplete("\"\"\"abc"));
            assertTrue(Parsing.isIncomplete("x = 1 + \\"));
            assertTrue(Parsing.isIncomplete("if x: pass"));
        }

        @Test @DisplayName("complete or definitely wrong inputs are not")
        void complete() {
            assertFalse(Parsing.isIncomplete("x = 1"));
            assertFalse(Parsing.isIncomplete("if x:\n    y\n\n"));
            assertFalse(Parsing.isIncomplete("x = )"));
            assertFalse(Parsing.isIncomplete("x ="));
            assertFalse(Parsing.isIncomplete("if x"));
        }
    }

    @Test @DisplayName("single mode parses one interactive input")
    void single() {
        Mod m = Parsing.parse("x = 1; y = 2\n", "<stdin>", Parsing.Mode.SINGLE);
        assertEquals(2, ((Mod.Interactive) m).body().size());
    }
}
