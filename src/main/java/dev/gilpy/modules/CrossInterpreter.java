package dev.gilpy.modules;

import dev.gilpy.process.Pickler;
import dev.gilpy.runtime.*;
import dev.gilpy.trace.BlockReason;
import dev.gilpy.vm.Interpreter;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How values cross between interpreters of one process (PEP 734's "shareable" objects). Immutable values
 * (None, bool, int, float, str, bytes, tuples of those) are the same Java objects in every interpreter, as
 * CPython shares immortal objects: nothing about them can change. Everything else is copied: written by the
 * process serializer in its by-reference mode in the sending interpreter (functions and classes by module and
 * name, as pickle) and read back into new objects of the receiving one. A queue crosses as its id.
 */
final class CrossInterpreter {
    private CrossInterpreter() {}

    /** A value ready to enter any interpreter: the shared immutable object, or its serialized form. */
    record Packed(PyObject shared, byte[] bytes) {
        /** The value in the calling thread's current interpreter: a fresh copy each time unless immutable. */
        PyObject unpack() { return shared != null ? shared : Pickler.loadFromInterpreter(bytes); }
    }

    static Packed pack(PyObject o) {
        if (isImmutableValue(o)) return new Packed(o, null);
        return new Packed(null, Pickler.dumps(o, Pickler.REF));
    }

    /** Objects that cross without a copy: CPython's natively shareable immutable types. */
    static boolean isImmutableValue(PyObject o) {
        if (o == PyNone.NONE || o instanceof PyBool) return true;
        PyType t = o.type();
        if (t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE) return true;
        if (t == PyTuple.TYPE) {
            for (PyObject x : ((PyTuple) o).array()) if (!isImmutableValue(x)) return false;
            return true;
        }
        return false;
    }

    /**
     * A queue of one process, usable from every interpreter it is passed to (CPython's _interpqueues):
     * process-wide by id. Each item is a {@link Packed} value, unpacked into the interpreter that gets it.
     */
    static final class Queue {
        private static final ConcurrentHashMap<Long, Queue> ALL = new ConcurrentHashMap<>();
        private static final AtomicLong NEXT = new AtomicLong(1);

        final long id;
        final int maxsize;
        private final ArrayDeque<Packed> items = new ArrayDeque<>();

        private Queue(long id, int maxsize) {
            this.id = id;
            this.maxsize = maxsize;
        }

        static Queue create(int maxsize) {
            Queue q = new Queue(NEXT.getAndIncrement(), maxsize);
            ALL.put(q.id, q);
            return q;
        }

        static Queue byId(long id) { return ALL.get(id); }

        synchronized int size() { return items.size(); }

        private synchronized boolean hasRoom() { return maxsize <= 0 || items.size() < maxsize; }

        private synchronized boolean hasItem() { return !items.isEmpty(); }

        private synchronized boolean tryPut(Packed p) {
            if (!hasRoom()) return false;
            items.addLast(p);
            notifyAll();
            return true;
        }

        private synchronized Packed tryGet() {
            Packed p = items.pollFirst();
            if (p != null) notifyAll();
            return p;
        }

        /** Puts, waiting up to nanos for room (-1: forever, 0: not at all); false if it stayed full. */
        boolean put(Interpreter interp, Packed p, long nanos) {
            if (tryPut(p)) return true;
            if (nanos == 0) return false;
            return interp.gil.take("Queue.put", BlockReason.QUEUE, this::hasRoom, () -> tryPut(p), nanos,
                    () -> waitFor(nanos, () -> tryPut(p)));
        }

        /** Gets, waiting up to nanos for an item (-1: forever, 0: not at all); null if it stayed empty. */
        Packed get(Interpreter interp, long nanos) {
            Packed p = tryGet();
            if (p != null || nanos == 0) return p;
            Packed[] got = new Packed[1];
            boolean ok = interp.gil.take("Queue.get", BlockReason.QUEUE, this::hasItem, () -> (got[0] = tryGet()) != null,
                    nanos, () -> waitFor(nanos, () -> (got[0] = tryGet()) != null));
            return ok ? got[0] : null;
        }

        /** Waits on this queue's monitor until attempt succeeds or nanos pass (-1: forever). */
        private synchronized boolean waitFor(long nanos, java.util.function.BooleanSupplier attempt) {
            long deadline = dev.gilpy.concurrent.Blocking.deadline(nanos);
            while (!attempt.getAsBoolean()) if (!dev.gilpy.concurrent.Blocking.waitUntil(this, deadline)) return false;
            return true;
        }
    }
}
