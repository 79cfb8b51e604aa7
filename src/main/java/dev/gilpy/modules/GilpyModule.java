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
        return m;
    }
}
