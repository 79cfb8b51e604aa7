package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * contextvars (CPython 3.11: Python/context.c, PEP 567). A Context maps ContextVars to values; each thread has a
 * current one (ThreadState.context, made empty on first use). A Context's mapping is never changed in place:
 * ContextVar.set installs a new map, so copy_context() is O(1) and a copy never sees later sets.
 */
public final class ContextVarsModule {
    private ContextVarsModule() {}

    /** A contextvars.Context: the current mapping and whether a thread runs in it now. */
    public static final class PyContext extends PyObject {
        public static final PyType TYPE = PyType.builtin("Context", PyType.OBJECT, null);

        /** Never mutated after publication: replaced as a whole by set/reset. */
        Map<PyContextVar, PyObject> vars;
        private boolean entered;
        private PyObject previous;

        PyContext(Map<PyContextVar, PyObject> vars) { this.vars = vars; }

        @Override
        public PyType type() { return TYPE; }

        /**
         * Context.run: fn(*args) with this context current in the calling thread, then the previous one again
         * (CPython: context_run, _PyContext_Enter/_Exit).
         */
        public PyObject run(ThreadState ts, PyObject fn, PyObject[] args, String[] kwnames) {
            if (entered) {
                throw Exc.runtimeError("cannot enter context: " + Abstract.reprString(this) + " is already entered");
            }
            previous = ts.context;
            entered = true;
            ts.context = this;
            try {
                return fn.call(args, kwnames);
            } finally {
                ts.context = previous;
                previous = null;
                entered = false;
            }
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = vars.get(checkVar(key));
            if (v == null) throw Exc.keyError(key);
            return v;
        }

        @Override
        public Boolean contains(PyObject item) { return vars.containsKey(checkVar(item)); }

        @Override
        public int len() { return vars.size(); }

        @Override
        public PyObject iter() { return PyList.of(vars.keySet().toArray(PyObject[]::new)).iter(); }

        private static PyContextVar checkVar(PyObject key) {
            if (key instanceof PyContextVar v) return v;
            throw Exc.typeError("a ContextVar key was expected, got " + Abstract.reprString(key));
        }
    }

    /** A contextvars.ContextVar: a name, an optional default, and its value in each Context. */
    public static final class PyContextVar extends PyObject {
        public static final PyType TYPE = PyType.builtin("ContextVar", PyType.OBJECT, null);

        final PyStr name;
        /** null: no default. */
        final PyObject dflt;

        PyContextVar(PyStr name, PyObject dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject repr() {
            StringBuilder sb = new StringBuilder("<ContextVar name=").append(Abstract.reprString(name));
            if (dflt != null) sb.append(" default=").append(Abstract.reprString(dflt));
            return new PyStr(sb.append(" at ").append(Abstract.addressOf(this)).append('>').toString());
        }

        /** The value in the current context, else the given default, else the var's default (null: none). */
        public PyObject get(ThreadState ts, PyObject given) {
            PyObject v = current(ts).vars.get(this);
            if (v != null) return v;
            return given != null ? given : dflt;
        }

        /** Sets the value in the current context and returns the Token that undoes it. */
        public PyToken set(ThreadState ts, PyObject value) {
            PyContext ctx = current(ts);
            PyObject old = ctx.vars.get(this);
            Map<PyContextVar, PyObject> m = new LinkedHashMap<>(ctx.vars);
            m.put(this, value);
            ctx.vars = m;
            return new PyToken(ctx, this, old);
        }

        void reset(ThreadState ts, PyToken token) {
            if (token.used) {
                throw Exc.runtimeError(Abstract.reprString(token) + " has already been used once");
            }
            if (token.var != this) {
                throw Exc.valueError(Abstract.reprString(token) + " was created by a different ContextVar");
            }
            PyContext ctx = current(ts);
            if (token.ctx != ctx) {
                throw Exc.valueError(Abstract.reprString(token) + " was created in a different Context");
            }
            token.used = true;
            Map<PyContextVar, PyObject> m = new LinkedHashMap<>(ctx.vars);
            if (token.old == null) m.remove(this);
            else m.put(this, token.old);
            ctx.vars = m;
        }
    }

    /** A contextvars.Token: what ContextVar.reset needs to restore the value before a set. */
    public static final class PyToken extends PyObject {
        public static final PyType TYPE = PyType.builtin("Token", PyType.OBJECT, null);
        /** Token.MISSING: the old_value of a var that had no value. */
        static final PyObject MISSING = new PyObject() {
            private static final PyType T = PyType.builtin("Token.MISSING", PyType.OBJECT, null);

            @Override
            public PyType type() { return T; }

            @Override
            public PyObject repr() { return new PyStr("<Token.MISSING>"); }
        };

        final PyContext ctx;
        final PyContextVar var;
        final PyObject old;
        boolean used;

        PyToken(PyContext ctx, PyContextVar var, PyObject old) {
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject repr() {
            return new PyStr("<Token" + (used ? " used" : "") + " var=" + Abstract.reprString(var) + " at "
                    + Abstract.addressOf(this) + ">");
        }
    }

