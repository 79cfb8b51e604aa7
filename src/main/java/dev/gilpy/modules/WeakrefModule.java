package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * _weakref and gc: weak references on java.lang.ref. The JVM frees objects only when its collector runs, so
 * a referent dies (its refs turn None and their callbacks run) when gc.collect() has run a collection, or
 * later at the next weakref operation after the JVM collected on its own; CPython's immediate death at the
 * last {@code del} cannot be observed earlier than that. Callbacks run in the interpreter's thread that
 * notices the death, never on a JVM-internal thread.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    /** The refs with callbacks still to run, per interpreter, in creation order. */
    static final class Pending {
        final Set<PyWeakRef> withCallbacks = new LinkedHashSet<>();
    }

    /** weakref.ref: a weak reference, callable to get the referent (None once it has died). */
    public static final class PyWeakRef extends PyObject {
        public static final PyType TYPE = PyType.builtin("ReferenceType", PyType.OBJECT, null);

        static {
            TYPE.module = "weakref";
            TYPE.acceptableBase = false;
            TYPE.constructor = (cls, a, k) -> {
                Args.range("ref", a, k, 1, 2);
                return create(a[0], a.length > 1 ? a[1] : PyNone.NONE);
            };
            TYPE.def("__callback__", new PyGetSet("__callback__", o -> {
                PyObject cb = ((PyWeakRef) o).callback;
                return cb == null ? PyNone.NONE : cb;
            }, null));
        }

        final WeakReference<PyObject> ref;
        volatile PyObject callback;
        private final int hash;
        private final String referentType;

        PyWeakRef(PyObject referent, PyObject callback) {
            this.ref = new WeakReference<>(referent);
            this.callback = callback == PyNone.NONE ? null : callback;
            int h;
            try {
                h = referent.pyHash();
            } catch (PyException e) {
                h = 0;
            }
            this.hash = h;
            this.referentType = referent.type().name;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            Args.exact("weakref", args, kwnames, 0);
            PyObject o = ref.get();
            return o == null ? PyNone.NONE : o;
        }

        @Override
        public int pyHash() {
            if (ref.get() == null && hash == 0) throw Exc.typeError("weak object has gone away");
            return hash;
        }

        // Dict and set keys use Java's equality: the same as Python's here.
        @Override
        public int hashCode() { return pyHash(); }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PyWeakRef w)) return false;
            return ((PyBool) richCompare(w, 2)).isTrue();
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof PyWeakRef w) || (op != 2 && op != 3)) return null;
            PyObject a = ref.get(), b = w.ref.get();
            boolean eq = a == null || b == null ? this == w : Abstract.compareBool(a, b, 2);
            return PyBool.of(op == 2 ? eq : !eq);
        }

        @Override
        public PyObject repr() {
            PyObject o = ref.get();
            if (o == null) return new PyStr("<weakref at " + Abstract.addressOf(this) + "; dead>");
            return new PyStr("<weakref at " + Abstract.addressOf(this) + "; to '" + referentType + "' at " + Abstract.addressOf(o) + ">");
        }
    }

    static PyWeakRef create(PyObject referent, PyObject callback) {
        if (referent instanceof PyInt || referent instanceof PyStr || referent instanceof PyTuple
                || referent == PyNone.NONE || referent instanceof PyBytes || referent instanceof PyFloat
                || (referent.type() == PyList.TYPE) || (referent.type() == PyDict.TYPE)) {
            throw Exc.typeError("cannot create weak reference to '" + referent.type().name + "' object");
        }
        Interpreter interp = Interpreter.get();
        runCallbacks(interp);
        PyWeakRef r = new PyWeakRef(referent, callback);
        if (r.callback != null) {
            Pending p = interp.moduleState(Pending.class, Pending::new);
            synchronized (p) { p.withCallbacks.add(r); }
        }
        return r;
    }

    /** Runs the callbacks of refs whose referents the JVM has collected (oldest ref first). */
    static int runCallbacks(Interpreter interp) {
        Pending p = interp.moduleState(Pending.class, Pending::new);
        List<PyWeakRef> dead = new ArrayList<>();
        synchronized (p) {
            for (var it = p.withCallbacks.iterator(); it.hasNext(); ) {
                PyWeakRef r = it.next();
                if (r.ref.get() == null) {
                    dead.add(r);
                    it.remove();
                }
            }
        }
        // CPython calls the callbacks of one object's refs newest first.
        for (int i = dead.size() - 1; i >= 0; i--) {
            PyWeakRef r = dead.get(i);
            PyObject cb = r.callback;
            r.callback = null;
            if (cb == null) continue;
            try {
                Abstract.call(cb, r);
            } catch (PyException e) {
                // As CPython: an exception in a callback is reported, not raised.
                interp.writeStderr("Exception ignored in: " + Abstract.reprString(cb) + "\n"
                        + dev.gilpy.vm.Traceback.format(e.value, interp));
            }
        }
        return dead.size();
    }

    /** A full collection, then the callbacks of what it freed. */
    static int collect(Interpreter interp) {
        System.gc();
        return runCallbacks(interp);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_weakref");
        m.set("ref", PyWeakRef.TYPE);
        m.set("ReferenceType", PyWeakRef.TYPE);
        m.def("getweakrefcount", (a, k) -> PyInt.of(0));
        m.def("_poll", (a, k) -> PyInt.of(runCallbacks(interp)));
        return m;
    }

    public static PyModule createGc(Interpreter interp) {
        PyModule m = new PyModule("gc");
        final boolean[] enabled = {true};
        final long[] threshold = {700, 10, 10};
        m.def("collect", (a, k) -> {
            Args.parse("collect", a, k, new String[]{"generation"}, 0);
            collect(interp);
            return PyInt.of(0);
        });
        m.def("enable", (a, k) -> { enabled[0] = true; return PyNone.NONE; });
        m.def("disable", (a, k) -> { enabled[0] = false; return PyNone.NONE; });
        m.def("isenabled", (a, k) -> PyBool.of(enabled[0]));
        m.def("get_count", (a, k) -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        m.def("get_threshold", (a, k) -> PyTuple.of(PyInt.of(threshold[0]), PyInt.of(threshold[1]), PyInt.of(threshold[2])));
        m.def("set_threshold", (a, k) -> {
            Args.range("set_threshold", a, k, 1, 3);
            for (int i = 0; i < a.length; i++) threshold[i] = Abstract.indexLong(a[i], "an integer is required");
            return PyNone.NONE;
        });
        m.def("is_tracked", (a, k) -> {
            Args.exact("is_tracked", a, k, 1);
            PyObject o = a[0];
            return PyBool.of(!(o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o == PyNone.NONE
                    || o instanceof PyBytes));
        });
        m.def("freeze", (a, k) -> PyNone.NONE);
        m.def("unfreeze", (a, k) -> PyNone.NONE);
        m.def("get_freeze_count", (a, k) -> PyInt.of(0));
        m.set("garbage", new PyList());
        m.set("callbacks", new PyList());
        m.set("DEBUG_STATS", PyInt.of(1));
        m.set("DEBUG_COLLECTABLE", PyInt.of(2));
        m.set("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.set("DEBUG_SAVEALL", PyInt.of(32));
        m.set("DEBUG_LEAK", PyInt.of(38));
        return m;
    }
}
