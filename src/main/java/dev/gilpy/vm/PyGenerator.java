package dev.gilpy.vm;

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

/** A generator: a suspended frame resumed by next(), send(), throw() and close(). */
public final class PyGenerator extends PyObject implements dev.gilpy.runtime.PyReturningIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.def("send", new PyMethodDescr(TYPE, "send", (a, k) -> {
            Args.methodRange("send", a, k, 1, 1);
            return ((PyGenerator) a[0]).sendOrRaise(a[1]);
        }));
        TYPE.def("throw", new PyMethodDescr(TYPE, "throw", (a, k) -> {
            Args.methodRange("throw", a, k, 1, 3);
            return ((PyGenerator) a[0]).throwIn(a[1], a.length > 2 ? a[2] : null);
        }));
        TYPE.def("close", new PyMethodDescr(TYPE, "close", (a, k) -> {
            Args.methodRange("close", a, k, 0, 0);
            ((PyGenerator) a[0]).close();
            return PyNone.NONE;
        }));
        TYPE.def("__next__", new PyMethodDescr(TYPE, "__next__", (a, k) -> {
            PyObject v = a[0].next();
            if (v == null) throw Exc.stopIteration(((PyGenerator) a[0]).returnValue());
            return v;
        }));
        TYPE.def("__iter__", new PyMethodDescr(TYPE, "__iter__", (a, k) -> a[0]));
    }

    private final Frame frame;
    private final PyFunction func;
    private boolean running;
    /** The value of the generator's return statement, kept for StopIteration.value. */
    private PyObject returnValue;

    PyGenerator(Frame frame, PyFunction func) {
        this.frame = frame;
        this.func = func;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject iter() { return this; }

    @Override
    public PyObject next() { return resume(PyNone.NONE, null); }

    /** send(): the yielded value, or StopIteration carrying the return value. */
    public PyObject sendOrRaise(PyObject value) {
        if (frame.pc == 0 && value != PyNone.NONE && !frame.finished) {
            throw Exc.typeError("can't send non-None value to a just-started generator");
        }
        PyObject r = resume(value, null);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    /** For SEND / yield from: null when finished (then {@link #returnValue()} holds the result). */
    PyObject sendForYieldFrom(PyObject value) { return resume(value, null); }

    @Override
    public PyObject returnValue() { return returnValue == null ? PyNone.NONE : returnValue; }

    public PyObject throwIn(PyObject typeOrValue, PyObject value) {
        PyBaseException exc = Instructions.makeException(typeOrValue, value);
        PyObject r = resume(null, exc);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    public void close() {
        if (frame.finished) return;
        if (frame.pc == 0) {
            frame.finished = true;
            return;
        }
        try {
            PyObject r = resume(null, new PyBaseException(Exc.GeneratorExit));
            if (r != null) throw Exc.runtimeError("generator ignored GeneratorExit");
        } catch (PyException e) {
            if (!e.matches(Exc.GeneratorExit) && !e.matches(Exc.StopIteration)) throw e;
        }
    }

    /** Runs the frame to its next yield: the yielded value, or null once it returns. */
    private synchronized PyObject resume(PyObject sent, PyBaseException toThrow) {
        if (frame.finished) {
            if (toThrow != null) throw toThrow.raise();
            return null;
        }
        if (running) throw Exc.raise(Exc.ValueError, "generator already executing");
        running = true;
        try {
            if (frame.pc == 0 && toThrow != null) {
                frame.finished = true;
                throw toThrow.raise();
            }
            if (frame.pc > 0 && toThrow == null) frame.values[frame.sp++] = sent;
            frame.pendingThrow = toThrow;
            frame.yielded = false;
            PyObject r;
            try {
                r = Eval.execute(frame, ThreadState.current());
            } catch (PyException e) {
                frame.finished = true;
                if (e.matches(Exc.StopIteration)) {
                    PyBaseException re = new PyBaseException(Exc.RuntimeError, new PyStr("generator raised StopIteration"));
                    re.cause = e.value;
                    re.context = e.value;
                    throw re.raise();
                }
                throw e;
            }
            if (frame.yielded) return r;
            frame.finished = true;
            returnValue = r;
            return null;
        } finally {
            running = false;
        }
    }

    @Override
    public PyObject repr() {
        return new PyStr("<generator object " + frame.code.qualname + " at " + Abstract.addressOf(this) + ">");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "__name__" -> new PyStr(frame.code.name);
            case "__qualname__" -> new PyStr(frame.code.qualname);
            case "gi_running" -> dev.gilpy.runtime.PyBool.of(running);
            case "gi_code" -> new PyCode(frame.code);
            default -> super.lookupAttr(name);
        };
    }
}
