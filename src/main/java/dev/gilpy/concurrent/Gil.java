package dev.gilpy.concurrent;

/**
 * The narrow interface through which the VM reaches the concurrency core. Every thread that runs
 * Python code calls {@link #acquire} before its first instruction and {@link #release} when it ends;
 * blocking operations release around the wait; the eval loop calls {@link #checkpoint} when the eval
 * breaker is set.
 */
public interface Gil {
    /** Which policy this is (each mode has one implementation; see {@link Gils}). */
    GilMode mode();

    /** Takes the GIL for the current thread (blocks while another holds it). */
    void acquire();

    /** Gives the GIL up. */
    void release();

    /** Called at eval-breaker check points: yields the GIL if another thread asked for it. */
    void checkpoint();

    /**
     * The per-instruction switch point of --switch-points any (Eval calls it only when
     * {@link #stepsEveryInstruction} was true when the policy was installed).
     */
    default void step() {}

    /** Whether the eval loop must call {@link #step} before every instruction. */
    default boolean stepsEveryInstruction() { return false; }

    /** Whether the policy needs the eval loop to call {@link #checkpoint} at every check point. */
    default boolean checksEveryBreakerPoint() { return false; }

    /** Installed as an interpreter's policy: where deadlock reports find "file:line" of a thread. */
    default void installed(java.util.function.Supplier<String> locator) {}

    /** No longer used by any interpreter: threads it still holds are stopped. */
    default void uninstalled() {}

