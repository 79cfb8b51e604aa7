package dev.gilpy.concurrent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs gilpy in a child JVM (the interpreter is a per-process singleton and System.exit ends it), so
 * every run gets a fresh interpreter and GIL.
 */
public final class GilpyProcess {
    private GilpyProcess() {}

    public record Result(String out, String err, int code) {}

    /**
     * The command that starts gilpy: the launcher named by {@code -Dgolden.cmd} (what `make test` passes: the jar
     * with its AOT cache, as users run it), else {@code dev.gilpy.Main} from this JVM's classpath (the classes a
     * change in progress just compiled). {@code -Dgolden.jvmArgs} adds JVM options to the classpath form.
     */
    public static List<String> gilpyCommand() {
        List<String> cmd = new ArrayList<>();
        String launcher = System.getProperty("golden.cmd", "");
        if (!launcher.isBlank()) {
            cmd.addAll(List.of(launcher.strip().split("\\s+")));
            return cmd;
        }
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        cmd.add("--enable-native-access=ALL-UNNAMED");   // libm, as the jar's manifest allows (runtime/Libm)
        String extra = System.getProperty("golden.jvmArgs", "");
        if (!extra.isBlank()) cmd.addAll(List.of(extra.strip().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.gilpy.Main");
        return cmd;
    }

    public static Result run(String source, String... options) { return run(source, Map.of(), options); }

    public static Result run(String source, Map<String, String> env, String... options) {
        try {
            Path dir = Files.createTempDirectory("gilpy-test");
            Path script = dir.resolve("t.py");
            Files.writeString(script, source, StandardCharsets.UTF_8);
            List<String> cmd = gilpyCommand();
            cmd.addAll(List.of(options));
            cmd.add(script.toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("PYTHON_GIL");
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("gilpy timed out; stderr so far:\n" + Files.readString(dir.resolve("err")));
            }
            return new Result(Files.readString(dir.resolve("out")), Files.readString(dir.resolve("err")), p.exitValue());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
