package dev.gilpy.repl;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The REPL and the command line driven through pipes (no terminal): prompts go to stderr, as CPython's. */
class ReplPipeTest {
    @TempDir
    static Path home;

    @BeforeAll
    static void built() { ReplProcess.assumeBuilt(); }

    private static ReplProcess.Result repl(String input, String... extra) throws Exception {
        String[] args = new String[extra.length + 2];
        args[0] = "-q";
        args[1] = "-i";
        System.arraycopy(extra, 0, args, 2, extra.length);
        return ReplProcess.run(ReplProcess.ROOT, home, input, args);
    }

    @Test
    void multiLineDefExceptionAndRecovery() throws Exception {
        ReplProcess.Result r = repl("""
                def f(x):
                    y = x * 2
                    return y

                f(21)
                1/0
                _
                f(5) + 1
                _
                for i in range(3):
                    print(i)

                """);
        assertEquals("42\n42\n11\n11\n0\n1\n2\n", r.out());
        assertTrue(r.err().contains("""
                Traceback (most recent call last):
                  File "<stdin>", line 1, in <module>
                ZeroDivisionError: division by zero
                """), r.err());
        assertTrue(r.err().startsWith(">>> ... ... ... >>> >>> "), r.err());
        assertEquals(0, r.code());
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(3, repl("x = 1\nexit(3)\nprint('not reached')\n").code());
        assertEquals(0, repl("exit()\n").code());
        ReplProcess.Result eof = repl("x = 1\n");
        assertEquals(0, eof.code());
    }

    @Test
    void definitionsPersistAndSyntaxErrorsRecover() throws Exception {
        ReplProcess.Result r = repl("class A:\n    n = 7\n\nx = A()\nx.n\nif True\n'ok'\n");
        assertEquals("7\n'ok'\n", r.out());
        assertTrue(r.err().contains("SyntaxError"), r.err());
    }

    @Test
    void gilCommandsAndTime() throws Exception {
        ReplProcess.Result r = repl(":gil\n:gil off\n:gil\n:gil sideways\n:time sum(range(1000))\n:gil on\n");
        assertEquals("GIL on\nGIL off\nGIL off\n499500\nGIL on\n", r.out());
        assertTrue(r.err().contains(":gil expects on or off"), r.err());
        assertTrue(r.err().contains("[wall time: "), r.err());
    }

    @Test
    void schedCommandRunsOnAVirtualClockAndSwitchesBack() throws Exception {
        ReplProcess.Result r = repl(":sched\n:sched 7\nimport time\nt = time.time()\ntime.sleep(1000)\n"
                + "time.time() - t >= 1000\n:sched\n:sched off\n:sched bogus\n");
        assertEquals("deterministic scheduling off (GIL on)\ndeterministic scheduling with seed 7\nTrue\n"
                + "deterministic scheduling with seed 7\ndeterministic scheduling off (GIL on)\n", r.out());
        assertTrue(r.err().contains(":sched expects a seed"), r.err());
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        ReplProcess.Result r = repl(":help\n");
        for (String c : Repl.COMMANDS) assertTrue(r.out().contains(c), c + " missing from :help");
    }

    @Test
    void disOfFunctionAndExpression() throws Exception {
        ReplProcess.Result r = repl("def g(a):\n    return a + 1\n\n:dis g\n:dis 1 + x\n");
        assertTrue(r.out().contains("LOAD_FAST") && r.out().contains("RETURN_VALUE"), r.out());
        assertTrue(r.out().contains("LOAD_NAME") && r.out().contains("(x)"), r.out());
    }

    @Test
    void runScriptInFreshNamespaceWithArgs(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("hello.py");
        Files.writeString(script, "import sys\nprint('hi', sys.argv[1:], __name__, 'x' in globals())\n");
        ReplProcess.Result r = repl("x = 1\n:run " + script + " a b\n:run --gil off " + script + "\n:gil\nx\n");
        assertEquals("hi ['a', 'b'] __main__ False\nhi [] __main__ False\nGIL on\n1\n", r.out());
        assertTrue(r.err().contains("[hello.py: ") && r.err().contains("s wall, GIL on]"), r.err());
        assertTrue(r.err().contains("s wall, GIL off]"), r.err());
    }

