package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * _warnings: warn(message, category=UserWarning, stacklevel=1) with CPython's default filters — shown
 * once per location as {@code file:line: Category: message} plus the source line on stderr;
 * DeprecationWarning only when triggered by code in __main__; "ignore"/"error"/"always" filters from
 * warnings.simplefilter.
 */
public final class WarningsModule {
    private WarningsModule() {}

    /** The filter state of one interpreter (each has its own warnings module). */
    static final class Filters {
        /** null: default filters; else "ignore", "error", "always", "default", "once". */
        volatile String action;
        /** The warnings already shown (the registries of "default" and "once"). */
        final Set<String> seen = ConcurrentHashMap.newKeySet();
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_warnings");
        m.def("warn", (a, k) -> {
            PyObject[] p = Args.parse("warn", a, 0, k, new String[]{"message", "category", "stacklevel", "source"}, 1, 4);
            PyObject message = p[0];
            PyType category = Exc.UserWarning;
            if (message instanceof PyBaseException e && e.type().isSubtypeOf(Exc.Warning)) category = e.type();
            else if (p[1] != null && p[1] != PyNone.NONE) {
                if (!(p[1] instanceof PyType t) || !t.isSubtypeOf(Exc.Warning)) {
                    throw Exc.typeError("category must be a Warning subclass, not '" + p[1].type().name + "'");
                }
                category = t;
            }
            int level = p[2] == null ? 1 : (int) ((PyInt) p[2]).value;
            warn(interp, Abstract.strString(message), category, level, message);
            return PyNone.NONE;
        });
        m.def("_set_action", (a, k) -> {
            setAction(interp, a[0] == PyNone.NONE ? null : Abstract.strString(a[0]));
            return PyNone.NONE;
        });
        return m;
    }

    /** Sets the one filter action of this interpreter (null: CPython's default filters); -W uses it too. */
    public static void setAction(Interpreter interp, String action) {
        Filters st = interp.moduleState(Filters.class, Filters::new);
        st.action = action;
        st.seen.clear();
    }

    static void warn(Interpreter interp, String msg, PyType category, int level, PyObject original) {
        Frame f = ThreadState.current().frame;
        for (int i = 1; i < level && f != null && f.back != null; i++) f = f.back;
        String file = f == null ? "sys" : f.code.filename;
        int line = f == null ? 1 : f.lineno();
        boolean inMain = f != null && f.globals.get(new PyStr("__name__")) instanceof PyStr s && s.value.equals("__main__");
        show(interp, msg, category, file, line, inMain, original, "");
    }

    /** A warning at a given place (CPython: PyErr_WarnExplicit); extra is written after the source line. */
    public static void warnAt(Interpreter interp, String msg, PyType category, String file, int line, String extra) {
        show(interp, msg, category, file, line, true, null, extra);
    }

    private static void show(Interpreter interp, String msg, PyType category, String file, int line, boolean inMain,
                             PyObject original, String extra) {
        Filters st = interp.moduleState(Filters.class, Filters::new);
        String act = st.action;
        if (act == null) {
            boolean hidden = category.isSubtypeOf(Exc.PendingDeprecationWarning) || category.isSubtypeOf(Exc.ImportWarning)
                    || category.isSubtypeOf(Exc.ResourceWarning)
                    || category.isSubtypeOf(Exc.DeprecationWarning) && !inMain;
            if (hidden) return;
            act = "default";
        }
        switch (act) {
            case "ignore" -> { return; }
            case "error" -> {
                if (original instanceof PyBaseException e) throw e.raise();
                throw new PyBaseException(category, new PyStr(msg)).raise();
            }
            case "once" -> { if (!st.seen.add(msg + "\0" + category.name)) return; }
            case "always" -> { }
            default -> { if (!st.seen.add(file + "\0" + line + "\0" + msg + "\0" + category.name)) return; }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(':').append(line).append(": ").append(category.name).append(": ").append(msg).append('\n');
        String src = interp.sourceLine(file, line);
        if (src != null && !src.isBlank()) sb.append("  ").append(src.strip()).append('\n');
        sb.append(extra);
        interp.writeStderr(sb.toString());
    }

    /**
     * -W / PYTHONWARNINGS: the action of each option, in order (later ones win), as CPython's warnings
     * module reads sys.warnoptions at start-up; an action may be abbreviated (-We is -W error).
     */
    public static void applyWarnOptions(Interpreter interp) {
        for (String w : interp.flags.warnOptions()) {
            String action = w.split(":", -1)[0].trim();
            String chosen = null;
            for (String a : new String[]{"default", "error", "ignore", "always", "module", "once"}) {
                if (!action.isEmpty() && a.startsWith(action)) chosen = a;
            }
            if (action.isEmpty()) chosen = "default";
            if (chosen == null) {
                interp.writeStderr("Invalid -W option ignored: invalid action: '" + action + "'\n");
                continue;
            }
            setAction(interp, chosen);
        }
    }
}
