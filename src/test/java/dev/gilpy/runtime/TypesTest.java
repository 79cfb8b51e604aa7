package dev.gilpy.runtime;

import net.jqwik.api.*;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static dev.gilpy.bytecode.BinaryOps.*;
import static org.junit.jupiter.api.Assertions.*;

/** Expected values were obtained by running the same expressions in CPython 3.11. */
class TypesTest {
    static PyObject s(String x) { return new PyStr(x); }
    static PyObject i(long v) { return PyInt.of(v); }
    static PyObject f(double v) { return new PyFloat(v); }
    static PyObject m(PyObject o, String name, PyObject... a) { return Abstract.call(Abstract.getAttr(o, name), a); }
    static String r(PyObject o) { return Abstract.reprString(o); }

    static String err(Runnable body) {
        try {
            body.run();
            return "no error";
        } catch (PyException e) {
            return e.value.type().name + ": " + Abstract.strString(e.value);
        }
    }

    @Nested
    @DisplayName("str methods")
    class StrMethodsTest {
        @Test
        @DisplayName("split and rsplit follow CPython's whitespace and separator rules")
        void split() {
            assertEquals("['a', 'b', 'c']", r(m(s(" a  b c "), "split")));
            assertEquals("['a', 'b', '', 'c']", r(m(s("a,b,,c"), "split", s(","))));
            assertEquals("['a b', 'c']", r(m(s("a b c"), "rsplit", PyNone.NONE, i(1))));
        }

        @Test
        @DisplayName("join rejects non-str items with CPython's message")
        void join() {
            assertEquals("TypeError: sequence item 0: expected str instance, int found",
                    err(() -> m(s(","), "join", PyList.of(i(1)))));
            assertEquals("'a-b'", r(m(s("-"), "join", PyList.of(s("a"), s("b")))));
        }

        @Test
        @DisplayName("case, padding and line methods match CPython")
        void misc() {
            assertEquals("'Hello World'", r(m(s("hello world"), "title")));
            assertEquals("'**abc***'", r(m(s("abc"), "center", i(8), s("*"))));
            assertEquals("['a\\n', 'b\\r\\n', 'c']", r(m(s("a\nb\r\nc"), "splitlines", PyBool.TRUE)));
            assertEquals("b'h\\xc3\\xa9llo'", r(m(s("héllo"), "encode")));
            assertEquals("ValueError: substring not found", err(() -> m(s("abc"), "index", s("z"))));
        }

        @Test
        @DisplayName("str.format handles auto, manual and converted fields")
        void format() {
            assertEquals("\"1-'x'-    1\"", r(m(s("{0}-{1!r}-{0:>5}"), "format", i(1), s("x"))));
            assertEquals("ValueError: cannot switch from manual field specification to automatic field numbering",
                    err(() -> m(s("{0}-{:}"), "format", i(1))));
        }

        @Test
        @DisplayName("%-formatting covers flags, widths and argument errors")
        void percent() {
            assertEquals("'   ab|3    |+3| 3|-0003'", r(Abstract.binary(REMAINDER, s("%5.2s|%-5d|%+d|% d|%05d"),
                    new PyTuple(s("abc"), i(3), i(3), i(3), i(-3)))));
            assertEquals("'0.2 2.67 3 ff 1.234500e+03 1.234e-05'", r(Abstract.binary(REMAINDER, s("%.1f %.2f %d %x %e %g"),
                    new PyTuple(f(0.25), f(2.675), f(3.9), i(255), f(1234.5), f(0.00001234)))));
            assertEquals("TypeError: not enough arguments for format string",
                    err(() -> Abstract.binary(REMAINDER, s("%d %d"), new PyTuple(i(1)))));
            assertEquals("TypeError: not all arguments converted during string formatting",
                    err(() -> Abstract.binary(REMAINDER, s("%d"), new PyTuple(i(1), i(2)))));
        }
    }

    @Nested
    @DisplayName("format-spec mini-language")
    class FormatSpec {
        @Test
        @DisplayName("floats round half-even on the exact binary value")
        void floats() {
            String[] specs = {"08,", "09,", "010", ".3", ".2f", "e", "g", ".0f", "%", "z"};
            String[] want = {"01,234.5", "001,234.5", "00001234.5", "1.23e+03", "1234.50", "1.234500e+03", "1234.5",
                    "1234", "123450.000000%", "1234.5"};
            for (int k = 0; k < specs.length; k++) assertEquals(want[k], Abstract.format(f(1234.5), specs[k]).value, specs[k]);
            assertEquals("2.67", Abstract.format(f(2.675), ".2f").value);
            assertEquals("0.12", Abstract.format(f(0.125), ".2f").value);
        }

