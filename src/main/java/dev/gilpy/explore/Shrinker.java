package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;

import java.util.Arrays;

/**
 * Delta debugging (Zeller and Hildebrandt's ddmin) of a decision list: the smallest list found that still
 * replays to the same outcome. Chunks are removed, then switches are turned into "keep running" one by one,
 * then large decisions made small; every candidate is checked by a replay, within a budget of runs.
 */
final class Shrinker {
    private final Program program;
    private final Outcome target;
    private int budget;

    private Shrinker(Program program, Outcome target, int budget) {
        this.program = program;
        this.target = target;
        this.budget = budget;
    }

    /** A list at most as long as {@code start} that replays to {@code target} (start itself if nothing smaller does). */
    static int[] shrink(Program program, Outcome target, int[] start, int budget) {
        return new Shrinker(program, target, budget).run(Run.trimmed(start));
    }

    private boolean reproduces(int[] d) {
        if (budget <= 0) return false;
        budget--;
        return program.run(new DeterministicScheduler.Listed(d)).outcome().equals(target);
    }

    private int[] run(int[] d) {
        // ddmin: try dropping each of n chunks; on success keep the smaller list, else refine.
        int n = 2;
        while (d.length >= 2 && budget > 0) {
            int chunk = (d.length + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < d.length && budget > 0; start += chunk) {
                int end = Math.min(d.length, start + chunk);
                int[] c = new int[d.length - (end - start)];
                System.arraycopy(d, 0, c, 0, start);
                System.arraycopy(d, end, c, start, d.length - end);
                c = Run.trimmed(c);
                if (reproduces(c)) {
                    d = c;
                    n = Math.max(n - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (n >= d.length) break;
                n = Math.min(n * 2, d.length);
            }
        }
        // One switch fewer, then smaller choices.
        for (int i = d.length - 1; i >= 0 && budget > 0; i--) {
            if (i >= d.length || d[i] == 0) continue;
            int[] c = d.clone();
            c[i] = 0;
            c = Run.trimmed(c);
            if (reproduces(c)) d = c;
        }
        for (int i = 0; i < d.length && budget > 0; i++) {
            if (d[i] <= 1) continue;
            int[] c = d.clone();
            c[i] = 1;
            if (reproduces(c)) d = c;
        }
        return Arrays.copyOf(d, d.length);
    }
}
