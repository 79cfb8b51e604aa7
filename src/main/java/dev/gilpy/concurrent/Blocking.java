package dev.gilpy.concurrent;

import java.util.concurrent.locks.LockSupport;

/** Blocking helpers that give the GIL up while they wait: time.sleep is {@code Blocking.sleep(interp.gil, secs)}. */
public final class Blocking {
    private Blocking() {}

    /**
     * Sleeps with the GIL released, then takes it back. Returns false when the thread was interrupted
     * (the caller decides what that means in Python). Sub-millisecond sleeps park for the exact time.
     */
    public static boolean sleep(Gil gil, double seconds) {
        if (!(seconds > 0)) {
            // sleep(0): just let another thread run if one is waiting.
            gil.releasedWhile(() -> { Thread.yield(); return null; });
            return true;
        }
        long nanos = (long) (seconds * 1e9);
        return gil.releasedWhile(() -> {
            long deadline = System.nanoTime() + nanos;
            for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) return false;
            }
            return true;
        });
    }
}
