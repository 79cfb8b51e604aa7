package dev.gilpy.concurrent;

import dev.gilpy.trace.GilTracer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * --gil off: threads run bytecode in parallel; built-in objects protect themselves. Keeps the same
 * per-thread counters as the GIL (acquisitions, time "holding" = running, blocked time) and reports
 * running/idle/blocked transitions to the tracer, so traces show the running slices overlapping.
 */
public final class NoGil implements Gil {
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger maxRunning = new AtomicInteger();
    private volatile double interval = 0.005;
    private volatile GilTracer tracer;
    private final long start = System.nanoTime();
    private final List<GilStats> allStats = new CopyOnWriteArrayList<>();
    private final ThreadLocal<GilStats> stats = ThreadLocal.withInitial(() -> {
        GilStats s = new GilStats(Thread.currentThread());
        allStats.add(s);
        return s;
    });

    @Override
    public void acquire() {
        int n = running.incrementAndGet();
        maxRunning.accumulateAndGet(n, Math::max);
        GilStats st = stats.get();
        st.acquisitions++;
        st.heldSince = System.nanoTime();
        GilTracer tr = tracer;
        if (tr != null) tr.state(GilTracer.RUNNING);
    }

    @Override
    public void release() {
        running.decrementAndGet();
        GilStats st = stats.get();
        st.holdNanos += System.nanoTime() - st.heldSince;
        GilTracer tr = tracer;
        if (tr != null) tr.state(GilTracer.IDLE);
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

    @Override
    public List<GilStats> stats() { return List.copyOf(allStats); }

    @Override
    public GilStats currentStats() { return stats.get(); }

    @Override
    public GilTracer tracer() { return tracer; }

    @Override
    public void setTracer(GilTracer t) { tracer = t; }

    @Override
    public long startNanos() { return start; }
}
