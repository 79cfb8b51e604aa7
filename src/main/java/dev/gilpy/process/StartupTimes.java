package dev.gilpy.process;

import java.util.ArrayList;
import java.util.List;

/**
 * A start-up breakdown: with GILPY_MP_TIMES=1 in the environment, each process (the main one, and every
 * child) prints on stderr when it reached each phase (milliseconds since its parent launched the JVM, on
 * the monotonic clock that every process of the machine shares; for the main process, since its first
 * mark), the CPU time the whole process had used by then (10 ms steps), and the CPU time of the thread
 * that reached the phase (t, 0.1 ms steps).
 */
public final class StartupTimes {
    private StartupTimes() {}

    /** The environment variable that asks for the breakdown, and the one carrying the launch instant. */
    static final String ASK = "GILPY_MP_TIMES", LAUNCHED = "GILPY_MP_LAUNCHED_NS";

    public static final boolean ON = System.getenv(ASK) != null && !System.getenv(ASK).isEmpty();
    private static final long LAUNCHED_NS = launched();
    private static final List<String> marks = ON ? new ArrayList<>() : null;

    private static long launched() {
        String v = System.getenv(LAUNCHED);
        try {
            return v == null ? System.nanoTime() : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return System.nanoTime();
        }
    }

    /** Records that this process reached a phase (nothing unless the breakdown was asked for). */
    public static void mark(String phase) {
        if (!ON) return;
        long ms = (System.nanoTime() - LAUNCHED_NS) / 1_000_000;
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        long tcpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 100_000;
        synchronized (marks) {
            marks.add(phase + "=" + ms + "/" + cpu + "/t" + tcpu / 10.0);
        }
    }

    /** Records how long ago (on the shared monotonic clock) another process did something. */
    public static void since(String what, long nanos) {
        if (!ON) return;
        synchronized (marks) {
            marks.add(what + "=" + (nanos - LAUNCHED_NS) / 1_000_000 + "/-");
        }
    }

    /** In the parent: how long start() took to build the job and to launch the child (or hand it to a spare). */
    public static void started(long pid, long called, long jobBuilt, long launched) {
        if (!ON) return;
        System.err.printf("gilpy start() of %d: job %.1f ms, launch %.1f ms%n", pid, (jobBuilt - called) / 1e6,
                (launched - jobBuilt) / 1e6);
    }

    /** Prints the breakdown (phase=wall ms/cpu ms) as one line on stderr. */
    public static void report() {
        if (!ON) return;
        mark("exit");
        synchronized (marks) {
            System.err.println((Child.isChild ? "gilpy child " : "gilpy ") + ProcessHandle.current().pid()
                    + " start-up (ms since launch, wall/cpu/thread cpu): "
                    + String.join(" ", marks));
        }
    }
}
