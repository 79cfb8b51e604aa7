package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.SplittableRandom;

/**
 * PCT, probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): every
 * thread gets a random priority of at least D when it first appears, the highest-priority runnable thread
 * always runs, and at D-1 randomly chosen steps the running thread's priority drops to D-1, D-2, ..., 1.
 * A bug of depth D (D ordering constraints) in a program of n threads and k steps is then found by one run
 * with probability at least 1/(n·k^(D-1)). Steps are the scheduler's decision points; n and k are the
 * largest seen so far (the first run learns them).
 */
final class PctStrategy implements Strategy {
    private final SplittableRandom rng;
    private final int depth;
    private int maxThreads = 1;
    private int maxSteps = 1;
    private Source last;

    PctStrategy(long seed, int depth) {
        if (depth < 1) throw new IllegalArgumentException("--depth expects a positive depth");
        this.rng = new SplittableRandom(seed);
        this.depth = depth;
    }

    private final class Source implements DecisionSource {
        final SplittableRandom r = rng.split();
        /** By thread sequence number; 0: not seen yet (priorities are >= 1). */
        double[] priority = new double[8];
        int seen;
        final int[] changeAt = new int[depth - 1];
        int steps;

        Source() {
            for (int i = 0; i < changeAt.length; i++) changeAt[i] = 1 + r.nextInt(maxSteps);
        }

        double priorityOf(int seq) {
            if (seq >= priority.length) priority = java.util.Arrays.copyOf(priority, Math.max(2 * priority.length, seq + 1));
            if (priority[seq] == 0) {
                priority[seq] = depth + r.nextDouble() * 1e6;
                seen++;
            }
            return priority[seq];
        }

        @Override
        public int choose(int[] candidates, boolean preemptive) {
            steps++;
            if (preemptive) {
                for (int i = 0; i < changeAt.length; i++) {
                    if (changeAt[i] == steps) {
                        priorityOf(candidates[0]);
                        priority[candidates[0]] = depth - 1 - i;
                    }
                }
            }
            int best = 0;
            for (int i = 1; i < candidates.length; i++) {
                if (priorityOf(candidates[i]) > priorityOf(candidates[best])) best = i;
            }
            return best;
        }
    }

    @Override
    public DecisionSource next() {
        last = new Source();
        return last;
    }

    @Override
    public void done(Run run) {
        maxSteps = Math.max(maxSteps, last.steps);
        maxThreads = Math.max(maxThreads, last.seen);
    }

    @Override
    public String guarantee(long runs) {
        double p = 1.0 / (maxThreads * Math.pow(maxSteps, depth - 1));
        double miss = Math.pow(1 - p, runs);
        return String.format("pct depth %d: each run finds a given bug of depth %d with probability >= 1/(n*k^(d-1))"
                + " = 1/(%d*%d^%d) = %.3g; %d runs miss it with probability <= %.3g",
                depth, depth, maxThreads, maxSteps, depth - 1, p, runs, miss);
    }

    @Override
    public String name() { return "pct"; }
}
