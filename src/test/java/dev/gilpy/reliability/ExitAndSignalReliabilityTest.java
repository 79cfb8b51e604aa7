package dev.gilpy.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Exits and signals through the real launcher (issue 13): Ctrl-C is KeyboardInterrupt in every blocking
 * wait, SIGTERM ends the process by the signal after flushing, SIGQUIT prints no JVM thread dump, a Java
 * error that escapes is a one-line internal error with a Python traceback and status 1, and the REPL on a
 * real terminal (tmux) is interrupted at once. Signals go to the JVM's pid (the launcher execs java).
 * The internal-error checks use a test-only hook, {@code gilpy._test_java_error()}, which exists only when
 * the environment has {@code GILPY_TEST_HOOKS=1}.
 */
class ExitAndSignalReliabilityTest {
    /** Far below the waits being interrupted (30 s), far above a loaded machine's signal latency. */
    private static final long PROMPT_MS = 8_000;

    @BeforeAll
    static void built() {
        assumeTrue(Files.isRegularFile(Launch.ROOT.resolve("target/gilpy.jar")), "run `make build` first");
    }

    private static void signal(long pid, String sig) throws Exception {
        Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), "kill -" + sig);
    }

    /** Polls the started program's stdout until it satisfies {@code ok}; fails after the timeout. */
    private static String awaitOut(Launch.Started s, Predicate<String> ok, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        String out = s.outSoFar();
        while (!ok.test(out)) {
            if (!s.process().isAlive()) throw new AssertionError("gilpy ended early:\n" + s.await());
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out; stdout so far:\n" + out);
            Thread.sleep(20);
            out = s.outSoFar();
        }
        return out;
    }

    @Test
    @DisplayName("SIGINT in each blocking wait raises KeyboardInterrupt at once; uncaught: traceback, finally, exit 130")
    void sigintInterruptsEveryBlockingWait() throws Exception {
        String script = """
                import threading, queue, time, sys
                import multiprocessing as mp
                def child():
                    time.sleep(60)
                def wait(kind):
                    if kind == "sleep": time.sleep(30)
                    elif kind == "lock":
                        l = threading.Lock(); l.acquire(); l.acquire()
                    elif kind == "rlock":
                        r = threading.RLock(); t = threading.Thread(target=r.acquire, daemon=True); t.start(); t.join(); r.acquire()
                    elif kind == "join":
                        t = threading.Thread(target=time.sleep, args=(60,), daemon=True); t.start(); t.join()
                    elif kind == "queue": queue.Queue().get()
                    elif kind == "event": threading.Event().wait()
                    elif kind == "condition":
                        c = threading.Condition()
                        with c: c.wait(60)
                    elif kind == "input": input()
                    elif kind == "mpqueue": mp.Queue().get()
                    elif kind == "mpjoin":
                        p = mp.Process(target=child, daemon=True); p.start(); p.join()
                    elif kind == "loop":
                        while True: pass
                if __name__ == "__main__":
                    for kind in sys.argv[1:]:
                        t0 = time.monotonic()
                        print("waiting", kind)
                        try:
                            wait(kind)
                        except KeyboardInterrupt:
                            print("KeyboardInterrupt in", kind, "after %.1f s" % (time.monotonic() - t0))
                    print("buffered line kept")
                    try:
                        time.sleep(30)
                    finally:
                        print("finally ran")
                """;
        Path dir = Files.createTempDirectory("gilpy-sig");
        Files.writeString(dir.resolve("waits.py"), script);
        List<String> kinds = List.of("sleep", "lock", "rlock", "join", "queue", "event", "condition", "input",
                "mpqueue", "mpjoin", "loop");
        List<String> args = new ArrayList<>(List.of("-u", "waits.py"));
        args.addAll(kinds);
        Launch.Started s = Launch.gilpy(args.toArray(String[]::new)).in(dir).stdinOpen().timeout(240).start();
        for (String kind : kinds) {
            awaitOut(s, o -> o.contains("waiting " + kind + "\n"), 60_000);
            Thread.sleep(kind.equals("mpjoin") ? 1500 : 300);   // let the wait begin (the child to start)
            long t0 = System.nanoTime();
            signal(s.pid(), "INT");
            awaitOut(s, o -> o.contains("KeyboardInterrupt in " + kind + " "), PROMPT_MS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < PROMPT_MS, kind + " took " + ms + " ms");
        }
        awaitOut(s, o -> o.contains("buffered line kept"), 30_000);
        Thread.sleep(300);
        signal(s.pid(), "INT");
        Launch.Result r = s.await();
        assertEquals(130, r.code(), r.toString());
        assertTrue(r.out().endsWith("buffered line kept\nfinally ran\n"), r.toString());
        assertEquals("KeyboardInterrupt", r.lastErrLine(), r.toString());
        assertTrue(r.err().contains("Traceback (most recent call last):\n") && r.err().contains("time.sleep(30)"), r.toString());
        assertFalse(r.showsJava(), r.toString());
    }

    @Test
    @DisplayName("signal.signal handlers run in the main thread; SIGQUIT prints no thread dump; SIGTERM flushes, then kills")
    void handlersQuitAndTerm() throws Exception {
        String script = """
                import signal, threading, time, os
                got = []
                def on_usr1(signum, frame):
                    got.append((signum, threading.current_thread().name, frame.f_code.co_name))
                    print("handler", got[-1], flush=True)
                signal.signal(signal.SIGUSR1, on_usr1)
                print("buffered, not flushed")
                print("ready", flush=True)
                def sleeping():
                    time.sleep(60)
                sleeping()
                """;
        Path dir = Files.createTempDirectory("gilpy-sig");
        Files.writeString(dir.resolve("term.py"), script);
        // Through bash, which says "Terminated" only for a child that a signal killed (exit(143) would not).
        Launch.Started s = new Launch.Started(new ProcessBuilder("bash", "-c", "\"$@\"; echo \"status $?\"", "bash",
                Launch.ROOT.resolve("gilpy").toString(), "term.py").directory(dir.toFile())
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start(),
                dir.resolve("out"), dir.resolve("err"), 120);
        awaitOut(s, o -> o.contains("ready\n"), 60_000);
        long jvm = s.process().descendants().filter(h -> h.info().command().orElse("").endsWith("java"))
                .findFirst().orElseThrow().pid();
        signal(jvm, "USR1");
        String out = awaitOut(s, o -> o.contains("handler"), PROMPT_MS);
        assertTrue(out.contains("handler (10, 'MainThread', 'sleeping')"), out);
        signal(jvm, "QUIT");
        Thread.sleep(1000);
        assertTrue(s.process().isAlive());
        signal(jvm, "TERM");
        Launch.Result r = s.await();
        assertFalse(r.out().contains("thread dump") || r.err().contains("thread dump"), r.toString());
        assertTrue(r.out().contains("buffered, not flushed\n"), r.toString());
        assertTrue(r.out().endsWith("status 143\n"), r.toString());
        assertTrue(r.err().contains("Terminated"), r.toString());
        assertFalse(r.showsJava(), r.toString());
    }

    @Test
    @DisplayName("a Java error that escapes: output kept, one-line internal error with the Python traceback, exit 1")
    void internalErrorsAndExitStatuses() throws Exception {
        String prog = """
                import gilpy, sys, threading
                print("printed first")
                def inner():
                    gilpy._test_java_error(sys.argv[1])
                def outer():
                    inner()
                if sys.argv[2] == "thread":
                    t = threading.Thread(target=outer); t.start(); t.join()
                    print("not reached")
                else:
                    outer()
                """;
        for (String[] c : new String[][]{{"error", "main"}, {"oom", "thread"}, {"runtime", "main"}}) {
            Launch.Result r = Launch.gilpy("-c", prog, c[0], c[1]).env("GILPY_TEST_HOOKS", "1").run();
            assertEquals(1, r.code(), r.toString());
            assertEquals("printed first\n", r.out(), r.toString());
            assertTrue(r.lastErrLine().matches("gilpy: internal error: \\w+: test hook \\(please report\\)"), r.toString());
            assertTrue(r.err().contains("line 6, in outer\n") && r.err().contains("line 4, in inner\n"), r.toString());
            assertFalse(r.showsJava(), r.toString());
        }
        // The REPL (here -i on a pipe) reports it and goes on.
        Launch.Result r = Launch.gilpy("-q", "-i", "-c", "print('script')").env("GILPY_TEST_HOOKS", "1")
                .stdin("import gilpy\ngilpy._test_java_error()\nprint('still here')\n").run();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("script\n") && r.out().contains("still here\n"), r.toString());
        assertTrue(r.err().contains("gilpy: internal error: AssertionError: test hook (please report)"), r.toString());
        assertFalse(r.showsJava(), r.toString());
        // Output files that cannot be written: a usage error before the program runs.
        for (String opt : new String[]{"--gil-trace", "--gil-timeline"}) {
            r = Launch.gilpy(opt, "/nonexistent/dir/t.out", "-c", "print('ran')").run();
            assertEquals(2, r.code(), r.toString());
            assertEquals("", r.out(), r.toString());
            assertEquals("gilpy: can't open file '/nonexistent/dir/t.out' for " + opt + ": [Errno 2] No such file or directory",
                    r.lastErrLine(), r.toString());
        }
        // sys.exit from the launcher: huge ints are 255; os._exit does not flush (as CPython).
        r = Launch.gilpy("-c", "import sys; print('kept'); sys.exit(2**70)").run();
        assertEquals(255, r.code(), r.toString());
        assertEquals("kept\n", r.out());
        r = Launch.gilpy("-c", "import os; print('lost'); os._exit(3)").run();
        assertEquals(3, r.code(), r.toString());
        assertEquals("", r.out());
    }

    // ------------------------------------------------------------------ a real terminal

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", "gilpy-sig-" + ProcessHandle.current().pid()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static String screen(String session) throws Exception {
        return tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", session).strip();
    }

    private static String awaitScreen(String session, Predicate<String> ok, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        String s = screen(session);
        while (!ok.test(s)) {
            if (System.currentTimeMillis() > end) throw new AssertionError("timed out; screen:\n" + s);
            Thread.sleep(30);
            s = screen(session);
        }
        return s;
    }

    @Test
    @DisplayName("on a terminal, Ctrl-C interrupts time.sleep at once: in the REPL (back to the prompt) and in a script")
    void ctrlCOnATerminal() throws Exception {
        boolean haveTmux;
        try {
            haveTmux = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            haveTmux = false;
        }
        assumeTrue(haveTmux, "tmux is not installed");
        Path dir = Files.createTempDirectory("gilpy-tty");
        Files.writeString(dir.resolve("s.py"), "import time\nprint('sleeping')\ntry:\n    time.sleep(30)\nfinally:\n    print('finally ran')\n");
        String session = "gilpy-sig-" + ProcessHandle.current().pid();
        try {
            // The shell traps SIGINT (a handler, not SIG_IGN, so gilpy starts with the default): a child that
            // dies by SIGINT would otherwise make it abandon the rest of the command list.
            String cmd = "trap 'echo' INT; cd '" + dir + "' && env HOME='" + dir + "' TERM=xterm-256color NO_COLOR=1 '" + Launch.ROOT.resolve("gilpy")
                    + "' -q; echo \"[repl exit $?]\"; '" + Launch.ROOT.resolve("gilpy") + "' s.py; echo \"[script exit $?]\"; sleep 60";
            tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40", cmd);
            awaitScreen(session, t -> t.endsWith(">>>"), 60_000);
            tmux("send-keys", "-t", session, "-l", "import time; time.sleep(10)");
            tmux("send-keys", "-t", session, "Enter");
            Thread.sleep(800);
            long t0 = System.nanoTime();
            tmux("send-keys", "-t", session, "C-c");
            String s = awaitScreen(session, t -> t.contains("KeyboardInterrupt") && t.endsWith(">>>"), 5_000);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "Ctrl-C took " + ms + " ms");
            assertTrue(s.contains("Traceback (most recent call last):"), s);
            tmux("send-keys", "-t", session, "-l", "print('alive')");
            tmux("send-keys", "-t", session, "Enter");
            awaitScreen(session, t -> t.contains("alive\n>>>"), 10_000);
            tmux("send-keys", "-t", session, "C-d");
            awaitScreen(session, t -> t.contains("[repl exit 0]") && t.contains("sleeping"), 60_000);
            Thread.sleep(800);
            t0 = System.nanoTime();
            tmux("send-keys", "-t", session, "C-c");
            s = awaitScreen(session, t -> t.contains("[script exit 130]"), 5_000);
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000);
            assertTrue(s.contains("finally ran") && s.contains("    time.sleep(30)\nKeyboardInterrupt"), s);
        } finally {
            tmux("kill-session", "-t", session);
        }
    }
}
