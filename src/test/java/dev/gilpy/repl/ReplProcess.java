package dev.gilpy.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the real launcher ({@code ./gilpy}, which needs {@code make build}) as a child process. */
final class ReplProcess {
    private ReplProcess() {}

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = ROOT.resolve("gilpy");

    record Result(int code, String out, String err) {}

    static void assumeBuilt() {
        assumeTrue(Files.isRegularFile(ROOT.resolve("target/gilpy.jar")), "target/gilpy.jar missing: run make build");
    }

    /** Runs gilpy with these arguments and this stdin text, in {@code dir}, with HOME set to {@code home}. */
    static Result run(Path dir, Path home, String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("NO_COLOR", "1");
        Path out = Files.createTempFile("gilpy-out", ".txt");
        Path err = Files.createTempFile("gilpy-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gilpy did not finish: " + cmd);
        }
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }
}
