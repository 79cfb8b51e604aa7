package dev.gilpy.concurrent;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * --gil off: threads run bytecode in parallel; built-in objects protect themselves. Keeps the same
 * per-thread counters as the GIL (acquisitions, time "holding" = running, blocked time) and reports
 * running/idle/blocked transitions to the tracer (both through {@link GilAccounting}), so traces show the running
 * slices overlapping.
 */
public final class NoGil implements Gil {
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private volatile double interval = 0.005;
    private final GilAccounting accounting = new GilAccounting();

    @Override
    public GilAccounting accounting() { return accounting; }

    @Override
    public void acquire() {
        int n = running.incrementAndGet();
        maxRunning.accumulateAndGet(n, Math::max);
        accounting.running(accounting.current());
    }

    @Override
    public void release() {
        running.decrementAndGet();
        accounting.stopped(accounting.current());
    }

    @Override
    public void checkpoint() {}

    @Override
    public GilMode mode() { return GilMode.OFF; }

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
