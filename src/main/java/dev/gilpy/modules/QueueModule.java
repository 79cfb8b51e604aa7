package dev.gilpy.modules;

import dev.gilpy.concurrent.Blocking;
import dev.gilpy.runtime.*;
import dev.gilpy.trace.BlockReason;
import dev.gilpy.vm.Interpreter;

import java.util.ArrayDeque;

/**
 * The _queue module: {@code SimpleQueue} and {@code Empty}, as CPython's C module, which queue.py re-exports.
 * ThreadPoolExecutor hands every task to its workers through a SimpleQueue; written in Python over a Lock and a
 * Condition, each put/get cost a dozen Python calls, here one monitor.
 */
public final class QueueModule {
    private QueueModule() {}

    /**
     * _queue.Empty, raised by a non-blocking get on an empty queue or when a get times out: a class of each
     * interpreter's own (as CPython's module state), made like a class statement's so it combines with other
     * exception classes as a base (the interpreters' QueueEmpty derives from it and from RuntimeError).
     */
    static final class State {
        final PyType empty;

        State() {
            empty = PyType.create("Empty", new PyType[]{Exc.Exception}, new PyDict(), null);
            empty.module = "_queue";
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_queue");
        m.set("Empty", interp.moduleState(State.class, State::new).empty);
        m.set("SimpleQueue", PySimpleQueue.TYPE);
        return m;
    }

    /** An unbounded FIFO queue without task tracking; a get waits with the GIL released. */
    public static final class PySimpleQueue extends PyObject {
        public static final PyType TYPE = PyType.builtin("SimpleQueue", PyType.OBJECT, PySimpleQueue::new);
        private static final String[] PUT = {"item", "block", "timeout"}, GET = {"block", "timeout"};

        static {
            TYPE.module = "_queue";
            TYPE.constructor = (cls, a, k) -> {
                if (Args.nkw(k) > 0) throw Exc.typeError("SimpleQueue() takes no keyword arguments");
                if (a.length > 0) throw Exc.typeError("SimpleQueue() takes no positional arguments");
                return new PySimpleQueue(cls);
            };
            TYPE.def("put", new PyMethodDescr(TYPE, "put", (a, k) -> {
                // block and timeout are accepted for compatibility with Queue.put: an unbounded queue never waits.
                PyObject[] p = Args.parse("put", atMost("put", a, 3), 1, k, PUT, 1, 3);
                ((PySimpleQueue) a[0]).put(p[0]);
                return PyNone.NONE;
            }));
            TYPE.def("put_nowait", new PyMethodDescr(TYPE, "put_nowait", (a, k) -> {
                PyObject[] p = Args.parse("put_nowait", atMost("put_nowait", a, 1), 1, k, PUT, 1, 1);
                ((PySimpleQueue) a[0]).put(p[0]);
                return PyNone.NONE;
            }));
            TYPE.def("get", new PyMethodDescr(TYPE, "get", (a, k) -> {
                PyObject[] p = Args.parse("get", atMost("get", a, 2), 1, k, GET, 0, 2);
                boolean block = p[0] == null || Abstract.isTrue(p[0]);
                long nanos = 0;
                if (block) {
                    if (p[1] == null || p[1] == PyNone.NONE) {
                        nanos = -1;
                    } else {
                        double s = ThreadModule.seconds(p[1], "an integer");
                        if (s < 0) throw Exc.valueError("'timeout' must be a non-negative number");
                        nanos = (long) Math.min(s * 1e9, Long.MAX_VALUE / 2);
                    }
                }
                return ((PySimpleQueue) a[0]).get(nanos);
            }));
            TYPE.def("get_nowait", new PyMethodDescr(TYPE, "get_nowait", (a, k) -> {
                if (a.length > 1 || Args.nkw(k) > 0) throw Exc.typeError("get_nowait() takes no arguments");
                return ((PySimpleQueue) a[0]).get(0);
            }));
            TYPE.def("empty", new PyMethodDescr(TYPE, "empty", (a, k) -> {
                Args.methodRange("SimpleQueue.empty", a, k, 0, 0);
                return PyBool.of(((PySimpleQueue) a[0]).size() == 0);
            }));
            TYPE.def("qsize", new PyMethodDescr(TYPE, "qsize", (a, k) -> {
                Args.methodRange("SimpleQueue.qsize", a, k, 0, 0);
                return PyInt.of(((PySimpleQueue) a[0]).size());
            }));
        }

        /** CPython's argument-count message of these methods (keywords included); returns the arguments. */
        private static PyObject[] atMost(String fname, PyObject[] a, int max) {
            int n = a.length - 1;
            if (n > max) {
                throw Exc.typeError(fname + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
                        + " (" + n + " given)");
            }
            return a;
        }

        private final PyType type;
        /** Guarded by this; a get that finds it empty waits on this monitor. */
        private final ArrayDeque<PyObject> items = new ArrayDeque<>();

        public PySimpleQueue(PyType type) { this.type = type; }

        @Override
        public PyType type() { return type; }

        public synchronized void put(PyObject item) {
            items.addLast(item);
            notify();
        }

        public synchronized int size() { return items.size(); }

        /** nanos: -1 forever, 0 not at all. Raises Empty when nothing came. */
        public PyObject get(long nanos) {
            PyObject[] got = new PyObject[1];
            if (poll(got)) return got[0];
            if (nanos != 0) {
                long deadline = Blocking.deadline(nanos);
                boolean ok = Interpreter.get().gil.take("SimpleQueue.get", BlockReason.QUEUE, () -> size() > 0,
                        () -> poll(got), nanos, () -> waitFor(deadline, got));
                if (ok) return got[0];
            }
            PyType empty = Interpreter.get().moduleState(State.class, State::new).empty;
            throw new PyBaseException(empty).raise();
        }

        private synchronized boolean poll(PyObject[] into) {
            PyObject o = items.pollFirst();
            if (o == null) return false;
            into[0] = o;
            return true;
        }

        private synchronized boolean waitFor(long deadline, PyObject[] into) {
            while (items.isEmpty()) if (!Blocking.waitUntil(this, deadline)) return false;
            into[0] = items.pollFirst();
            // Several puts may have come at once: pass the wake-up on while items remain.
            if (!items.isEmpty()) notify();
            return true;
        }

        @Override
        public PyObject repr() { return new PyStr("<_queue.SimpleQueue object at " + ThreadModule.addr(this) + ">"); }
    }
}
