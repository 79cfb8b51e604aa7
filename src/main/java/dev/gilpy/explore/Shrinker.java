package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Delta debugging (Zeller and Hildebrandt's ddmin) of a decision list: the fewest switches that still replay
 * to the same outcome. A schedule is mostly "keep running" (0) with a few switches; ddmin works on the set
 * of switches (a removed switch becomes 0, so the others stay at their switch points), then makes large
 * choices small. Every candidate is checked by a replay, within a budget of runs.
 */
final class Shrinker {
    private final Program program;
    private final Outcome target;
    private final int[] start;
    private int budget;
    private final long deadline;

    private Shrinker(Program program, Outcome target, int[] start, int budget, long deadline) {
        this.program = program;
        this.target = target;
        this.start = start;
        this.budget = budget;
        this.deadline = deadline;
    }

    /** A list with at most the switches of {@code start} that replays to {@code target} (start if nothing smaller does). */
    static int[] shrink(Program program, Outcome target, int[] start, int budget, long deadlineNanos) {
        return new Shrinker(program, target, Run.trimmed(start), budget, deadlineNanos).run();
    }

    private boolean reproduces(int[] d) {
        if (budget > 0 && System.nanoTime() - deadline > 0) budget = 0;   // out of time: keep what we have
        if (budget <= 0) return false;
        budget--;
        return program.run(new DeterministicScheduler.Listed(d)).outcome().equals(target);
    }

    /** start with only the switches at {@code keep} (the others keep running). */
    private int[] only(List<Integer> keep) {
        int[] d = new int[start.length];
        for (int i : keep) d[i] = start[i];
        return Run.trimmed(d);
    }

    private int[] run() {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < start.length; i++) if (start[i] != 0) keep.add(i);
        if (!keep.isEmpty() && reproduces(new int[0])) return new int[0];
        int n = 2;
        while (keep.size() >= 2 && budget > 0) {
            int chunk = (keep.size() + n - 1) / n;
            List<List<Integer>> parts = new ArrayList<>();
            for (int s = 0; s < keep.size(); s += chunk) parts.add(keep.subList(s, Math.min(keep.size(), s + chunk)));
            List<Integer> found = null;
            for (List<Integer> part : parts) {                       // a subset alone
                if (reproduces(only(part))) {
                    found = new ArrayList<>(part);
                    n = 2;
                    break;
                }
            }
            if (found == null && parts.size() > 2) {
                for (List<Integer> part : parts) {                   // everything but a subset
                    List<Integer> rest = new ArrayList<>(keep);
                    rest.removeAll(part);
                    if (reproduces(only(rest))) {
                        found = rest;
                        n = Math.max(n - 1, 2);
                        break;
                    }
                }
            }
            if (found != null) {
                keep = found;
                continue;
            }
            if (n >= keep.size()) break;
            n = Math.min(n * 2, keep.size());
        }
        int[] d = only(keep);
        for (int i = 0; i < d.length && budget > 0; i++) {
            if (d[i] <= 1) continue;
            int[] c = d.clone();
            c[i] = 1;
            if (reproduces(c)) d = c;
        }
        return d;
    }
}
