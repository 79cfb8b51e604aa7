package dev.gilpy.vm;

import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyMethodDescr;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;

/**
 * A generator: a suspended frame resumed by next(), send(), throw() and close(). Coroutines and async
 * generators ({@link PyCoroutine}, {@link PyAsyncGenerator}) run their frames the same way; they differ
 * in their type, their messages and what they offer Python code. CPython: Objects/genobject.c.
 */
public class PyGenerator extends PyObject implements dev.gilpy.runtime.PyReturningIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, null);

    static {
        defineSendThrowClose(TYPE);
        TYPE.def("__next__", new PyMethodDescr(TYPE, "__next__", (a, k) -> {
            PyObject v = a[0].next();
            if (v == null) throw Exc.stopIteration(((PyGenerator) a[0]).returnValue());
            return v;
        }));
        TYPE.def("__iter__", new PyMethodDescr(TYPE, "__iter__", (a, k) -> a[0]));
    }

    /** send/throw/close, shared by generators and coroutines. */
    static void defineSendThrowClose(PyType t) {
        t.acceptableBase = false;
        t.def("send", new PyMethodDescr(t, "send", (a, k) -> {
            Args.methodRange("send", a, k, 1, 1);
            return ((PyGenerator) a[0]).sendOrRaise(a[1]);
        }));
        t.def("throw", new PyMethodDescr(t, "throw", (a, k) -> {
            Args.methodRange("throw", a, k, 1, 3);
            return ((PyGenerator) a[0]).throwIn(a[1], a.length > 2 ? a[2] : null);
        }));
        t.def("close", new PyMethodDescr(t, "close", (a, k) -> {
            Args.methodRange("close", a, k, 0, 0);
            ((PyGenerator) a[0]).close();
            return PyNone.NONE;
        }));
    }

    final Frame frame;
    private final PyFunction func;
    /**
     * The frame is executing (CPython: FRAME_EXECUTING). Claimed with a compare-and-set ({@link #claim}),
     * not by holding a monitor while the frame runs: a thread that blocked on that monitor while holding
     * the GIL, because the frame had let the GIL go inside (time.sleep), waited for the frame's thread,
     * which waited for the GIL: a deadlock where CPython raises "generator already executing".
     */
    boolean running;
    private static final java.lang.invoke.VarHandle RUNNING;

    static {
        try {
            RUNNING = java.lang.invoke.MethodHandles.lookup().findVarHandle(PyGenerator.class, "running", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Marks the frame executing, or raises ValueError when it already is (in this thread or another). */
    final void claim() {
        if (!RUNNING.compareAndSet(this, false, true)) throw Exc.raise(Exc.ValueError, kind() + " already executing");
    }

    /** Ends what {@link #claim} began; what the frame did is visible to the next thread that claims it. */
    final void unclaim() { RUNNING.setRelease(this, false); }
    /** The value of the generator's return statement, kept for StopIteration.value. */
    private PyObject returnValue;

    PyGenerator(Frame frame, PyFunction func) {
        this.frame = frame;
        this.func = func;
    }

    /** The word CPython's messages use for this kind of object. */
    String kind() { return "generator"; }

    /** Called before the frame first runs or is closed (coroutines stop counting as never awaited). */
    void starting() { }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject iter() { return this; }

    @Override
    public PyObject next() { return resume(PyNone.NONE, null, true); }

    /** send(): the yielded value, or StopIteration carrying the return value. */
    public PyObject sendOrRaise(PyObject value) {
        PyObject r = send(value);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    /** send() in Java form: the yielded value, or null once the frame returned (see {@link #returnValue()}). */
    PyObject send(PyObject value) {
        if (frame.pc == 0 && value != PyNone.NONE && !frame.finished) {
            throw Exc.typeError("can't send non-None value to a just-started " + kind());
        }
        return resume(value, null, true);
    }

    /** For SEND / yield from / await: null when finished (then {@link #returnValue()} holds the result). */
    PyObject sendForYieldFrom(PyObject value) { return resume(value, null, true); }

    @Override
    public PyObject returnValue() { return returnValue == null ? PyNone.NONE : returnValue; }

    public PyObject throwIn(PyObject typeOrValue, PyObject value) {
        PyBaseException exc = Instructions.makeException(typeOrValue, value);
        PyObject r = throwInto(exc);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    /**
     * The iterator a suspended {@code yield from} or {@code await} is driving, or null: the frame stopped
     * at the YIELD_VALUE of a SEND loop (the RESUME after it has arg 2 or 3), with the receiver on top
     * of its stack. CPython: _PyGen_yf.
     */
    PyObject delegate() {
        if (frame.finished || frame.pc == 0 || frame.pc >= frame.code.code.length) return null;
        int w = frame.code.code[frame.pc];
        if (Opcode.of(w) == Opcode.RESUME && Opcode.argOf(w) >= 2) return frame.values[frame.sp - 1];
        return null;
    }

    /**
     * throw() in Java form: the next yielded value, or null once the frame returned. The exception goes
     * to the iterator a yield from/await is driving first, so its handlers run. CPython: _gen_throw.
     */
    PyObject throwInto(PyBaseException exc) {
        PyObject yf = delegate();
        if (yf == null) return resume(null, exc, false);
        claim();
        PyObject result = null;
        PyBaseException raised = null;
        // Set when the exception is to be raised in this frame itself (the delegate was closed, or
        // has no throw method): that resume happens after the try, so what it raises goes to our
        // caller and is not taken for the delegate's own exception.
        PyBaseException throwHere = null;
        try {
            if (exc.type().isSubtypeOf(Exc.GeneratorExit)) {
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    raised = e.value;
                }
                throwHere = raised != null ? raised : exc;
            } else if (yf instanceof PyGenerator g) {
                PyObject r = g.throwInto(exc);
                if (r != null) return r;
                result = g.returnValue();
            } else {
                PyObject meth = Abstract.getAttrOrNull(yf, "throw");
                if (meth == null) {
                    throwHere = exc;
                } else {
                    return Abstract.call(meth, exc);
                }
            }
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) {
                result = e.value.args.size() > 0 ? e.value.args.get(0) : PyNone.NONE;
            } else {
                raised = e.value;
            }
        } finally {
            unclaim();
        }
        if (throwHere != null) return resume(null, throwHere, false);
        // The delegate is done: drop it, and go on after the SEND loop with its result or its exception.
        if (raised != null) {
            frame.values[--frame.sp] = null;
            return resume(null, raised, false);
        }
        int send = frame.code.code[frame.pc - 2];
        frame.values[frame.sp - 1] = result;
        frame.pc = Opcode.argOf(send);
        return resume(null, null, false);
    }

    /** Closes what a yield from/await drives. CPython: gen_close_iter. */
    static void closeIter(PyObject yf) {
        if (yf instanceof PyGenerator g) {
            g.close();
            return;
        }
        PyObject m = Abstract.getAttrOrNull(yf, "close");
        if (m != null) Abstract.call(m);
    }

    /** CPython: gen_close. */
    public void close() {
        if (frame.finished) return;
        starting();
        if (frame.pc == 0) {
            frame.finished = true;
            return;
        }
        PyObject yf = delegate();
        PyBaseException err = null;
        if (yf != null) {
            claim();
            try {
                closeIter(yf);
            } catch (PyException e) {
                err = e.value;
            } finally {
                unclaim();
            }
        }
        if (err == null) err = new PyBaseException(Exc.GeneratorExit);
        try {
            PyObject r = resume(null, err, false);
            if (r != null) throw Exc.runtimeError(kind() + " ignored GeneratorExit");
        } catch (PyException e) {
            if (!e.matches(Exc.GeneratorExit) && !e.matches(Exc.StopIteration)) throw e;
        }
    }

    /** A resume of a frame that has returned: CPython says so for coroutines, ends quietly for generators. */
    PyObject resumeFinished(PyBaseException toThrow) {
        if (toThrow != null) throw toThrow.raise();
        return null;
    }

    /**
     * Runs the frame to its next yield: the yielded value, or null once it returns. push: the frame is
     * suspended at a yield, which evaluates to {@code sent}.
     */
    /** The exception being handled in the frame when it yielded (null: none of its own). */
    private PyBaseException excState;

    final PyObject resume(PyObject sent, PyBaseException toThrow, boolean push) {
        if (frame.finished) return resumeFinished(toThrow);
        claim();
        try {
            if (frame.finished) return resumeFinished(toThrow);   // another thread ran it to its end meanwhile
            if (frame.pc == 0) starting();
            if (frame.pc == 0 && toThrow != null) {
                frame.finished = true;
                throw toThrow.raise();
            }
            if (push && frame.pc > 0 && toThrow == null) frame.values[frame.sp++] = sent;
            frame.pendingThrow = toThrow;
            frame.yielded = false;
            PyObject r;
            ThreadState ts = ThreadState.current();
            // The exception the frame was handling when it last yielded is its own (CPython: gi_exc_state): it
            // is current again inside, and neither it nor one caught inside leaks to the caller.
            PyBaseException outer = ts.handled;
            if (excState != null) ts.handled = excState;
            try {
                r = Eval.execute(frame, ts);
            } catch (PyException e) {
                excState = null;
                ts.handled = outer;
                frame.finished = true;
                if (e.matches(Exc.StopIteration)) throw replaced(e, "StopIteration");
                if (this instanceof PyAsyncGenerator && e.matches(Exc.StopAsyncIteration)) {
                    throw replaced(e, "StopAsyncIteration");
                }
                throw e;
            }
            PyBaseException current = ts.handled;
            ts.handled = outer;
            if (frame.yielded) {
                excState = current == outer ? null : current;
                return r;
            }
            excState = null;
            frame.finished = true;
            returnValue = r;
            return null;
        } finally {
            unclaim();
        }
    }

    /** PEP 479: a StopIteration leaving the frame becomes RuntimeError("... raised StopIteration"). */
    private PyException replaced(PyException e, String what) {
        PyBaseException re = new PyBaseException(Exc.RuntimeError, new PyStr(kind() + " raised " + what));
        re.cause = e.value;
        re.context = e.value;
        return re.raise();
    }

    @Override
    public PyObject repr() {
        return new PyStr("<" + type().name + " object " + frame.code.qualname + " at " + Abstract.addressOf(this) + ">");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__name__" -> new PyStr(frame.code.name);
            case "__qualname__" -> new PyStr(frame.code.qualname);
            case "gi_running" -> dev.gilpy.runtime.PyBool.of(running);
            case "gi_code" -> new PyCode(frame.code);
            case "gi_frame" -> frame.finished ? PyNone.NONE : new PyFrameObject(frame);
            case "gi_yieldfrom" -> dev.gilpy.runtime.Args.orNone(delegate());
            default -> super.lookupAttr(name);
        };
    }
}
