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

    public static synchronized void clear(int reason) {
        reasons &= ~reason;
        pending = reasons != 0;
    }

    public static synchronized boolean has(int reason) { return (reasons & reason) != 0; }
}