    @Test
    void gilOffThenThreadedSample() throws Exception {
        ReplProcess.Result probe = ReplProcess.run(ReplProcess.ROOT, home, "", "-c", "import threading");
        assumeTrue(probe.code() == 0, "threading module not on this branch yet");
        ReplProcess.Result r = repl(":gil off\n:run samples/seed004_threads.py\n:gil\n");
        assertTrue(r.out().endsWith("GIL off\n"), r.out());
        assertTrue(r.err().contains("s wall, GIL off]"), r.err());
    }

    @Test
    void samplesListing() throws Exception {
        ReplProcess.Result r = repl(":samples\n");
        // Grouped, one line per sample, described without the seed files' internal ids, within the width.
        assertTrue(r.out().startsWith("Start here:\n  tour.py "), r.out());
        assertTrue(r.out().contains("\nExamples from the seed articles:\n  seed000_compute.py "), r.out());
        assertTrue(r.out().contains("\nRaces and atomicity (try --sched SEED):\n"), r.out());
        assertTrue(!r.out().contains(".txt") && !r.out().contains("Seed 000"), r.out());
        assertTrue(!r.out().toLowerCase().contains("regen"), r.out());   // nor the test harness's directives
        for (String line : r.out().split("\n")) assertTrue(line.length() < 100, line);
    }

    @Test
    void scriptArgsAndStdinProgram(@TempDir Path dir) throws Exception {
        ReplProcess.Result c = ReplProcess.run(dir, home, "", "-c", "import sys; print(sys.argv)", "a", "-b");
        assertEquals("['-c', 'a', '-b']\n", c.out());
        ReplProcess.Result piped = ReplProcess.run(dir, home, "import sys\nprint(sys.argv)\n1/0\n");
        assertEquals("['']\n", piped.out());
        assertEquals(1, piped.code());
        ReplProcess.Result dash = ReplProcess.run(dir, home, "import sys\nprint(sys.argv)\n", "-", "x");
        assertEquals("['-', 'x']\n", dash.out());
    }

    @Test
    void moduleAsMain(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("samples_module.py"), "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('samples_module.py'))\n");
        ReplProcess.Result r = ReplProcess.run(dir, home, "", "-m", "samples_module", "q");
        assertEquals("__main__ ['q'] True\n", r.out());
        assertEquals(0, r.code());
        ReplProcess.Result missing = ReplProcess.run(dir, home, "", "-m", "no_such_module_here");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("No module named no_such_module_here"), missing.err());
    }

    @Test
    void inspectAfterScriptKeepsGlobals(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("s.py");
        Files.writeString(script, "answer = 6 * 7\n");
        ReplProcess.Result r = ReplProcess.run(dir, home, "answer\n", "-i", script.toString());
        assertEquals("42\n", r.out());
        assertTrue(!r.err().contains("gilpy 0.1.0"), "no banner after a script: " + r.err());
    }

    @Test
    void subprocessRunCapturesOutput() throws Exception {
        ReplProcess.Result r = ReplProcess.run(ReplProcess.ROOT, home, "", "-c", """
                import subprocess, sys
                r = subprocess.run([sys.executable, '-c', 'import sys; print(7); sys.exit(4)'], capture_output=True, text=True)
                print(r.returncode, repr(r.stdout), repr(r.stderr))
                """);
        assertEquals("4 '7\\n' ''\n", r.out(), r.err());
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        ReplProcess.Result r = ReplProcess.run(ReplProcess.ROOT, home, "", "--frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("usage: gilpy"), r.err());
    }

    @Test
    void bannerSaysVersionModeAndHelp() throws Exception {
        ReplProcess.Result r = ReplProcess.run(ReplProcess.ROOT, home, "", "-i", "--gil", "off");
        assertTrue(r.err().startsWith(dev.gilpy.modules.SysModule.versionLine() + " [GIL off] on linux\nType \":help\" for help"),
                r.err());
    }
}
