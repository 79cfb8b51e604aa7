package dev.gilpy.vm;

/**
 * Keeps the Java heap near what the program holds. The serial collector (the launcher's choice) promotes
 * objects that survive a young collection into the old generation and grows it rather than collect it
 * until the heap reaches its maximum (a quarter of RAM), so a program that keeps making and dropping
 * objects that live a little while (100k points, renormalised 30 times) touched 600 MB where CPython, which
 * frees by reference counting, needs 30 MB. A daemon thread looks at the old generation every
 * {@link #PERIOD_MS} and asks for a full collection once it holds twice what was live there after the last one
 * (and at least {@link #FLOOR}): a doubling rule, so collection work stays proportional to allocation, as
 * with CPython's generation thresholds, and at most a tenth of the time goes to them. It starts looking only after {@link #DELAY_MS}, so short runs never
 * load java.management. {@code -Dgilpy.heapWatch=off} (in GILPY_JAVA_OPTS) leaves the heap to the JVM.
 *
 * <p>Loading java.management costs ~10 ms of CPU (~40 without the AOT cache), and a watcher that loads it
 * while the program's threads keep both cores busy delays them by that much (the 2-thread CPU loop's
 * section is ~100 ms). So the watcher first looks at the whole heap's use, which the Runtime gives without
 * it: the old generation holds at most what the heap holds, so while the heap's use fell to the threshold
 * at least once in the last {@link #WINDOW} looks (half a second: a program that allocates has its eden
 * emptied by a young collection far more often, even on a loaded machine), the old generation was that
 * small less than half a second ago, and java.management is not needed yet.
 *
 * <p>The watcher also grows the young generation, once, for programs whose threads allocate in parallel. The
 * launcher starts it small (a 26 MB eden): memory a process touches for the first time costs the kernel
 * ~0.7 ms per MB here, paid by every program that allocates that much, while a young collection costs ~0.4
 * ms. But each young collection stops every thread: two GIL-free threads or two sub-interpreters running the
 * seed's loop (48 bytes an iteration each) filled that eden every ~1.5 ms and stood still ~25% of the time.
 * When a young collection happened during {@link #PARALLEL_LOOKS} looks at which two or more threads ran
 * Python code at once (~0.2 s of parallel allocation), one full collection, while the heap holds little, makes
 * the serial collector size the young generation anew, to the launcher's MaxNewSize (a 102 MB eden): 4x
 * fewer stops from then on. Single-threaded programs keep the small one (and their memory low).
 */
final class HeapWatch {
    private HeapWatch() {}

    /** An old generation below this is left alone. */
    static final long FLOOR = 24L << 20;
    /**
     * Between looks. Each wake-up of a sleeping thread costs ~0.1 ms of CPU on a virtual machine (measured):
     * at 10 ms the watcher alone took 1-2% of a core, all the time.
     */
    private static final long PERIOD_MS = 50;
    private static final long DELAY_MS = 300;
    /** The old generation is looked at only after this many looks in a row found the whole heap above the threshold. */
    private static final int WINDOW = 10;
    /** Looks with a young collection since the last one and two or more threads running at once, before growing it. */
    static final int PARALLEL_LOOKS = 4;

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
            Runtime rt = Runtime.getRuntime();
            java.lang.management.MemoryPoolMXBean old = null;
            long threshold = FLOOR;
            long notBefore = 0;
            int highLooks = 0;   // consecutive looks with the whole heap's use above the threshold
            // cleared by the first young collection after it is made: one allocation per look, no java.management
            java.lang.ref.WeakReference<Object> youngSentinel = new java.lang.ref.WeakReference<>(new Object());
            int parallelLooks = 0;
            while (true) {
                Thread.sleep(PERIOD_MS);
                if (youngSentinel != null && youngSentinel.get() == null) {
                    youngSentinel = new java.lang.ref.WeakReference<>(new Object());
                    if (runningAtOnce() >= 2 && ++parallelLooks >= PARALLEL_LOOKS
                            && rt.totalMemory() - rt.freeMemory() <= threshold) {
                        youngSentinel = null;   // once per process
                        if (old == null && (old = tenured()) == null) return;
                        System.gc();   // the serial collector sizes its young generation after a full collection
                        continue;
                    }
                }
                if (rt.totalMemory() - rt.freeMemory() <= threshold) {
                    highLooks = 0;
                    continue;
                }
                if (++highLooks < WINDOW || System.nanoTime() < notBefore) continue;
                if (old == null) {
                    old = tenured();
                    if (old == null) return;   // not the serial collector: the others size their heaps themselves
                }
                if (old.getUsage().getUsed() <= threshold) continue;
                long t0 = System.nanoTime();
                System.gc();
                long t1 = System.nanoTime();
                threshold = Math.max(FLOOR, 2 * old.getUsage().getUsed());
                highLooks = 0;
                // at most ~10% of the time in these collections, however big the live data is
                notBefore = t1 + 9 * (t1 - t0);
            }
        } catch (InterruptedException e) {
            // the process is ending
        } catch (OutOfMemoryError e) {
            // the program exhausted the heap: its own thread reports that (MemoryError); the watcher just stops
        }
    }

    /**
     * Threads running Python code at this moment, over all interpreters: each has its own GIL (or none), except
     * under --sched, where all share one policy that runs one thread at a time (counted once).
     */
    private static int runningAtOnce() {
        java.util.Set<dev.gilpy.concurrent.Gil> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int n = 0;
        for (Interpreter i : Interpreter.all()) {
            dev.gilpy.concurrent.Gil g = i.gil;
            if (seen.add(g)) n += g.concurrent();
        }
        return n;
    }

    /** The serial collector's old generation, or null under another collector. */
    private static java.lang.management.MemoryPoolMXBean tenured() {
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getName().equals("Tenured Gen")) return p;
        }
        return null;
    }
}
