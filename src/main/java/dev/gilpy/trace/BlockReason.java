package dev.gilpy.trace;

/** Why a thread released the GIL to wait (the "blocked" slices of a trace). */
public enum BlockReason {
    SLEEP(GilTracer.BLOCKED_SLEEP), LOCK(GilTracer.BLOCKED_LOCK), JOIN(GilTracer.BLOCKED_JOIN),
    QUEUE(GilTracer.BLOCKED_QUEUE), IO(GilTracer.BLOCKED_IO), OTHER(GilTracer.BLOCKED_OTHER);

    public final int kind;

    BlockReason(int kind) { this.kind = kind; }

    /** A hint the Python library can set for the current thread (threading.join, queue.get) so the next
     *  lock wait is reported with a more precise reason; consumed by the next blocking call. */
    private static final ThreadLocal<BlockReason> HINT = new ThreadLocal<>();

    public static void hint(BlockReason r) { HINT.set(r); }

    /** The pending hint (then cleared), or the given default. */
    public static BlockReason take(BlockReason dflt) {
        BlockReason h = HINT.get();
        if (h == null) return dflt;
        HINT.remove();
        return h;
    }
}
