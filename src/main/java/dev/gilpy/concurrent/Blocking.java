package dev.gilpy.concurrent;

import java.util.concurrent.locks.LockSupport;

/** Blocking helpers that give the GIL up while they wait: time.sleep is {@code Blocking.sleep(interp.gil, secs)}. */
public final class Blocking {
    private Blocking() {}

    /**
     * Thrown by a wait that a signal interrupted (see {@link Gil#blockedWhile}, which catches it, runs the
     * Python handlers and waits again). No stack trace: it is control flow.
     */
    public static final class Interrupted extends RuntimeException {
        private static final Interrupted INSTANCE = new Interrupted();

        private Interrupted() { super("interrupted by a signal", null, false, false); }
    }

    /** What a wait throws when the JVM interrupts it: {@code catch (InterruptedException e) { throw Blocking.interrupted(); }}. */
    public static Interrupted interrupted() { return Interrupted.INSTANCE; }

    /**
     * Sleeps with the GIL released, then takes it back; signals run their handlers and the sleep goes on
     * for the time that is left (PEP 475). Sub-millisecond sleeps park for the exact time.
     */
    public static boolean sleep(Gil gil, double seconds) {
        if (gil instanceof DeterministicScheduler ds) {
            ds.sleep(seconds > 0 ? (long) (seconds * 1e9) : 0);
            return true;
        }
        if (!(seconds > 0)) {
            // sleep(0): just let another thread run if one is waiting.
            gil.releasedWhile(() -> { Thread.yield(); return null; });
            return true;
        }
        long nanos = (long) (seconds * 1e9);
        long deadline = System.nanoTime() + nanos;
        return gil.blockedWhile(dev.gilpy.trace.BlockReason.SLEEP, () -> {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) throw interrupted();
            }
            return true;
        });
    }

    /**
     * The one hook blocking primitives go through. With a real GIL (or none) it runs {@code realWait} with
     * the GIL released, as before. Under the deterministic scheduler it blocks the thread until
     * {@code ready} holds or {@code timeoutNanos} (negative: forever) pass on the virtual clock, and
     * returns whether {@code ready} holds; {@code what} names the operation for deadlock reports.
     */
    public static boolean await(Gil gil, String what, java.util.function.BooleanSupplier ready, long timeoutNanos,
                                java.util.function.Supplier<Boolean> realWait) {
        if (gil instanceof DeterministicScheduler ds) return ds.block(what, ready, timeoutNanos);
        return gil.releasedWhile(realWait);
    }

    /** Nanoseconds on the monotonic clock: virtual under the deterministic scheduler. */
    public static long nanoTime(Gil gil, long origin) {
        if (gil instanceof DeterministicScheduler ds) return ds.nanoTime();
        return System.nanoTime() - origin;
    }

    /** Nanoseconds since the Unix epoch: virtual under the deterministic scheduler. */
    public static long wallNanos(Gil gil) {
        if (gil instanceof DeterministicScheduler ds) return DeterministicScheduler.EPOCH_NANOS + ds.nanoTime();
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
