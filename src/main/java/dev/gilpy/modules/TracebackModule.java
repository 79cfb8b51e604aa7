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
        // source_line(filename, lineno) -> the line as tracebacks show it (any source gilpy ran), or None.
        m.def("source_line", (a, k) -> {
            String line = interp.sourceLine(Abstract.strString(a[0]), Abstract.index(a[1], "an integer is required"));
            return line == null ? PyNone.NONE : new PyStr(line);
        });
        // entry(tb) -> (filename, lineno, name, end_lineno, colno, end_colno) of one traceback level.
        m.def("entry", (a, k) -> {
            if (!(a[0] instanceof PyTraceback tb)) throw Exc.typeError("traceback expected");
            TracebackEntry e = tb.entry;
            return PyTuple.of(new PyStr(e.filename()), PyInt.of(e.lineno()), new PyStr(e.name()),
                    PyInt.of(e.endLineno()), e.col() < 0 ? PyNone.NONE : PyInt.of(e.col()),
                    e.endCol() < 0 ? PyNone.NONE : PyInt.of(e.endCol()));
        });
        // caret_line(line, lineno, end_lineno, colno, end_colno) -> the PEP 657 marker line, or None.
        m.def("caret_line", (a, k) -> {
            if (a[3] == PyNone.NONE || a[4] == PyNone.NONE) return PyNone.NONE;
            String c = Traceback.caretLine(Abstract.strString(a[0]), Abstract.index(a[1], "an integer is required"),
                    Abstract.index(a[2], "an integer is required"), Abstract.index(a[3], "an integer is required"), Abstract.index(a[4], "an integer is required"));
            return c == null ? PyNone.NONE : new PyStr(c);
        });
        return m;
    }

    private static PyBaseException exception(PyObject o) {
        if (o instanceof PyBaseException e) return e;
        throw Exc.typeError("Exception expected for value, " + o.type().name + " found");
    }
}
