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

    /** Runs a blocking action with the GIL released, taking it back afterwards. */
    default <T> T releasedWhile(java.util.function.Supplier<T> action) {
        release();
        try {
            return action.get();
        } finally {
            acquire();
        }
    }
}
