package dev.gilpy.concurrent;

/**
 * The narrow interface through which the VM reaches the concurrency core. Every thread that runs
 * Python code calls {@link #acquire} before its first instruction and {@link #release} when it ends;
 * blocking operations release around the wait; the eval loop calls {@link #checkpoint} when the eval
 * breaker is set.
 */
public interface Gil {
    /** Takes the GIL for the current thread (blocks while another holds it). */
    void acquire();

    /** Gives the GIL up. */
    void release();

    /** Called at eval-breaker check points: yields the GIL if another thread asked for it. */
    void checkpoint();

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

    /** Per-thread counters (empty when the implementation keeps none). */
    default java.util.List<GilStats> stats() { return java.util.List.of(); }

    /** A new Python thread is about to start (called by its creator, so the order is the creation order). */
    default void threadStarting(Thread t, String name) {}

    /** The thread announced by {@link #threadStarting} could not be started. */
    default void threadNotStarted(Thread t) {}

    /** The tracer this implementation reports its transitions to (null: none). */
    default dev.gilpy.trace.GilTracer tracer() { return null; }

    /** Installs a tracer (before threads start); implementations that keep none ignore it. */
    default void setTracer(dev.gilpy.trace.GilTracer tracer) {}

    /** The calling thread's counters (null when the implementation keeps none). */
    default GilStats currentStats() { return null; }

    /** System.nanoTime() when this GIL was created (the start of the run for --gil-stats). */
    default long startNanos() { return 0; }

    /** Nanoseconds during which at least one thread was waiting for the GIL (0 when nobody ever waits). */
    default long anyWaitingNanos() { return 0; }

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
        boolean main = SignalTrap.isMainThread();
        while (true) {
            if (main) SignalTrap.dispatchPending();
            release();
            dev.gilpy.trace.BlockReason r = dev.gilpy.trace.BlockReason.take(reason);
            GilStats st = currentStats();
            dev.gilpy.trace.GilTracer tr = tracer();
            if (tr != null) tr.state(r.kind);
            long t0 = st != null ? System.nanoTime() : 0;
            try {
                if (main) SignalTrap.enterWait();
                return action.get();
            } catch (Blocking.Interrupted e) {
                // Run the handlers (top of the loop), then wait again.
            } finally {
                if (main) SignalTrap.leaveWait();
                if (st != null) {
                    st.blockedNanos += System.nanoTime() - t0;
                    st.blocked++;
                }
                acquire();
            }
        }
    }
}
