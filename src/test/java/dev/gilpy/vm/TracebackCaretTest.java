package dev.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** PEP 657 indicator lines, as CPython 3.11 prints them (expected strings taken from python3.11 runs). */
class TracebackCaretTest {
    private static String caret(String line, int col, int endCol) { return Traceback.caretLine(line, 1, 1, col, endCol); }

    @Test
    void calls() {
        assertEquals("       ^^^^", caret("    return f(0) + 1", 11, 15));
        assertNull(caret("g()", 0, 3));
        assertNull(caret("    raise ValueError('bad')", 4, 27));
        assertEquals("^^^^^", caret("x.foo()", 0, 5));
    }

    @Test
    void binaryOperatorAnchors() {
        assertEquals("       ~~^~~", caret("    return 1 / x", 11, 16));
        assertEquals("    ~~~^^~~", caret("y = 10 // x", 4, 11));
        assertEquals("~~^^~~~~", caret("2 ** \"a\"", 0, 8));
        assertEquals("    ~~~~^~~", caret("c = (a) + b", 4, 11));
        assertEquals("~^~", caret("1/0", 0, 3));
    }

    @Test
    void subscriptAnchors() {
        assertEquals("    ~~~~~~^^^^^", caret("v = d[\"a\"][\"c\"]", 4, 15));
        assertEquals("~^^^^^^^^", caret("x[  10  ]", 0, 9));
        assertEquals("      ~^^^", caret("print(a[5])", 6, 10));
    }

    @Test
    void multiLine() {
        assertEquals("    ^^", Traceback.caretLine("x = f(", 3, 5, 4, 5));
        assertNull(Traceback.caretLine("    foo(", 3, 5, 4, 1));
    }
}
