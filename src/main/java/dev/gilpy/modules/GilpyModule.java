package dev.gilpy.modules;

import dev.gilpy.trace.GilReport;
import dev.gilpy.vm.InterpreterThread;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

/**
 * The gilpy module: a window on the GIL for tests and demos.
 * <ul>
 *   <li>{@code gilpy.gil_enabled()} — same as sys._is_gil_enabled()</li>
 *   <li>{@code gilpy.concurrent()} — threads executing bytecode right now</li>
 *   <li>{@code gilpy.max_concurrent()} — the most ever seen at once (never above 1 with the GIL on)</li>
 *   <li>{@code gilpy.reset_max_concurrent()}</li>
 *   <li>{@code gilpy.gil_stats()} — {"threads": [one dict per thread that ever took the GIL], "totals": {...}}:
 *       the figures of --gil-stats (times in seconds)</li>
 *   <li>{@code gilpy.gil_stats_table()} — the --gil-stats table as a string</li>
 *   <li>{@code gilpy.compiled(func)} — whether func's code now runs compiled by the JIT tier (after about
 *       1000 loop iterations or 60 calls; -X jit=off never, -X jit=eager from the first call)</li>
 *   <li>{@code gilpy.jit_stats()} — the compiled tier's process-wide counts: {"compiled", "refused" (generators,
 *       coroutines), "failed" (too large), "transfers" (loops handed to compiled code), "missed" (hand-overs
 *       that could not happen)}</li>
 * </ul>
 * {@code sys._gil_max_concurrent()} is an alias of max_concurrent.
 */
public final class GilpyModule {
    private GilpyModule() {}

    /** The run's GIL figures, with each thread's estimated bytecode count from its interpreter state. */
    public static GilReport report(Interpreter interp) {
        return new GilReport(interp.gil, t -> t instanceof InterpreterThread it ? it.state().bytecodes : 0);
    }

    /**
     * The --gil-stats text: the main interpreter's table, then one per sub-interpreter that has a GIL of its own
     * (under --sched all share one baton, whose table is the main one).
     */
    public static String statsTable(Interpreter main) {
        StringBuilder b = new StringBuilder(report(main).table());
        for (Interpreter.SubInterpreterGil s : Interpreter.subInterpreterGils()) {
            if (s.gil() == main.gil || s.gil().stats().isEmpty()) continue;
            String t = report(s.gil()).table();
            b.append(t.replaceFirst("^gilpy: GIL statistics", "gilpy: interpreter " + s.id() + ": GIL statistics"));
        }
        return b.toString();
    }

    private static GilReport report(dev.gilpy.concurrent.Gil gil) {
        return new GilReport(gil, t -> t instanceof InterpreterThread it ? it.state().bytecodes : 0);
    }

