package dev.gilpy.runtime;

/**
 * Whether any interpreter of this process may run Python code on two threads at once (a GIL off). Until
 * then one thread at a time runs bytecode, and a built-in operation on a container or instance runs whole
 * between two switch points, so the containers skip their monitors (an uncontended lock is still two
 * atomic instructions per operation). Set, never cleared, before the first such thread starts: an
 * operation that began without the lock has ended by then, since the thread that starts the other one
 * runs it.
 */
public final class FreeThreads {
    private FreeThreads() {}

    private static volatile boolean running;

    /** True once threads may run without a GIL: operations must lock from then on. */
    public static boolean running() { return running; }

    /** Called before a thread that runs without a GIL starts (or an interpreter without one is made). */
    public static void start() { running = true; }
}
