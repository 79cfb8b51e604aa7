package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.runtime.PyTextIO;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code gilpy explore [options] script.py [args]}: runs the script under many schedules, each in a fresh
 * interpreter of this JVM, and prints every outcome with its count and a minimal replay command. Exit status
 * 1 when some outcome failed (an uncaught exception in any thread, a non-zero exit, a deadlock), 2 on a
 * usage error, else 0.
 */
public final class ExploreCommand {
    private ExploreCommand() {}

    static final String USAGE = """
            usage: gilpy explore [--runs N | --time SECONDS] [--strategy random|pct|dfs] [--depth D]
                                 [--preemptions K] [--switch-points user|user-shared|user-any|breaker|shared|any] [--gil on|off] [--seed N]
                                 [--json FILE] [--gil-timeline FILE.svg] [--fail-on-assert] script.py [args]
              --runs N              at most N runs (default: 1000 for random and pct, no limit for dfs)
              --time SECONDS        explore for at most this long
              --strategy S          random (seeded random switches), pct (priority change points, depth D),
                                    dfs (every schedule with at most K preemptions); default random
              --depth D             pct: the bug depth to aim for (default 3)
              --preemptions K       dfs: the preemption bound (default 2)
              --switch-points P     where threads may switch: user (default with --gil on): where CPython
                                    3.11 can switch (eval-breaker points), in the program's own code;
                                    user-shared (default with --gil off): before every instruction of the
                                    program's own code that may touch memory other threads see (globals,
                                    attributes, items, calls); user-any: before every instruction;
                                    breaker, shared, any: the same inside gilpy's bundled library
                                    (threading, queue, ...) too
              --gil on|off          off: explore as free-threaded Python runs (switch points user-shared)
              --seed N              seed of the random and pct strategies (default 0)
              --json FILE           write every outcome, its count and minimal schedule as JSON
              --gil-timeline F.svg  draw the GIL timeline of the minimal failing schedule
              --fail-on-assert      stop at the first failing run (then shrink it): for CI
            """;

    /** Options as parsed. */
    static final class Options {
        long runs = -1;
        double seconds;
        String strategy = "random";
        int depth = 3;
        int preemptions = 2;
        String switchPoints;
        Boolean gil;
        long seed;
        String json;
        String timeline;
        boolean failFast;
        String script;
        List<String> args = new ArrayList<>();
    }

