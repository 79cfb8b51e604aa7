package dev.gilpy;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.concurrent.Gil;
import dev.gilpy.concurrent.Gils;
import dev.gilpy.concurrent.NoGil;
import dev.gilpy.modules.Modules;
import dev.gilpy.parse.Parsing;
import dev.gilpy.repl.Repl;
import dev.gilpy.repl.Runner;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.Lifecycle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line, shaped like CPython's: {@code gilpy [options] [script.py | -c CODE | -m MODULE | -] [args]}. */
@Command(name = "gilpy", mixinStandardHelpOptions = false, sortOptions = false,
        description = "A Python 3.11 subset on the JVM with a switchable, observable GIL.")
public final class Main {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help message and exit")
    boolean help;
    @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
    boolean version;
    @Option(names = "-c", paramLabel = "CMD", description = "program passed in as string (terminates option list)")
    String command;
    @Option(names = "-m", paramLabel = "MOD", description = "run library module as a script (terminates option list)")
    String module;
    @Option(names = "--gil", paramLabel = "on|off", description = "serialise threads with a GIL (on, the default) or run them in parallel (off)")
    String gil;
    @Option(names = "--sched", paramLabel = "SEED", description = "deterministic scheduling: one thread at a time, switches chosen by a PRNG seeded with SEED, virtual clock")
    Long sched;
    @Option(names = "--schedule", paramLabel = "D,D,...", description = "deterministic scheduling with explicit switch decisions (0 = keep running, k = k-th next runnable thread)")
    String schedule;
    @Option(names = "--switch-points", paramLabel = "breaker|any|user|user-any", description = "deterministic mode: switch only at eval-breaker points (default) or between any two instructions; user, user-any: the same in the program's own code only (the bundled library runs atomically between its blocking points)")
    String switchPoints;
    @Option(names = "--switch-every", paramLabel = "N", description = "deterministic mode: switch round robin every N switch points")
    Integer switchEvery;
    @Option(names = "--gil-stats", description = "print per-thread GIL statistics and the GIL load to stderr at exit")
    boolean gilStats;
    @Option(names = "--gil-trace", paramLabel = "FILE.json", description = "write a Chrome/Perfetto trace of GIL transitions at exit")
    String gilTrace;
    @Option(names = "--gil-timeline", paramLabel = "FILE.svg", description = "draw an SVG timeline of the threads' GIL states at exit")
    String gilTimeline;
    @Option(names = "--gil-trace-buffer", paramLabel = "N", description = "events kept per thread (ring buffer; oldest dropped), default 131072")
    int gilTraceBuffer = dev.gilpy.trace.GilRecorder.DEFAULT_CAPACITY;
    @Option(names = "-X", paramLabel = "OPT", description = "implementation-specific option: gil=0|1, jit=on|off|eager")
    List<String> xoptions = new ArrayList<>();
    @Option(names = "-i", description = "inspect interactively after running the script")
    boolean inspect;
    @Option(names = "-u", description = "unbuffered stdout and stderr")
    boolean unbuffered;
    @Option(names = "-q", description = "don't print the version banner on interactive start-up")
    boolean quiet;

