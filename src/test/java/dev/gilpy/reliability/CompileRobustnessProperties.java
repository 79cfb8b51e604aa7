package dev.gilpy.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilpy.Main;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever compile() is given (mutated programs, token soups, random bytes, deep nesting), it answers with a
 * code object or a Python exception (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError),
 * never a Java exception (which would surface as SystemError or a Java trace). Each try compiles a batch of
 * sources inside one in-process gilpy run, given as bytes so that source decoding is fuzzed too.
 */
class CompileRobustnessProperties {

    static final List<String> SNIPPETS = List.of(
            "def f(a, b=1, *args, c, **kw):\n    return a + b\n",
            "class C(Base, metaclass=M):\n    x: int = 0\n    def m(self):\n        yield from g()\n",
            "try:\n    x = [i ** 2 for i in range(3) if i]\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    pass\n",
            "with open(p) as f, g() as h:\n    print(f\"{x!r:>{w}} {y=}\")\n",
            "lambda x, /, y=2, *, z: (x, y, z)\n",
            "while n > 0 and not done:\n    n -= 1\nelse:\n    pass\n",
            "import os\nfrom a.b import (c, d as e)\nglobal q\n",
            "x = {'a': 1, **kw}; y = {*s, 2}; z = a if b else c\n",
            "async def f():\n    await g()\n",
            "@dec(1)\ndef g():\n    nonlocal v\n    del v[1:2]\n",
            "assert x, 'msg'\nx += 1; y //= 2; z @= 3\n",
            "s = b'\\x00' 'a' r'\\n' u'x' f'{1}'\n");

    static final List<String> TOKENS = List.of("def", "class", "lambda", "if", "else", "elif", "while", "for", "in",
            "try", "except", "finally", "with", "as", "return", "yield", "await", "async", "import", "from", "not",
            "and", "or", "is", "None", "x", "f", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", ":=",
            "+", "-", "*", "**", "/", "//", "%", "@", "->", "...", "1", "1.5", "0x1F", "1_000", "'s'", "\"t\"",
            "f'{x}'", "b'b'", "'''", "\\", "#c", "\n", "\n    ", "\t", " ", "\r\n", "é", "\u00a0", "$", "?", "!");

    @Property(tries = 40)
    void compileAnswersOnlyWithPythonExceptions(@ForAll("batches") List<byte[]> sources) {
        StringBuilder program = new StringBuilder("SOURCES = [\n");
        for (byte[] s : sources) program.append("    ").append(bytesLiteral(s)).append(",\n");
        program.append("""
                ]
                EXPECTED = (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError)
                for src in SOURCES:
                    for source in (src, src.decode('latin-1')):
                        try:
                            compile(source, 'fuzz', 'exec')
                            print('ok')
                        except EXPECTED as e:
                            print('expected', type(e).__name__)
                        except BaseException as e:
                            print('UNEXPECTED', type(e).__name__, e)
                print('done')
                """);
        Main.Captured r = Main.runCaptured("-c", program.toString());
        String all = "exit " + r.code() + "\n" + r.out() + "\n" + r.err();
        assertEquals(0, r.code(), all);
        assertTrue(r.out().endsWith("done\n"), all);
        assertFalse(r.out().contains("UNEXPECTED"), all);
        assertFalse(r.err().contains("java.") || r.err().contains("dev.gilpy"), all);
        assertEquals(2 * sources.size() + 1, r.out().split("\n").length, all);
    }

    /** A Python bytes literal of any bytes (every byte escaped). */
    static String bytesLiteral(byte[] b) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte x : b) sb.append(String.format("\\x%02x", x & 0xff));
        return sb.append('\'').toString();
    }

    @Provide
    Arbitrary<List<byte[]>> batches() {
        return Arbitraries.oneOf(mutated(), tokenSoup(), randomBytes(), deepNesting()).list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<byte[]> utf8(Arbitrary<String> s) {
        return s.map(x -> x.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A valid snippet with a few characters deleted, duplicated or replaced by a token. */
    private Arbitrary<byte[]> mutated() {
        Arbitrary<String> snippet = Arbitraries.of(SNIPPETS);
        return utf8(Combinators.combine(snippet, Arbitraries.integers().between(0, 10_000).list().ofSize(6),
                Arbitraries.of(TOKENS)).as((s, cuts, token) -> {
                    StringBuilder sb = new StringBuilder(s);
                    for (int i = 0; i + 1 < cuts.size(); i += 2) {
                        int a = cuts.get(i) % (sb.length() + 1), b = cuts.get(i + 1) % (sb.length() + 1);
                        int lo = Math.min(a, b), hi = Math.max(a, b);
                        switch ((cuts.get(i) + cuts.get(i + 1)) % 3) {
                            case 0 -> sb.delete(lo, hi);
                            case 1 -> sb.insert(lo, sb.substring(lo, hi));
                            default -> sb.replace(lo, Math.min(hi, lo + 1), token);
                        }
                    }
                    return sb.toString();
                }));
    }

    private Arbitrary<byte[]> tokenSoup() {
        return utf8(Arbitraries.of(TOKENS).list().ofMaxSize(40).map(ts -> String.join(" ", ts)));
    }

    private Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    }

    /** Nesting far past what CPython's parser and compiler take. */
    private Arbitrary<byte[]> deepNesting() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 4000);
        return utf8(Combinators.combine(depth, Arbitraries.integers().between(0, 7)).as((n, kind) -> switch (kind) {
            case 0 -> "(".repeat(n) + ")".repeat(n);
            case 1 -> "[".repeat(n) + "1" + "]".repeat(n);
            case 2 -> "lambda: ".repeat(n) + "1";
            case 3 -> "-".repeat(n) + "1";
            case 4 -> "not ".repeat(n) + "x";
            case 5 -> "x" + ".a".repeat(n);
            case 6 -> "1" + " + 1".repeat(n);
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < Math.min(n, 150); i++) sb.append(" ".repeat(i)).append("if x:\n");
                yield sb.append(" ".repeat(Math.min(n, 150))).append("pass\n").toString();
            }
        }));
    }
}
