package dev.gilpy.process;

/** Waiting on an object's monitor with a deadline, for the objects a process hosts (queues, locks, events). */
final class Monitors {
    private Monitors() {}

    /**
     * Waits for a notify on {@code monitor}, whose lock the caller holds; false once the deadline
     * (System.nanoTime, -1 for none) has passed. An interrupt (a signal for the main thread) throws
     * {@link dev.gilpy.concurrent.Blocking.Interrupted}: the Python handlers run, then the wait goes on.
     */
    static boolean waitUntil(Object monitor, long deadline) {
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
            throw dev.gilpy.concurrent.Blocking.interrupted();
        }
    }
}
