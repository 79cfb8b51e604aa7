package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.SplittableRandom;

/**
 * Seeded random switches, as {@code --sched} makes them, with the number of switches varied from run to run:
 * a race that needs one switch in a narrow window is found by frequent switching, one that needs a long
 * undisturbed stretch by rare switching. The rate is scaled to the program's length (the most decisions a
 * run has had so far), so a long program gets a few switches per run, not thousands. The first run, which
 * learns that length, switches about once per {@link #FIRST_ODDS} decisions: a few times in a long program,
 * where one switch in the right window is often all a race needs, and rarely in a short one.
 */
final class RandomStrategy implements Strategy {
    /** How many preemptions a run aims at, on average. */
    private static final int[] SWITCHES = {1, 2, 3, 4, 8, 16, 64, 256};
    private static final int FIRST_ODDS = 1000;
    private final SplittableRandom seeds;
    private int steps;

    RandomStrategy(long seed) { seeds = new SplittableRandom(seed); }

    @Override
    public DecisionSource next() {
        SplittableRandom rng = seeds.split();
        int odds = steps == 0 ? FIRST_ODDS : Math.max(2, steps / SWITCHES[rng.nextInt(SWITCHES.length)]);
        return (candidates, preemptive) -> {
            int n = candidates.length;
            if (!preemptive) return rng.nextInt(n);
            return rng.nextInt(odds) == 0 ? 1 + rng.nextInt(n - 1) : 0;
        };
    }

    @Override
    public void done(Run run) { steps = Math.max(steps, run.decisions().length); }

    @Override
    public String name() { return "random"; }
}
