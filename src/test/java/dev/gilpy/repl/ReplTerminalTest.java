package dev.gilpy.repl;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The REPL on a real pseudo-terminal: tmux runs {@code ./gilpy}, the test types with
 * {@code send-keys} and reads the screen with {@code capture-pane}, polling until the expected text
 * appears. Skipped when tmux is not installed.
 */
class ReplTerminalTest {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final long TIMEOUT_MS = 20_000;

    @TempDir
    Path home;
    private String session;
    private final List<String> sessions = new ArrayList<>();

    @BeforeAll
    static void tmuxAndJar() throws Exception {
        ReplProcess.assumeBuilt();
        boolean tmux;
        try {
            tmux = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            tmux = false;
        }
        assumeTrue(tmux, "tmux is not installed");
        // Killing a test's session must not end the private server while the next test starts its session
        // (that race showed as "no server running"): the server stays up until the last test is done.
        tmux("start-server", ";", "set-option", "-g", "exit-empty", "off");
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            tmux("kill-server");
        } catch (IOException e) {
            // no tmux: nothing was started
        }
    }

    @AfterEach
    void kill() throws Exception {
        for (String s : sessions) {
            // gilpy may still be writing its history into the test's HOME as it exits: wait for the pane's processes
            // to end before JUnit deletes the directory
            List<ProcessHandle> pane = new ArrayList<>();
            try {
                ProcessHandle.of(Long.parseLong(tmux("display-message", "-p", "-t", s, "#{pane_pid}").strip()))
                        .ifPresent(h -> { pane.add(h); h.descendants().forEach(pane::add); });
            } catch (NumberFormatException e) {
                // the session has already gone
            }
            tmux("kill-session", "-t", s);
            for (ProcessHandle h : pane) {
                try {
                    h.onExit().get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    h.destroyForcibly();
                }
            }
        }
    }

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add("tmux");
        // A private tmux server per test JVM: other tmux users (or parallel runs) cannot take it down.
        cmd.add("-L");
        cmd.add("gilpy-test-" + ProcessHandle.current().pid());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** Starts gilpy in a fresh tmux session and waits for the first prompt. */
    private void start(String... env) throws Exception {
        session = "gilpy-test-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
        sessions.add(session);
        StringBuilder cmd = new StringBuilder("cd '" + ReplProcess.ROOT + "' && env HOME='" + home + "' TERM=xterm-256color");
        for (String e : env) cmd.append(' ').append(e);
        cmd.append(" ./gilpy; echo \"[exit $?]\"; sleep 60");
        tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", cmd.toString());
        waitFor(t -> t.endsWith(">>>"));
    }

    private String screen() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String line : tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session).split("\n", -1)) {
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString().strip();
    }

    private String waitFor(Predicate<String> ok) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        String s = screen();
        while (!ok.test(s)) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out; screen:\n" + s);
            Thread.sleep(50);
            s = screen();
        }
        return s;
    }

    private String waitForText(String text) throws Exception { return waitFor(s -> s.contains(text)); }

    /** Waits until the REPL shows a prompt, so that typed keys do not race with the running code. */
    private void ready() throws Exception {
        waitFor(t -> t.endsWith(">>>") || t.endsWith("..."));
    }

    /** Types text (literally) at the next prompt, without Enter. */
    private void type(String text) throws Exception {
        ready();
        String before = screen();
        tmux("send-keys", "-t", session, "-l", text);
        settle(before);
    }

    /** Waits (briefly, without failing) until the screen differs from {@code before}. */
    private void settle(String before) throws Exception {
        long end = System.currentTimeMillis() + 2000;
        while (screen().equals(before) && System.currentTimeMillis() < end) Thread.sleep(20);
    }

    /** Types a line (literally) at the next prompt and presses Enter. */
    private void line(String text) throws Exception {
        ready();
        String before = screen();
        if (!text.isEmpty()) tmux("send-keys", "-t", session, "-l", text);
        tmux("send-keys", "-t", session, "Enter");
        settle(before);
    }

    private void keys(String... keys) throws Exception {
        List<String> a = new ArrayList<>(List.of("send-keys", "-t", session));
        a.addAll(List.of(keys));
        tmux(a.toArray(new String[0]));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    @Test
    void bannerMultiLineDefExceptionAndExit() throws Exception {
        start();
        String s = waitForText("Type \":help\" for help");
        assertTrue(s.startsWith(dev.gilpy.modules.SysModule.versionLine() + " [GIL on] on linux"), s);
        line("def f(x):");
        waitFor(t -> t.endsWith("..."));
        line("return x * 2");   // auto-indented after the ':'
        line("");
        line("f(21)");
        waitForText("\n42\n>>>");
        line("1/0");
        waitForText("ZeroDivisionError: division by zero\n>>>");
        line("f(1) + _");
        waitForText("\n44\n>>>");
        line("exit(3)");
        s = waitForText("[exit 3]");
        assertTrue(s.contains(">>> def f(x):\n...     return x * 2\n...\n>>> f(21)\n42\n"), s);
    }

    @Test
    void historyRecallAcrossSessions() throws Exception {
        start();
        line("value = 1234");
        line("value");
        waitForText("\n1234\n>>>");
        keys("Up", "Up");
        waitFor(s -> s.endsWith(">>> value = 1234"));
        keys("C-u");
        line("exit()");
        waitForText("[exit 0]");
        assertTrue(Files.readString(home.resolve(".gilpy_history")).contains("value = 1234"));
        start();
        keys("Up");
        waitFor(s -> s.endsWith(">>> exit()"));
        keys("Up");
        waitFor(s -> s.endsWith(">>> value"));
    }

    @Test
    void tabCompletesAttributesNamesAndKeywords() throws Exception {
        start();
        line("import sys");
        type("sys.exi");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> sys.exit"));
        keys("C-u");
        line("counter_value = 5");
        type("counter_v");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> counter_value"));
        keys("C-u");
        type("whil");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> while"));
        keys("C-u");
        type(":sam");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> :samples"));
        keys("C-u");
        type(":run samples/tou");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> :run samples/tour.py"));
        keys("C-u");
        line("import threading");
        type("threading.Th");
        keys("Tab");
        // Thread and ThreadError share "Thread": the line completes that far (the list may show below).
        waitFor(s -> s.contains(">>> threading.Thread"));
    }

    @Test
    void ctrlCCancelsTheLineAndInterruptsARunawayLoop() throws Exception {
        start();
        type("this line is abandoned");
        keys("C-c");
        waitFor(s -> s.contains("\nKeyboardInterrupt\n>>>"));
        line("while True: pass");
        waitFor(t -> t.endsWith("..."));
        line("");
        Thread.sleep(500);
        keys("C-c");
        waitFor(s -> count(s, "KeyboardInterrupt") == 2 && s.endsWith(">>>"));
        line("'still alive'");
        waitForText("'still alive'\n>>>");
        line(":gil off");
        waitForText("GIL off\n>>>");
        line("while True: pass");
        waitFor(t -> t.endsWith("..."));
        line("");
        Thread.sleep(500);
        keys("C-c");
        waitFor(s -> count(s, "KeyboardInterrupt") == 3 && s.endsWith(">>>"));
        keys("C-d");
        String s = waitForText("[exit 0]");
        assertTrue(s.contains("Traceback (most recent call last):"), s);
    }

    @Test
    void noColorGivesPlainOutput() throws Exception {
        start("NO_COLOR=1");
        line("1/0");
        waitForText("ZeroDivisionError");
        String raw = tmux("capture-pane", "-p", "-e", "-t", session);
        assertEquals(-1, raw.indexOf('\u001b'), raw);
    }

    @Test
    void colourOnATerminal() throws Exception {
        start();
        line("1/0");
        waitForText("ZeroDivisionError");
        String raw = tmux("capture-pane", "-p", "-e", "-t", session);
        assertTrue(raw.indexOf('\u001b') >= 0, raw);
    }

    @Test
    void aBlockIsOneHistoryEntryWithItsIndentation() throws Exception {
        start();
        line("def twice(x):");
        line("y = x * 2");
        line("return y");
        line("");
        line("twice(4)");
        waitForText("\n8\n>>>");
        keys("Up", "Up");
        waitFor(s -> s.endsWith(">>> def twice(x):\n...     y = x * 2\n...     return y"));
        keys("C-c");
        line("exit()");
        waitForText("[exit 0]");
        // The history file keeps the block as one entry too (recalled whole in the next session).
        start();
        keys("Up", "Up", "Up");   // exit(), twice(4), the block
        waitFor(s -> s.endsWith(">>> def twice(x):\n...     y = x * 2\n...     return y"));
    }

    @Test
    void aPasteOfSeveralStatementsRunsEachAsCPython313() throws Exception {
        start();
        ready();
        tmux("set-buffer", "-b", "p", "def g():\n    return 5\n\nx = g() + 1\n\nif x > 1:\n    print('big', x)\nelse:\n    print('small')\nx * 2");
        tmux("paste-buffer", "-p", "-d", "-b", "p", "-t", session);
        waitFor(s -> s.contains("...     return 5"));
        keys("Enter");
        String s = waitForText("big 6\n12\n>>>");
        assertTrue(!s.contains("SyntaxError") && !s.contains("\n> "), s);
    }

    @Test
    void hintsBuiltinsAndCompletionOfModulesAndFiles() throws Exception {
        start();
        line("exit");
        waitForText("Use exit() or Ctrl-D (i.e. EOF) to exit\n>>>");
        line(":dis len");
        waitForText("len is a built-in function (written in Java): it has no bytecode to show\n>>>");
        type("import threadi");
        keys("Tab");
        waitFor(s -> s.endsWith(">>> import threading"));
        keys("C-u");
        type(":run samples/race_c");
        keys("Tab");
        // Two files start with race_c: the list shows their whole names, and no test expectation files.
        String s = waitFor(t -> t.contains("race_check_then_act.py") && t.contains("race_counter.py"));
        assertTrue(!s.contains("race_counter.out") && !s.matches("(?s).*\\bpy\\s+py\\b.*"), s);
    }

    @Test
    void schedAnyAtRunTimeAndHelp() throws Exception {
        start();
        // No --switch-points any on the command line: the REPL switches at every instruction anyway, so two
        // threads' `n += 1` lose updates (breaker points alone never split it: 2000 exactly).
        line(":sched 42 any");
        waitForText("deterministic scheduling with seed 42\n>>>");
        line("import threading");
        line("n = 0");
        line("def work():");
        line("global n");
        line("for _ in range(1000): n += 1");
        line("");
        line("ts = [threading.Thread(target=work) for _ in range(2)]");
        line("for t in ts: t.start()");
        line("");
        line("for t in ts: t.join()");
        line("");
        line("print('total', n)");
        String s = waitFor(t -> t.matches("(?s).*\ntotal \\d+\n>>>$"));
        int total = Integer.parseInt(s.replaceAll("(?s).*\ntotal (\\d+)\n>>>$", "$1"));
        assertTrue(total < 2000, s);
        line(":sched off");
        line("help(len)");
        waitForText("Help on built-in function len in module builtins:\n\nlen(obj, /)\n"
                + "    Return the number of items in a container.\n\n>>>");
        line("help()");
        waitFor(t -> t.endsWith("help>"));
        keys("-l", "str.join");   // (line() waits for a Python prompt)
        keys("Enter");
        waitForText("str.join = join(self, iterable, /)\n    Concatenate any number of strings.");
        waitFor(t -> t.endsWith("help>"));
        keys("q", "Enter");
        waitForText("You are now leaving help and returning to the Python interpreter.");
        line("help");
        waitForText("Type help() for interactive help, or help(object) for help about object.\n>>>");
    }
}
