package dev.gilpy.modules;

import dev.gilpy.concurrent.GilStats;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

/**
 * The gilpy module: a window on the GIL for tests and demos.
 * <ul>
 *   <li>{@code gilpy.gil_enabled()} — same as sys._is_gil_enabled()</li>
 *   <li>{@code gilpy.concurrent()} — threads executing bytecode right now</li>
 *   <li>{@code gilpy.max_concurrent()} — the most ever seen at once (never above 1 with the GIL on)</li>
 *   <li>{@code gilpy.reset_max_concurrent()}</li>
 *   <li>{@code gilpy.gil_stats()} — one line of per-thread counters per thread that ever took the GIL</li>
 * </ul>
 * {@code sys._gil_max_concurrent()} is an alias of max_concurrent.
 */
public final class GilpyModule {
    private GilpyModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("gilpy");
        m.def("gil_enabled", (a, k) -> PyBool.of(interp.gil.enabled()));
        m.def("concurrent", (a, k) -> PyInt.of(interp.gil.concurrent()));
        m.def("max_concurrent", (a, k) -> PyInt.of(interp.gil.maxConcurrent()));
        m.def("reset_max_concurrent", (a, k) -> {
            interp.gil.resetMaxConcurrent();
            return PyNone.NONE;
        });
        m.def("gil_stats", (a, k) -> {
            PyList out = new PyList();
            for (GilStats s : interp.gil.stats()) out.append(new PyStr(s.toString()));
            return out;
        });
        return m;
    }
}
