package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

/** Something explore can run again and again, each time in a fresh interpreter under the given decisions. */
public interface Program {
    /** One run in a fresh interpreter with the scheduler asking {@code source} at every decision. */
    Run run(DecisionSource source);

    /** How a user replays a schedule of this program (a command line, or a Python call). */
    String replayCommand(int[] schedule);
}
