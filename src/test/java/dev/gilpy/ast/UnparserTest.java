package dev.gilpy.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gilpy.parse.Parsing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Unparser output against CPython 3.11's ast.unparse (expected strings recorded in unparse/expressions.tsv). */
class UnparserTest {
    @TestFactory
    Stream<DynamicTest> matchesCpython() throws IOException {
        String text;
        try (InputStream in = UnparserTest.class.getResourceAsStream("/unparse/expressions.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
            String[] parts = l.split("\t", 2);
            return DynamicTest.dynamicTest(parts[0], () -> {
                Mod m = Parsing.parse(parts[0], "<test>", Parsing.Mode.EVAL);
                assertEquals(parts[1], Unparser.unparse(((Mod.Expression) m).body()));
            });
        });
    }
}
