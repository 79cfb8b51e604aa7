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
import dev.gilpy.runtime.Abstract;
import dev.gilpy.vm.Lifecycle;

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

/**
 * The launcher: {@code gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...} (the options are defined
 * in {@link Options}), or a subcommand ({@link Options#SUBCOMMANDS}).
 */
public final class Main {
    private final Options o;

    private Main(Options o) {
        this.o = o;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--mp-child")) {
            dev.gilpy.process.StartupTimes.mark("jvm");
            dev.gilpy.vm.CodeCacheDir.inChildProcess();
            // The child has run its exit hooks and flushed its streams and queues: nothing is left for the
            // JVM's shutdown hooks, and the parent's join() waits for this exit.
            Runtime.getRuntime().halt(dev.gilpy.process.Child.main(args));
        }
        dev.gilpy.process.StartupTimes.mark("main");
        int rc = run(args);
        dev.gilpy.process.StartupTimes.report();
        // CPython's exit_sigint(): after an uncaught KeyboardInterrupt the process ends by SIGINT itself,
        // so a shell or parent sees "killed by SIGINT" (status 130), after everything was flushed.
        if (uncaughtKeyboardInterrupt) dev.gilpy.concurrent.SignalTrap.dieBy(dev.gilpy.concurrent.SignalTrap.SIGINT);
        // Runtime.exit() first asks System.getLogger whether to log the exit, and finding a logging backend
        // opens the jar to look for providers and starts java.util.logging: a third of a JVM hello's CPU. When
        // main() returns instead, the JVM runs the same shutdown hooks (and exits with status 0) without
        // that, as soon as no other non-daemon thread is left (Python threads are daemon threads: the
        // program's exit has joined those it must wait for).
        if (rc == 0 && onlyDaemonThreadsLeft()) return;
        System.exit(rc);
    }

    private static boolean onlyDaemonThreadsLeft() {
        Thread[] threads = new Thread[Thread.activeCount() + 16];
        int n = Thread.enumerate(threads);
        if (n == threads.length) return false;   // more than we could see
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && threads[i].isAlive() && !threads[i].isDaemon()) return false;
        }
        return true;
    }

    /** The main program ended with an uncaught KeyboardInterrupt (process-wide: one main program per process). */
    private static volatile boolean uncaughtKeyboardInterrupt;

    /** Runs gilpy with these arguments and returns the process exit code. */
    public static int run(String[] args) {
        if (args.length > 0) {
            for (Options.Subcommand sub : Options.SUBCOMMANDS) {
                if (sub.name().equals(args[0])) return sub.main().apply(Arrays.copyOfRange(args, 1, args.length));
            }
        }
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            System.err.print(Options.usageError(e.getMessage()));
            return 2;
        }
        if (opts.help != null) {
            System.out.print(Options.help(opts.help));
            return 0;
        }
        if (opts.version > 0) {
            System.out.println(Options.versionText(opts.version));
            return 0;
        }
        opts.applyEnvironment();
        return new Main(opts).launch();
    }

    /** Checks the options' values, then runs the program; the exit status. */
    private int launch() {
        Boolean gilOn = gilMode();
        if (gilOn == null) return 2;
        if (!applyJitMode()) return 2;
        if (!applyIntMaxStrDigits()) return 1;
        if (!outputPathsWritable()) return 2;
        DeterministicScheduler ds;
        try {
            ds = scheduler();
        } catch (IllegalArgumentException e) {
            System.err.println("gilpy: " + e.getMessage());
            System.err.println(Options.USAGE);
            return 2;
        }
        // The REPL's `:sched SEED any` installs a switch point before every instruction at run time, which
        // needs the eval loop's step hook compiled in: an interactive session has it (set before the eval
        // loop's class loads; it reads the property once). A program run without --switch-points any does
        // not, and pays nothing for it.
        if (interactive()) System.setProperty("gilpy.stepHooks", "true");
        return start(gilOn, ds);
    }

    /** No program on a terminal, or -i: the REPL (dev.gilpy.repl) takes over (after the program, if any). */
    private boolean interactive() {
        boolean noProgram = o.command == null && o.module == null && o.script == null;
        return o.inspect || noProgram && Runner.isTerminal(0);
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
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (Options.UsageError e) {
            return new Captured("", Options.usageError(e.getMessage()), 2);
        }
        opts.applyEnvironment();
        Main m = new Main(opts);
        m.outStream = out;
        m.errStream = err;
        int code = m.launch();
        return new Captured(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), code);
    }

    /**
     * --gil-trace and --gil-timeline name files written at exit: a path that cannot be written is a usage
     * error now (exit 2, as CPython for a o.script it cannot open), not a lost trace after the run.
     */
    private boolean outputPathsWritable() {
        for (String[] opt : new String[][]{{"--gil-trace", o.gilTrace}, {"--gil-timeline", o.gilTimeline}}) {
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
        if (o.sched == null && o.schedule == null && o.switchEvery == null) {
            if (o.switchPoints != null) throw new IllegalArgumentException("--switch-points needs --sched, --schedule or --switch-every");
            return null;
        }
        String pointsName = o.switchPoints == null ? "breaker" : o.switchPoints;
        DeterministicScheduler.SwitchPoints pts = dev.gilpy.explore.UserCode.kind(pointsName);
        int[] decisions = null;
        if (o.schedule != null) {
            decisions = DeterministicScheduler.parseDecisions(o.schedule);
        }
        int every = o.switchEvery == null ? 0 : o.switchEvery;
        if (o.switchEvery != null && every < 1) throw new IllegalArgumentException("--switch-every expects a positive count");
        if (pts.perInstruction() && !System.getProperty("gilpy.stepHooks", "").equals("true")) {
            // Must happen before the eval loop's class is loaded (it reads the property once).
            System.setProperty("gilpy.stepHooks", "true");
        }
        return dev.gilpy.explore.UserCode.configure(new DeterministicScheduler(o.sched == null ? 0 : o.sched, decisions, pts, every), pointsName);
    }

    /**
     * -X jit=on|off|eager: the compiling tier (on by default; eager compiles at the first call, for
     * testing). Set as a system property before any code object exists; false after a usage error.
     */
    private boolean applyJitMode() {
        for (String x : o.xOptions) {
            if (!x.startsWith("jit=")) continue;
            String v = x.substring(4);
            if (!v.equals("on") && !v.equals("off") && !v.equals("eager")) {
                System.err.println("gilpy: -X jit expects on, off or eager, not '" + v + "'");
                System.err.println(Options.USAGE);
                return false;
            }
            System.setProperty("gilpy.jit", v);
        }
        return true;
    }

    /** The limit -X int_max_str_digits or PYTHONINTMAXSTRDIGITS set (sys.flags.int_max_str_digits), or -1. */
    private int intMaxStrDigits = -1;

    /** -X int_max_str_digits=N beats PYTHONINTMAXSTRDIGITS (CPython's errors: false after printing one). */
    private boolean applyIntMaxStrDigits() {
        String v = o.env("PYTHONINTMAXSTRDIGITS");
        String what = "PYTHONINTMAXSTRDIGITS";
        for (String x : o.xOptions) {
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
        intMaxStrDigits = n;
        return true;
    }

    /** sys.flags, sys._xoptions and sys.warnoptions as the command line and environment set them. */
    private dev.gilpy.vm.Flags flags() {
        // Process-wide, as CPython's: the compiler drops asserts (and docstrings at -OO).
        dev.gilpy.compile.codegen.CodeGenerator.optimize = o.optimize;
        int i = o.inspect ? 1 : 0;
        return new dev.gilpy.vm.Flags(o.debug, i, o.interactive ? 1 : 0, o.optimize, o.dontWriteBytecode ? 1 : 0,
                o.noUserSite ? 1 : 0, o.noSite ? 1 : 0, o.ignoreEnvironment ? 1 : 0, o.verbose, o.bytesWarning,
                o.quiet ? 1 : 0, 0, o.isolated ? 1 : 0, o.xOptionMap().containsKey("dev"), 1, 0, o.safePath,
                intMaxStrDigits, o.xOptionMap(), List.copyOf(o.warnOptions));
    }

    /** --gil beats -X gil= which beats PYTHON_GIL; null after printing a usage error. */
    private Boolean gilMode() {
        String v = o.env("PYTHON_GIL");
        for (String x : o.xOptions) if (x.startsWith("gil=")) v = x.substring(4);
        if (o.gil != null) v = o.gil;
        if (v == null) return Boolean.TRUE;
        switch (v) {
            case "on", "1" -> { return Boolean.TRUE; }
            case "off", "0" -> { return Boolean.FALSE; }
            default -> {
                System.err.println("gilpy: --gil expects on or off (or -X gil=1|0, PYTHON_GIL=1|0), not '" + v + "'");
                System.err.println(Options.USAGE);
                return null;
            }
        }
    }

    private int start(boolean gilOn, DeterministicScheduler ds) {
        // A program that may run long: ready the compiling tier's library on the other core meanwhile.
        if (o.command == null && (o.script != null || o.module != null)) Interpreter.preloadCompiler();
        boolean writeThrough = o.unbuffered;
        List<String> argv = new ArrayList<>();
        if (o.command != null) argv.add("-c");
        else if (o.module != null) argv.add("-m");
        else argv.add(o.script == null ? "" : o.script);
        argv.addAll(o.scriptArgs);
        String dir = "";
        if (o.script != null && !o.script.equals("-")) {
            Path parent = Path.of(o.script).toAbsolutePath().getParent();
            dir = parent == null ? "" : parent.toString();
        } else if (o.command != null || o.module != null) {
            dir = Path.of("").toAbsolutePath().toString();
        }
        List<String> path = new ArrayList<>();
        if (!o.safePath) path.add(dir);   // -P: no script or current directory
        path.addAll(o.pythonPath());
        path.add(Interpreter.LIB_PREFIX);
        Interpreter interp = Lifecycle.boot(ds != null ? ds : Gils.create(gilOn),
                new Lifecycle.Streams(outStream, errStream, true, writeThrough), path,
                i -> {
                    i.argv.addAll(argv);
                    i.flags = flags();
                    dev.gilpy.vm.Flags.ofProcess = i.flags;
                    Modules.install(i);
                });
        dev.gilpy.process.StartupTimes.mark("boot");
        dev.gilpy.modules.WarningsModule.applyWarnOptions(interp);
        dev.gilpy.trace.GilRecorder recorder = null;
        Path traceJson = null;
        if (o.gilTrace != null || o.gilTimeline != null) {
            recorder = new dev.gilpy.trace.GilRecorder(o.gilTraceBuffer);
            interp.gil.setTracer(recorder);
            try {
                traceJson = o.gilTrace != null ? Path.of(o.gilTrace).toAbsolutePath()
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
        String what = o.command != null ? "-c" : o.module != null ? "-m " + o.module
                : o.script == null ? "<stdin>" : Path.of(o.script).getFileName().toString();
        if (recorder != null) {
            try {
                dev.gilpy.trace.TraceWriter.write(recorder, gilOn, "gilpy " + what, json);
                dev.gilpy.trace.TraceMerge.mergeChildren(json);
                if (o.gilTimeline != null) {
                    var trace = dev.gilpy.trace.Timeline.read(json);
                    Files.writeString(Path.of(o.gilTimeline), dev.gilpy.trace.Timeline.svg(trace,
                            "GIL timeline — " + what + (gilOn ? " (--gil on)" : " (--gil off)"), true));
                }
                if (o.gilTrace == null) Files.deleteIfExists(json);
            } catch (IOException | RuntimeException e) {
                System.err.println("gilpy: cannot write the GIL trace: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
                return false;
            }
        }
        if (o.gilStats) {
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
        boolean noProgram = o.command == null && o.module == null && o.script == null;
        boolean interactive = interactive();
        PyModule main = Runner.newMain(interp, null);
        try {
            if (o.module != null) {
                Integer failed = runModule(interp, main);
                if (failed != null) return Lifecycle.shutdown(interp, failed);
            } else if (!(noProgram && interactive)) {
                String source;
                String filename;
                if (o.command != null) {
                    source = o.command;
                    filename = "<string>";
                } else if (o.script == null || o.script.equals("-")) {
                    source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                    filename = "<stdin>";
                } else {
                    // CPython 3.9+: the main script's __file__ is absolute (not normalised).
                    filename = Path.of(o.script).isAbsolute() ? o.script
                            : Path.of("").toAbsolutePath() + java.io.File.separator + o.script;
                    source = readScript(o.script);
                    if (source == null) return 2;
                }
                // -x: the first line is skipped but still counted, so line numbers stay the file's.
                if (o.skipFirstLine) source = source.indexOf('\n') < 0 ? "" : source.substring(source.indexOf('\n'));
                if (!filename.startsWith("<")) main.set("__file__", new PyStr(filename));
                CodeObject code = interp.compileFile(source, filename);
                dev.gilpy.process.StartupTimes.mark("compiled");
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
        if (interactive) rc = new Repl(interp, main, gilOn).run(o.quiet || !noProgram);
        dev.gilpy.process.StartupTimes.mark("ran");
        rc = Lifecycle.shutdown(interp, rc);
        return rc;
    }

    /**
     * {@code -m}: runs a module's code as {@code __main__}, found as runpy finds it (on sys.path, then in
     * gilpy's library; a package runs its {@code __main__}); a module built into gilpy runs its
     * {@link Runner#builtinMain} if it has one. Null when it ran (an exception propagates), else the exit
     * status after CPython's message.
     */
    private Integer runModule(Interpreter interp, PyModule main) throws IOException {
        Interpreter.MainModule found;
        try {
            found = interp.findMainModule(o.module);
        } catch (PyException e) {
            String msg = Abstract.strString(Abstract.str(e.value));
            boolean notFound = e.value.type().isSubtypeOf(Exc.ModuleNotFoundError);
            interp.writeStderr("gilpy: " + (notFound && o.module.contains(".")
                    ? "Error while finding module specification for '" + o.module + "' (" + e.value.type().name + ": " + msg + ")"
                    : msg) + "\n");
            return 1;
        }
        if (found == null) {
            interp.writeStderr("gilpy: No module named " + o.module + "\n");
            return 1;
        }
        String file = found.file(), source = found.source();
        if (source == null) {
            source = Runner.builtinMain(found.name());
            if (source == null) {
                interp.writeStderr("gilpy: No code object available for " + found.name() + "\n");
                return 1;
            }
            file = "<frozen " + found.name() + ">";
        }
        List<String> argv = new ArrayList<>(interp.argv);
        argv.set(0, file);
        Runner.setArgv(interp, argv);
        if (!file.startsWith("<frozen")) main.set("__file__", new PyStr(file));
        interp.exec(interp.compileFile(source, file), main.dict, main.dict);
        return null;
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
