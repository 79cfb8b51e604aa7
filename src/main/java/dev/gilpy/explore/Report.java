package dev.gilpy.explore;

import java.util.List;
import java.util.Locale;

/** The exploration as a table for people and as JSON for tools. */
public final class Report {
    private Report() {}

    /** Failing outcomes first (the shortest failing schedule at the very top), each with its replay command. */
    public static String table(Exploration ex, Program program, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "gilpy explore: %s: %d run%s in %.2f s (%.0f schedules/s), strategy %s%n",
                title, ex.runs, ex.runs == 1 ? "" : "s", ex.seconds, ex.runs / Math.max(ex.seconds, 1e-9), ex.strategy));
        if (ex.guarantee != null) sb.append(ex.guarantee).append('\n');
        List<Exploration.Group> groups = ex.groups();
        Exploration.Group first = ex.firstFailure();
        if (first != null) {
            groups.remove(first);
            groups.add(0, first);
            sb.append("FAILED: ").append(first.outcome.summary(3)).append('\n');
            sb.append("  minimal failing schedule: ").append(program.replayCommand(first.schedule)).append('\n');
        }
        sb.append(groups.size()).append(groups.size() == 1 ? " outcome:\n" : " outcomes:\n");
        int i = 1;
        for (Exploration.Group g : groups) {
            sb.append(String.format(Locale.ROOT, "%3d. %-4s %7d runs %6.1f%%  %s%n", i++, g.outcome.failed() ? "FAIL" : "ok",
                    g.count, 100.0 * g.count / Math.max(1, ex.runs), g.outcome.summary(3)));
            sb.append("          replay: ").append(program.replayCommand(g.schedule)).append('\n');
        }
        return sb.toString();
    }

    public static String json(Exploration ex, Program program, String title) {
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, "program", title).append(",\n");
        field(sb, "strategy", ex.strategy).append(",\n");
        sb.append("  \"runs\": ").append(ex.runs).append(",\n");
        sb.append("  \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", ex.seconds)).append(",\n");
        sb.append("  \"exhaustive\": ").append(ex.exhausted).append(",\n");
        field(sb, "guarantee", ex.guarantee).append(",\n");
        sb.append("  \"failed\": ").append(ex.anyFailed()).append(",\n");
        sb.append("  \"outcomes\": [");
        boolean firstG = true;
        for (Exploration.Group g : ex.groups()) {
            sb.append(firstG ? "\n" : ",\n");
            firstG = false;
            Outcome o = g.outcome;
            sb.append("    {");
            sb.append("\"failed\": ").append(o.failed());
            sb.append(", \"count\": ").append(g.count);
            sb.append(", \"first_run\": ").append(g.firstRun);
            sb.append(", \"first_seconds\": ").append(String.format(Locale.ROOT, "%.3f", g.firstSeconds));
            sb.append(", \"share\": ").append(String.format(Locale.ROOT, "%.4f", (double) g.count / Math.max(1, ex.runs)));
            sb.append(", \"stdout\": ").append(quote(o.stdout()));
            sb.append(", \"last_stderr_line\": ").append(quote(o.lastErrLine()));
            sb.append(", \"exit_status\": ").append(o.exitStatus());
            sb.append(", \"deadlock\": ").append(o.deadlock());
            sb.append(", \"thread_exception\": ").append(o.threadFailed());
            if (o.value() != null) sb.append(", \"value\": ").append(quote(o.value()));
            sb.append(", \"schedule\": [");
            for (int i = 0; i < g.schedule.length; i++) sb.append(i == 0 ? "" : ", ").append(g.schedule[i]);
            sb.append("], \"shrunk\": ").append(g.shrunk);
            sb.append(", \"replay\": ").append(quote(program.replayCommand(g.schedule)));
            sb.append('}');
        }
        sb.append("\n  ]\n}\n");
        return sb.toString();
    }

    private static StringBuilder field(StringBuilder sb, String name, String value) {
        return sb.append("  \"").append(name).append("\": ").append(value == null ? "null" : quote(value));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
