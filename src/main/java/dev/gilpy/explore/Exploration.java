package dev.gilpy.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of exploring a program: every outcome seen, how often, and its shortest (shrunk) schedule. */
public final class Exploration {
    /** One outcome: how many runs had it, and the smallest schedule known to produce it. */
    public static final class Group {
        public final Outcome outcome;
        public long count;
        public int[] schedule;
        /** The output of a run with that schedule (stdout and all of stderr). */
        public String stdout, stderr;
        public boolean shrunk;
        /** When it was first seen: the run's number (1 = the first run) and the seconds since exploring began. */
        public long firstRun;
        public double firstSeconds;

        Group(Outcome outcome) { this.outcome = outcome; }
    }

    final Map<Outcome, Group> groups = new LinkedHashMap<>();
    public long runs;
    public double seconds;
    public String strategy;
    public String guarantee;
    public boolean exhausted;

    /** Counts a run that ended {@code seconds} after exploring began; keeps its schedule when it is the shortest for its outcome. */
    void add(Run r, double seconds) {
        runs++;
        Group g = groups.computeIfAbsent(r.outcome(), Group::new);
        if (g.count++ == 0) {
            g.firstRun = runs;
            g.firstSeconds = seconds;
        }
        int[] d = Run.trimmed(r.decisions());
        if (g.schedule == null || shorter(d, g.schedule)) {
            g.schedule = d;
            g.stdout = r.stdout();
            g.stderr = r.stderr();
        }
    }

    private static boolean shorter(int[] a, int[] b) {
        int sa = Run.switches(a), sb = Run.switches(b);
        return sa != sb ? sa < sb : a.length < b.length;
    }

    /** Failing outcomes first, then by count (most frequent first). */
    public List<Group> groups() {
        List<Group> l = new ArrayList<>(groups.values());
        l.sort(Comparator.comparing((Group g) -> !g.outcome.failed()).thenComparing(g -> -g.count));
        return l;
    }

    public boolean anyFailed() {
        for (Group g : groups.values()) if (g.outcome.failed()) return true;
        return false;
    }

    /** The first failing outcome (the one with the shortest schedule among them), or null. */
    public Group firstFailure() {
        Group best = null;
        for (Group g : groups()) {
            if (!g.outcome.failed()) continue;
            if (best == null || shorter(g.schedule, best.schedule)) best = g;
        }
        return best;
    }
}
