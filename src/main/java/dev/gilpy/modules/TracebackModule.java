package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.Traceback;

/** _traceback: an exception's report as the interpreter prints it, for lib/traceback.py. */
public final class TracebackModule {
    private TracebackModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_traceback");
        // format(exc, chain) -> the whole report: the chained exceptions, tracebacks, and the exception's line.
        m.def("format", (a, k) -> {
            PyBaseException e = exception(a[0]);
            return new PyStr(Abstract.isTrue(a[1]) ? Traceback.format(e, interp) : Traceback.formatUnchained(e, interp));
        });
        m.def("format_exception_only", (a, k) -> new PyStr(Traceback.formatExceptionOnly(exception(a[0]), interp)));
        return m;
    }

    private static PyBaseException exception(PyObject o) {
        if (o instanceof PyBaseException e) return e;
        throw Exc.typeError("Exception expected for value, " + o.type().name + " found");
    }
}
