package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.SplittableRandom;

/**
 * Seeded random switches, as {@code --sched} makes them, with the number of switches varied from run to run:
 * a race that needs one switch in a narrow window is found by frequent switching, one that needs a long
 * undisturbed stretch by rare switching. The rate is scaled to the program's length (the most decisions a
 * run has had so far), so a long program gets a few switches per run, not thousands: the first run, which
 * learns that length, switches only where a thread blocks or ends.
 */
final class RandomStrategy implements Strategy {
    /** How many preemptions a run aims at, on average. */
    private static final int[] SWITCHES = {1, 2, 3, 4, 8, 16, 64, 256};
    private final SplittableRandom seeds;
    private int steps;

    RandomStrategy(long seed) { seeds = new SplittableRandom(seed); }

    @Override
    public DecisionSource next() {
        SplittableRandom rng = seeds.split();
        int odds = steps == 0 ? 0 : Math.max(2, steps / SWITCHES[rng.nextInt(SWITCHES.length)]);
        return (candidates, preemptive) -> {
            int n = candidates.length;
            if (!preemptive) return rng.nextInt(n);
            return odds > 0 && rng.nextInt(odds) == 0 ? 1 + rng.nextInt(n - 1) : 0;
        };
    }

    @Override
    public void done(Run run) { steps = Math.max(steps, run.decisions().length); }

    @Override
    public String name() { return "random"; }
}
