package dev.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gilpy.ast.Mod;
import dev.gilpy.parse.Parsing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compile-time SyntaxWarnings and __future__ errors, as CPython 3.11 reports them. */
class CompileWarningsTest {
    private static List<String> warnings(String src) {
        List<CompileWarning> ws = new ArrayList<>();
        Mod m = Parsing.parse(src, "t.py", Parsing.Mode.FILE, ws);
        Compiler.compile(m, "t.py", ws);
        return ws.stream().map(w -> w.lineno() + ": " + w.category() + ": " + w.message()).toList();
    }

    @Test
    void numberFollowedByKeyword() {
        assertEquals(List.of("1: SyntaxWarning: invalid decimal literal", "2: SyntaxWarning: invalid hexadecimal literal",
                        "3: SyntaxWarning: invalid octal literal", "4: SyntaxWarning: invalid decimal literal"),
                warnings("x = 1if 1 else 2\ny = [0x1for x in ()]\nz = 0o7or 1\nw = 1.5and 0\nv = 1 if 1 else 2\n"));
    }

    @Test
    void isWithLiteral() {
        assertEquals(List.of("2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?",
                        "3: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?",
                        "4: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?"),
                warnings("x = 1\nx is 1\nif x is not 'a': pass\nx is (1, 2)\nx is None\nx is True\nx is ...\n"));
    }

    @Test
    void callingALiteral() {
        assertEquals(List.of("1: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?",
                        "2: SyntaxWarning: 'list' object is not callable; perhaps you missed a comma?",
                        "3: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?",
                        "4: SyntaxWarning: 'int' object is not callable; perhaps you missed a comma?"),
                warnings("(1, 2)(3)\n[1](2)\n'a'(1)\n5()\nf(1)\n"));
    }

    @Test
    void assertOnTuple() {
        assertEquals(List.of("1: SyntaxWarning: assertion is always true, perhaps remove parentheses?"),
                warnings("assert (x, 'msg')\nassert x, 'msg'\nassert ()\n"));
    }

    @Test
    void futureErrors() {
        CompileError e = assertThrows(CompileError.class,
                () -> warnings("'''doc'''\nfrom __future__ import annotations, xyz\n"));
        assertEquals("future feature xyz is not defined", e.msg);
        assertEquals(2, e.lineno);
        e = assertThrows(CompileError.class, () -> warnings("import os\nfrom __future__ import annotations\n"));
        assertEquals("from __future__ imports must occur at the beginning of the file", e.msg);
        e = assertThrows(CompileError.class, () -> warnings("from __future__ import braces\n"));
        assertEquals("not a chance", e.msg);
        assertEquals(List.of(), warnings("# comment\n'''doc'''\nfrom __future__ import annotations\nx: Undefined\n"));
    }
}
