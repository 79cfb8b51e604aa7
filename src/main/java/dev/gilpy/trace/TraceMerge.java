package dev.gilpy.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines trace files written by several processes (a parent and its multiprocessing children) into
 * one: the events carry their pid, and their timestamps count from their file's
 * {@code epoch_origin_us}; merging moves every file onto the earliest origin and concatenates the event
 * lists and the {@code otherData.gilpy} process lists.
 */
public final class TraceMerge {
    private TraceMerge() {}

    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(List<Map<String, Object>> traces) {
        if (traces.size() == 1) return traces.get(0);
        List<Object> events = new ArrayList<>();
        List<Object> procs = new ArrayList<>();
        double origin = Double.MAX_VALUE;
        for (Map<String, Object> t : traces) origin = Math.min(origin, origin(t));
        for (Map<String, Object> t : traces) {
            double shift = origin(t) - origin;
            for (Object o : (List<Object>) t.getOrDefault("traceEvents", List.of())) {
                if (shift != 0 && o instanceof Map<?, ?> e && e.get("ts") instanceof Number ts) {
                    ((Map<String, Object>) e).put("ts", ts.doubleValue() + shift);
                }
                events.add(o);
            }
            if (t.get("otherData") instanceof Map<?, ?> od && od.get("gilpy") instanceof List<?> l) {
                for (Object p : l) {
                    if (p instanceof Map<?, ?> pm) ((Map<String, Object>) pm).put("epoch_origin_us", (long) origin);
                    procs.add(p);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("displayTimeUnit", "ms");
        out.put("traceEvents", events);
        Map<String, Object> od = new LinkedHashMap<>();
        od.put("gilpy", procs);
        out.put("otherData", od);
        return out;
    }

    /** When a trace's time 0 was (epoch microseconds); 0 for a trace with absolute timestamps. */
    static double origin(Map<String, Object> trace) {
        if (trace.get("otherData") instanceof Map<?, ?> od && od.get("gilpy") instanceof List<?> l) {
            for (Object p : l) if (p instanceof Map<?, ?> pm && pm.get("epoch_origin_us") instanceof Number n) return n.doubleValue();
        }
        return 0;
    }

    public static void write(Map<String, Object> trace, Path out) throws IOException {
        StringBuilder b = new StringBuilder();
        Json.write(trace, b);
        b.append('\n');
        Files.writeString(out, b, StandardCharsets.UTF_8);
    }

    /**
     * The file a child process should trace into so that the parent merges it at exit:
     * {@code <parent>.child-<tag>.json} next to the parent's trace (pass it as {@code --gil-trace}).
     */
    /**
     * This process's trace file while --gil-trace/--gil-timeline is on, else null (children then trace nothing).
     * Process-wide: every interpreter of the process records into the one trace.
     */
    public static volatile Path activeTrace;
    private static final java.util.concurrent.atomic.AtomicInteger CHILD_SEQ = new java.util.concurrent.atomic.AtomicInteger();

    /** Where the next child process should write its trace ("" when this process is not tracing). */
    public static String nextChildTrace() {
        Path p = activeTrace;
        if (p == null) return "";
        return childTracePath(p, ProcessHandle.current().pid() + "-" + CHILD_SEQ.incrementAndGet()).toString();
    }

    public static Path childTracePath(Path parentTrace, String tag) {
        return parentTrace.resolveSibling(parentTrace.getFileName() + ".child-" + tag + ".json");
    }

    /** Merges and deletes the child traces written next to the parent's; returns how many were merged. */
    public static int mergeChildren(Path parentTrace) throws IOException {
        Path dir = parentTrace.toAbsolutePath().getParent();
        String prefix = parentTrace.getFileName() + ".child-";
        List<Path> kids = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".json"))
                    .sorted().forEach(kids::add);
        }
        if (kids.isEmpty()) return 0;
        List<Map<String, Object>> all = new ArrayList<>();
        all.add(Timeline.read(parentTrace));
        for (Path k : kids) all.add(Timeline.read(k));
        write(merge(all), parentTrace);
        for (Path k : kids) Files.deleteIfExists(k);
        return kids.size();
    }
}