    /** The calling thread's current Context (an empty one is made the first time it is needed). */
    static PyContext current(ThreadState ts) {
        if (ts.context instanceof PyContext c) return c;
        PyContext fresh = new PyContext(Map.of());
        ts.context = fresh;
        return fresh;
    }

    /** copy_context(): a new Context with the current mapping. */
    public static PyContext copyContext(ThreadState ts) { return new PyContext(current(ts).vars); }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.def(name, new PyMethodDescr(t, name, body));
    }

    static {
        for (PyType t : new PyType[]{PyContext.TYPE, PyContextVar.TYPE, PyToken.TYPE}) {
            t.module = "_contextvars";
            t.acceptableBase = false;
        }
        PyType c = PyContext.TYPE;
        c.constructor = (cls, a, k) -> {
            if (a.length > 0) throw Exc.typeError("Context() does not accept any arguments");
            return new PyContext(Map.of());
        };
        c.def("run", new PyMethodDescr(c, "run", (a, k) -> {
            if (a.length - Args.nkw(k) < 2) throw Exc.typeError("run() missing 1 required positional argument");
            return ((PyContext) a[0]).run(ThreadState.current(), a[1], java.util.Arrays.copyOfRange(a, 2, a.length), k);
        }));
        method(c, "copy", (a, k) -> new PyContext(((PyContext) a[0]).vars));
        method(c, "get", (a, k) -> {
            PyObject[] p = Args.parse("get", a, 1, k, new String[]{"key", "default"}, 1, 2);
            PyObject v = ((PyContext) a[0]).vars.get(PyContext.checkVar(p[0]));
            return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
        });
        method(c, "keys", (a, k) -> PyList.of(((PyContext) a[0]).vars.keySet().toArray(PyObject[]::new)));
        method(c, "values", (a, k) -> PyList.of(((PyContext) a[0]).vars.values().toArray(PyObject[]::new)));
        method(c, "items", (a, k) -> {
            var vars = ((PyContext) a[0]).vars;
            PyObject[] items = new PyObject[vars.size()];
            int i = 0;
            for (var e : vars.entrySet()) items[i++] = PyTuple.of(e.getKey(), e.getValue());
            return PyList.of(items);
        });
        method(c, "__getitem__", (a, k) -> a[0].getItem(a[1]));
        method(c, "__contains__", (a, k) -> PyBool.of(a[0].contains(a[1])));
        method(c, "__len__", (a, k) -> PyInt.of(a[0].len()));
        method(c, "__iter__", (a, k) -> a[0].iter());

        PyType v = PyContextVar.TYPE;
        v.constructor = (cls, a, k) -> {
            PyObject[] p = Args.parse("ContextVar", a, 0, k, new String[]{"name", "default"}, 1, 1);
            if (!(p[0] instanceof PyStr name)) throw Exc.typeError("context variable name must be a str");
            return new PyContextVar(name, p[1]);
        };
        v.def("name", new PyGetSet("name", o -> ((PyContextVar) o).name, null));
        method(v, "get", (a, k) -> {
            Args.noKw("get", k);
            if (a.length > 2) throw Exc.typeError("get expected at most 1 argument, got " + (a.length - 1));
            PyContextVar var = (PyContextVar) a[0];
            PyObject r = var.get(ThreadState.current(), a.length > 1 ? a[1] : null);
            if (r == null) throw new PyBaseException(Exc.LookupError, var).raise();
            return r;
        });
        method(v, "set", (a, k) -> {
            Args.noKw("set", k);
            if (a.length != 2) throw Exc.typeError("ContextVar.set() takes exactly one argument (" + (a.length - 1) + " given)");
            return ((PyContextVar) a[0]).set(ThreadState.current(), a[1]);
        });
        method(v, "reset", (a, k) -> {
            Args.noKw("reset", k);
            if (a.length != 2) throw Exc.typeError("ContextVar.reset() takes exactly one argument (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyToken t)) {
                throw Exc.typeError("expected an instance of Token, got " + Abstract.reprString(a[1]));
            }
            ((PyContextVar) a[0]).reset(ThreadState.current(), t);
            return PyNone.NONE;
        });
        v.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) -> new PyGenericAlias(a[0], a[1]))));

        PyType t = PyToken.TYPE;
        t.def("var", new PyGetSet("var", o -> ((PyToken) o).var, null));
        t.def("old_value", new PyGetSet("old_value", o -> {
            PyObject old = ((PyToken) o).old;
            return old == null ? PyToken.MISSING : old;
        }, null));
        t.def("MISSING", PyToken.MISSING);
        t.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) -> new PyGenericAlias(a[0], a[1]))));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("contextvars");
        m.set("Context", PyContext.TYPE);
        m.set("ContextVar", PyContextVar.TYPE);
        m.set("Token", PyToken.TYPE);
        m.def("copy_context", (a, k) -> {
            Args.exact("copy_context", a, k, 0);
            return copyContext(ThreadState.current());
        });
        return m;
    }
}