        @Test
        @DisplayName("ints support grouping, bases, sign and alignment")
        void ints() {
            String[] specs = {"08,", "010_x", "#010x", "b", "+d", "^9", "=+8"};
            String[] want = {"0,001,234", "0_0000_04d2", "0x000004d2", "10011010010", "+1234", "  1234   ", "+   1234"};
            for (int k = 0; k < specs.length; k++) assertEquals(want[k], Abstract.format(i(1234), specs[k]).value, specs[k]);
        }
    }

    @Nested
    @DisplayName("numbers")
    class NumbersTest {
        @Test
        @DisplayName("int() and float() parse strings as CPython does")
        void constructors() {
            assertEquals("-31", r(Abstract.call(PyInt.TYPE, s(" -0x_1f "), i(0))));
            assertEquals("ValueError: invalid literal for int() with base 10: 'x'", err(() -> Abstract.call(PyInt.TYPE, s("x"))));
            assertEquals("1.5", r(Abstract.call(PyFloat.TYPE, s(" 1.5 "))));
            assertEquals("-inf", r(Abstract.call(PyFloat.TYPE, s("-inf"))));
            assertEquals("ValueError: could not convert string to float: 'x'", err(() -> Abstract.call(PyFloat.TYPE, s("x"))));
        }

        @Test
        @DisplayName("round is correctly rounded and float->int conversion checks infinities")
        void rounding() {
            assertEquals("2", r(m(f(2.5), "__round__")));
            assertEquals("0.12", r(m(f(0.125), "__round__", i(2))));
            assertEquals("OverflowError: cannot convert float infinity to integer", err(() -> m(f(Double.POSITIVE_INFINITY), "__int__")));
            assertEquals("(3, 4)", r(m(f(0.75), "as_integer_ratio")));
            assertEquals("3", r(m(i(1), "__add__", i(2))));
        }

        @Test
        @DisplayName("hashes agree across int, float and bool")
        void hashes() {
            assertEquals(Abstract.hash64(i(1)), Abstract.hash64(f(1.0)));
            assertEquals(Abstract.hash64(i(1)), Abstract.hash64(PyBool.TRUE));
            assertEquals(-2, Abstract.hash64(i(-1)));
            assertEquals(-3550055125485641917L, Abstract.hash64(new PyTuple(i(1), i(2))));
        }
    }

    @Nested
    @DisplayName("set")
    class SetTest {
        PySet of(long... v) {
            PySet st = new PySet();
            for (long x : v) st.add(PyInt.of(x));
            return st;
        }

        @Test
        @DisplayName("iteration order matches CPython's table")
        void order() {
            assertEquals("{1, 100, 17}", r(of(100, 1, 17)));
            assertEquals("{1, 2, 3}", r(of(3, 1, 2)));
            assertEquals("{5, -1, -2}", r(of(-1, -2, 5)));
            assertEquals("{165, 69, 41, 139, 13, 15, 116, 85, -43, 148, 153, 186, -37, 126, 191}",
                    r(of(15, 139, 41, 153, 126, 191, 165, 139, 116, 186, 85, -43, 165, 69, 148, 191, 13, 116, -37)));
            assertEquals("{3, 195, 5, 198, 173, -50, -18, -17, -49, 148, -8, 24}",
                    r(of(-18, -17, -50, 198, 173, -49, 3, 148, 5, 195, -8, 173, -8, 24)));
            PySet st = of(1, 9);
            st.remove(i(1));
            st.add(i(17));
            assertEquals("{17, 9}", r(st));
        }

