package dev.gilpy.concurrent;

import dev.gilpy.trace.GilTracer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a {@link Gil} policy tells the world about its threads, kept in one place for every policy: the
 * per-thread counters of {@code --gil-stats} and the transitions reported to the tracer of
 * {@code --gil-trace}/{@code --gil-timeline}. A policy decides who runs; at each of its transitions it calls
 * the one method here that says what happened, and this class both counts it and traces it. One object per
 * policy instance (each interpreter's GIL has its own).
 *
 * <p>Every method refers to the calling thread and takes its counters ({@link #current}, looked up once per
 * transition by the policy): only the owning thread writes them.
 */
public final class GilAccounting {
    private final long start = System.nanoTime();
    /** Reported to at every transition (null: tracing off). Set before threads start. */
    private volatile GilTracer tracer;
    private final List<GilStats> all = new CopyOnWriteArrayList<>();
    private final ThreadLocal<GilStats> stats = ThreadLocal.withInitial(() -> {
        GilStats s = new GilStats(Thread.currentThread());
        all.add(s);
        return s;
    });
    /** Threads waiting for the GIL right now, since when one waits, and the total time any waited. */
    private int waiters;
    private long anyWaitingSince, anyWaitingTotal;

    /** The calling thread's counters. */
    public GilStats current() { return stats.get(); }

    public List<GilStats> stats() { return List.copyOf(all); }

    /** The calling thread's Python thread ended having run {@code bytecodes}; its next one gets new counters. */
    public void threadEnded(long bytecodes) {
        current().endedBytecodes = bytecodes;
        stats.remove();
    }

    public GilTracer tracer() { return tracer; }

    public void setTracer(GilTracer t) { tracer = t; }

    /** System.nanoTime() when the policy was created (the start of the run for --gil-stats). */
    public long startNanos() { return start; }

    /** The thread may run bytecode from now on (with the GIL off: it started, there is nothing to wait for). */
    public void running(GilStats st) { runningSince(st, System.nanoTime()); }

    /** The thread took the GIL; it asked at {@code askedAt} (its wait counts from then). */
    public void running(GilStats st, long askedAt) {
        long now = System.nanoTime();
        st.waitNanos += now - askedAt;
        runningSince(st, now);
    }

    private void runningSince(GilStats st, long now) {
        GilTracer tr = tracer;
        if (tr != null) tr.state(GilTracer.RUNNING);
        st.acquisitions++;
        st.heldSince = now;
    }

    /** The thread stops running bytecode (gave the GIL up, or ended its turn with the GIL off). */
    public void stopped(GilStats st) {
        st.holdNanos += System.nanoTime() - st.heldSince;
        GilTracer tr = tracer;
        if (tr != null) tr.state(GilTracer.IDLE);
    }

    /** The thread found the GIL taken and starts waiting for it (at {@code since}). */
    public void waitStarts(GilStats st, long since) {
        st.contended++;
        GilTracer tr = tracer;
        if (tr != null) tr.state(GilTracer.WAITING);
        synchronized (this) {
            if (waiters++ == 0) anyWaitingSince = since;
        }
    }

    /** The waiting thread is about to take the GIL. */
    public synchronized void waitEnds() {
        if (--waiters == 0) anyWaitingTotal += System.nanoTime() - anyWaitingSince;
    }

    /** Nanoseconds during which at least one thread was waiting for the GIL. */
    public synchronized long anyWaitingNanos() {
        return anyWaitingTotal + (waiters > 0 ? System.nanoTime() - anyWaitingSince : 0);
    }

    /** The waiting thread asked the holder to drop the GIL. */
    public void dropRequested(GilStats st) {
        st.dropRequests++;
        GilTracer tr = tracer;
        if (tr != null) tr.instant(GilTracer.DROP_REQUEST);
    }

    /** The holder drops the GIL because another thread asked; it wants it back at once. */
    public void forcedSwitch(GilStats st) {
        st.holdNanos += System.nanoTime() - st.heldSince;
        st.forcedSwitches++;
        GilTracer tr = tracer;
        if (tr != null) {
            tr.instant(GilTracer.FORCED_SWITCH);
            // Between the forced drop and the next acquisition the thread wants the GIL back.
            tr.state(GilTracer.WAITING);
        }
    }

    /** The thread starts a blocking call with the GIL released (traced as this kind); returns the start time. */
    public long blockedStarts(int kind) {
        GilTracer tr = tracer;
        if (tr != null) tr.state(kind);
        return System.nanoTime();
    }

    /** The blocking call that began at {@code since} is over. */
    public void blockedEnds(GilStats st, long since) {
        st.blockedNanos += System.nanoTime() - since;
        st.blocked++;
    }
}
