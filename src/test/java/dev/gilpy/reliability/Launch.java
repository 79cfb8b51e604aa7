package dev.gilpy.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real launcher ({@code ./gilpy}, the built jar and its JVM flags) as a child process, the way a
 * user runs gilpy: the reliability tests judge what the user sees (exit status, the last line on stderr,
 * whether earlier stdout survived), so nothing in between may be simulated. Needs {@code make build}
 * (which {@code make test} runs first).
 */
public final class Launch {
    private Launch() {}

    public static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    /** What one run printed and how it ended. */
    public record Result(String out, String err, int code) {
        /** The last non-blank line on stderr ("" when stderr is blank). */
        public String lastErrLine() {
            String[] lines = err.strip().split("\n");
            return lines.length == 0 ? "" : lines[lines.length - 1].strip();
        }

        /** True when stderr shows a Java stack frame or exception class name (never meant for a user). */
        public boolean showsJava() {
            return err.contains("\tat java.") || err.contains("\tat dev.gilpy.") || err.contains("at dev.gilpy.")
                    || err.matches("(?s).*\\bjava\\.lang\\.[A-Z]\\w*(Error|Exception)\\b.*");
        }

        @Override public String toString() {
            return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** A run that is set up step by step: {@code Launch.gilpy("-c", "print(1)").env("K", "v").run()}. */
    public static Spec gilpy(String... args) { return new Spec(Arrays.asList(args)); }

    /** Writes {@code source} to a fresh temporary script and runs it with the options before it. */
    public static Result script(String source, String... options) {
        try {
            Path dir = Files.createTempDirectory("gilpy-rel");
            Path file = dir.resolve("t.py");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(Arrays.asList(options));
            args.add(file.toString());
            return new Spec(args).in(dir).run();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A prefix that starts gilpy with every signal at its default action, as a terminal's foreground job has it.
     * A test JVM started as a background job of a non-interactive shell (`make test &`) inherits SIGINT and SIGQUIT
     * ignored, and gilpy, like CPython, leaves an ignored SIGINT ignored. Empty where `env` lacks the option.
     */
    private static final List<String> DEFAULT_SIGNALS = defaultSignals();

    private static List<String> defaultSignals() {
        try {
            Process p = new ProcessBuilder("env", "--default-signal", "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0 ? List.of("env", "--default-signal") : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    public static final class Spec {
        private final List<String> args;
        private final Map<String, String> env = new HashMap<>();
        private String stdin = "";
        private boolean stdinOpen;
        private Path dir;
        private int timeoutSeconds = 120;

        Spec(List<String> args) { this.args = args; }

        public Spec env(String key, String value) { env.put(key, value); return this; }
        public Spec stdin(String text) { stdin = text; return this; }
        /** Leaves stdin open after the text (a program blocked in input() then waits, as on a terminal). */
        public Spec stdinOpen() { stdinOpen = true; return this; }
        public Spec in(Path directory) { dir = directory; return this; }
        public Spec timeout(int seconds) { timeoutSeconds = seconds; return this; }

        /** The started process (for tests that signal it); stdout/stderr go to files in its directory. */
        public Started start() {
            Path launcher = ROOT.resolve("gilpy");
            if (!Files.isRegularFile(ROOT.resolve("target/gilpy.jar")))
                throw new AssertionError("target/gilpy.jar is missing: run `make build` first");
            try {
                Path d = dir != null ? dir : Files.createTempDirectory("gilpy-rel");
                Path out = Files.createTempFile(d, "out", ".txt");
                Path err = Files.createTempFile(d, "err", ".txt");
                List<String> cmd = new ArrayList<>(DEFAULT_SIGNALS);
                cmd.add(launcher.toString());
                cmd.addAll(args);
                ProcessBuilder pb = new ProcessBuilder(cmd).directory(d.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().remove("JAVA_TOOL_OPTIONS");
                pb.environment().remove("PYTHON_GIL");
                pb.environment().remove("PYTHONUNBUFFERED");
                pb.environment().putAll(env);
                Process p = pb.start();
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
                if (stdinOpen) p.getOutputStream().flush();
                else p.getOutputStream().close();
                return new Started(p, out, err, timeoutSeconds);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        public Result run() { return start().await(); }
    }

    /** A running launcher process. */
    public record Started(Process process, Path out, Path err, int timeoutSeconds) {
        public long pid() { return process.pid(); }

        /** Waits for the process to end (kills it and fails after the timeout). */
        public Result await() {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError("gilpy timed out after " + timeoutSeconds + " s; stderr so far:\n"
                            + Files.readString(err));
                }
                return new Result(Files.readString(out), Files.readString(err), process.exitValue());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Stdout so far (for waiting until the script reached a point before signalling it). */
        public String outSoFar() {
            try { return Files.readString(out); } catch (IOException e) { throw new AssertionError(e); }
        }
    }
}
