package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

/** How explore chooses the schedule of each run. */
public interface Strategy {
    /** The decisions of the next run, or null when nothing is left to explore (dfs finished). */
    DecisionSource next();

    /** The run made with the last source given out has ended. */
    void done(Run run);

    /** Whether every schedule within the strategy's bound has been run. */
    default boolean exhausted() { return false; }

    /** What the runs so far guarantee (PCT's probability bound, dfs's coverage), or null. */
    default String guarantee(long runs) { return null; }

    /** "random", "pct", "dfs". */
    String name();

    /** A strategy by its command-line name; {@code depth} is PCT's D, {@code preemptions} dfs's K. */
    static Strategy of(String name, long seed, int depth, int preemptions) {
        return switch (name) {
            case "random" -> new RandomStrategy(seed);
            case "pct" -> new PctStrategy(seed, depth);
            case "dfs" -> new DfsStrategy(preemptions);
            default -> throw new IllegalArgumentException("--strategy expects random, pct or dfs, not '" + name + "'");
        };
    }
}
