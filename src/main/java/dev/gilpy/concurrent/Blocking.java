package dev.gilpy.concurrent;

/**
 * Blocking helpers for the modules; each asks the interpreter's {@link Gil} policy, which decides how a wait
 * gives the GIL up (or, under the deterministic scheduler, runs on the virtual clock).
 */
public final class Blocking {
    private Blocking() {}

    /** time.sleep: see {@link Gil#sleep}. */
    public static boolean sleep(Gil gil, double seconds) { return gil.sleep(seconds); }

    /** See {@link Gil#await}; counted as blocked for no particular reason. */
    public static boolean await(Gil gil, String what, java.util.function.BooleanSupplier ready, long timeoutNanos,
                                java.util.function.Supplier<Boolean> realWait) {
        return gil.await(what, dev.gilpy.trace.BlockReason.OTHER, ready, timeoutNanos, realWait);
    }

    /** Nanoseconds on the monotonic clock: virtual under the deterministic scheduler. */
    public static long nanoTime(Gil gil, long origin) { return gil.nanoTime(origin); }

    /** Nanoseconds since the Unix epoch: virtual under the deterministic scheduler. */
    public static long wallNanos(Gil gil) { return gil.wallNanos(); }
}
