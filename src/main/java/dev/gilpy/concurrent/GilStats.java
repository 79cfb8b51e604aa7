package dev.gilpy.concurrent;

/**
 * Per-thread GIL counters. Only the owning thread writes them (plain fields, no atomics), so they cost a
 * few increments per acquire/release; a reader in another thread sees approximately current values,
 * which is all {@code --gil-stats} needs.
 */
public final class GilStats {
    public final String threadName;
    public final long threadId;
    /** Times this thread took the GIL. */
    public long acquisitions;
    /** Times it had to wait for another holder first. */
    public long contended;
    /** Times it gave the GIL up because another thread asked (forced switch, CPython's FORCE_SWITCHING). */
    public long forcedSwitches;
    /** Times it asked the holder to drop the GIL (after waiting a whole switch interval). */
    public long dropRequests;
    /** Nanoseconds spent waiting to take the GIL, and holding it. */
    public long waitNanos, holdNanos;
    /** Nanoseconds spent in blocking calls with the GIL released (sleep, locks, joins, queues, I/O), and how many. */
    public long blockedNanos, blocked;
    public long heldSince;
    /** The bytecode estimate of the Python thread once it has ended (its platform thread may run another); -1 before. */
    public volatile long endedBytecodes = -1;
    /** The thread, so a reader can find its interpreter state (bytecode counter). */
    public final Thread thread;

    public GilStats(Thread t) {
        this.thread = t;
        this.threadName = t.getName();
        this.threadId = t.threadId();
    }

    @Override
    public String toString() {
        return String.format("%s: acquisitions=%d contended=%d forced=%d drop_requests=%d wait=%.3fms hold=%.3fms blocked=%.3fms",
                threadName, acquisitions, contended, forcedSwitches, dropRequests, waitNanos / 1e6, holdNanos / 1e6,
                blockedNanos / 1e6);
    }
}
