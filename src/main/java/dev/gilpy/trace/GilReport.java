package dev.gilpy.trace;

import dev.gilpy.concurrent.Gil;
import dev.gilpy.concurrent.GilStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** The figures of --gil-stats and gilpy.gil_stats(): per thread, and for the run (the GIL load). */
public final class GilReport {
    public record Row(String name, long ident, long bytecodes, double holdS, double waitS, double blockedS,
                      long acquisitions, long contended, long forcedSwitches, long dropRequests, long blocked) {}

    public final List<Row> rows = new ArrayList<>();
    public final boolean gilOn;
    public final double wallS, heldS, anyWaitingS;
    public final double switchIntervalS;

    /** bytecodes: the estimated bytecode count of a thread (its interpreter state's counter). */
    public GilReport(Gil gil, ToLongFunction<Thread> bytecodes) {
        long now = System.nanoTime();
        gilOn = gil.enabled();
        switchIntervalS = gil.switchInterval();
        double held = 0;
        for (GilStats s : gil.stats()) {
            long hold = s.holdNanos;
            // The calling thread holds the GIL (it runs Python code): count its current turn too.
            if (s.thread == Thread.currentThread() && s.endedBytecodes < 0 && s.heldSince > 0 && gil.concurrent() > 0) hold += now - s.heldSince;
            long ran = s.endedBytecodes >= 0 ? s.endedBytecodes : bytecodes.applyAsLong(s.thread);
            rows.add(new Row(s.threadName, s.threadId, ran, hold / 1e9, s.waitNanos / 1e9,
                    s.blockedNanos / 1e9, s.acquisitions, s.contended, s.forcedSwitches, s.dropRequests, s.blocked));
            held += hold / 1e9;
        }
        heldS = held;
        long start = gil.startNanos();
        wallS = start == 0 ? held : (now - start) / 1e9;
        anyWaitingS = gil.anyWaitingNanos() / 1e9;
    }

    /** Share of wall time the GIL was held (GIL on), or thread-seconds of running per second (GIL off). */
    public double load() { return wallS > 0 ? heldS / wallS : 0; }

    /** Share of wall time at least one thread was waiting for the GIL. */
    public double waitLoad() { return wallS > 0 ? Math.min(1, anyWaitingS / wallS) : 0; }

    public long total(java.util.function.ToLongFunction<Row> f) {
        long t = 0;
        for (Row r : rows) t += f.applyAsLong(r);
        return t;
    }

    public double totalD(java.util.function.ToDoubleFunction<Row> f) {
        double t = 0;
        for (Row r : rows) t += f.applyAsDouble(r);
        return t;
    }

    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "gilpy: GIL statistics (GIL %s, switch interval %.1f ms, wall %.1f ms)%n",
                gilOn ? "on" : "off", switchIntervalS * 1e3, wallS * 1e3));
        String hdr = "%-16s %12s %10s %10s %10s %8s %8s %8s %8s%n";
        String row = "%-16s %12d %10.1f %10.1f %10.1f %8d %8d %8d %8d%n";
        b.append(String.format(Locale.ROOT, hdr, "thread", "bytecodes~", gilOn ? "held ms" : "run ms", "wait ms",
                "blocked ms", "acquired", "forced", "drop req", "blocks"));
        for (Row r : rows) {
            String n = r.name.length() > 16 ? r.name.substring(0, 15) + "…" : r.name;
            b.append(String.format(Locale.ROOT, row, n, r.bytecodes, r.holdS * 1e3, r.waitS * 1e3, r.blockedS * 1e3,
                    r.acquisitions, r.forcedSwitches, r.dropRequests, r.blocked));
        }
        b.append(String.format(Locale.ROOT, row, "total", total(Row::bytecodes), heldS * 1e3, totalD(Row::waitS) * 1e3,
                totalD(Row::blockedS) * 1e3, total(Row::acquisitions), total(Row::forcedSwitches),
                total(Row::dropRequests), total(Row::blocked)));
        if (gilOn) {
            b.append(String.format(Locale.ROOT, "GIL load: held %.1f%% of wall time; at least one thread waiting %.1f%%%n",
                    load() * 100, waitLoad() * 100));
        } else {
            b.append(String.format(Locale.ROOT, "GIL off: %.2f threads running on average (run time / wall time); nobody waits%n",
                    load()));
        }
        return b.toString();
    }
}
