package dev.gilpy.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code gilpy timeline}: merges trace files (one per process) and draws a self-contained SVG timeline,
 * one lane per thread (grouped by process), coloured by state over time, with a legend and a time axis.
 *
 * <pre>
 *   gilpy timeline trace.json -o timeline.svg [--title TEXT]
 *   gilpy timeline --merge a.json b.json -o all.json
 *   gilpy timeline a.json b.json -o all.svg          (merges, then draws)
 * </pre>
 */
public final class Timeline {
    private Timeline() {}

    /** The launcher's subcommand; returns the exit code. */
    public static int main(String[] args) {
        List<Path> in = new ArrayList<>();
        Path out = null;
        String title = null;
        boolean crop = false;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--merge" -> { }
                case "--crop" -> crop = true;
                case "-o", "--output" -> out = k + 1 < args.length ? Path.of(args[++k]) : null;
                case "--title" -> title = k + 1 < args.length ? args[++k] : null;
                case "-h", "--help" -> {
                    System.out.println("usage: gilpy timeline [--merge] TRACE.json ... -o OUT.svg|OUT.json [--title TEXT] [--crop]");
                    return 0;
                }
                default -> in.add(Path.of(args[k]));
            }
        }
        if (in.isEmpty() || out == null) {
            System.err.println("usage: gilpy timeline [--merge] TRACE.json ... -o OUT.svg|OUT.json [--title TEXT]");
            return 2;
        }
        try {
            List<Map<String, Object>> traces = new ArrayList<>();
            for (Path p : in) traces.add(read(p));
            Map<String, Object> merged = TraceMerge.merge(traces);
            if (out.toString().endsWith(".json")) TraceMerge.write(merged, out);
            else Files.writeString(out, svg(merged, title == null ? defaultTitle(in) : title, crop), StandardCharsets.UTF_8);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("gilpy timeline: " + e.getMessage());
            return 1;
        }
    }

    private static String defaultTitle(List<Path> in) {
        return "GIL timeline — " + in.get(0).getFileName();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(Path p) throws IOException {
        Object o = Json.parse(Files.readString(p, StandardCharsets.UTF_8));
        if (o instanceof List<?> l) { // the bare-array form of the format
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("traceEvents", l);
            return m;
        }
        return (Map<String, Object>) o;
    }

    /** One slice of one lane, times in ms from the start of the trace. */
    record Slice(double from, double to, String cat, String reason) {}

    static final class Lane {
        final long pid, tid;
        String name;
        double sortIndex = Double.MAX_VALUE;
        final List<Slice> slices = new ArrayList<>();
        final List<double[]> instants = new ArrayList<>(); // {t, 0 drop request | 1 forced switch}

        Lane(long pid, long tid) {
            this.pid = pid;
            this.tid = tid;
            this.name = "thread " + tid;
        }
    }

    // Colours: state → fill.
    static final String RUNNING = "#2f9e5b", WAITING = "#e4572e", IDLE_BG = "#eef0f3";
    static final Map<String, String> BLOCKED = new LinkedHashMap<>();
    static {
        BLOCKED.put("sleep", "#4e79c7");
        BLOCKED.put("I/O", "#17a2b8");
        BLOCKED.put("lock", "#9467bd");
        BLOCKED.put("join", "#b07aa1");
        BLOCKED.put("queue", "#c9a227");
        BLOCKED.put("other", "#9aa0a6");
    }

    static String colour(Slice s) {
        if (s.cat.equals("running")) return RUNNING;
        if (s.cat.equals("waiting")) return WAITING;
        return BLOCKED.getOrDefault(s.reason, "#9aa0a6");
    }

    /** Draws the trace. */
    @SuppressWarnings("unchecked")
    public static String svg(Map<String, Object> trace, String title) { return svg(trace, title, false); }

    /**
     * crop: start the picture shortly before the second thread first appears, leaving out the
     * interpreter's single-threaded start-up (the subtitle says how much was left out).
     */
    public static String svg(Map<String, Object> trace, String title, boolean crop) {
        List<Object> events = (List<Object>) trace.getOrDefault("traceEvents", List.of());
        Map<Long, String> procNames = new TreeMap<>();
        Map<String, Lane> lanes = new LinkedHashMap<>();
        double t0 = Double.MAX_VALUE, t1 = -Double.MAX_VALUE;
        for (Object o : events) {
            Map<String, Object> e = (Map<String, Object>) o;
            String ph = String.valueOf(e.get("ph"));
            if (!ph.equals("X") && !ph.equals("i") && !ph.equals("I")) continue;
            double ts = Json.num(e.get("ts"));
            double dur = ph.equals("X") ? Json.num(e.get("dur")) : 0;
            t0 = Math.min(t0, ts);
            t1 = Math.max(t1, ts + dur);
        }
        if (t0 == Double.MAX_VALUE) {
            t0 = 0;
            t1 = 1;
        }
        for (Object o : events) {
            Map<String, Object> e = (Map<String, Object>) o;
            String ph = String.valueOf(e.get("ph"));
            long pid = (long) Json.num(e.get("pid"));
            Object tidO = e.get("tid");
            Map<String, Object> args = e.get("args") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            if (ph.equals("M") && "process_name".equals(e.get("name"))) {
                procNames.put(pid, String.valueOf(args.get("name")));
                continue;
            }
            if (tidO == null) continue;
            long tid = (long) Json.num(tidO);
            Lane lane = lanes.computeIfAbsent(pid + ":" + tid, key -> new Lane(pid, tid));
            switch (ph) {
                case "M" -> {
                    if ("thread_name".equals(e.get("name"))) lane.name = String.valueOf(args.get("name"));
                    if ("thread_sort_index".equals(e.get("name"))) lane.sortIndex = Json.num(args.get("sort_index"));
                }
                case "X" -> {
                    double from = (Json.num(e.get("ts")) - t0) / 1000, to = from + Json.num(e.get("dur")) / 1000;
                    String cat = String.valueOf(e.get("cat"));
                    Object reason = args.get("reason");
                    lane.slices.add(new Slice(from, to, cat, reason == null ? "other" : reason.toString()));
                }
                case "i", "I" -> lane.instants.add(new double[] {(Json.num(e.get("ts")) - t0) / 1000,
                        "forced switch".equals(e.get("name")) ? 1 : 0});
                default -> { }
            }
        }
        List<Lane> order = new ArrayList<>(lanes.values());
        order.removeIf(l -> l.slices.isEmpty() && l.instants.isEmpty());
        order.sort((a, b) -> a.pid != b.pid ? Long.compare(a.pid, b.pid) : Double.compare(a.sortIndex, b.sortIndex));
        double total = (t1 - t0) / 1000, skipped = 0;
        if (crop && order.size() > 1) {
            double firstOther = Double.MAX_VALUE;
            for (int k = 1; k < order.size(); k++) {
                for (Slice sl : order.get(k).slices) firstOther = Math.min(firstOther, sl.from);
                for (double[] in : order.get(k).instants) firstOther = Math.min(firstOther, in[0]);
            }
            if (firstOther != Double.MAX_VALUE) {
                skipped = Math.max(0, firstOther - 0.04 * (total - firstOther));
                total -= skipped;
                for (Lane l : order) {
                    List<Slice> kept = new ArrayList<>();
                    for (Slice sl : l.slices) {
                        if (sl.to <= skipped) continue;
                        kept.add(new Slice(Math.max(0, sl.from - skipped), sl.to - skipped, sl.cat, sl.reason));
                    }
                    l.slices.clear();
                    l.slices.addAll(kept);
                    final double cut = skipped;
                    l.instants.removeIf(in -> in[0] < cut);
                    for (double[] in : l.instants) in[0] -= skipped;
                }
            }
        }
        return render(order, procNames, total, skipped, title);
    }

    static final int WIDTH = 1000, LEFT = 200, RIGHT = 30, LANE_H = 26, LANE_GAP = 16;

    private static String render(List<Lane> lanes, Map<Long, String> procNames, double totalMs, double skippedMs,
                                 String title) {
        double span = Math.max(totalMs, 0.001);
        double plotW = WIDTH - LEFT - RIGHT;
        double scale = plotW / span;
        StringBuilder b = new StringBuilder();
        // Which legend entries occur.
        boolean anyWaiting = false;
        List<String> reasons = new ArrayList<>();
        boolean anyDrop = false, anyForced = false;
        for (Lane l : lanes) {
            for (Slice s : l.slices) {
                if (s.cat.equals("waiting")) anyWaiting = true;
                if (s.cat.equals("blocked") && !reasons.contains(s.reason)) reasons.add(s.reason);
            }
            for (double[] in : l.instants) {
                if (in[1] == 0) anyDrop = true;
                else anyForced = true;
            }
        }
        boolean multiProc = lanes.stream().map(l -> l.pid).distinct().count() > 1;
        int y = 0;
        int titleY = 28, subY = 48, legendY = 72;
        List<String[]> legend = new ArrayList<>();
        legend.add(new String[] {RUNNING, "running"});
        if (anyWaiting) legend.add(new String[] {WAITING, "waiting for GIL"});
        for (String r : BLOCKED.keySet()) if (reasons.contains(r)) legend.add(new String[] {BLOCKED.get(r), "blocked: " + r});
        if (anyDrop || anyForced) legend.add(new String[] {null, anyForced ? "forced switch / drop request" : "drop request"});
        int legendRows = 1;
        double probe = LEFT;
        for (String[] it : legend) {
            double w = 19 + it[1].length() * 6.4 + 18;
            if (probe + w > WIDTH - RIGHT + 10) {
                legendRows++;
                probe = LEFT;
            }
            probe += w;
        }
        int top = 96 + 20 * (legendRows - 1);
        // Height: lanes + process headers + axis.
        int h = top;
        long lastPid = Long.MIN_VALUE;
        for (Lane l : lanes) {
            if (multiProc && l.pid != lastPid) h += 22;
            lastPid = l.pid;
            h += LANE_H + LANE_GAP;
        }
        int axisY = h + 4;
        h = axisY + 46;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(h)
                .append("\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(text(LEFT, titleY, 18, "#222", "start", "bold", title));
        StringBuilder sub = new StringBuilder();
        for (String pn : procNames.values()) sub.append(sub.length() > 0 ? " · " : "").append(pn);
        sub.append(sub.length() > 0 ? " · " : "").append(lanes.size()).append(lanes.size() == 1 ? " thread" : " threads")
                .append(" · ").append(fmt(totalMs)).append(" ms shown");
        if (skippedMs > 0) sub.append(" (the first ").append(fmt(skippedMs)).append(" ms, single-threaded start-up, left out)");
        b.append(text(LEFT, subY, 12, "#555", "start", null, sub.toString()));
        // Legend.
        double lx = LEFT;
        double ly = legendY;
        for (String[] it : legend) {
            double w = 19 + it[1].length() * 6.4 + 18;
            if (lx + w > WIDTH - RIGHT + 10) {
                lx = LEFT;
                ly += 20;
            }
            if (it[0] == null) {
                b.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l6 -10 l-12 0 z\" fill=\"#222\"/>\n", lx + 7, ly + 1));
                b.append(text(lx + 19, ly, 12, "#333", "start", null, it[1]));
                lx += w;
                continue;
            }
            b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"2\" fill=\"%s\"/>\n",
                    lx, ly - 11, it[0]));
            b.append(text(lx + 19, ly, 12, "#333", "start", null, it[1]));
            lx += w;
        }
        // Grid and axis.
        double step = niceCeil(span / 8);
        int lanesTop = top - 6;
        for (double t = 0; t <= span + 1e-9; t += step) {
            double x = LEFT + t * scale;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d9dce1\" stroke-width=\"1\"/>\n",
                    x, lanesTop, x, axisY + 5));
            b.append(text(x, axisY + 19, 11, "#444", "middle", null, fmt(t)));
        }
        b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\" stroke-width=\"1\"/>\n",
                LEFT, axisY, LEFT + plotW, axisY));
        b.append(text(LEFT + plotW / 2, axisY + 38, 12, "#333", "middle", null, "time (ms)"));
        // Lanes.
        y = top;
        lastPid = Long.MIN_VALUE;
        for (Lane l : lanes) {
            if (multiProc && l.pid != lastPid) {
                String pn = procNames.getOrDefault(l.pid, "process");
                b.append(text(12, y + 10, 12, "#222", "start", "bold", "pid " + l.pid + " — " + pn));
                y += 22;
            }
            lastPid = l.pid;
            b.append("<g class=\"lane\" data-thread=\"").append(esc(l.name)).append("\">\n");
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
                    LEFT, y, plotW, LANE_H, IDLE_BG));
            double run = 0, wait = 0, blocked = 0;
            // Coalesce runs of same-coloured slices closer than half a pixel (bounded output for long runs).
            String curC = null;
            double cx1 = 0, cx2 = 0;
            for (Slice s : l.slices) {
                double d = s.to - s.from;
                if (s.cat.equals("running")) run += d;
                else if (s.cat.equals("waiting")) wait += d;
                else blocked += d;
                String c = colour(s);
                double x1 = LEFT + s.from * scale, x2 = LEFT + s.to * scale;
                if (c.equals(curC) && x1 - cx2 < 0.5) {
                    cx2 = Math.max(cx2, x2);
                    continue;
                }
                if (curC != null) rect(b, cx1, cx2, y, curC);
                curC = c;
                cx1 = x1;
                cx2 = x2;
            }
            if (curC != null) rect(b, cx1, cx2, y, curC);
            // Instants: small dark triangles above the lane (drop requests and forced switches), thinned to one per 2 px.
            double lastX = -10;
            for (double[] in : l.instants) {
                double x = LEFT + in[0] * scale;
                if (x - lastX < 2) continue;
                lastX = x;
                b.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d l3 -5 l-6 0 z\" fill=\"#222\"/>\n", x, y));
            }
            String label = l.name.length() > 22 ? l.name.substring(0, 21) + "…" : l.name;
            b.append(text(LEFT - 10, y + 12, 13, "#222", "end", "bold", label));
            double tot = Math.max(totalMs, 1e-9);
            StringBuilder share = new StringBuilder();
            share.append("run ").append(pct(run / tot));
            if (wait > 0) share.append(" · wait ").append(pct(wait / tot));
            if (blocked > 0) share.append(" · blocked ").append(pct(blocked / tot));
            b.append(text(LEFT - 10, y + 25, 10, "#666", "end", null, share.toString()));
            b.append("</g>\n");
            y += LANE_H + LANE_GAP;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void rect(StringBuilder b, double x1, double x2, int y, String c) {
        b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\"/>\n",
                x1, y, Math.max(0.6, x2 - x1), LANE_H, c));
    }

    private static String pct(double f) { return String.format(Locale.ROOT, "%.0f%%", f * 100); }

    private static String fmt(double ms) {
        if (ms == Math.rint(ms)) return String.format(Locale.ROOT, "%.0f", ms);
        if (ms >= 10) return String.format(Locale.ROOT, "%.0f", ms);
        return String.format(Locale.ROOT, "%.2f", ms).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The smallest 1, 2 or 5 × 10^k at or above v. */
    static double niceCeil(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v - 1e-12) return m * p;
        return 10 * p;
    }

    private static String text(double x, double y, int size, String fill, String anchor, String weight, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" text-anchor=\"%s\"%s>%s</text>\n",
                x, y, size, fill, anchor, weight == null ? "" : " font-weight=\"" + weight + "\"", esc(s));
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