    /**
     * Sleeps with the GIL released, then takes it back; signals run their handlers and the sleep goes on
     * for the time that is left (PEP 475). Sub-millisecond sleeps park for the exact time.
     */
    default boolean sleep(double seconds) {
        if (!(seconds > 0)) {
            // sleep(0): just let another thread run if one is waiting.
            releasedWhile(() -> { Thread.yield(); return null; });
            return true;
        }
        long nanos = (long) (seconds * 1e9);
        long deadline = System.nanoTime() + nanos;
        return blockedWhile(dev.gilpy.trace.BlockReason.SLEEP, () -> {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                java.util.concurrent.locks.LockSupport.parkNanos(left);
                if (Thread.interrupted()) throw Blocking.interrupted();
            }
            return true;
        });
    }

    /**
     * "Block while waiting for X", the one hook blocking primitives go through: runs {@code realWait} with the
     * GIL released (counted as blocked for {@code reason}). A policy that owns time and the order of threads
     * (the deterministic scheduler) instead blocks until {@code ready} holds or {@code timeoutNanos}
     * (negative: forever) pass, and returns whether {@code ready} holds; {@code what} names the operation
     * for deadlock reports.
     */
    default boolean await(String what, dev.gilpy.trace.BlockReason reason, java.util.function.BooleanSupplier ready,
                          long timeoutNanos, java.util.function.Supplier<Boolean> realWait) {
        return blockedWhile(reason, realWait);
    }

    /**
     * Takes something (a lock) after {@code tryTake} failed once: {@code realWait} waits for it and takes it
     * with the GIL released; a scheduling policy instead waits until {@code free} holds and retries
     * {@code tryTake}. Returns whether it was taken before the timeout.
     */
    default boolean take(String what, dev.gilpy.trace.BlockReason reason, java.util.function.BooleanSupplier free,
                         java.util.function.BooleanSupplier tryTake, long timeoutNanos,
                         java.util.function.Supplier<Boolean> realWait) {
        return blockedWhile(reason, realWait);
    }

    /** Nanoseconds on the monotonic clock since {@code origin} (virtual under a scheduling policy). */
    default long nanoTime(long origin) { return System.nanoTime() - origin; }

    /** Nanoseconds since the Unix epoch (virtual under a scheduling policy). */
    default long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The ident Python shows for a thread: {@code real}, or a stable number where runs must repeat. */
    default long threadIdent(Thread t, long real) { return real; }

    /** True when threads are serialised (sys._is_gil_enabled()). */
    boolean enabled();

    /** sys.getswitchinterval(): seconds a waiting thread lets the holder run before asking it to drop the GIL. */
    double switchInterval();

    void setSwitchInterval(double seconds);

    /** Threads currently between acquire and release (executing bytecode). */
    int concurrent();

    /** The largest {@link #concurrent} value seen since start (or the last reset): never above 1 with the GIL on. */
    int maxConcurrent();

    void resetMaxConcurrent();

    /**
     * Where this policy's statistics and tracing live (null: it keeps none). The policy reports its transitions
     * there; everything below that reads or sets statistics or the tracer goes through it.
     */
    default GilAccounting accounting() { return null; }

    /** Per-thread counters (empty when the implementation keeps none). */
    default java.util.List<GilStats> stats() {
        GilAccounting a = accounting();
        return a == null ? java.util.List.of() : a.stats();
    }

    /** A new Python thread is about to start (called by its creator, so the order is the creation order). */
    default void threadStarting(Thread t, String name) {}

    /**
     * The calling thread's Python thread has ended (after its last release) having run {@code bytecodes}: its
     * counters are closed, and the platform thread, if it carries another Python thread, gets new ones.
     */
    default void threadEnded(long bytecodes) {
        GilAccounting a = accounting();
        if (a != null) a.threadEnded(bytecodes);
    }

    /** The thread announced by {@link #threadStarting} could not be started. */
    default void threadNotStarted(Thread t) {}

    /** The tracer this implementation reports its transitions to (null: none). */
    default dev.gilpy.trace.GilTracer tracer() {
        GilAccounting a = accounting();
        return a == null ? null : a.tracer();
    }

    /** Installs a tracer (before threads start); implementations that keep none ignore it. */
    default void setTracer(dev.gilpy.trace.GilTracer tracer) {
        GilAccounting a = accounting();
        if (a != null) a.setTracer(tracer);
    }

    /** System.nanoTime() when this GIL was created (the start of the run for --gil-stats). */
    default long startNanos() {
        GilAccounting a = accounting();
        return a == null ? 0 : a.startNanos();
    }

    /** Nanoseconds during which at least one thread was waiting for the GIL (0 when nobody ever waits). */
    default long anyWaitingNanos() {
        GilAccounting a = accounting();
        return a == null ? 0 : a.anyWaitingNanos();
    }

    /** Runs a blocking action with the GIL released, taking it back afterwards. */
    default <T> T releasedWhile(java.util.function.Supplier<T> action) {
        return blockedWhile(dev.gilpy.trace.BlockReason.OTHER, action);
    }

    /**
     * Runs a blocking action with the GIL released, as {@link #releasedWhile}, counting the time as
     * blocked for this reason (a hint set by the Python library, e.g. join or queue, takes precedence).
     *
     * <p>In the main thread the wait is interruptible by signals, here for every blocking call (CPython's
     * PEP 475): a signal interrupts the thread, the action throws {@link Blocking.Interrupted}, the Python
     * handlers run with the GIL held (KeyboardInterrupt propagates from here), and the action is called
     * again, so it must compute its deadline before this call.
     */
    default <T> T blockedWhile(dev.gilpy.trace.BlockReason reason, java.util.function.Supplier<T> action) {
        boolean main = SignalTrap.canHandleSignals();
        while (true) {
            if (main) SignalTrap.dispatchPending();
            release();
            dev.gilpy.trace.BlockReason r = dev.gilpy.trace.BlockReason.take(reason);
            GilAccounting a = accounting();
            GilStats st = a == null ? null : a.current();
            long t0 = a == null ? 0 : a.blockedStarts(r.kind);
            try {
                if (main) SignalTrap.enterWait();
                return action.get();
            } catch (Blocking.Interrupted e) {
                // Run the handlers (top of the loop), then wait again.
            } finally {
                if (main) SignalTrap.leaveWait();
                if (a != null) a.blockedEnds(st, t0);
                acquire();
            }
        }
    }
}
