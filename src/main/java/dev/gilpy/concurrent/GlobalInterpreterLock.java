package dev.gilpy.concurrent;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock, modelled on CPython's Python/ceval_gil.c (the "new GIL" of 3.2+).
 *
 * <ul>
 *   <li>A thread that wants the GIL waits on {@link #gilCond} for at most one switch interval at a time.
 *       If the interval passes and no switch happened meanwhile (the {@link #switchNumber} did not move),
 *       it sets a drop request: the {@link EvalBreaker}'s GIL_DROP_REQUEST bit, which the holder reads at
 *       its next check point (function entry, backward jump, after a call).</li>
 *   <li>The holder's {@link #checkpoint} then releases the GIL and, as CPython's FORCE_SWITCHING, waits
 *       on {@link #switchCond} until some other thread has taken it before it competes again, so the
 *       thread that asked really gets a turn.</li>
 *   <li>Blocking calls use {@link #releasedWhile}: plain release and re-acquire.</li>
 * </ul>
 *
 * Nothing here runs while only one thread exists: the eval loop reads the breaker flag (one volatile
 * load) and never calls in unless a drop request was made.
 */
public final class GlobalInterpreterLock implements Gil {
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition gilCond = mutex.newCondition();
    private final Condition switchCond = mutex.newCondition();
    /** Guarded by mutex. */
    private boolean locked;
    private Thread holder;
    /** Incremented on every acquisition (guarded by mutex, read racily by waiters' checks). */
    private volatile long switchNumber;
    /** A drop request is pending (mirrors the EvalBreaker bit, readable without its monitor). */
    private volatile boolean dropRequested;
    private volatile long intervalNanos = 5_000_000L;

    /** Threads currently executing bytecode (between acquire and release) and the most ever seen. */
    private int running, maxRunning;

    /** Statistics and tracing: every transition below is reported there. */
    private final GilAccounting accounting = new GilAccounting();

    public GlobalInterpreterLock() {}

    @Override
    public GilAccounting accounting() { return accounting; }

    @Override
    public GilMode mode() { return GilMode.ON; }

    @Override
    public boolean enabled() { return true; }

    @Override
    public double switchInterval() { return intervalNanos / 1e9; }

    @Override
    public void setSwitchInterval(double seconds) { intervalNanos = Math.max(1_000L, (long) (seconds * 1e9)); }

    @Override
    public void acquire() {
        GilStats st = accounting.current();
        long t0 = System.nanoTime();
        boolean interrupted = false;
        mutex.lock();
        try {
            if (locked) {
                accounting.waitStarts(st, t0);
                while (locked) {
                    long saved = switchNumber;
                    long left = intervalNanos;
                    boolean timedOut = false;
                    while (locked && left > 0) {
                        try {
                            left = gilCond.awaitNanos(left);
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (left <= 0) timedOut = true;
                    if (timedOut && locked && switchNumber == saved && !dropRequested) {
                        // A whole interval passed without a switch: ask the holder to drop the GIL.
                        dropRequested = true;
                        EvalBreaker.requestDrop();
                        accounting.dropRequested(st);
                    }
                }
                accounting.waitEnds();
            }
            locked = true;
            holder = Thread.currentThread();
            switchNumber++;
            if (dropRequested) {
                dropRequested = false;
                EvalBreaker.dropDone();
            }
            // Wake a forced-switching holder that waits for someone else to have taken the GIL.
            switchCond.signalAll();
            running++;
            if (running > maxRunning) maxRunning = running;
        } finally {
            mutex.unlock();
        }
        accounting.running(st, t0);
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Override
    public void release() {
        GilStats st = accounting.current();
        mutex.lock();
        try {
            if (!locked || holder != Thread.currentThread()) {
                throw new IllegalStateException("GIL released by a thread that does not hold it: "
                        + Thread.currentThread().getName());
            }
            // Recorded while still holding: the next holder's RUNNING can't precede this thread's end.
            accounting.stopped(st);
            running--;
            locked = false;
            holder = null;
            gilCond.signal();
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public void checkpoint() {
        if (!dropRequested) return;
        accounting.forcedSwitch(accounting.current());
        boolean interrupted = false;
        mutex.lock();
        try {
            running--;
            locked = false;
            holder = null;
            gilCond.signal();
            // FORCE_SWITCHING: don't compete again until another thread has had the GIL.
            long mine = switchNumber;
            while (switchNumber == mine) {
                try {
                    if (!switchCond.await(intervalNanos * 4, TimeUnit.NANOSECONDS)) {
                        // Nobody took it (the requester gave up, e.g. timed out elsewhere): carry on.
                        if (!locked) break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            mutex.unlock();
        }
        if (interrupted) Thread.currentThread().interrupt();
        acquire();
    }

    @Override
    public int maxConcurrent() {
        mutex.lock();
        try {
            return maxRunning;
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public int concurrent() {
        mutex.lock();
        try {
            return running;
        } finally {
            mutex.unlock();
        }
    }

    @Override
    public void resetMaxConcurrent() {
        mutex.lock();
        try {
            maxRunning = running;
        } finally {
            mutex.unlock();
        }
    }
}
