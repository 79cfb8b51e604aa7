package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyMethodDescr;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;

import java.lang.ref.WeakReference;

/**
 * The object an {@code async def} function's call returns: its frame runs when something awaits it
 * (or sends into it). One that is never started gets CPython's "coroutine '...' was never awaited"
 * RuntimeWarning. CPython: Objects/genobject.c (PyCoro_Type).
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("coroutine", PyType.OBJECT, null);
    static final PyType WRAPPER = PyType.builtin("coroutine_wrapper", PyType.OBJECT, null);

    static {
        defineSendThrowClose(TYPE);
        TYPE.def("__await__", new PyMethodDescr(TYPE, "__await__", (a, k) -> {
            Args.methodRange("__await__", a, k, 0, 0);
            return new Wrapper((PyCoroutine) a[0]);
        }));
        WRAPPER.acceptableBase = false;
        WRAPPER.def("__next__", new PyMethodDescr(WRAPPER, "__next__", (a, k) -> ((Wrapper) a[0]).coro.sendOrRaise(PyNone.NONE)));
        WRAPPER.def("__iter__", new PyMethodDescr(WRAPPER, "__iter__", (a, k) -> a[0]));
        WRAPPER.def("send", new PyMethodDescr(WRAPPER, "send", (a, k) -> {
            Args.methodRange("send", a, k, 1, 1);
            return ((Wrapper) a[0]).coro.sendOrRaise(a[1]);
        }));
        WRAPPER.def("throw", new PyMethodDescr(WRAPPER, "throw", (a, k) -> {
            Args.methodRange("throw", a, k, 1, 3);
            return ((Wrapper) a[0]).coro.throwIn(a[1], a.length > 2 ? a[2] : null);
        }));
        WRAPPER.def("close", new PyMethodDescr(WRAPPER, "close", (a, k) -> {
            ((Wrapper) a[0]).coro.close();
            return PyNone.NONE;
        }));
    }

    /** What {@code coro.__await__()} returns: an iterator driving the coroutine. */
    static final class Wrapper extends PyObject {
        final PyCoroutine coro;

        Wrapper(PyCoroutine coro) { this.coro = coro; }

        @Override
        public PyType type() { return WRAPPER; }

        @Override
        public PyObject iter() { return this; }

        @Override
        public PyObject next() {
            PyObject r = coro.send(PyNone.NONE);
            if (r == null) throw Exc.stopIteration(coro.returnValue());
            return r;
        }
    }

    /** Set until the frame first runs or the coroutine is closed. */
    private Unawaited unawaited;

    PyCoroutine(Frame frame, PyFunction func, ThreadState ts) {
        super(frame, func);
        Frame caller = ts.frame;
        unawaited = new Unawaited(this, ts.interp, caller == null ? null : caller.code,
                caller == null ? 0 : caller.pc);
    }

    @Override
    String kind() { return "coroutine"; }

    @Override
    void starting() {
        Unawaited u = unawaited;
        if (u != null) {
            unawaited = null;
            u.forget();
        }
    }

    @Override
    PyObject resumeFinished(PyBaseException toThrow) {
        throw Exc.runtimeError("cannot reuse already awaited coroutine");
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject iter() { return super.iter(); }

    @Override
    public PyObject next() {
        throw Exc.typeError("'coroutine' object is not an iterator");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "cr_running" -> PyBool.of(running);
            case "cr_code" -> new PyCode(frame.code);
            case "cr_await" -> Args.orNone(delegate());
            case "cr_frame" -> frame.finished ? PyNone.NONE : new PyFrameObject(frame);
            case "gi_running", "gi_code", "gi_yieldfrom" -> null;
            default -> super.lookupAttr(name);
        };
    }

    /**
     * A coroutine that has not run yet, remembered (weakly) with where it was made. At exit each one
     * still here gets the warning: at the place of the call if the coroutine was dropped (CPython
     * warns when it is freed, usually right there), else at "sys:1" as CPython's shutdown does.
     */
    static final class Unawaited extends WeakReference<PyCoroutine> {
        /**
         * One interpreter's coroutines not started yet; warned about when it exits. Every coroutine is
         * added when made and only marked when it starts (asyncio makes and starts one per await), so
         * the list is pruned of started ones when it has doubled: amortised O(1), one uncontended lock.
         */
        static final class Registry {
            private final java.util.ArrayList<Unawaited> made = new java.util.ArrayList<>();
            private int pruneAt = 1024;

            synchronized void add(Unawaited u) {
                if (made.size() >= pruneAt) {
                    made.removeIf(x -> x.started);
                    pruneAt = Math.max(1024, 2 * made.size());
                }
                made.add(u);
            }

            /** The coroutines never started, in the order they were made; the registry is emptied. */
            synchronized java.util.List<Unawaited> takeUnstarted() {
                java.util.List<Unawaited> out = new java.util.ArrayList<>();
                for (Unawaited u : made) if (!u.started) out.add(u);
                made.clear();
                return out;
            }
        }

        final Registry registry;
        final Interpreter interp;
        final String qualname;
        final CodeObject callerCode;
        final int callerPc;
        volatile boolean started;

        Unawaited(PyCoroutine coro, Interpreter interp, CodeObject callerCode, int callerPc) {
            super(coro);
            this.interp = interp;
            this.qualname = coro.frame.code.qualname;
            this.callerCode = callerCode;
            this.callerPc = callerPc;
            Registry r = interp.unawaitedCoroutines;
            if (r == null) r = registryOf(interp);
            this.registry = r;
            r.add(this);
        }

        private static Registry registryOf(Interpreter interp) {
            Registry r = interp.moduleState(Registry.class, () -> {
                Registry made = new Registry();
                interp.exitHooks.add(() -> warnAll(made));
                return made;
            });
            interp.unawaitedCoroutines = r;
            return r;
        }

        void forget() {
            started = true;
            clear();
        }

        /** At exit: one RuntimeWarning per coroutine never started. */
        static void warnAll(Registry r) {
            java.util.List<Unawaited> all = r.takeUnstarted();
            if (all.isEmpty()) return;
            System.gc();  // so the ones already dropped show where they were made
            for (Unawaited u : all) {
                boolean dropped = u.get() == null;
                String file = dropped && u.callerCode != null ? u.callerCode.filename : "sys";
                int line = dropped && u.callerCode != null ? u.callerCode.lineAt(Math.max(0, u.callerPc - 1)) : 1;
                dev.gilpy.modules.WarningsModule.warnAt(u.interp, "coroutine '" + u.qualname + "' was never awaited",
                        Exc.RuntimeWarning, file, line,
                        "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
            }
        }
    }

    @Override
    public PyObject repr() {
        return new PyStr("<coroutine object " + frame.code.qualname + " at " + dev.gilpy.runtime.Abstract.addressOf(this) + ">");
    }
}