        @Test
        @DisplayName("frozenset hash and pop order match CPython")
        void hashAndPop() {
            PySet fz = PySet.frozen();
            for (int k = 1; k <= 3; k++) fz.add(i(k));
            assertEquals(-272375401224217160L, fz.hash64());
            assertEquals(133146708735736L, PySet.frozen().hash64());
            assertEquals("KeyError: 'pop from an empty set'", err(() -> m(new PySet(), "pop")));
            assertEquals("{8, 9, 10, 3}", r(m(of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), "intersection", of(10, 9, 8, 3))));
        }
    }

    // ------------------------------------------------------------------ properties

    static BigInteger pyFloorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    @Provide
    Arbitrary<BigInteger> ints() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.longs().between(-5, 5).map(d -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(d))),
                Arbitraries.longs().between(-5, 5).map(d -> BigInteger.valueOf(Long.MIN_VALUE).add(BigInteger.valueOf(d))),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(100).negate(), BigInteger.TWO.pow(100)));
    }

    @Property(tries = 300)
    @Label("int arithmetic matches BigInteger with Python floor semantics")
    void intArithmetic(@ForAll("ints") BigInteger a, @ForAll("ints") BigInteger b) {
        PyObject x = PyInt.of(a), y = PyInt.of(b);
        assertEquals(a.add(b), ((PyInt) Abstract.binary(ADD, x, y)).bigValue());
        assertEquals(a.subtract(b), ((PyInt) Abstract.binary(SUBTRACT, x, y)).bigValue());
        assertEquals(a.multiply(b), ((PyInt) Abstract.binary(MULTIPLY, x, y)).bigValue());
        assertEquals(a.and(b), ((PyInt) Abstract.binary(AND, x, y)).bigValue());
        assertEquals(a.or(b), ((PyInt) Abstract.binary(OR, x, y)).bigValue());
        assertEquals(a.xor(b), ((PyInt) Abstract.binary(XOR, x, y)).bigValue());
        if (b.signum() != 0) {
            BigInteger q = pyFloorDiv(a, b);
            assertEquals(q, ((PyInt) Abstract.binary(FLOOR_DIVIDE, x, y)).bigValue());
            assertEquals(a.subtract(q.multiply(b)), ((PyInt) Abstract.binary(REMAINDER, x, y)).bigValue());
        }
        int sh = b.abs().mod(BigInteger.valueOf(70)).intValue();
        assertEquals(a.shiftLeft(sh), ((PyInt) Abstract.binary(LSHIFT, x, PyInt.of(sh))).bigValue());
        assertEquals(a.shiftRight(sh), ((PyInt) Abstract.binary(RSHIFT, x, PyInt.of(sh))).bigValue());
        int e = b.abs().mod(BigInteger.valueOf(5)).intValue();
        assertEquals(a.pow(e), ((PyInt) Abstract.binary(POWER, x, PyInt.of(e))).bigValue());
    }

    @Property(tries = 500)
    @Label("repr(float) round-trips")
    void floatRepr(@ForAll double d) {
        Assume.that(!Double.isNaN(d) && !Double.isInfinite(d));
        assertEquals(d, Double.parseDouble(PyFloat.repr(d)));
    }

    @Example
    @Label("repr(float) prints CPython's exact strings (a table recorded from CPython 3.11)")
    void floatReprIsCPythons() throws java.io.IOException {
        int checked = 0;
        try (var in = TypesTest.class.getResourceAsStream("/float_repr_cpython311.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split(" ");
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                assertEquals(f[1], PyFloat.repr(d), () -> "repr of bits " + f[0]);
                checked++;
            }
        }
        assertTrue(checked > 3000, "table read: " + checked);
    }

    /** A reference model of CPython's set insertion (no deletions) for ints in the small-hash range. */
    static List<Long> modelOrder(List<Long> items) {
        long[] table = new long[8];
        boolean[] full = new boolean[8];
        int fill = 0;
        for (long v : items) {
            boolean present = false;
            for (int k = 0; k < table.length; k++) if (full[k] && table[k] == v) present = true;
            if (present) continue;
            place(table, full, v);
            fill++;
            int mask = table.length - 1;
            if (fill * 5 >= mask * 3) {
                int newsize = 8;
                while (newsize <= fill * 4) newsize <<= 1;
                long[] nt = new long[newsize];
                boolean[] nf = new boolean[newsize];
                for (int k = 0; k < table.length; k++) if (full[k]) place(nt, nf, table[k]);
                table = nt;
                full = nf;
            }
        }
        List<Long> out = new ArrayList<>();
        for (int k = 0; k < table.length; k++) if (full[k]) out.add(table[k]);
        return out;
    }

    static void place(long[] table, boolean[] full, long v) {
        long h = v == -1 ? -2 : v;
        int mask = table.length - 1;
        long perturb = h;
        int idx = (int) (h & mask);
        while (true) {
            int probes = idx + 9 <= mask ? 9 : 0;
            for (int j = idx; j <= idx + probes; j++) {
                if (!full[j]) {
                    full[j] = true;
                    table[j] = v;
                    return;
                }
            }
            perturb >>>= 5;
            idx = (int) ((idx * 5L + 1 + perturb) & mask);
        }
    }

    @Property(tries = 300)
    @Label("set iteration order equals the CPython probing model")
    void setOrder(@ForAll("smallIntLists") List<Long> items) {
        PySet st = new PySet();
        for (long v : items) st.add(PyInt.of(v));
        List<Long> got = new ArrayList<>();
        for (PyObject o : st.toArray()) got.add(((PyInt) o).value);
        assertEquals(modelOrder(items), got);
    }

    @Provide
    Arbitrary<List<Long>> smallIntLists() {
        return Arbitraries.longs().between(-1000, 100000).list().ofMaxSize(60);
    }
}
