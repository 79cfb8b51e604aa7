package dev.gilpy.trace;

/**
 * What a {@link dev.gilpy.concurrent.Gil} implementation reports at its transitions, and only there
 * (never per instruction). Every call refers to the calling thread. A thread is always in one
 * state; {@link #state} records a change of state, {@link #instant} a point event.
 *
 * <p>Any Gil (the real GIL, NoGil, a deterministic scheduler) calls these: {@code RUNNING} when the
 * thread may execute bytecode (took the GIL, or started running with the GIL off), {@code WAITING}
 * when it starts waiting for the GIL, {@code IDLE} when it gave it up, {@code BLOCKED_*} while it
 * sleeps or waits for a lock, a join, a queue or I/O with the GIL released.
 */
public interface GilTracer {
    int IDLE = 0, RUNNING = 1, WAITING = 2,
            BLOCKED_SLEEP = 3, BLOCKED_LOCK = 4, BLOCKED_JOIN = 5, BLOCKED_QUEUE = 6, BLOCKED_IO = 7,
            BLOCKED_OTHER = 8,
            /** Instants: a waiter asked the holder to drop the GIL; the holder dropped it on request. */
            DROP_REQUEST = 9, FORCED_SWITCH = 10;

    void state(int state);

    void instant(int kind);

    static boolean isBlocked(int kind) { return kind >= BLOCKED_SLEEP && kind <= BLOCKED_OTHER; }

    /** Short name of a kind, as written in traces ("sleep", "lock", ...). */
    static String kindName(int kind) {
        return switch (kind) {
            case IDLE -> "idle";
            case RUNNING -> "running";
            case WAITING -> "waiting";
            case BLOCKED_SLEEP -> "sleep";
            case BLOCKED_LOCK -> "lock";
            case BLOCKED_JOIN -> "join";
            case BLOCKED_QUEUE -> "queue";
            case BLOCKED_IO -> "I/O";
            case BLOCKED_OTHER -> "other";
            case DROP_REQUEST -> "drop request";
            case FORCED_SWITCH -> "forced switch";
            default -> "?";
        };
    }

    /** The tracer for a new sub-interpreter's GIL: its own lane (a process of its own in the trace). */
    default GilTracer forInterpreter(long id) { return this; }
}
