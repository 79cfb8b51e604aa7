package dev.gilpy.bytecode;

import dev.gilpy.compile.Compiler;
import dev.gilpy.parse.Parsing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

public class CodeMarshalTest {
    public static final String SOURCE = """
            import sys
            X = (1, 2.5, 'é', b'\\x00', None, True, ..., 10**30, -7)
            def f(a, b=3, *args, k=None, **kw):
                def g():
                    nonlocal a
                    a += 1
                    return [i * i for i in range(a) if i % 2]
                try:
                    return g(), {**kw}, f"{a!r:>5}"
                except (KeyError, ValueError) as e:
                    raise RuntimeError('x') from e
                finally:
                    pass
            class C:
                def m(self):
                    return super().__repr__()
            """;

    @Test
    @DisplayName("a compiled module survives dumps/loads with identical disassembly")
    void roundTrip() {
        CodeObject co = Compiler.compile(Parsing.parse(SOURCE, "m.py", Parsing.Mode.FILE), "m.py");
        CodeObject back = CodeMarshal.loads(CodeMarshal.dumps(co));
        assertNotNull(back);
        assertEquals(Disassembler.disassemble(co), Disassembler.disassemble(back));
        assertSameCode(co, back);
    }

    /** Every field, nested code objects included: positions (end lines and columns feed the carets) and the table. */
    public static void assertSameCode(CodeObject want, CodeObject got) {
        String where = want.qualname;
        assertEquals(want.name, got.name, where);
        assertEquals(want.filename, got.filename, where);
        assertEquals(want.firstLineno, got.firstLineno, where);
        assertEquals(java.util.List.of(want.argcount, want.posonlyargcount, want.kwonlyargcount, want.flags, want.stacksize),
                java.util.List.of(got.argcount, got.posonlyargcount, got.kwonlyargcount, got.flags, got.stacksize), where);
        assertArrayEquals(want.code, got.code, where);
        assertArrayEquals(want.lines, got.lines, where + " lines");
        assertArrayEquals(want.columns, got.columns, where + " columns");
        assertArrayEquals(want.endLines, got.endLines, where + " end lines");
        assertArrayEquals(want.endColumns, got.endColumns, where + " end columns");
        assertArrayEquals(want.exceptionTable, got.exceptionTable, where + " exception table");
        assertArrayEquals(want.stackDepths, got.stackDepths, where + " stack depths");
        assertArrayEquals(want.names, got.names, where);
        assertArrayEquals(want.varnames, got.varnames, where);
        assertArrayEquals(want.cellvars, got.cellvars, where);
        assertArrayEquals(want.freevars, got.freevars, where);
        assertArrayEquals(want.cell2arg, got.cell2arg, where);
        assertEquals(want.consts.length, got.consts.length, where);
        for (int i = 0; i < want.consts.length; i++) {
            if (want.consts[i] instanceof CodeObject w) assertSameCode(w, (CodeObject) got.consts[i]);
            else if (want.consts[i] instanceof byte[] b) assertArrayEquals(b, (byte[]) got.consts[i], where);
            else assertEquals(want.consts[i], got.consts[i], where);
        }
    }

    @Test
    @DisplayName("string constants keep lone surrogates and astral characters exactly")
    void surrogates() {
        CodeObject co = Compiler.compile(Parsing.parse("a = '\\ud800x'\nb = '\\U0001F600'\nc = 'x\\udfff'\n",
                "m.py", Parsing.Mode.FILE), "m.py");
        CodeObject back = CodeMarshal.loads(CodeMarshal.dumps(co));
        assertNotNull(back);
        java.util.List<Object> want = java.util.Arrays.asList(co.consts), got = java.util.Arrays.asList(back.consts);
        assertEquals(want, got);
        org.junit.jupiter.api.Assertions.assertTrue(got.contains("\ud800x") && got.contains("x\udfff"), got.toString());
    }

    @Test
    @DisplayName("bytes of another format or damaged bytes give null, never an exception")
    void rejectsForeignBytes() {
        assertNull(CodeMarshal.loads(new byte[]{0, 3, 'x', 'y', 'z'}));
        byte[] good = CodeMarshal.dumps(Compiler.compile(Parsing.parse("x = 1\n", "m.py", Parsing.Mode.FILE), "m.py"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertNull(CodeMarshal.loads(cut));
    }
}
