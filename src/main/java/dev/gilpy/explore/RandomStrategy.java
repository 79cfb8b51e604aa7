package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.SplittableRandom;

/**
 * Seeded random switches, as {@code --sched} makes them, with the switch rate varied from run to run: a
 * race that needs one switch in a narrow window is found by frequent switching, one that needs a long
 * undisturbed stretch by rare switching.
 */
final class RandomStrategy implements Strategy {
    private static final int[] ODDS = {2, 4, 8, 16, 64, 256};
    private final SplittableRandom seeds;

    RandomStrategy(long seed) { seeds = new SplittableRandom(seed); }

    @Override
    public DecisionSource next() {
        SplittableRandom rng = seeds.split();
        int odds = ODDS[rng.nextInt(ODDS.length)];
        return (candidates, preemptive) -> {
            int n = candidates.length;
            if (!preemptive) return rng.nextInt(n);
            return rng.nextInt(odds) == 0 ? 1 + rng.nextInt(n - 1) : 0;
        };
    }

    @Override
    public void done(Run run) {}

    @Override
    public String name() { return "random"; }
}
