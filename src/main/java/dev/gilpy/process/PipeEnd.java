package dev.gilpy.process;

import dev.gilpy.runtime.*;

import java.util.HashMap;
import java.util.Map;

/**
 * One end of a Pipe (a Connection), hosted with the pipe's queues by the process that made it. It counts
 * the open copies of the end per holder (a process, by the holder id its parent gave it): the creator's,
 * and the ones a forked child inherits. When the last copy is closed, or its holder has exited, the
 * other end sees what a closed socket gives in CPython: its reads reach EOF after the buffered items,
 * and its writes are a broken pipe.
 */
public final class PipeEnd implements Endpoint.Hosted {
    /**
     * The copies of pipe ends this process holds: made here, or in the job its parent counted for it (a
     * Connection that came in a message is not one). A forked child gets a copy of each.
     */
    private static final java.util.Set<HostedRef> HELD =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    public static void held(HostedRef h) { HELD.add(h); }

    /** Whether h was a copy this process held (it is not any more). */
    public static boolean unhold(HostedRef h) { return HELD.remove(h); }

    public static HostedRef[] heldNow() {
        synchronized (HELD) {
            return HELD.toArray(new HostedRef[0]);
        }
    }

    /** What this end reads from and writes to (null for the unused direction of a one-way pipe). */
    private final MpQueue reads, writes;
    private final Map<Long, Integer> holders = new HashMap<>();
    private boolean gone;

    public PipeEnd(MpQueue reads, MpQueue writes, long creator) {
        this.reads = reads;
        this.writes = writes;
        holders.put(creator, 1);
    }

    /** A copy of this end that holder now has (a child about to start): before the parent can close its own. */
    synchronized void acquire(long holder) {
        if (!gone) holders.merge(holder, 1, Integer::sum);
    }

    /** Holder closed one copy (a copy it never had changes nothing). */
    public synchronized void close(long holder) {
        Integer n = holders.get(holder);
        if (n == null) return;
        if (n > 1) holders.put(holder, n - 1);
        else drop(holder);
    }

    /** Holder has exited: all its copies are closed. */
    synchronized void exited(long holder) {
        if (holders.containsKey(holder)) drop(holder);
    }

    private void drop(long holder) {
        holders.remove(holder);
        if (!holders.isEmpty() || gone) return;
        gone = true;
        if (reads != null) reads.readersGone();
        if (writes != null) writes.writersGone();
    }

    @Override
    public PyObject invoke(String op, PyObject[] a) {
        long holder = ((PyInt) a[0]).longValue();
        switch (op) {
            case "acquire" -> acquire(holder);
            case "close" -> close(holder);
            case "exited" -> {
                // What the holder sent before it exited is filed first: its items come before the EOF.
                if (a.length > 1) Endpoint.get().awaitDrained(((PyInt) a[1]).longValue());
                exited(holder);
            }
            default -> throw Exc.attributeError("pipe end has no operation " + op);
        }
        return PyNone.NONE;
    }
}
