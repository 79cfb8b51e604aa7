package dev.gilpy.concurrent;

import java.util.concurrent.atomic.AtomicInteger;

/** --gil off: threads run bytecode in parallel; built-in objects protect themselves. */
public final class NoGil implements Gil {
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private volatile double interval = 0.005;

    @Override
    public void acquire() {
        int n = running.incrementAndGet();
        maxRunning.accumulateAndGet(n, Math::max);
    }

    @Override
    public void release() { running.decrementAndGet(); }

    @Override
    public void checkpoint() {}

    @Override
    public boolean enabled() { return false; }

    @Override
    public double switchInterval() { return interval; }

    @Override
    public void setSwitchInterval(double seconds) { interval = seconds; }

    @Override
    public int concurrent() { return running.get(); }

    @Override
    public int maxConcurrent() { return maxRunning.get(); }

    @Override
    public void resetMaxConcurrent() { maxRunning.set(running.get()); }
}