    /** Parses the arguments after {@code explore}; throws IllegalArgumentException with the problem. */
    static Options parse(String[] argv) {
        Options o = new Options();
        int i = 0;
        for (; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.equals("--fail-on-assert")) {
                o.failFast = true;
                continue;
            }
            if (a.equals("-h") || a.equals("--help")) throw new HelpRequested();
            if (i + 1 >= argv.length) throw new IllegalArgumentException("option " + a + " needs a value");
            String v = argv[++i];
            switch (a) {
                case "--runs" -> o.runs = positiveLong(a, v);
                case "--time" -> {
                    try {
                        o.seconds = Double.parseDouble(v);
                    } catch (NumberFormatException e) {
                        o.seconds = -1;
                    }
                    if (!(o.seconds > 0) || Double.isInfinite(o.seconds)) throw new IllegalArgumentException("--time expects a positive number of seconds, not '" + v + "'");
                }
                case "--strategy" -> {
                    if (!List.of("random", "pct", "dfs").contains(v)) throw new IllegalArgumentException("--strategy expects random, pct or dfs, not '" + v + "'");
                    o.strategy = v;
                }
                case "--depth" -> o.depth = (int) Math.min(positiveLong(a, v), 1000);
                case "--preemptions" -> {
                    long k = positiveLong(a, v.equals("0") ? "1" : v);
                    o.preemptions = v.equals("0") ? 0 : (int) Math.min(k, 1000);
                }
                case "--switch-points" -> {
                    if (!UserCode.SWITCH_POINTS.contains(v)) throw new IllegalArgumentException("--switch-points expects " + UserCode.EXPECTED + ", not '" + v + "'");
                    o.switchPoints = v;
                }
                case "--gil" -> {
                    if (!v.equals("on") && !v.equals("off")) throw new IllegalArgumentException("--gil expects on or off, not '" + v + "'");
                    o.gil = v.equals("on");
                }
                case "--seed" -> {
                    try {
                        o.seed = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--seed expects an integer, not '" + v + "'");
                    }
                }
                case "--json" -> o.json = v;
                case "--gil-timeline" -> o.timeline = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (o.runs > 0 && o.seconds > 0) throw new IllegalArgumentException("--runs and --time exclude each other");
        if (i >= argv.length) throw new IllegalArgumentException("a script to explore is needed");
        o.script = argv[i];
        o.args.addAll(Arrays.asList(argv).subList(i + 1, argv.length));
        return o;
    }

    private static final class HelpRequested extends RuntimeException {
        HelpRequested() { super(null, null, false, false); }
    }

    private static long positiveLong(String opt, String v) {
        try {
            long n = Long.parseLong(v);
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(opt + " expects a positive integer, not '" + v + "'");
    }

    /** Runs the subcommand; returns the exit status. */
    public static int main(String[] argv) {
        Options o;
        try {
            o = parse(argv);
        } catch (HelpRequested h) {
            System.out.print(USAGE);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("gilpy explore: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        String points = o.switchPoints != null ? o.switchPoints : o.gil != null && !o.gil ? "user-shared" : "user";
        // The eval loop reads this once, when its class is loaded: before the first interpreter exists.
        if (UserCode.needsStepHooks(points)) System.setProperty("gilpy.stepHooks", "true");
        for (String out : new String[]{o.json, o.timeline}) {
            if (out == null) continue;
            Path p = Path.of(out).toAbsolutePath();
            if (Files.isDirectory(p) || p.getParent() == null || !Files.isDirectory(p.getParent())) {
                System.err.println("gilpy explore: can't open file '" + p + "' for writing: [Errno 2] No such file or directory");
                return 2;
            }
        }
        String source;
        try {
            Path p = Path.of(o.script);
            if (Files.isDirectory(p)) {
                System.err.println("gilpy explore: can't find '__main__' module in '" + o.script + "'");
                return 2;
            }
            source = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("gilpy explore: can't open file '" + Path.of(o.script).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        } catch (IOException e) {
            System.err.println("gilpy explore: can't open file '" + o.script + "': " + e.getMessage());
            return 2;
        }
        ScriptProgram program = new ScriptProgram(o.script, source, o.args, points);
        Strategy strategy = Strategy.of(o.strategy, o.seed, o.depth, o.preemptions);
        long runs = o.runs > 0 ? o.runs : o.seconds > 0 || o.strategy.equals("dfs") ? 0 : 1000;
        boolean live = PyTextIO.isTerminal(2);
        Explorer.Progress progress = live ? ex -> System.err.printf(Locale.ROOT, "\r%d runs, %d outcome%s, %.0f schedules/s   ",
                ex.runs, ex.groups.size(), ex.groups.size() == 1 ? "" : "s", ex.runs / Math.max(ex.seconds, 1e-9)) : null;
        Explorer.Budget budget = new Explorer.Budget(runs, o.seconds, o.failFast, 300);
        // Every run's main thread is this one: give it the stack of an interpreter thread.
        Exploration[] result = new Exploration[1];
        Thread driver = new Thread(null, () -> {
            try {
                result[0] = Explorer.explore(program, strategy, budget, progress);
            } catch (Throwable t) {
                // A bug of ours, not of the program explored (its errors are outcomes).
                System.err.print(dev.gilpy.vm.FatalError.report(t, null, null));
            }
        }, "MainThread", dev.gilpy.vm.InterpreterThread.STACK_SIZE);
        driver.start();
        try {
            driver.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        Exploration ex = result[0];
        if (ex == null) return 1;   // the driver died: reported above
        if (live) System.err.print("\r\033[K");
        String title = Path.of(o.script).getFileName().toString();
        System.out.print(Report.table(ex, program, title));
        System.out.flush();
        int rc = ex.anyFailed() ? 1 : 0;
        try {
            if (o.json != null) Files.writeString(Path.of(o.json), Report.json(ex, program, o.script));
            if (o.timeline != null) {
                Exploration.Group g = ex.firstFailure();
                if (g == null) System.err.println("gilpy explore: no failing schedule, so no timeline was drawn");
                else {
                    List<String> args = new ArrayList<>(List.of("--switch-points", points));
                    args.addAll(List.of("--schedule", DeterministicScheduler.joinDecisions(g.schedule), "--gil-timeline", o.timeline, o.script));
                    args.addAll(o.args);
                    dev.gilpy.Main.runCaptured(args.toArray(String[]::new));
                }
            }
        } catch (IOException e) {
            System.err.println("gilpy explore: cannot write: " + e.getMessage());
            return 1;
        }
        return rc;
    }
}
