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

    /**
     * Waits for a notify on {@code monitor}, whose lock the caller holds; false once the deadline
     * (System.nanoTime, -1 for none) has passed. An interrupt (a signal for the main thread) throws
     * {@link Interrupted}: {@link Gil#blockedWhile} runs the Python handlers, then the wait goes on.
     * The one timed monitor wait of the locks, queues and events every module hosts.
     */
    public static boolean waitUntil(Object monitor, long deadline) {
        try {
            if (deadline == -1) {
                monitor.wait();
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) return false;
            monitor.wait(left / 1_000_000, (int) (left % 1_000_000));
            return true;
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    /** The deadline {@link #waitUntil} takes for a wait of {@code nanos} from now (negative: no deadline). */
    public static long deadline(long nanos) { return nanos < 0 ? -1 : System.nanoTime() + nanos; }

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
