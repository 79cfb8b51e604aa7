package dev.gilpy.compile;

import dev.gilpy.ast.*;
import dev.gilpy.compile.symtable.Scope;
import dev.gilpy.compile.symtable.SymbolTable;
import dev.gilpy.text.Identifiers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.gilpy.compile.A.*;
import static dev.gilpy.compile.symtable.SymbolScope.*;
import static org.junit.jupiter.api.Assertions.*;

@DisplayName("The symbol table")
class SymbolTableTest {
    static Scope child(Scope s, int... path) {
        for (int i : path) s = s.children().get(i);
        return s;
    }

    static SymbolTable build(Stmt... body) { return SymbolTable.build(module(body), "t.py"); }

    @Nested
    @DisplayName("classifies function names")
    class Functions {
        @Test
        @DisplayName("a closure variable is a cell in the outer function and free in the inner one")
        void closure() {
            SymbolTable t = build(def("f", List.of("a"), assign(st("x"), c(1)),
                    def("g", List.of(), ret(bin(n("x"), Operator.ADD, n("y"))))));
            Scope f = child(t.top, 0), g = child(t.top, 0, 0);
            assertEquals(CELL, f.scopeOf("x"));
            assertEquals(LOCAL, f.scopeOf("a"));
            assertEquals(LOCAL, f.scopeOf("g"));
            assertEquals(FREE, g.scopeOf("x"));
            assertEquals(GLOBAL_IMPLICIT, g.scopeOf("y"));
        }

        @Test
        @DisplayName("nonlocal makes the name free and the outer binding a cell")
        void nonlocalName() {
            SymbolTable t = build(def("f", List.of(), assign(st("x"), c(1)),
                    def("g", List.of(), nonlocal("x"), assign(st("x"), c(2)))));
            assertEquals(CELL, child(t.top, 0).scopeOf("x"));
            assertEquals(FREE, child(t.top, 0, 0).scopeOf("x"));
        }

        @Test
        @DisplayName("global makes an assigned name an explicit global")
        void globalName() {
            SymbolTable t = build(def("f", List.of(), global("counter"), aug(st("counter"), Operator.ADD, c(1))));
            assertEquals(GLOBAL_EXPLICIT, child(t.top, 0).scopeOf("counter"));
        }

        @Test
        @DisplayName("a free name passes through an intermediate function as free")
        void passThrough() {
            SymbolTable t = build(def("f", List.of("x"),
                    def("g", List.of(), def("h", List.of(), ret(n("x"))))));
            assertEquals(CELL, child(t.top, 0).scopeOf("x"));
            assertEquals(FREE, child(t.top, 0, 0).scopeOf("x"));
            assertEquals(FREE, child(t.top, 0, 0, 0).scopeOf("x"));
        }
    }

    @Nested
    @DisplayName("handles class scopes")
    class Classes {
        @Test
        @DisplayName("class-body names are not visible to methods")
        void classNamesInvisible() {
            SymbolTable t = build(cls("C", assign(st("x"), c(1)), def("m", List.of("self"), ret(n("x")))));
            assertEquals(LOCAL, child(t.top, 0).scopeOf("x"));
            assertEquals(GLOBAL_IMPLICIT, child(t.top, 0, 0).scopeOf("x"));
        }

        @Test
        @DisplayName("a method calling super() gets a free __class__ and the class needs a __class__ cell")
        void superCall() {
            SymbolTable t = build(cls("C", def("m", List.of("self"), ret(call(n("super"))))));
            assertTrue(child(t.top, 0).needsClassClosure());
            assertEquals(FREE, child(t.top, 0, 0).scopeOf("__class__"));
            assertEquals(List.of("__class__"), child(t.top, 0, 0).freeVars());
        }

        @Test
        @DisplayName("private names are mangled inside the class")
        void mangling() {
            SymbolTable t = build(cls("_C", def("m", List.of("self"), assign(st("__x"), c(1)))));
            assertEquals(LOCAL, child(t.top, 0, 0).scopeOf("_C__x"));
            assertEquals("_C__x", Identifiers.mangle("_C", "__x"));
            assertEquals("__x__", Identifiers.mangle("C", "__x__"));
            assertEquals("__x", Identifiers.mangle("___", "__x"));
        }
    }

    @Nested
    @DisplayName("handles comprehensions")
    class Comprehensions {
        @Test
        @DisplayName("a comprehension is a function scope with the .0 parameter")
        void implicitParam() {
            SymbolTable t = build(def("f", List.of("xs"), ret(listComp(n("x"), st("x"), n("xs")))));
            Scope comp = child(t.top, 0, 0);
            assertEquals(List.of(".0"), comp.params());
            assertEquals(LOCAL, comp.scopeOf("x"));
            assertEquals(LOCAL, child(t.top, 0).scopeOf("xs"));
        }

        @Test
        @DisplayName("a walrus target binds in the enclosing function")
        void walrusBindsOutside() {
            SymbolTable t = build(def("f", List.of("xs"),
                    expr(listComp(walrus("last", n("x")), st("x"), n("xs"))), ret(n("last"))));
            assertEquals(CELL, child(t.top, 0).scopeOf("last"));
            assertEquals(FREE, child(t.top, 0, 0).scopeOf("last"));
        }

        @Test
        @DisplayName("a walrus at module level makes the name global in the comprehension")
        void walrusAtModule() {
            SymbolTable t = build(expr(listComp(walrus("y", n("x")), st("x"), n("xs"))));
            assertEquals(GLOBAL_EXPLICIT, child(t.top, 0).scopeOf("y"));
        }
    }

    @Nested
    @DisplayName("raises CPython's SyntaxErrors")
    class Errors {
        String msg(Stmt... body) {
            return assertThrows(CompileError.class, () -> build(body)).msg;
        }

        @Test
        @DisplayName("for global after use or assignment, parameters, bad nonlocals and duplicate arguments")
        void messages() {
            assertEquals("name 'x' is used prior to global declaration",
                    msg(def("f", List.of(), expr(n("x")), global("x"))));
            assertEquals("name 'x' is assigned to before global declaration",
                    msg(def("f", List.of(), assign(st("x"), c(1)), global("x"))));
            assertEquals("name 'x' is parameter and global", msg(def("f", List.of("x"), global("x"))));
            assertEquals("no binding for nonlocal 'x' found", msg(def("f", List.of(), nonlocal("x"))));
            assertEquals("nonlocal declaration not allowed at module level", msg(nonlocal("x")));
            assertEquals("duplicate argument 'x' in function definition", msg(def("f", List.of("x", "x"), pass())));
        }

        @Test
        @DisplayName("with the location of the offending statement")
        void location() {
            A.at(3);
            Stmt g = global("x");
            A.at(1);
            CompileError e = assertThrows(CompileError.class,
                    () -> build(def("f", List.of(), expr(n("x")), g)));
            assertEquals("SyntaxError", e.kind);
            assertEquals(3, e.lineno);
            assertEquals(1, e.offset);
            assertEquals("t.py", e.filename);
        }
    }
}
