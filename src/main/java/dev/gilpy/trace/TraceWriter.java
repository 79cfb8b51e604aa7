package dev.gilpy.trace;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link GilRecorder}'s events in the Chrome Trace Event format (JSON object form) that
 * Perfetto and chrome://tracing open. Every event carries the process id and the thread id;
 * timestamps are microseconds since the start of the run (small numbers keep the nanosecond digits
 * exact in a double), and {@code otherData.gilpy[].epoch_origin_us} says when that was (microseconds
 * since the Unix epoch), so files written by several processes line up after {@link TraceMerge merging}.
 *
 * <ul>
 *   <li>{@code "ph":"X"} complete events, {@code cat} running / waiting / blocked, one per state
 *       interval: "running (holds GIL)" (or "running (no GIL)"), "waiting for GIL",
 *       "blocked: sleep|lock|join|queue|I/O|other"</li>
 *   <li>{@code "ph":"i"} thread-scoped instants "drop request" and "forced switch"</li>
 *   <li>{@code "ph":"M"} process_name / thread_name / thread_sort_index metadata</li>
 *   <li>{@code otherData.gilpy}: a list of processes with pid, gil mode, ring capacity and the
 *       number of events dropped per thread</li>
 * </ul>
 */
public final class TraceWriter {
    private TraceWriter() {}

    public static void write(GilRecorder rec, boolean gilOn, String processName, Path out) throws IOException {
        long pid = ProcessHandle.current().pid();
        long end = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(rec, gilOn, processName, pid, end, w);
        }
        // Each sub-interpreter (its own GIL) is a process lane of its own, with its threads under it: written
        // as child traces, which TraceMerge.mergeChildren folds into this one. Its pid is made up from ours.
        for (GilRecorder sub : rec.interpreters()) {
            Path p = TraceMerge.childTracePath(out, "interp-" + sub.interpreterId);
            try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                write(sub, gilOn, processName + " / interpreter " + sub.interpreterId, interpreterPid(pid, sub.interpreterId),
                        end, w);
            }
        }
    }

    /** The trace pid of a sub-interpreter's lane: distinct from real pids (which stay below 2^22 on Linux). */
    static long interpreterPid(long pid, long interpreterId) { return (pid << 20) + interpreterId; }

    public static void write(GilRecorder rec, boolean gilOn, String processName, long pid, long endNanos, Writer w)
            throws IOException {
        w.write("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        Emitter em = new Emitter(w);
        em.meta(pid, -1, "process_name", "\"name\":" + Json.quote(processName + (gilOn ? " (GIL on)" : " (GIL off)")));
        StringBuilder dropped = new StringBuilder();
        long end = Math.max(0, endNanos - rec.startNanos);
        for (GilRecorder.ThreadBuffer tb : rec.lanes()) {
            long tid = tb.threadId;
            em.meta(pid, tid, "thread_name", "\"name\":" + Json.quote(tb.thread.getName()));
            em.meta(pid, tid, "thread_sort_index", "\"sort_index\":" + tb.index);
            if (dropped.length() > 0) dropped.append(',');
            dropped.append(Json.quote(String.valueOf(tid))).append(':').append(tb.dropped());
            long[] ev = tb.events();
            // Each item: {start, kind, end}; written in start order (a slice is known only at its end).
            java.util.List<long[]> items = new java.util.ArrayList<>();
            int cur = -1;
            long since = 0;
            for (int k = 0; k < ev.length; k += 2) {
                long t = ev[k];
                int kind = (int) ev[k + 1];
                if (kind == GilTracer.DROP_REQUEST || kind == GilTracer.FORCED_SWITCH) {
                    items.add(new long[] {t, kind, t});
                    continue;
                }
                if (kind == cur) continue;
                if (cur > 0 && t > since) items.add(new long[] {since, cur, t});
                cur = kind;
                since = t;
            }
            if (cur > 0 && end > since) items.add(new long[] {since, cur, end});
            items.sort((x, y) -> Long.compare(x[0], y[0]));
            for (long[] it : items) {
                int kind = (int) it[1];
                if (kind == GilTracer.DROP_REQUEST || kind == GilTracer.FORCED_SWITCH) {
                    em.instant(pid, tid, GilTracer.kindName(kind), it[0]);
                } else {
                    em.slice(pid, tid, kind, gilOn, it[0], it[2]);
                }
            }
        }
        w.write("\n],\"otherData\":{\"gilpy\":[{\"pid\":" + pid + ",\"epoch_origin_us\":" + rec.startEpochMicros
                + ",\"gil\":" + Json.quote(gilOn ? "on" : "off")
                + ",\"ring_capacity\":" + rec.capacity + ",\"dropped_events\":{" + dropped + "}}]}}\n");
    }

    public static String sliceName(int kind, boolean gilOn) {
        if (kind == GilTracer.RUNNING) return gilOn ? "running (holds GIL)" : "running (no GIL)";
        if (kind == GilTracer.WAITING) return "waiting for GIL";
        return "blocked: " + GilTracer.kindName(kind);
    }

    private static final class Emitter {
        final Writer w;
        boolean first = true;

        Emitter(Writer w) { this.w = w; }

        void sep() throws IOException {
            if (!first) w.write(",\n");
            first = false;
        }

        /** Nanoseconds since the run's start as microseconds with three decimals. */
        static String us(long relNanos) {
            return String.format(Locale.ROOT, "%d.%03d", relNanos / 1000, relNanos % 1000);
        }

        void meta(long pid, long tid, String name, String args) throws IOException {
            sep();
            w.write("{\"ph\":\"M\",\"name\":\"" + name + "\",\"pid\":" + pid + (tid >= 0 ? ",\"tid\":" + tid : "")
                    + ",\"args\":{" + args + "}}");
        }

        void slice(long pid, long tid, int kind, boolean gilOn, long from, long to) throws IOException {
            sep();
            String cat = kind == GilTracer.RUNNING ? "running" : kind == GilTracer.WAITING ? "waiting" : "blocked";
            long d = to - from;
            w.write("{\"ph\":\"X\",\"cat\":\"" + cat + "\",\"name\":" + Json.quote(sliceName(kind, gilOn))
                    + ",\"pid\":" + pid + ",\"tid\":" + tid + ",\"ts\":" + us(from)
                    + ",\"dur\":" + us(d)
                    + (GilTracer.isBlocked(kind) ? ",\"args\":{\"reason\":" + Json.quote(GilTracer.kindName(kind)) + "}" : "")
                    + "}");
        }

        void instant(long pid, long tid, String name, long t) throws IOException {
            sep();
            w.write("{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":" + Json.quote(name) + ",\"pid\":" + pid
                    + ",\"tid\":" + tid + ",\"ts\":" + us(t) + "}");
        }
    }
}
