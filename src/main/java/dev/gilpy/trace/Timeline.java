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
        boolean crop = false, compare = false;
        for (int k = 0; k < args.length; k++) {
            switch (args[k]) {
                case "--merge" -> { }
                case "--crop" -> crop = true;
                case "--compare" -> compare = true;
                case "-o", "--output" -> out = k + 1 < args.length ? Path.of(args[++k]) : null;
                case "--title" -> title = k + 1 < args.length ? args[++k] : null;
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    System.out.println("  --merge    merge the traces into one (the default for several inputs)");
                    System.out.println("  --compare  draw each trace as its own panel, all on one time scale");
                    System.out.println("  --crop     leave out the single-threaded start-up");
                    System.out.println("  --title T  the picture's title");
                    return 0;
                }
                default -> in.add(Path.of(args[k]));
            }
        }
        if (in.isEmpty() || out == null) {
            System.err.println(USAGE);
            return 2;
        }
        String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".json")) {
            System.err.println("gilpy timeline: " + out + ": gilpy writes SVG (-o FILE.svg) or merged JSON (-o FILE.json) only; "
                    + "convert the SVG to PNG with e.g. rsvg-convert FILE.svg -o FILE.png");
            return 2;
        }
        List<Map<String, Object>> traces = new ArrayList<>();
        for (Path p : in) {
            try {
                traces.add(read(p));
            } catch (java.nio.file.NoSuchFileException e) {
                System.err.println("gilpy timeline: cannot read " + p + ": no such file (write one with gilpy --gil-trace "
                        + p + " script.py)");
                return 1;
            } catch (IOException | RuntimeException e) {
                System.err.println("gilpy timeline: cannot read " + p + ": " + (e.getMessage() != null ? e.getMessage() : e));
                return 1;
            }
        }
        try {
            if (name.endsWith(".json")) TraceMerge.write(TraceMerge.merge(traces), out);
            else if (compare) Files.writeString(out, compare(traces, title, crop), StandardCharsets.UTF_8);
            else Files.writeString(out, svg(TraceMerge.merge(traces), title == null ? defaultTitle(in) : title, crop),
                    StandardCharsets.UTF_8);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("gilpy timeline: cannot write " + out + ": " + (e.getMessage() != null ? e.getMessage() : e));
            return 1;
        }
    }

    static final String USAGE = "usage: gilpy timeline [--merge | --compare] TRACE.json ... -o OUT.svg|OUT.json [--crop] [--title T]";

    /**
     * Several traces (say the same program with the GIL on and off) as panels of one picture, one under the
     * other, drawn on the same time scale so that their lengths compare; each panel is titled with its process.
     */
    @SuppressWarnings("unchecked")
    public static String compare(List<Map<String, Object>> traces, String title, boolean crop) {
        List<Picture> pics = new ArrayList<>();
        for (Map<String, Object> t : traces) pics.add(picture(t, crop));
        double span = 0;
        for (Picture p : pics) span = Math.max(span, p.totalMs);
        StringBuilder body = new StringBuilder();
        int y = 0;
        if (title != null) {
            body.append(text(12, 30, 20, "#222", "start", "bold", title));
            y = 44;
        }
        for (Picture p : pics) {
            String panelTitle = String.join(" + ", p.procNames.values());
            String svg = render(p, span, panelTitle.isEmpty() ? "trace" : panelTitle);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("height=\"(\\d+)\"").matcher(svg);
            int h = m.find() ? Integer.parseInt(m.group(1)) : 400;
            body.append("<svg y=\"").append(y).append("\"").append(svg.substring(svg.indexOf("<svg") + 4));
            y += h;
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + y + "\" viewBox=\"0 0 " + WIDTH
                + " " + y + "\" font-family=\"Helvetica, Arial, sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                + body + "</svg>\n";
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

    // Colours: state → fill, from Okabe and Ito's colour-blind-safe palette (distinct hues, not shades of one).
    static final String RUNNING = "#009E73", WAITING = "#D55E00", IDLE_BG = "#eef0f3";
    static final Map<String, String> BLOCKED = new LinkedHashMap<>();
    static {
        BLOCKED.put("sleep", "#56B4E9");
        BLOCKED.put("I/O", "#0072B2");
        BLOCKED.put("lock", "#CC79A7");
        BLOCKED.put("join", "#F0E442");
        BLOCKED.put("queue", "#E69F00");
        BLOCKED.put("other", "#999999");
    }

    static String colour(Slice s) {
        if (s.cat.equals("running")) return RUNNING;
        if (s.cat.equals("waiting")) return WAITING;
        return BLOCKED.getOrDefault(s.reason, BLOCKED.get("other"));
    }

    /** Draws the trace. */
    @SuppressWarnings("unchecked")
    public static String svg(Map<String, Object> trace, String title) { return svg(trace, title, false); }

    /**
     * crop: start the picture shortly before the second thread first appears, leaving out the
     * interpreter's single-threaded start-up (the subtitle says how much was left out).
     */
    public static String svg(Map<String, Object> trace, String title, boolean crop) {
        Picture p = picture(trace, crop);
        return render(p, p.totalMs, title);
    }

    /** A trace read into lanes, times in ms from the start of what is shown. */
    record Picture(List<Lane> lanes, Map<Long, String> procNames, double totalMs, double skippedMs) {}

    @SuppressWarnings("unchecked")
    static Picture picture(Map<String, Object> trace, boolean crop) {
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
        return new Picture(order, procNames, total, skipped);
    }

    static final int WIDTH = 1050, LEFT = 250, RIGHT = 30, LANE_H = 26, LANE_GAP = 16;

    /** The picture with {@code spanMs} across the plot (its own length, or a longer one shared with others). */
    private static String render(Picture pic, double spanMs, String title) {
        List<Lane> lanes = pic.lanes;
        Map<Long, String> procNames = pic.procNames;
        double totalMs = pic.totalMs, skippedMs = pic.skippedMs;
        double span = Math.max(spanMs, 0.001);
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
        int titleY = 28, subY = 48;
        List<String[]> legend = new ArrayList<>();
        legend.add(new String[] {RUNNING, "running"});
        if (anyWaiting) legend.add(new String[] {WAITING, "waiting for GIL"});
        for (String r : BLOCKED.keySet()) if (reasons.contains(r)) legend.add(new String[] {BLOCKED.get(r), "blocked: " + r});
        if (anyDrop) legend.add(new String[] {DROP_MARK, "drop request (this thread asks the holder for the GIL)"});
        if (anyForced) legend.add(new String[] {FORCED_MARK, "forced switch (this thread had to hand the GIL over)"});
        StringBuilder sub = new StringBuilder();
        for (String pn : procNames.values()) sub.append(sub.length() > 0 ? " · " : "").append(pn);
        sub.append(sub.length() > 0 ? " · " : "").append(lanes.size()).append(lanes.size() == 1 ? " thread" : " threads")
                .append(" · ").append(fmt(totalMs)).append(" ms shown");
        if (skippedMs > 0) sub.append(" (the first ").append(fmt(skippedMs)).append(" ms, single-threaded start-up, left out)");
        // The subtitle wraps at a " · " or " (" so that it fits the width (12 px text: ~6.4 px a character).
        List<String> subLines = wrap(sub.toString(), (int) ((WIDTH - LEFT - RIGHT) / 6.4));
        int legendY = 72 + 16 * (subLines.size() - 1);
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
        int top = legendY + 24 + 20 * (legendRows - 1);
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
        for (int k = 0; k < subLines.size(); k++) b.append(text(LEFT, subY + 16 * k, 12, "#555", "start", null, subLines.get(k)));
        // Legend.
        double lx = LEFT;
        double ly = legendY;
        for (String[] it : legend) {
            double w = 19 + it[1].length() * 6.4 + 18;
            if (lx + w > WIDTH - RIGHT + 10) {
                lx = LEFT;
                ly += 20;
            }
            if (it[0] == DROP_MARK || it[0] == FORCED_MARK) {
                b.append(mark(it[0], lx + 7, ly - 4, null));
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
            double run = 0, wait = 0, blocked = 0, onOthers = 0, born = Double.MAX_VALUE, ended = 0;
            for (Slice sl : l.slices) {
                double d = sl.to - sl.from;
                if (sl.cat.equals("running")) run += d;
                else if (sl.cat.equals("waiting")) wait += d;
                else blocked += d;
                if (sl.cat.equals("blocked") && List.of("join", "lock", "queue").contains(sl.reason)) onOthers += d;
                born = Math.min(born, sl.from);
                ended = Math.max(ended, sl.to);
            }
            double life = Math.max(ended - (born == Double.MAX_VALUE ? 0 : born), 1e-9);
            // A thread that mostly waits for other threads (the main thread in join) is dimmed, so that the
            // threads at work stand out; sleeping and I/O are a thread's own work and stay as they are.
            boolean onlyWaits = onOthers / life >= 0.7;
            b.append("<g class=\"lane\" data-thread=\"").append(esc(l.name)).append('"')
                    .append(onlyWaits ? " opacity=\"0.45\"" : "").append(">\n");
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>\n",
                    LEFT, y, plotW, LANE_H, IDLE_BG));
            // Coalesce runs of same-coloured slices closer than half a pixel (bounded output for long runs).
            Slice cur = null;
            double cFrom = 0, cTo = 0;
            for (Slice sl : l.slices) {
                if (cur != null && colour(sl).equals(colour(cur)) && (sl.from - cTo) * scale < 0.5) {
                    cTo = Math.max(cTo, sl.to);
                    continue;
                }
                if (cur != null) rect(b, cFrom, cTo, scale, y, cur, l.name);
                cur = sl;
                cFrom = sl.from;
                cTo = sl.to;
            }
            if (cur != null) rect(b, cFrom, cTo, scale, y, cur, l.name);
            // Instants above the lane: drop requests (filled, pointing down), forced switches (hollow, pointing
            // up), thinned to one per 2 px each.
            double[] lastX = {-10, -10};
            for (double[] in : l.instants) {
                int k = (int) in[1];
                double x = LEFT + in[0] * scale;
                if (x - lastX[k] < 2) continue;
                lastX[k] = x;
                String tip = (k == 0 ? "drop request: " + l.name + " asked the holder for the GIL"
                        : "forced switch: " + l.name + " had to hand the GIL over") + " at " + fmt(in[0]) + " ms";
                b.append(mark(k == 0 ? DROP_MARK : FORCED_MARK, x, y - 4, tip));
            }
            String label = l.name.length() > 22 ? l.name.substring(0, 21) + "…" : l.name;
            b.append(text(LEFT - 10, y + 12, 13, "#222", "end", "bold", label));
            // Shares of the thread's own life (first to last event shown), which the label says.
            StringBuilder share = new StringBuilder();
            share.append("run ").append(pct(run / life));
            if (wait > 0) share.append(" wait ").append(pct(wait / life));
            if (blocked > 0) share.append(" blocked ").append(pct(blocked / life));
            share.append(" of its ").append(fmt(life)).append(" ms");
            b.append(text(LEFT - 10, y + 25, 10, "#666", "end", null, share.toString()));
            b.append("</g>\n");
            y += LANE_H + LANE_GAP;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    /** One state interval (ms) of a lane, with a hover tooltip: thread, state, start and duration. */
    private static void rect(StringBuilder b, double from, double to, double scale, int y, Slice s, String thread) {
        String state = s.cat.equals("running") ? "running" : s.cat.equals("waiting") ? "waiting for the GIL"
                : "blocked: " + s.reason;
        b.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" fill=\"%s\">",
                LEFT + from * scale, y, Math.max(0.6, (to - from) * scale), LANE_H, colour(s)));
        b.append("<title>").append(esc(thread + ": " + state + ", from " + fmt3(from) + " ms for " + fmt3(to - from) + " ms"))
                .append("</title></rect>\n");
    }

    /** The marks of the two instants: a drop request points down at its lane, a forced switch up at its lane. */
    static final String DROP_MARK = "drop", FORCED_MARK = "forced";

    private static String mark(String kind, double x, double y, String tip) {
        String shape = kind == DROP_MARK
                ? String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 -6 l-8 0 z\" fill=\"#222222\"", x, y + 3)
                : String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l4 6 l-8 0 z\" fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"1.2\"", x, y - 3);
        return tip == null ? shape + "/>\n" : shape + "><title>" + esc(tip) + "</title></path>\n";
    }

    /** Splits text at " · " or " (" into lines of at most {@code max} characters (a longer piece stays whole). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = Math.max(rest.lastIndexOf(" · ", max), rest.lastIndexOf(" (", max));
            if (cut <= 0) break;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(rest.charAt(cut + 1) == '·' ? cut + 3 : cut + 1);
        }
        lines.add(rest);
        return lines;
    }

    private static String fmt3(double ms) { return String.format(Locale.ROOT, "%.3f", ms); }

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

    /**
     * Text for XML: markup characters as entities, and control characters (which XML 1.0 cannot hold, not
     * even as references) shown as Python writes them, {@code \\x01}.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0xfffe || c == 0xffff) b.append(String.format("\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
