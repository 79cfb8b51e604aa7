package dev.gilpy.process;

import dev.gilpy.runtime.*;

import java.util.ArrayDeque;
import java.util.List;

/** A queue hosted by the process that created it: items are kept serialized, as they travel. */
public final class MpQueue implements Endpoint.Hosted {
    /** queue.Empty / queue.Full, raised by the caller's side in Python terms. */
    public static final class EmptyFull extends RuntimeException {
        public final boolean full;

        EmptyFull(boolean full) {
            super(null, null, false, false);
            this.full = full;
        }
    }

    private final ArrayDeque<byte[]> items = new ArrayDeque<>();
    private final int maxsize;
    private long unfinished;
    /** A pipe's direction: every copy of the writing end is closed (reads end at EOF once empty). */
    private boolean eof;
    /** A pipe's direction: every copy of the reading end is closed (puts are a broken pipe). */
    private boolean broken;

    public MpQueue(int maxsize) { this.maxsize = maxsize; }

    synchronized void writersGone() {
        eof = true;
        notifyAll();
    }

    synchronized void readersGone() {
        broken = true;
        items.clear();   // nobody can read them any more
        notifyAll();
    }

    /** A put in the owner process, where CPython's write to a pipe whose reader is gone fails. */
    public synchronized void putLocal(byte[] item) {
        if (broken) throw Exc.osError(Exc.BrokenPipeError, 32, "Broken pipe", null);
        items.add(item);
        unfinished++;
        notifyAll();
    }

    /** An item taken for a client that died before it got it: first again. */
    public synchronized void unget(byte[] item) {
        if (item == null) return;
        items.addFirst(item);
        notifyAll();
    }

    /** Several items streamed in together, in order. */
    synchronized void putLocal(List<byte[]> batch) {
        if (broken) return;   // streamed from another process, which does not wait for an answer
        items.addAll(batch);
        unfinished += batch.size();
        notifyAll();
    }

    /** The next item if there is one (without waiting), else null. */
    public synchronized byte[] poll() {
        byte[] b = items.poll();
        if (b != null) notifyAll();
        return b;
    }

    synchronized void put(byte[] item, boolean block, double timeout) {
        if (maxsize > 0) {
            long deadline = System.nanoTime() + (long) (timeout * 1e9);
            while (items.size() >= maxsize) {
                if (!block) throw new EmptyFull(true);
                if (!dev.gilpy.concurrent.Blocking.waitUntil(this, timeout < 0 ? -1 : deadline)) throw new EmptyFull(true);
            }
        }
        putLocal(item);
    }

    public synchronized byte[] get(boolean block, double timeout) {
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        while (items.isEmpty()) {
            if (eof) throw new PyBaseException(Exc.EOFError).raise();
            if (!block) throw new EmptyFull(false);
            if (!dev.gilpy.concurrent.Blocking.waitUntil(this, timeout < 0 ? -1 : deadline)) throw new EmptyFull(false);
        }
        byte[] b = items.poll();
        notifyAll();
        return b;
    }

    @Override
    public synchronized PyObject invoke(String op, PyObject[] a) {
        switch (op) {
            case "put":
                put(((PyBytes) a[0]).value, a[1].isTrue(), ((PyFloat) a[2]).value);
                return PyNone.NONE;
            case "get":
                return new PyBytes(get(a[0].isTrue(), ((PyFloat) a[1]).value));
            case "poll": {
                double t = ((PyFloat) a[0]).value;
                long deadline = System.nanoTime() + (long) (t * 1e9);
                while (items.isEmpty() && !eof) if (!dev.gilpy.concurrent.Blocking.waitUntil(this, t < 0 ? -1 : deadline)) break;
                return PyBool.of(!items.isEmpty() || eof);   // at EOF, recv() has something to say
            }
            case "qsize":
                return PyInt.of(items.size());
            case "empty":
                return PyBool.of(items.isEmpty());
            case "full":
                return PyBool.of(maxsize > 0 && items.size() >= maxsize);
            case "task_done":
                if (unfinished <= 0) throw Exc.valueError("task_done() called too many times");
                unfinished--;
                notifyAll();
                return PyNone.NONE;
            case "join":
                while (unfinished > 0) dev.gilpy.concurrent.Blocking.waitUntil(this, -1);
                return PyNone.NONE;
            default:
                throw Exc.attributeError("queue has no operation " + op);
        }
    }
}
