package dev.gilpy.parse;

import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

import static org.junit.jupiter.api.Assertions.*;

/** Whatever the input, parsing ends quickly with an AST or a ParseError with a real line number. */
class ParserFuzzProperties {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "fuzz", 64L << 20);
        t.setDaemon(true);
        return t;
    });

    static final String SAMPLE = """
            import os
            from a.b import (c, d as e)
            @dec(1)
            class P(Base, metaclass=M):
                def __init__(self, x: int = 0, /, *args, k, **kw) -> None:
                    self.x, self.y = x, [i ** 2 for i in range(3) if i]
                    total = {'a': 1, **kw}
                def m(self):
                    while self.x > 0 and not done:
                        self.x -= 1
                    else:
                        pass
                    try:
                        yield from g(*a, key=lambda v: v[1:2])
                    except (A, B) as e:
                        raise X from e
                    finally:
                        print(f"x={self.x!r:>{w}} {y=}", 'a' 'b', b'\\x00')
                    with open(p) as f, q:
                        return (z := f.read()) if z else ...
            """;

    static void check(String src) {
        Future<?> f = POOL.submit(() -> {
            for (Parsing.Mode mode : Parsing.Mode.values()) {
                try {
                    Parsing.parse(src, "<fuzz>", mode);
                } catch (ParseError e) {
                    assertTrue(e.lineno >= 1, () -> "lineno " + e.lineno + " for " + e.msg);
                    assertNotNull(e.msg);
                }
            }
            Parsing.isIncomplete(src);
        });
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            fail("parser hung on: " + src);
        } catch (ExecutionException e) {
            throw new AssertionError("unexpected " + e.getCause() + " for: " + src, e.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Property(tries = 300)
    void randomBytesParseOrFailCleanly(@ForAll @Size(max = 200) byte[] bytes) {
        check(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 300)
    void randomPythonishTextParsesOrFailsCleanly(
            @ForAll @Size(max = 60) List<@From("fragments") String> parts) {
        check(String.join("", parts));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of("(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "if", "else", "x", "1", "'", "\"\"\"",
                "f'{", "}", "=", "+", "*", "**", ",", "lambda", "def", "for", " in ", "\\", "\\\n", "#", ".", "0x",
                "1e", "yield", "not", "is", " ", "@", ";", "->", ":=", "€", "\r\n", "\0");
    }

    @Property(tries = 400)
    void mutatedSampleProgramsParseOrFailCleanly(@ForAll("mutations") List<int[]> edits) {
        List<String> toks = tokens(SAMPLE);
        for (int[] e : edits) {
            if (toks.isEmpty()) break;
            int i = e[1] % toks.size(), j = e[2] % toks.size();
            switch (e[0]) {
                case 0 -> toks.remove(i);
                case 1 -> { String t = toks.get(i); toks.set(i, toks.get(j)); toks.set(j, t); }
                default -> toks.add(i, toks.get(j));
            }
        }
        check(String.join("", toks));
    }

    @Provide
    Arbitrary<List<int[]>> mutations() {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((a, b, c) -> new int[] {a, b, c});
        return edit.list().ofMinSize(1).ofMaxSize(5);
    }

    /** Crude tokens: runs of word characters, runs of spaces, or single other characters. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
            } else if (c == ' ') {
                while (j < s.length() && s.charAt(j) == ' ') j++;
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    @Example
    void sampleParses() {
        assertNotNull(Parsing.parse(SAMPLE, "<sample>", Parsing.Mode.FILE));
    }

    @Property(tries = 50)
    void deepNestingFailsCleanly(@ForAll @IntRange(min = 1, max = 3000) int depth) {
        check("x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "\n");
        check("x = " + "[".repeat(depth) + "\n");
        check("x = " + "-".repeat(depth * 10) + "1\n");
        check("x = " + "not ".repeat(depth) + "1\n");
    }
}