    /** The script, "-", or nothing; then its arguments. */
    String script;
    List<String> scriptArgs = new ArrayList<>();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--mp-child")) {
            dev.gilpy.process.StartupTimes.mark("jvm");
            dev.gilpy.vm.CodeCacheDir.inChildProcess();
            // The child has run its exit hooks and flushed its streams and queues: nothing is left for the
            // JVM's shutdown hooks, and the parent's join() waits for this exit.
            Runtime.getRuntime().halt(dev.gilpy.process.Child.main(args));
        }
        int rc = run(args);
        // CPython's exit_sigint(): after an uncaught KeyboardInterrupt the process ends by SIGINT itself,
        // so a shell or parent sees "killed by SIGINT" (status 130), after everything was flushed.
        if (uncaughtKeyboardInterrupt) dev.gilpy.concurrent.SignalTrap.dieBy(dev.gilpy.concurrent.SignalTrap.SIGINT);
        System.exit(rc);
    }

    /** The main program ended with an uncaught KeyboardInterrupt (process-wide: one main program per process). */
    private static volatile boolean uncaughtKeyboardInterrupt;

    /** Runs gilpy with these arguments and returns the process exit code. */
    public static int run(String[] args) {
        if (args.length > 0 && args[0].equals("timeline")) {
            return dev.gilpy.trace.Timeline.main(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("explore")) {
            return dev.gilpy.explore.ExploreCommand.main(Arrays.copyOfRange(args, 1, args.length));
        }
        int split = splitOptions(args);
        Main opts = quickParse(Arrays.copyOfRange(args, 0, split));
        if (opts == null) {
            opts = new Main();
            Integer rc = parseWithPicocli(opts, Arrays.copyOfRange(args, 0, split));
            if (rc != null) return rc;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(split, args.length));
        if (opts.command == null && opts.module == null && !rest.isEmpty()) opts.script = rest.remove(0);
        opts.scriptArgs = rest;
        Boolean gilOn = opts.gilMode();
        if (gilOn == null) return 2;
        if (!opts.applyJitMode()) return 2;
        if (!opts.applyIntMaxStrDigits()) return 1;
        if (!opts.outputPathsWritable()) return 2;
        DeterministicScheduler ds;
        try {
            ds = opts.scheduler();
        } catch (IllegalArgumentException e) {
            System.err.println("gilpy: " + e.getMessage());
            System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            return 2;
        }
        return opts.start(gilOn, ds);
    }

    /**
     * The everyday command lines (a script, -c, -m, --gil, -X, -u, -q, -i) without building picocli's
     * model: picocli's classes predate Java 6, so the JDK's AOT cache cannot hold them, and loading
     * them costs more than the rest of start-up. Anything else (help, version, errors, options added
     * later) returns null and goes to picocli, which stays the definition of the command line.
     */
    static Main quickParse(String[] optionArgs) {
        Main m = new Main();
        for (int i = 0; i < optionArgs.length; i++) {
            String a = optionArgs[i];
            boolean hasValue = i + 1 < optionArgs.length;
            switch (a) {
                case "-u" -> m.unbuffered = true;
                case "-q" -> m.quiet = true;
                case "-i" -> m.inspect = true;
                case "-c", "-m", "--gil", "-X" -> {
                    if (!hasValue) return null;
                    String v = optionArgs[++i];
                    switch (a) {
                        case "-c" -> m.command = v;
                        case "-m" -> m.module = v;
                        case "--gil" -> m.gil = v;
                        default -> m.xoptions.add(v);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return m;
    }

    /** Full parsing: null to go on, or the exit code (help, version, usage error). */
    private static Integer parseWithPicocli(Main opts, String[] optionArgs) {
        CommandLine cl = new CommandLine(opts);
        cl.setUnmatchedOptionsArePositionalParams(false);
        try {
            cl.parseArgs(optionArgs);
        } catch (CommandLine.ParameterException e) {
            System.err.println("gilpy: " + e.getMessage());
            System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            System.err.println("Try `gilpy -h' for more information.");
            return 2;
        }
        if (opts.help) {
            cl.usage(System.out);
            return 0;
        }
        if (opts.version) {
            System.out.println("gilpy 0.1.0 (Python 3.11.7 subset)");
            return 0;
        }
        return null;
    }

    /** Index of the first argument that belongs to the program (script name and after). */
    private static int splitOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-c") || a.equals("-m")) return Math.min(args.length, i + 2);
            if (a.startsWith("-c") && a.length() > 2 || a.startsWith("-m") && a.length() > 2) return i + 1;
            if (a.equals("--gil") || a.equals("-X") || a.equals("--sched") || a.equals("--schedule")
                    || a.equals("--switch-points") || a.equals("--switch-every") || a.equals("--gil-trace")
                    || a.equals("--gil-timeline") || a.equals("--gil-trace-buffer")) {
                i++;
                continue;
            }
            if (a.equals("-") || !a.startsWith("-")) return i;
        }
        return args.length;
    }

    /** Output streams for {@link #runCaptured} (null: the process's own). */
    private OutputStream outStream, errStream;

    /** The result of an in-process run. */
    public record Captured(String out, String err, int code) {}

    /**
     * Runs gilpy in this JVM with stdout and stderr captured (tests: many deterministic runs without a
     * process each). Runs one at a time; leftover threads of a deterministic run are stopped at the end.
     */
    public static synchronized Captured runCaptured(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Main opts = new Main();
        int split = splitOptions(args);
        new CommandLine(opts).parseArgs(Arrays.copyOfRange(args, 0, split));
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(split, args.length));
        if (opts.command == null && opts.module == null && !rest.isEmpty()) opts.script = rest.remove(0);
        opts.scriptArgs = rest;
        opts.outStream = out;
        opts.errStream = err;
        Boolean gilOn = opts.gilMode();
        int code = opts.start(gilOn == null || gilOn, opts.scheduler());
        return new Captured(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    /**
     * --gil-trace and --gil-timeline name files written at exit: a path that cannot be written is a usage
     * error now (exit 2, as CPython for a script it cannot open), not a lost trace after the run.
     */
    private boolean outputPathsWritable() {
        for (String[] opt : new String[][]{{"--gil-trace", gilTrace}, {"--gil-timeline", gilTimeline}}) {
            if (opt[1] == null) continue;
            Path p = Path.of(opt[1]).toAbsolutePath();
            Path dir = p.getParent();
            String problem = null;
            if (Files.isDirectory(p)) problem = "[Errno 21] Is a directory";
            else if (dir == null || !Files.isDirectory(dir)) problem = "[Errno 2] No such file or directory";
            else if (!Files.isWritable(dir) || Files.exists(p) && !Files.isWritable(p)) problem = "[Errno 13] Permission denied";
            if (problem != null) {
                System.err.println("gilpy: can't open file '" + p + "' for " + opt[0] + ": " + problem);
                return false;
            }
        }
        return true;
    }

    /** The deterministic scheduler the options ask for, or null. */
    private DeterministicScheduler scheduler() {
        if (sched == null && schedule == null && switchEvery == null) {
            if (switchPoints != null) throw new IllegalArgumentException("--switch-points needs --sched, --schedule or --switch-every");
            return null;
        }
        String pointsName = switchPoints == null ? "breaker" : switchPoints;
        if (!dev.gilpy.explore.UserCode.SWITCH_POINTS.contains(pointsName)) {
            throw new IllegalArgumentException("--switch-points expects breaker, any, user or user-any, not '" + switchPoints + "'");
        }
        DeterministicScheduler.SwitchPoints pts = pointsName.endsWith("any") ? DeterministicScheduler.SwitchPoints.ANY
                : DeterministicScheduler.SwitchPoints.BREAKER;
        int[] decisions = null;
        if (schedule != null) {
            decisions = DeterministicScheduler.parseDecisions(schedule);
        }
        int every = switchEvery == null ? 0 : switchEvery;
        if (switchEvery != null && every < 1) throw new IllegalArgumentException("--switch-every expects a positive count");
        if (pts == DeterministicScheduler.SwitchPoints.ANY && !System.getProperty("gilpy.stepHooks", "").equals("true")) {
            // Must happen before the eval loop's class is loaded (it reads the property once).
            System.setProperty("gilpy.stepHooks", "true");
        }
        DeterministicScheduler ds = new DeterministicScheduler(sched == null ? 0 : sched, decisions, pts, every);
        if (pointsName.startsWith("user")) ds.skipSwitchPointsWhile(dev.gilpy.explore.UserCode::inLibrary);
        return ds;
    }

    /**
     * -X jit=on|off|eager: the compiling tier (on by default; eager compiles at the first call, for
     * testing). Set as a system property before any code object exists; false after a usage error.
     */
    private boolean applyJitMode() {
        for (String x : xoptions) {
            if (!x.startsWith("jit=")) continue;
            String v = x.substring(4);
            if (!v.equals("on") && !v.equals("off") && !v.equals("eager")) {
                System.err.println("gilpy: -X jit expects on, off or eager, not '" + v + "'");
                System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                return false;
            }
            System.setProperty("gilpy.jit", v);
        }
        return true;
    }

    /** -X int_max_str_digits=N beats PYTHONINTMAXSTRDIGITS (CPython's errors: false after printing one). */
    private boolean applyIntMaxStrDigits() {
        String env = System.getenv("PYTHONINTMAXSTRDIGITS");
        String v = env != null && !env.isEmpty() ? env : null;
        String what = "PYTHONINTMAXSTRDIGITS";
        for (String x : xoptions) {
            if (x.startsWith("int_max_str_digits=")) {
                v = x.substring("int_max_str_digits=".length());
                what = "-X int_max_str_digits";
            }
        }
        if (v == null) return true;
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n != 0 && n < dev.gilpy.runtime.PyInt.MIN_MAX_STR_DIGITS) {
            System.err.println("Fatal Python error: config_init_int_max_str_digits: " + what
                    + ": invalid limit; must be >= " + dev.gilpy.runtime.PyInt.MIN_MAX_STR_DIGITS + " or 0 for unlimited.");
            return false;
        }
        dev.gilpy.runtime.PyInt.processMaxStrDigits = n;
        return true;
    }

    /** --gil beats -X gil= which beats PYTHON_GIL; null after printing a usage error. */
    private Boolean gilMode() {
        String v = null;
        String env = System.getenv("PYTHON_GIL");
        if (env != null && !env.isEmpty()) v = env;
        for (String x : xoptions) if (x.startsWith("gil=")) v = x.substring(4);
        if (gil != null) v = gil;
        if (v == null) return Boolean.TRUE;
        switch (v) {
            case "on", "1" -> { return Boolean.TRUE; }
            case "off", "0" -> { return Boolean.FALSE; }
            default -> {
                System.err.println("gilpy: --gil expects on or off (or -X gil=1|0, PYTHON_GIL=1|0), not '" + v + "'");
                System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                return null;
            }
        }
    }

    private int start(boolean gilOn, DeterministicScheduler ds) {
        // A program that may run long: ready the compiling tier's library on the other core meanwhile.
        if (command == null && (script != null || module != null)) Interpreter.preloadCompiler();
        String envUnbuffered = System.getenv("PYTHONUNBUFFERED");
        boolean writeThrough = unbuffered || envUnbuffered != null && !envUnbuffered.isEmpty();
        List<String> argv = new ArrayList<>();
        if (command != null) argv.add("-c");
        else if (module != null) argv.add("-m");
        else argv.add(script == null ? "" : script);
        argv.addAll(scriptArgs);
        String dir = "";
        if (script != null && !script.equals("-")) {
            Path parent = Path.of(script).toAbsolutePath().getParent();
            dir = parent == null ? "" : parent.toString();
        } else if (command != null || module != null) {
            dir = Path.of("").toAbsolutePath().toString();
        }
        Interpreter interp = Lifecycle.boot(ds != null ? ds : Gils.create(gilOn),
                new Lifecycle.Streams(outStream, errStream, true, writeThrough), List.of(dir, Interpreter.LIB_PREFIX),
                i -> {
                    i.argv.addAll(argv);
                    Modules.install(i);
                });
        dev.gilpy.trace.GilRecorder recorder = null;
        Path traceJson = null;
        if (gilTrace != null || gilTimeline != null) {
            recorder = new dev.gilpy.trace.GilRecorder(gilTraceBuffer);
            interp.gil.setTracer(recorder);
            try {
                traceJson = gilTrace != null ? Path.of(gilTrace).toAbsolutePath()
                        : Files.createTempFile("gilpy-trace", ".json");
            } catch (IOException e) {
                System.err.println("gilpy: cannot create a trace file: " + e.getMessage());
                return 1;
            }
            // Child processes write their own traces next to this one; report() merges them.
            dev.gilpy.trace.TraceMerge.activeTrace = traceJson;
        }
        int code = Lifecycle.runAsMain(interp, () -> runMain(interp, gilOn));
        if (!report(interp, recorder, traceJson, gilOn) && code == 0) code = 1;
        if (ds != null) interp.setGil(new NoGil(), false); // stops leftover threads, clears the hooks
        return code;
    }

    /** At exit: the trace file (children merged in), the timeline picture, the statistics table; false if not written. */
    private boolean report(Interpreter interp, dev.gilpy.trace.GilRecorder recorder, Path json, boolean gilOn) {
        String what = command != null ? "-c" : module != null ? "-m " + module
                : script == null ? "<stdin>" : Path.of(script).getFileName().toString();
        if (recorder != null) {
            try {
                dev.gilpy.trace.TraceWriter.write(recorder, gilOn, "gilpy " + what, json);
                dev.gilpy.trace.TraceMerge.mergeChildren(json);
                if (gilTimeline != null) {
                    var trace = dev.gilpy.trace.Timeline.read(json);
                    Files.writeString(Path.of(gilTimeline), dev.gilpy.trace.Timeline.svg(trace,
                            "GIL timeline — " + what + (gilOn ? " (--gil on)" : " (--gil off)"), true));
                }
                if (gilTrace == null) Files.deleteIfExists(json);
            } catch (IOException | RuntimeException e) {
                System.err.println("gilpy: cannot write the GIL trace: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
                return false;
            }
        }
        if (gilStats) {
            System.err.print(dev.gilpy.modules.GilpyModule.statsTable(interp));
            System.err.flush();
        }
        return true;
    }

    private int runMain(Interpreter interp, boolean gilOn) {
        Gil gil = interp.gil;
        int rc;
        try {
            gil.acquire();
            try {
                rc = runMainHoldingGil(interp, gilOn);
            } finally {
                // The REPL's :gil and :sched may have installed another GIL meanwhile: release the current one.
                interp.gil.release();
            }
        } catch (DeterministicScheduler.Abort e) {
            // Deadlock under --sched: every thread blocked and no timer pending.
            Lifecycle.flush(interp);
            DeterministicScheduler ds = (DeterministicScheduler) gil;
            String report = ds.deadlockReport() != null ? ds.deadlockReport() : "gilpy: " + e.getMessage() + "\n";
            interp.stderr.write(report + "gilpy: replay with " + ds.replayHint() + "\n");
            interp.stderr.flush();
            return 1;
        }
        if (rc != 0 && gil instanceof DeterministicScheduler ds) {
            interp.stderr.write("gilpy: replay with " + ds.replayHint() + "\n");
            interp.stderr.flush();
        }
        return rc;
    }

    private int runMainHoldingGil(Interpreter interp, boolean gilOn) {
        int rc;
        // No program on a terminal, or -i: the REPL (dev.gilpy.repl) takes over after the program.
        boolean noProgram = command == null && module == null && script == null;
        boolean interactive = inspect || noProgram && Runner.isTerminal(0);
        PyModule main = Runner.newMain(interp, null);
        try {
            if (module != null) {
                Path file = Runner.findModule(interp, module);
                if (file == null) {
                    System.err.println("gilpy: No module named " + module);
                    return Lifecycle.shutdown(interp, 1);
                }
                List<String> argv = new ArrayList<>(interp.argv);
                argv.set(0, file.toString());
                Runner.setArgv(interp, argv);
                main.set("__file__", new PyStr(file.toString()));
                Runner.execFile(interp, main, file);
            } else if (!(noProgram && interactive)) {
                String source;
                String filename;
                if (command != null) {
                    source = command;
                    filename = "<string>";
                } else if (script == null || script.equals("-")) {
                    source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                    filename = "<stdin>";
                } else {
                    // CPython 3.9+: the main script's __file__ is absolute (not normalised).
                    filename = Path.of(script).isAbsolute() ? script
                            : Path.of("").toAbsolutePath() + java.io.File.separator + script;
                    source = readScript(script);
                    if (source == null) return 2;
                }
                if (!filename.startsWith("<")) main.set("__file__", new PyStr(filename));
                CodeObject code = interp.compileFile(source, filename);
                if (!filename.startsWith("<")) interp.mainScript = new Interpreter.MainScript(filename, source, code);
                interp.exec(code, main.dict, main.dict);
            }
            rc = 0;
        } catch (PyException e) {
            rc = Lifecycle.handleUncaught(interp, e.value);
            // Without -i the process then ends by SIGINT, as CPython's (see main()).
            if (!interactive && e.value.type().isSubtypeOf(Exc.KeyboardInterrupt)) uncaughtKeyboardInterrupt = true;
            if (interactive && !e.value.type().isSubtypeOf(Exc.SystemExit)) rc = 0;
            else if (interactive) return Lifecycle.shutdown(interp, rc);
        } catch (IOException e) {
            System.err.println("gilpy: " + e.getMessage());
            rc = 1;
        }
        if (interactive) rc = new Repl(interp, main, gilOn).run(quiet || !noProgram);
        rc = Lifecycle.shutdown(interp, rc);
        return rc;
    }

    /** The script's text; null (after CPython's message) when it cannot be read. */
    private static String readScript(String script) throws IOException {
        Path p = Path.of(script);
        byte[] bytes;
        try {
            if (Files.isDirectory(p)) {
                System.err.println("gilpy: can't find '__main__' module in '" + script + "'");
                return null;
            }
            bytes = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            System.err.println("gilpy: can't open file '" + p.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return null;
        }
        int[] line = {1};
        return Interpreter.decodeSource(bytes, script, bad -> {
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line[0]++;
            return String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                    + "see https://peps.python.org/pep-0263/ for details", bytes[bad] & 0xff, script, line[0]);
        });
    }
}
