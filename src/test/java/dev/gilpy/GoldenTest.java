package dev.gilpy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: every {@code samples/*.py}, every {@code bench/classic/*.py} and every top-level
 * {@code src/test/resources/conformance/*.py} (plus {@code <folder>/main.py}, whose helper
 * modules sit beside it and are not run by themselves) is run in a fresh interpreter
 * process and compared with expectations recorded from CPython 3.11.
 *
 * <p>Expected files next to {@code X.py}:
 * <ul>
 *   <li>{@code X.out} exact stdout, or {@code X.out.re}: one regex per stdout line (full match)</li>
 *   <li>{@code X.err} last non-blank stderr line (absent: stderr must be blank)</li>
 *   <li>{@code X.stderr} optional: the exact stderr, with the script folder's absolute path (and its
 *       trailing separator) removed from the actual output, so tracebacks read {@code File "X.py"}</li>
 *   <li>{@code X.code} exit code (absent: 0)</li>
 *   <li>{@code X.args} optional command-line arguments, whitespace separated</li>
 *   <li>{@code X.flags} optional interpreter options before the script (e.g. {@code -u}: the
 *       terminal's line order of an example whose processes print while piped)</li>
 * </ul>
 * Scripts listed in the folder's {@code PENDING} file ({@code name.py  # reason}) are
 * reported as skipped while they fail and make the test fail once they pass.
 *
 * <p>System properties: {@code golden.only=name} (one script; stem or file name),
 * {@code golden.suite=samples|conformance|classic|all}, {@code golden.cmd=/path/to/gilpy}
 * (run through a launcher instead of {@code java -cp ... dev.gilpy.Main}),
 * {@code golden.jobs=2}, {@code golden.timeout=60} (seconds).
 */
class GoldenTest {

    static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Map<String, Path> SUITES = new LinkedHashMap<>();

    static {
        SUITES.put("samples", ROOT.resolve("samples"));
        SUITES.put("conformance", ROOT.resolve("src/test/resources/conformance"));
        // the classic benchmark programs, run with the tiny parameters of their .args files
        SUITES.put("classic", ROOT.resolve("bench/classic"));
    }

    static final int JOBS = Integer.getInteger("golden.jobs", 2);
    static final long TIMEOUT_S = Long.getLong("golden.timeout", 60);

    record Result(String stdout, String stderr, int exit, boolean timedOut, double seconds) {}

    record Case(String suite, Path script, String pendingReason, Future<Result> result) {
        String name() { return key(SUITES.get(suite), script); }
    }

    // ---------------------------------------------------------------- discovery

    static List<String> suitesToRun() {
        String s = System.getProperty("golden.suite", "all");
        if (s.isBlank() || s.equals("all")) return List.copyOf(SUITES.keySet());
        if (!SUITES.containsKey(s)) throw new IllegalArgumentException("unknown golden.suite " + s);
        return List.of(s);
    }

    static List<Path> scripts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        // top-level *.py, plus <sub>/main.py (a script with helper modules beside it)
        try (Stream<Path> files = Files.list(dir)) {
            return files.flatMap(p -> Files.isDirectory(p) ? Stream.of(p.resolve("main.py")) : Stream.of(p))
                    .filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p))
                    // samples/tour.py prints live timings (make demo): nothing to compare
                    .filter(p -> !p.getFileName().toString().equals("tour.py"))
                    .sorted().toList();
        }
    }

    /** name.py -> reason, from the folder's PENDING file. */
    static String key(Path dir, Path script) {
        return dir.relativize(script).toString().replace('\\', '/');
    }

    static Map<String, String> pending(Path dir) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        Path f = dir.resolve("PENDING");
        if (!Files.exists(f)) return map;
        for (String raw : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            String reason = hash < 0 ? "pending" : line.substring(hash + 1).strip();
            map.put(name, reason);
        }
        return map;
    }

    static boolean selected(Path script) {
        String only = System.getProperty("golden.only", "");
        if (only.isBlank()) return true;
        String file = script.getFileName().toString();
        for (String o : only.split(",")) {
            o = o.strip();
            if (o.equals(file) || (o + ".py").equals(file) || script.toString().endsWith(o)
                    || script.toString().endsWith(o + ".py")) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- running

    static List<String> command(Path script, List<String> options) throws IOException {
        List<String> cmd = dev.gilpy.concurrent.GilpyProcess.gilpyCommand();
        cmd.addAll(options);
        Path flags = sibling(script, ".flags");
        if (Files.exists(flags)) {
            String f = Files.readString(flags, StandardCharsets.UTF_8).strip();
            if (!f.isEmpty()) cmd.addAll(Arrays.asList(f.split("\\s+")));
        }
        cmd.add(script.getFileName().toString());
        Path args = sibling(script, ".args");
        if (Files.exists(args)) {
            String a = Files.readString(args, StandardCharsets.UTF_8).strip();
            if (!a.isEmpty()) cmd.addAll(Arrays.asList(a.split("\\s+")));
        }
        return cmd;
    }

    static Result run(Path script, List<String> options) throws IOException, InterruptedException {
        Path dir = script.getParent();
        Path tmp = Files.createTempDirectory("golden");
        Path out = tmp.resolve("stdout"), err = tmp.resolve("stderr");
        ProcessBuilder pb = new ProcessBuilder(command(script, options))
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close(); // stdin: closed, reads see EOF
        boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        Result r = new Result(Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                done ? p.exitValue() : -1, !done, secs);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        Files.deleteIfExists(tmp);
        return r;
    }

    static Path sibling(Path script, String suffix) {
        String stem = script.getFileName().toString().replaceFirst("\\.py$", "");
        return script.resolveSibling(stem + suffix);
    }

    // ---------------------------------------------------------------- checking

    /** Returns null when the result matches the expectation, else a report. */
    static String check(Path script, Result r) throws IOException {
        StringBuilder report = new StringBuilder();
        if (r.timedOut()) {
            return "timed out after " + TIMEOUT_S + " s (killed)\n--- stdout so far ---\n" + r.stdout()
                    + "--- stderr so far ---\n" + r.stderr();
        }
        Path outFile = sibling(script, ".out"), reFile = sibling(script, ".out.re");
        Path errFile = sibling(script, ".err"), codeFile = sibling(script, ".code");

        int wantCode = Files.exists(codeFile) ? Integer.parseInt(Files.readString(codeFile).strip()) : 0;
        if (r.exit() != wantCode) {
            report.append("exit code: expected ").append(wantCode).append(", got ").append(r.exit()).append('\n');
        }

        Path fullErrFile = sibling(script, ".stderr");
        String wantFullErr = Files.exists(fullErrFile) ? Files.readString(fullErrFile, StandardCharsets.UTF_8) : null;
        String wantErr = Files.exists(errFile) ? lastNonBlankLine(Files.readString(errFile, StandardCharsets.UTF_8))
                : wantFullErr != null ? lastNonBlankLine(wantFullErr) : "";
        if (wantFullErr != null) {
            String dir = script.toAbsolutePath().getParent().toString() + java.io.File.separator;
            String gotFull = r.stderr().replace(dir, "");
            if (!wantFullErr.equals(gotFull)) {
                report.append("stderr differs from ").append(fullErrFile.getFileName())
                        .append(" (--- expected, +++ actual):\n")
                        .append(Diff.unified(lines(wantFullErr), lines(gotFull)));
            }
        }
        String gotErr = lastNonBlankLine(r.stderr());
        if (!wantErr.equals(gotErr)) {
            report.append("last stderr line:\n  expected: ").append(wantErr.isEmpty() ? "<no stderr>" : wantErr)
                    .append("\n  actual:   ").append(gotErr.isEmpty() ? "<no stderr>" : gotErr).append('\n');
        }

        if (Files.exists(reFile)) {
            String problem = matchRegexLines(Files.readAllLines(reFile, StandardCharsets.UTF_8), lines(r.stdout()));
            if (problem != null) report.append("stdout does not match ").append(reFile.getFileName())
                    .append(":\n").append(problem);
        } else if (Files.exists(outFile)) {
            String want = Files.readString(outFile, StandardCharsets.UTF_8);
            if (!want.equals(r.stdout())) {
                report.append("stdout differs (--- expected, +++ actual):\n")
                        .append(Diff.unified(lines(want), lines(r.stdout())));
                if (!want.endsWith("\n") != !r.stdout().endsWith("\n")) {
                    report.append("(final newline differs)\n");
                }
            }
        } else {
            report.append("no ").append(outFile.getFileName()).append(" or ").append(reFile.getFileName())
                    .append(": record the expectations with samples/regen\n");
        }

        if (report.isEmpty()) return null;
        if (!r.stderr().isBlank() && !wantErr.equals(gotErr)) {
            report.append("--- full stderr ---\n").append(tail(r.stderr(), 40));
        }
        return report.toString();
    }

    static String matchRegexLines(List<String> patterns, List<String> actual) {
        StringBuilder sb = new StringBuilder();
        int n = Math.max(patterns.size(), actual.size());
        boolean bad = false;
        for (int i = 0; i < n; i++) {
            String pat = i < patterns.size() ? patterns.get(i) : null;
            String act = i < actual.size() ? actual.get(i) : null;
            boolean ok;
            if (pat == null || act == null) {
                ok = false;
            } else {
                try {
                    ok = Pattern.compile(pat).matcher(act).matches();
                } catch (PatternSyntaxException e) {
                    return "bad regex on line " + (i + 1) + ": " + e.getMessage() + "\n";
                }
            }
            if (!ok) bad = true;
            sb.append(ok ? "   " : "!! ").append(String.format("%3d ", i + 1))
                    .append(act == null ? "<missing line>" : act)
                    .append(ok ? "" : "    # expected /" + (pat == null ? "<no more lines>" : pat) + "/")
                    .append('\n');
        }
        return bad ? sb.toString() : null;
    }

    static List<String> lines(String s) {
        if (s.isEmpty()) return List.of();
        List<String> l = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        if (s.endsWith("\n")) l.remove(l.size() - 1);
        return l;
    }

    static String lastNonBlankLine(String s) {
        List<String> l = lines(s.replace("\r\n", "\n"));
        for (int i = l.size() - 1; i >= 0; i--) {
            if (!l.get(i).isBlank()) return l.get(i).stripTrailing();
        }
        return "";
    }

    static String tail(String s, int maxLines) {
        List<String> l = lines(s);
        List<String> t = l.subList(Math.max(0, l.size() - maxLines), l.size());
        return (l.size() > maxLines ? "...\n" : "") + String.join("\n", t) + "\n";
    }

    // ---------------------------------------------------------------- tests

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        return suite("", List.of());
    }

    /**
     * The same scripts with every suitable code object compiled at its first call: the compiled tier must
     * print exactly what the interpreter prints, errors and tracebacks included.
     */
    @TestFactory
    Stream<DynamicTest> goldenCompiled() throws IOException {
        return suite("jit-eager ", List.of("-X", "jit=eager"));
    }

    /**
     * Conformance scripts that start child processes spend their time booting JVMs, and what they check is
     * the processes, which the plain pass covers: the compiled pass skips them (not the samples, which run
     * in every mode), keeping `make test` within its time budget.
     */
    static boolean startsProcesses(Path script) throws IOException {
        String src = new String(Files.readAllBytes(script), StandardCharsets.ISO_8859_1);   // any encoding cookie
        return src.contains("multiprocessing") || src.contains("ProcessPoolExecutor") || src.contains("subprocess");
    }

    Stream<DynamicTest> suite(String label, List<String> options) throws IOException {
        List<Case> cases = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, JOBS), r -> {
            Thread t = new Thread(r, "golden-runner");
            t.setDaemon(true);
            return t;
        });
        // Start every process ahead (JOBS at a time); the dynamic tests then
        // just wait for their own result in order.
        for (String suite : suitesToRun()) {
            Path dir = SUITES.get(suite);
            Map<String, String> pend = pending(dir);
            for (Path script : scripts(dir)) {
                if (!selected(script)) continue;
                if (!options.isEmpty() && suite.equals("conformance") && startsProcesses(script)) continue;
                Future<Result> f = pool.submit(() -> run(script, options));
                cases.add(new Case(suite, script, pend.get(key(dir, script)), f));
            }
        }
        pool.shutdown();
        Path nowPassing = ROOT.resolve("target/golden/now-passing.txt");
        return cases.stream().map(c -> DynamicTest.dynamicTest(label + c.suite() + "/" + c.name(), c.script().toUri(), () -> {
            Result r = c.result().get();
            String problem = check(c.script(), r);
            if (c.pendingReason() != null) {
                if (problem == null) {
                    Files.createDirectories(nowPassing.getParent());
                    Files.writeString(nowPassing, ROOT.relativize(c.script()) + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    fail(c.name() + " passes now: remove " + c.name() + " from "
                            + ROOT.relativize(c.script().resolveSibling("PENDING")));
                }
                Assumptions.abort("PENDING (" + c.pendingReason() + "); currently: "
                        + firstLine(problem));
            }
            if (problem != null) {
                fail(c.suite() + "/" + c.name() + " (" + String.format("%.2f s", r.seconds()) + ")\n" + problem);
            }
        }));
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** PENDING files may only name scripts that exist, and each script needs expectations. */
    @Test
    void pendingListsAndExpectationsAreConsistent() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var e : SUITES.entrySet()) {
            Path dir = e.getValue();
            for (String name : pending(dir).keySet()) {
                if (!Files.exists(dir.resolve(name))) problems.add(e.getKey() + "/PENDING names missing " + name);
            }
            for (Path script : scripts(dir)) {
                if (!Files.exists(sibling(script, ".out")) && !Files.exists(sibling(script, ".out.re"))) {
                    problems.add(e.getKey() + "/" + key(dir, script) + " has no .out/.out.re");
                }
                if (Files.exists(sibling(script, ".out")) && Files.exists(sibling(script, ".out.re"))) {
                    problems.add(e.getKey() + "/" + key(dir, script) + " has both .out and .out.re");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Minimal line diff (LCS) printed in unified style with 3 lines of context. */
    static final class Diff {
        static String unified(List<String> a, List<String> b) {
            int n = a.size(), m = b.size();
            if ((long) n * m > 4_000_000L) return firstDifference(a, b);
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            // edit script: ' ', '-', '+' with the line indices
            List<int[]> ops = new ArrayList<>(); // {kind, ai, bi}
            int i = 0, j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(i).equals(b.get(j))) { ops.add(new int[] {0, i++, j++}); }
                else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) { ops.add(new int[] {2, i, j++}); }
                else { ops.add(new int[] {1, i++, j}); }
            }
            StringBuilder sb = new StringBuilder();
            int k = 0, ctx = 3;
            while (k < ops.size()) {
                if (ops.get(k)[0] == 0) { k++; continue; }
                int start = Math.max(0, k - ctx), end = k;
                // extend the hunk while changes are within 2*ctx of each other
                int lastChange = k;
                while (end < ops.size()) {
                    if (ops.get(end)[0] != 0) lastChange = end;
                    else if (end - lastChange > 2 * ctx) break;
                    end++;
                }
                end = Math.min(ops.size(), lastChange + ctx + 1);
                int[] s = ops.get(start);
                sb.append(String.format("@@ -%d +%d @@%n", s[1] + 1, s[2] + 1));
                for (int x = start; x < end; x++) {
                    int[] op = ops.get(x);
                    switch (op[0]) {
                        case 0 -> sb.append("  ").append(a.get(op[1])).append('\n');
                        case 1 -> sb.append("- ").append(a.get(op[1])).append('\n');
                        default -> sb.append("+ ").append(b.get(op[2])).append('\n');
                    }
                }
                k = end;
            }
            return sb.toString();
        }

        static String firstDifference(List<String> a, List<String> b) {
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) i++;
            return "first difference at line " + (i + 1) + ":\n- " + (i < a.size() ? a.get(i) : "<end>")
                    + "\n+ " + (i < b.size() ? b.get(i) : "<end>") + "\n";
        }
    }
}