    private static void put(PyDict d, String k, PyObject v) { d.put(new PyStr(k), v); }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gilpy");
        if ("1".equals(System.getenv("GILPY_TEST_HOOKS"))) {
            // Test-only (the reliability tests set GILPY_TEST_HOOKS=1): a Java error that no Python code can
            // catch, to prove the last-resort handler (vm.FatalError) on the real paths.
            m.def("_test_java_error", (a, k) -> {
                String kind = a.length > 0 ? dev.gilpy.runtime.Abstract.strString(a[0]) : "error";
                if (kind.equals("runtime")) throw new ArithmeticException("test hook");
                throw new AssertionError("test hook");
            });
        }
        m.def("gil_enabled", (a, k) -> PyBool.of(interp.gil.enabled()));
        m.def("concurrent", (a, k) -> PyInt.of(interp.gil.concurrent()));
        m.def("max_concurrent", (a, k) -> PyInt.of(interp.gil.maxConcurrent()));
        m.def("reset_max_concurrent", (a, k) -> {
            interp.gil.resetMaxConcurrent();
            return PyNone.NONE;
        });
        m.def("compiled", (a, k) -> {
            if (a.length != 1 || k != null && k.length > 0) throw Exc.typeError("compiled() takes exactly one argument");
            if (!(a[0] instanceof dev.gilpy.vm.PyFunction fn)) {
                throw Exc.typeError("compiled() argument must be a function, not '" + a[0].type().name + "'");
            }
            return PyBool.of(fn.isCompiled());
        });
        m.def("jit_stats", (a, k) -> {
            if (a.length != 0 || k != null && k.length > 0) throw Exc.typeError("jit_stats() takes no arguments");
            PyDict d = new PyDict();
            dev.gilpy.vm.JitStats.snapshot().forEach((name, n) -> put(d, name, PyInt.of(n)));
            return d;
        });
        m.def("gil_stats", (a, k) -> {
            GilReport r = report(interp);
            PyList threads = new PyList();
            for (GilReport.Row row : r.rows) {
                PyDict d = new PyDict();
                put(d, "name", new PyStr(row.name()));
                put(d, "ident", PyInt.of(row.ident()));
                put(d, "bytecodes", PyInt.of(row.bytecodes()));
                put(d, "held", new PyFloat(row.holdS()));
                put(d, "waited", new PyFloat(row.waitS()));
                put(d, "blocked", new PyFloat(row.blockedS()));
                put(d, "acquisitions", PyInt.of(row.acquisitions()));
                put(d, "contended", PyInt.of(row.contended()));
                put(d, "forced_switches", PyInt.of(row.forcedSwitches()));
                put(d, "drop_requests", PyInt.of(row.dropRequests()));
                put(d, "blocks", PyInt.of(row.blocked()));
                threads.append(d);
            }
            PyDict t = new PyDict();
            put(t, "gil", PyBool.of(r.gilOn));
            put(t, "wall", new PyFloat(r.wallS));
            put(t, "held", new PyFloat(r.heldS));
            put(t, "any_waiting", new PyFloat(r.anyWaitingS));
            put(t, "gil_load", new PyFloat(r.load()));
            put(t, "wait_load", new PyFloat(r.waitLoad()));
            put(t, "bytecodes", PyInt.of(r.total(GilReport.Row::bytecodes)));
            put(t, "acquisitions", PyInt.of(r.total(GilReport.Row::acquisitions)));
            put(t, "forced_switches", PyInt.of(r.total(GilReport.Row::forcedSwitches)));
            put(t, "drop_requests", PyInt.of(r.total(GilReport.Row::dropRequests)));
            PyDict out = new PyDict();
            put(out, "threads", threads);
            put(out, "totals", t);
            return out;
        });
        m.def("gil_stats_table", (a, k) -> new PyStr(report(interp).table()));
        // The race explorer: explore() and replay() are Python (_gilpy_explore) around these two.
        m.def("explore", (a, k) -> Abstract.getAttr(interp.importModule("_gilpy_explore"), "explore").call(a, k));
        m.def("replay", (a, k) -> Abstract.getAttr(interp.importModule("_gilpy_explore"), "replay").call(a, k));
        m.def("_explore", (a, k) -> explore(interp, a));
        m.def("_replay", (a, k) -> replay(interp, a));
        return m;
    }

    // ------------------------------------------------------------------ the race explorer

    /** The switch points asked for, checked: the per-instruction ones need a JVM started with step hooks. */
    private static String switchPoints(Interpreter interp, PyObject v) {
        if (interp.gil.mode() == dev.gilpy.concurrent.GilMode.SCHEDULED) {
            throw Exc.raise(Exc.RuntimeError, "gilpy.explore() cannot run under a deterministic scheduler (--sched, --schedule)");
        }
        String p = Abstract.strString(v);
        if (!dev.gilpy.explore.UserCode.SWITCH_POINTS.contains(p)) {
            throw Exc.valueError("switch_points must be one of " + dev.gilpy.explore.UserCode.EXPECTED + ", not " + Abstract.reprString(v));
        }
        if (dev.gilpy.explore.UserCode.needsStepHooks(p) && !Interpreter.stepHooksAvailable()) {
            throw Exc.valueError("switch_points='" + p + "' needs a switch point before every instruction, which this"
                    + " process was started without: run the program with `gilpy explore` or `gilpy --switch-points any --sched 0`");
        }
        return p;
    }

    private static void checkTarget(PyObject target) {
        if (!(target instanceof dev.gilpy.vm.PyFunction)) {
            throw Exc.typeError("explore() target must be a module-level function, not '" + target.type().name + "'");
        }
    }

    /** _explore(target, runs, seconds, strategy, depth, preemptions, switch_points, seed) -> dict */
    private static PyObject explore(Interpreter interp, PyObject[] a) {
        Args.exact("_explore", a, null, 8);
        checkTarget(a[0]);
        String points = switchPoints(interp, a[6]);
        long runs = Abstract.indexLong(a[1], "runs must be an int");
        double seconds = a[2] instanceof PyFloat f ? f.value : Abstract.indexLong(a[2], "time must be a number");
        if (runs < 0 || seconds < 0) throw Exc.valueError("runs and time must not be negative");
        dev.gilpy.explore.Strategy strategy;
        try {
            strategy = dev.gilpy.explore.Strategy.of(Abstract.strString(a[3]), Abstract.indexLong(a[7], "seed must be an int"),
                    (int) Abstract.indexLong(a[4], "depth must be an int"), (int) Abstract.indexLong(a[5], "preemptions must be an int"));
        } catch (IllegalArgumentException e) {
            throw Exc.valueError(e.getMessage().replace("--", ""));
        }
        FunctionProgram program = new FunctionProgram(interp, a[0], points);
        String name = Abstract.strString(Abstract.getAttr(a[0], "__name__"));
        // Each run enters its own interpreter on this thread, which gives this interpreter's GIL up meanwhile.
        dev.gilpy.explore.Exploration ex = dev.gilpy.explore.Explorer.explore(program, strategy,
                new dev.gilpy.explore.Explorer.Budget(runs, seconds, false, 200), null);
        PyList outcomes = new PyList();
        for (dev.gilpy.explore.Exploration.Group g : ex.groups()) {
            dev.gilpy.explore.Outcome o = g.outcome;
            String kind = o.deadlock() ? "deadlock" : o.value() != null ? "returned" : "raised";
            CrossInterpreter.Packed p = program.values.get(o);
            PyObject value = PyNone.NONE;
            if (p != null) {
                try {
                    value = p.unpack();
                } catch (PyException cannot) {
                    value = PyNone.NONE;
                }
            }
            String description = kind.equals("returned") ? o.value() : kind.equals("deadlock") ? "deadlock" : o.lastErrLine();
            PyObject[] sched = new PyObject[g.schedule.length];
            for (int i = 0; i < sched.length; i++) sched[i] = PyInt.of(g.schedule[i]);
            outcomes.append(PyTuple.of(new PyStr(kind), value, new PyStr(description), PyInt.of(g.count), PyList.of(sched),
                    PyBool.of(o.failed()), new PyStr(g.stdout), new PyStr(g.stderr), new PyStr(program.replayCommand(g.schedule))));
        }
        PyDict d = new PyDict();
        put(d, "runs", PyInt.of(ex.runs));
        put(d, "seconds", new PyFloat(ex.seconds));
        put(d, "strategy", new PyStr(ex.strategy));
        put(d, "guarantee", ex.guarantee == null ? PyNone.NONE : new PyStr(ex.guarantee));
        put(d, "exhaustive", PyBool.of(ex.exhausted));
        put(d, "report", new PyStr(dev.gilpy.explore.Report.table(ex, program, name + "()")));
        put(d, "outcomes", outcomes);
        return d;
    }

    /** _replay(target, schedule, switch_points) -> (kind, value, stdout, stderr, description) */
    private static PyObject replay(Interpreter interp, PyObject[] a) {
        Args.exact("_replay", a, null, 3);
        checkTarget(a[0]);
        String points = switchPoints(interp, a[2]);
        PyObject[] items = Abstract.toArray(a[1]);
        int[] schedule = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            long v = Abstract.indexLong(items[i], "a schedule is a list of ints");
            if (v < 0 || v > Integer.MAX_VALUE) throw Exc.valueError("a schedule's decisions are ints >= 0, not " + v);
            schedule[i] = (int) v;
        }
        FunctionProgram program = new FunctionProgram(interp, a[0], points);
        dev.gilpy.explore.Run r = program.run(new dev.gilpy.concurrent.DeterministicScheduler.Listed(schedule));
        dev.gilpy.explore.Outcome o = r.outcome();
        String kind = o.deadlock() ? "deadlock" : o.value() != null ? "returned" : "raised";
        CrossInterpreter.Packed p = program.values.get(o);
        PyObject value = p == null ? PyNone.NONE : p.unpack();
        String description = o.deadlock() ? "deadlock under schedule " + dev.gilpy.concurrent.DeterministicScheduler.joinDecisions(schedule)
                : kind.equals("returned") ? o.value() : o.lastErrLine();
        // The exception itself is raised again in the caller: its traceback is not part of the output shown.
        String err = kind.equals("raised") && value instanceof PyBaseException ? "" : r.stderr();
        return PyTuple.of(new PyStr(kind), value, new PyStr(r.stdout()), new PyStr(err), new PyStr(description));
    }
}
