package dev.gilpy.concurrent;

/**
 * Blocking helpers for the modules; each asks the interpreter's {@link Gil} policy, which decides how a wait
 * gives the GIL up (or, under the deterministic scheduler, runs on the virtual clock).
 */
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
