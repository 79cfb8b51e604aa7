package dev.gilpy.concurrent;

/**
 * One flag the eval loop reads at its check points (function entry, backward jumps, after calls), as
 * CPython's eval_breaker: set when some thread wants the GIL, a signal arrived, or a thread has an
 * asynchronous exception pending. Reading a volatile on x86 costs a plain load.
 */
public final class EvalBreaker {
    private EvalBreaker() {}

    public static volatile boolean pending;

    /** Sources of work for the breaker; each source clears its own bit. */
    private static int reasons;

    public static final int GIL_DROP_REQUEST = 1, SIGNAL = 2, ASYNC_EXC = 4, SCHEDULER = 8;

    public static synchronized void set(int reason) {
        reasons |= reason;
        pending = true;
    }

    /**
     * Drop requests are counted, not a plain bit: the flag is process-wide (one volatile load in the eval
     * loop) while each interpreter has its own GIL, so one GIL taking its request back must not clear
     * another interpreter's pending one. Threads of other interpreters that see the flag call their own
     * GIL's checkpoint, which returns at once.
     */
    private static int dropRequests;

    public static synchronized void requestDrop() {
        dropRequests++;
        set(GIL_DROP_REQUEST);
    }

    public static synchronized void dropDone() {
        if (dropRequests > 0 && --dropRequests == 0) clear(GIL_DROP_REQUEST);
    }

    public static synchronized void clear(int reason) {
        reasons &= ~reason;
        pending = reasons != 0;
    }

    public static synchronized boolean has(int reason) { return (reasons & reason) != 0; }
}
