package dev.gilpy.vm;

/**
 * Keeps the Java heap near what the program holds. The serial collector (the launcher's choice) promotes
 * objects that survive a young collection into the old generation and grows it rather than collect it
 * until the heap reaches its maximum (a quarter of RAM), so a program that keeps making and dropping
 * objects that live a little while (100k points, renormalised 30 times) touched 600 MB where CPython, which
 * frees by reference counting, needs 30 MB. A daemon thread looks at the old generation every few
 * milliseconds and asks for a full collection once it holds twice what was live there after the last one
 * (and at least {@link #FLOOR}): a doubling rule, so collection work stays proportional to allocation, as
 * with CPython's generation thresholds, and at most a tenth of the time goes to them. It starts looking only after {@link #DELAY_MS}, so short runs never
 * load java.management. {@code -Dgilpy.heapWatch=off} (in GILPY_JAVA_OPTS) leaves the heap to the JVM.
 */
final class HeapWatch {
    private HeapWatch() {}

    /** An old generation below this is left alone. */
    static final long FLOOR = 24L << 20;
    private static final long PERIOD_MS = 10;
    private static final long DELAY_MS = 300;

    private static boolean started;

    /** Once per process, from the main interpreter's boot. */
    static synchronized void start() {
        if (started || "off".equals(System.getProperty("gilpy.heapWatch"))) return;
        started = true;
        Thread t = new Thread(HeapWatch::watch, "gilpy-heap-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void watch() {
        try {
            Thread.sleep(DELAY_MS);
            java.lang.management.MemoryPoolMXBean old = null;
            for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == java.lang.management.MemoryType.HEAP && p.getName().equals("Tenured Gen")) old = p;
            }
            if (old == null) return;   // not the serial collector: the others size their heaps themselves
            long threshold = FLOOR;
            long notBefore = 0;
            while (true) {
                Thread.sleep(PERIOD_MS);
                if (old.getUsage().getUsed() <= threshold || System.nanoTime() < notBefore) continue;
                long t0 = System.nanoTime();
                System.gc();
                long t1 = System.nanoTime();
                threshold = Math.max(FLOOR, 2 * old.getUsage().getUsed());
                // at most ~10% of the time in these collections, however big the live data is
                notBefore = t1 + 9 * (t1 - t0);
            }
        } catch (InterruptedException e) {
            // the process is ending
        } catch (OutOfMemoryError e) {
            // the program exhausted the heap: its own thread reports that (MemoryError); the watcher just stops
        }
    }
}
