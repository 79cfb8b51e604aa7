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

    /**
     * A value ready to enter any interpreter: the shared immutable object, or its serialized form. The queues
     * whose Queue objects it contains are pinned while it is on its way (see {@link Queue}): a queue inside an
     * item of another queue, or among the arguments of a call, stays alive until the value is unpacked, even if
     * every interpreter that held it closes meanwhile; the interpreter that unpacks it then holds them.
     */
    static final class Packed {
        private final PyObject shared;
        private final byte[] bytes;
        private Queue[] pinned;

        private Packed(PyObject shared, byte[] bytes, Queue[] pinned) {
            this.shared = shared;
            this.bytes = bytes;
            this.pinned = pinned;
        }

        /** The value in the calling thread's current interpreter: a fresh copy each time unless immutable. */
        PyObject unpack() {
            if (shared != null) return shared;
            Queue[] named;
            synchronized (this) {
                named = pinned;
            }
            if (named != null) for (Queue q : named) q.bind(Interpreter.get());
            try {
                return Pickler.loadFromInterpreter(bytes);
            } finally {
                unpin();
            }
        }

        /** The value no longer keeps its queues alive (it was unpacked, or will never be). */
        private void unpin() {
            Queue[] named;
            synchronized (this) {
                named = pinned;
                pinned = null;
            }
            if (named != null) for (Queue q : named) q.unpin();
        }
    }

    static Packed pack(PyObject o) {
        if (isImmutableValue(o)) return new Packed(o, null, null);
        byte[] bytes = Pickler.dumps(o, Pickler.REF);
        java.util.List<Queue> named = Queue.namedIn(o);
        for (Queue q : named) q.pin();
        return new Packed(null, bytes, named.isEmpty() ? null : named.toArray(new Queue[0]));
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
     *
     * <p>Lifetime: CPython frees a queue when the last Queue object for it, in any interpreter, is gone. Here a
     * queue is freed when every interpreter that has held a Queue object for it has closed, and no value on its
     * way to an interpreter names it (see {@link Packed}). A queue the main interpreter has held therefore lives
     * until the process ends; a queue used only among sub-interpreters goes when the last of them closes.
     */
    static final class Queue {
        private static final ConcurrentHashMap<Long, Queue> ALL = new ConcurrentHashMap<>();
        private static final AtomicLong NEXT = new AtomicLong(1);

        /** What becomes of an item when the interpreter that put it closes (CPython's unbounditems). */
        static final int UNBOUND_REMOVE = 1, UNBOUND_ERROR = 2, UNBOUND = 3;

        /**
         * An item and the interpreter that put it. Once that interpreter has closed, the item is removed or its
         * value dropped ({@code value} null: get() gives the UNBOUND marker or raises, by {@code unboundop}).
         */
        static final class Item {
            Packed value;
            final Interpreter from;
            final int unboundop;

            Item(Packed value, Interpreter from, int unboundop) {
                this.value = value;
                this.from = from;
                this.unboundop = unboundop;
            }
        }

        final long id;
        final int maxsize;
        /** The unboundop of put() calls that give none. */
        final int unboundop;
        private final ArrayDeque<Item> items = new ArrayDeque<>();
        /** Interpreters that hold (or held) a Queue object for it and are not closed; guarded by this. */
        private final java.util.Set<Interpreter> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        /** Values on their way that name this queue; guarded by this. */
        private int pins;

        /** The queues an interpreter holds, so that its close can let go of them. */
        private static final class Held {
            final java.util.Set<Queue> queues = ConcurrentHashMap.newKeySet();
        }

        private Queue(long id, int maxsize, int unboundop) {
            this.id = id;
            this.maxsize = maxsize;
            this.unboundop = unboundop;
        }

        /** A new queue, held by the calling interpreter. */
        static Queue create(Interpreter interp, int maxsize, int unboundop) {
            Queue q = new Queue(NEXT.getAndIncrement(), maxsize, unboundop);
            ALL.put(q.id, q);
            q.bind(interp);
            return q;
        }

        static Queue byId(long id) { return ALL.get(id); }

        /** interp now holds a Queue object for this queue (made there, or received). */
        void bind(Interpreter interp) {
            synchronized (this) {
                holders.add(interp);
            }
            interp.moduleState(Held.class, Held::new).queues.add(this);
        }

        private synchronized void pin() { pins++; }

        private void unpin() {
            synchronized (this) {
                pins--;
            }
            freeIfUnreachable();
        }

        /** The class of the Queue objects of an interpreter (concurrent.interpreters._queues registers it). */
        static final class HandleClass {
            volatile PyType type;
        }

        /**
         * The queues whose Queue objects the value contains (through lists, tuples, dicts, sets and instances'
         * attributes, as pickling goes): the values a copy of it will hold handles for.
         */
        static java.util.List<Queue> namedIn(PyObject value) {
            PyType handle = Interpreter.get().moduleState(HandleClass.class, HandleClass::new).type;
            java.util.List<Queue> found = new java.util.ArrayList<>();
            if (handle == null) return found;
            java.util.Set<PyObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ArrayDeque<PyObject> todo = new ArrayDeque<>();
            todo.push(value);
            while (!todo.isEmpty()) {
                PyObject o = todo.pop();
                if (isImmutableValue(o) || !seen.add(o)) continue;
                if (o.type() == handle && o instanceof PyInstance inst) {
                    if (inst.state().get(new PyStr("_id")) instanceof PyInt id) {
                        Queue q = byId(id.value);
                        if (q != null) found.add(q);
                    }
                } else if (o instanceof PyTuple t) {
                    for (PyObject x : t.array()) todo.push(x);
                } else if (o instanceof PyList l) {
                    for (PyObject x : l.toArray()) todo.push(x);
                } else if (o instanceof PySet st) {
                    for (PyObject x : st.toArray()) todo.push(x);
                } else if (o instanceof PyDict d) {
                    for (PyObject x : d.keysArray()) todo.push(x);
                    for (PyObject x : d.valuesArray()) todo.push(x);
                } else if (o instanceof PyInstance inst) {
                    todo.push(inst.state());
                }
            }
            return found;
        }

        /**
         * The interpreter closed: the items it put are unbound (CPython: their objects belonged to it), it holds
         * none of its queues any more, and those nobody else holds are freed.
         */
        static void interpreterClosed(Interpreter interp) {
            for (Queue q : interp.moduleState(Held.class, Held::new).queues) {
                java.util.List<Packed> dropped = new java.util.ArrayList<>();
                synchronized (q) {
                    q.holders.remove(interp);
                    for (var it = q.items.iterator(); it.hasNext(); ) {
                        Item item = it.next();
                        if (item.from != interp || item.value == null) continue;
                        dropped.add(item.value);
                        item.value = null;
                        if (item.unboundop == UNBOUND_REMOVE) it.remove();
                    }
                    q.notifyAll();   // removed items made room
                }
                for (Packed p : dropped) p.unpin();
                q.freeIfUnreachable();
            }
        }

        private void freeIfUnreachable() {
            java.util.List<Packed> dropped = new java.util.ArrayList<>();
            synchronized (this) {
                if (!holders.isEmpty() || pins > 0 || !ALL.containsKey(id)) return;
                for (Item item : items) if (item.value != null) dropped.add(item.value);
                items.clear();
                ALL.remove(id, this);
            }
            // Its items will never be got: the queues they name need not wait for them.
            for (Packed p : dropped) p.unpin();
        }

        synchronized int size() { return items.size(); }

        private synchronized boolean hasRoom() { return maxsize <= 0 || items.size() < maxsize; }

        private synchronized boolean hasItem() { return !items.isEmpty(); }

        private synchronized boolean tryPut(Item p) {
            if (!hasRoom()) return false;
            items.addLast(p);
            notifyAll();
            return true;
        }

        private synchronized Item tryGet() {
            Item p = items.pollFirst();
            if (p != null) notifyAll();
            return p;
        }

        /** Puts, waiting up to nanos for room (-1: forever, 0: not at all); false if it stayed full. */
        boolean put(Interpreter interp, Item p, long nanos) {
            if (tryPut(p)) return true;
            if (nanos == 0) return false;
            return interp.gil.take("Queue.put", BlockReason.QUEUE, this::hasRoom, () -> tryPut(p), nanos,
                    () -> waitFor(nanos, () -> tryPut(p)));
        }

        /** Gets, waiting up to nanos for an item (-1: forever, 0: not at all); null if it stayed empty. */
        Item get(Interpreter interp, long nanos) {
            Item p = tryGet();
            if (p != null || nanos == 0) return p;
            Item[] got = new Item[1];
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
