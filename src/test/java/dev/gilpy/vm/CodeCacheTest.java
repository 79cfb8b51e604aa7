package dev.gilpy.vm;

import dev.gilpy.Main;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main script's and user modules' code is kept between runs; nothing a run shows may change. */
class CodeCacheTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a script run twice prints the same, its compile warnings included; an edit is seen")
    void mainScriptKept() throws Exception {
        Path script = dir.resolve("warn.py");
        // A unique constant: the first run below is surely a cache miss.
        String tag = Long.toString(System.nanoTime());
        Files.writeString(script, "x = " + tag + "\nif x is 1:\n    print('one')\nprint('x', x)\n");
        Main.Captured first = Main.runCaptured(script.toString());
        Main.Captured second = Main.runCaptured(script.toString());
        assertEquals("x " + tag + "\n", first.out());
        assertTrue(first.err().contains("SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?"), first.err());
        assertEquals(first, second);

        Files.writeString(script, "x = " + tag + "\nprint('edited', x)\n");
        Main.Captured edited = Main.runCaptured(script.toString());
        assertEquals(new Main.Captured("edited " + tag + "\n", "", 0), edited);
        long hits = CodeCacheDir.hits();
        assertEquals(edited, Main.runCaptured(script.toString()));
        assertEquals(hits + 1, CodeCacheDir.hits(), "the unchanged script's second run did not come from the cache");
    }

    @Test
    @DisplayName("a kept -c program and an imported module still give tracebacks with their source lines")
    void tracebacksFromKeptCode() throws Exception {
        String tag = Long.toString(System.nanoTime());
        Files.writeString(dir.resolve("helper" + tag + ".py"), "def boom():\n    return 1 / 0\n");
        Path script = dir.resolve("main.py");
        Files.writeString(script, "import helper" + tag + "\nhelper" + tag + ".boom()\n");
        long hits = CodeCacheDir.hits();
        for (int run = 0; run < 2; run++) {
            Main.Captured c = Main.runCaptured(script.toString());
            assertEquals(1, c.code());
            assertTrue(c.err().contains("    return 1 / 0\n"), c.err());
            assertTrue(c.err().endsWith("ZeroDivisionError: division by zero\n"), c.err());
        }
        // the second run found both the script and the module in the cache
        assertEquals(hits + 2, CodeCacheDir.hits());
        for (int run = 0; run < 2; run++) {
            Main.Captured c = Main.runCaptured("-c", "print(" + tag + ")");
            assertEquals(new Main.Captured(tag + "\n", "", 0), c);
        }
        assertEquals(hits + 3, CodeCacheDir.hits(), "the -c program's second run did not come from the cache");
    }
}
