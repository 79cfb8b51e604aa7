package dev.gilpy.vm;

import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyMethodDescr;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyType;

/**
 * The object an {@code async def} with {@code yield} returns. Its frame yields two kinds of values:
 * what an {@code await} inside passes up to the event loop (unchanged), and what a {@code yield}
 * produces (wrapped by ASYNC_GEN_WRAP). The awaitables of asend/athrow/aclose tell them apart: a
 * wrapped value ends the awaitable with StopIteration(value). CPython: Objects/genobject.c.
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT, null);
    static final PyType ASEND = PyType.builtin("async_generator_asend", PyType.OBJECT, null);
    static final PyType ATHROW = PyType.builtin("async_generator_athrow", PyType.OBJECT, null);
    static final PyType WRAPPED = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.def("__aiter__", new PyMethodDescr(TYPE, "__aiter__", (a, k) -> a[0]));
        TYPE.def("__anext__", new PyMethodDescr(TYPE, "__anext__", (a, k) -> new ASend(((PyAsyncGenerator) a[0]).initHooks(), PyNone.NONE)));
        TYPE.def("asend", new PyMethodDescr(TYPE, "asend", (a, k) -> {
            Args.methodRange("asend", a, k, 1, 1);
            return new ASend(((PyAsyncGenerator) a[0]).initHooks(), a[1]);
        }));
        TYPE.def("athrow", new PyMethodDescr(TYPE, "athrow", (a, k) -> {
            Args.methodRange("athrow", a, k, 1, 3);
            return new AThrow(((PyAsyncGenerator) a[0]).initHooks(), Instructions.makeException(a[1], a.length > 2 ? a[2] : null));
        }));
        TYPE.def("aclose", new PyMethodDescr(TYPE, "aclose", (a, k) -> {
            Args.methodRange("aclose", a, k, 0, 0);
            return new AThrow(((PyAsyncGenerator) a[0]).initHooks(), null);
        }));
        for (PyType t : new PyType[] {ASEND, ATHROW}) {
            t.acceptableBase = false;
            t.def("send", new PyMethodDescr(t, "send", (a, k) -> {
                Args.methodRange("send", a, k, 1, 1);
                return ((Step) a[0]).send(a[1]);
            }));
            t.def("throw", new PyMethodDescr(t, "throw", (a, k) -> {
                Args.methodRange("throw", a, k, 1, 3);
                return ((Step) a[0]).throwIn(Instructions.makeException(a[1], a.length > 2 ? a[2] : null));
            }));
            t.def("close", new PyMethodDescr(t, "close", (a, k) -> {
                ((Step) a[0]).closed = true;
                return PyNone.NONE;
            }));
            t.def("__next__", new PyMethodDescr(t, "__next__", (a, k) -> ((Step) a[0]).send(PyNone.NONE)));
            t.def("__iter__", new PyMethodDescr(t, "__iter__", (a, k) -> a[0]));
            t.def("__await__", new PyMethodDescr(t, "__await__", (a, k) -> a[0]));
        }
    }

    /** A value the frame yields (as against one an await inside it passes up). */
    static final class Wrapped extends PyObject {
        final PyObject value;

        Wrapped(PyObject value) { this.value = value; }

        @Override
        public PyType type() { return WRAPPED; }
    }

    /** An asend/athrow is being awaited (CPython: ag_running_async). */
    boolean runningAsync;
    /** It returned, or was closed (CPython: ag_closed). */
    boolean closed;

    /** The thread's asyncgen hooks were looked at (CPython: ag_hooks_inited). */
    private boolean hooksInited;

    PyAsyncGenerator(Frame frame, PyFunction func) { super(frame, func); }

    /**
     * At the first anext/asend/athrow/aclose: call the thread's firstiter hook (CPython: async_gen_init_hooks).
     * The JVM frees objects without telling us, so no finalizer hook is called on collection: an event loop
     * closes what firstiter gave it in shutdown_asyncgens instead.
     */
    PyAsyncGenerator initHooks() {
        if (hooksInited) return this;
        hooksInited = true;
        ThreadState ts = ThreadState.current();
        if (ts.asyncgenFirstiter != null) dev.gilpy.runtime.Abstract.call(ts.asyncgenFirstiter, this);
        return this;
    }

    @Override
    String kind() { return "async generator"; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject next() { throw Exc.typeError("'async_generator' object is not an iterator"); }

    /** What a step of the frame means to the awaitable driving it. CPython: async_gen_unwrap_value. */
    PyObject unwrap(PyObject result) {
        if (result == null) {
            closed = true;
            runningAsync = false;
            throw new PyBaseException(Exc.StopAsyncIteration).raise();
        }
        if (result instanceof Wrapped w) {
            runningAsync = false;
            throw Exc.stopIteration(w.value);
        }
        return result;
    }

    /** The same for a step that raised. */
    PyException unwrapError(PyException e) {
        if (e.matches(Exc.StopAsyncIteration) || e.matches(Exc.GeneratorExit)) closed = true;
        runningAsync = false;
        return e;
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "ag_running" -> PyBool.of(runningAsync);
            case "ag_code" -> new PyCode(frame.code);
            case "ag_frame" -> frame.finished ? PyNone.NONE : new PyFrameObject(frame);
            case "ag_await" -> Args.orNone(delegate());
            case "gi_running", "gi_code", "gi_yieldfrom" -> null;
            default -> super.lookupAttr(name);
        };
    }

    /** An awaitable step of the generator: asend (and __anext__), athrow or aclose. */
    abstract static sealed class Step extends PyObject permits ASend, AThrow {
        final PyAsyncGenerator gen;
        boolean started, closed;

        Step(PyAsyncGenerator gen) { this.gen = gen; }

        abstract PyObject send(PyObject value);

        abstract PyObject throwIn(PyBaseException exc);

        @Override
        public PyObject iter() { return this; }

        @Override
        public PyObject next() { return send(PyNone.NONE); }
    }

    /** CPython: async_gen_asend_send / _throw. */
    static final class ASend extends Step {
        private final PyObject sendValue;

        ASend(PyAsyncGenerator gen, PyObject sendValue) {
            super(gen);
            this.sendValue = sendValue;
        }

        @Override
        public PyType type() { return ASEND; }

        @Override
        PyObject send(PyObject value) {
            if (closed) throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (!started) {
                if (gen.runningAsync) throw Exc.runtimeError("anext(): asynchronous generator is already running");
                if (value == PyNone.NONE) value = sendValue;
                started = true;
            }
            gen.runningAsync = true;
            try {
                return gen.unwrap(gen.send(value));
            } catch (PyException e) {
                closed = true;
                if (e.value.type() == Exc.StopIteration || e.value.type() == Exc.StopAsyncIteration) throw e;
                throw gen.unwrapError(e);
            }
        }

        @Override
        PyObject throwIn(PyBaseException exc) {
            if (closed) throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            try {
                return gen.unwrap(gen.throwInto(exc));
            } catch (PyException e) {
                closed = true;
                if (e.value.type() == Exc.StopIteration || e.value.type() == Exc.StopAsyncIteration) throw e;
                throw gen.unwrapError(e);
            }
        }
    }

    /** athrow(exc), or aclose() when exc is null. CPython: async_gen_athrow_send / _throw. */
    static final class AThrow extends Step {
        private final PyBaseException exc;

        AThrow(PyAsyncGenerator gen, PyBaseException exc) {
            super(gen);
            this.exc = exc;
        }

        @Override
        public PyType type() { return ATHROW; }

        private String what() { return exc == null ? "aclose()" : "athrow()"; }

        @Override
        PyObject send(PyObject value) {
            if (closed) throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (gen.frame.finished) {
                closed = true;
                throw Exc.stopIteration(PyNone.NONE);
            }
            PyObject r;
            try {
                if (!started) {
                    if (gen.runningAsync) {
                        closed = true;
                        throw Exc.runtimeError(what() + ": asynchronous generator is already running");
                    }
                    if (gen.closed) {
                        closed = true;
                        throw new PyBaseException(Exc.StopAsyncIteration).raise();
                    }
                    if (value != PyNone.NONE) {
                        throw Exc.runtimeError("can't send non-None value to a just-started coroutine");
                    }
                    started = true;
                    gen.runningAsync = true;
                    if (exc == null) {
                        gen.closed = true;
                        r = gen.throwInto(new PyBaseException(Exc.GeneratorExit));
                        return closing(r);
                    }
                    r = gen.throwInto(exc);
                } else {
                    r = gen.send(value);
                    if (exc == null) return closing(r);
                }
            } catch (PyException e) {
                throw failed(e);
            }
            try {
                return gen.unwrap(r);
            } catch (PyException e) {
                if (e.value.type() == Exc.StopIteration) throw e;
                throw failed(e);
            }
        }

        /** aclose(): the frame must not yield a value after GeneratorExit. */
        private PyObject closing(PyObject r) {
            if (r == null) throw failed(new PyBaseException(Exc.StopAsyncIteration).raise());
            if (r instanceof Wrapped) {
                gen.runningAsync = false;
                closed = true;
                throw Exc.runtimeError("async generator ignored GeneratorExit");
            }
            return r;
        }

        /** CPython: check_error — aclose() ends quietly when the frame ended or let GeneratorExit out. */
        private PyException failed(PyException e) {
            gen.runningAsync = false;
            closed = true;
            if (e.matches(Exc.StopAsyncIteration) || e.matches(Exc.GeneratorExit)) {
                gen.closed = true;
                if (exc == null) return Exc.stopIteration(PyNone.NONE);
            }
            return e;
        }

        @Override
        PyObject throwIn(PyBaseException thrown) {
            if (closed) throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            PyObject r;
            try {
                r = gen.throwInto(thrown);
            } catch (PyException e) {
                throw failed(e);
            }
            if (exc == null) return closing(r);
            try {
                return gen.unwrap(r);
            } catch (PyException e) {
                if (e.value.type() == Exc.StopIteration) throw e;
                throw failed(e);
            }
        }
    }
}
