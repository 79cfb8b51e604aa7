package dev.gilpy.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Processes behave like CPython's where a user sees it: output order of children that share the parent's
 * descriptors (a terminal, a pipe under -u, a loaded machine), exit codes, shutdown times, broken pools.
 * Every check goes through real child processes started by the real launcher.
 */
class ProcessesTest {

    static final Path SAMPLE = Launch.ROOT.resolve("samples/seed000_processes_ab.py");

    /**
     * What the seed article's example guarantees: both children say "starting" (each 2 s before it says
     * "finished") before either says "finished", and the parent's line comes last. Lines of one child are
     * never held back until it exits.
     */
    static void assertArticleOrder(String out) {
        List<String> lines = new ArrayList<>();
        for (String l : out.replace("\r", "").split("\n")) if (!l.isBlank()) lines.add(l.strip());
        assertEquals(5, lines.size(), out);
        assertEquals(List.of("Process A starting", "Process B starting"), lines.subList(0, 2).stream().sorted().toList(), out);
        assertEquals(List.of("Process A finished", "Process B finished"), lines.subList(2, 4).stream().sorted().toList(), out);
        assertEquals("All processes completed", lines.get(4), out);
    }

    @Test
    void childOutputIsLineBufferedOnATerminal() throws Exception {
        // `script` gives the launcher a pseudo-terminal as stdin, stdout and stderr.
        Path log = Files.createTempFile("gilpy-pty", ".txt");
        Process p = new ProcessBuilder("script", "-qec", Launch.ROOT.resolve("gilpy") + " " + SAMPLE, log.toString())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        assertEquals(0, p.exitValue());
        String out = Files.readString(log, StandardCharsets.UTF_8);
        // script(1) writes a header and footer line in some versions; keep the program's lines.
        StringBuilder prog = new StringBuilder();
        for (String l : out.replace("\r", "").split("\n")) if (l.startsWith("Process") || l.startsWith("All")) prog.append(l).append('\n');
        assertArticleOrder(prog.toString());
        Files.deleteIfExists(log);
    }

    @Test
    void childOutputIsUnbufferedUnderDashUEvenWhileBothCoresAreBusy() throws Exception {
        Launch.Result r = Launch.gilpy("-u", SAMPLE.toString()).run();
        assertEquals(0, r.code(), r.toString());
        assertArticleOrder(r.out());
        // Two CPU-bound processes load both cores; the children's lines still come as they are printed.
        List<Process> burners = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) burners.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
            Launch.Result loaded = Launch.gilpy("-u", SAMPLE.toString()).run();
            assertEquals(0, loaded.code(), loaded.toString());
            assertArticleOrder(loaded.out());
            assertFalse(loaded.showsJava(), loaded.err());
        } finally {
            for (Process b : burners) b.destroyForcibly();
        }
    }

    @Test
    void isattyFollowsTheInheritedDescriptor() throws IOException {
        Launch.Result r = Launch.script("""
                import multiprocessing as mp, sys
                def child(tag):
                    print(tag, sys.stdout.isatty(), sys.stderr.isatty())
                if __name__ == '__main__':
                    for m in ('fork', 'spawn'):
                        p = mp.get_context(m).Process(target=child, args=(m,))
                        p.start(); p.join()
                    print('parent', sys.stdout.isatty())
                """);
        assertEquals("fork False False\nspawn False False\nparent False\n", r.out(), r.toString());
    }
}
