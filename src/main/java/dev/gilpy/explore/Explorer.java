package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.function.Consumer;

/**
 * Runs a program under one schedule after another, as a strategy chooses them, until a run budget or a time
 * budget is spent (or the strategy has nothing left), then shrinks each outcome's shortest schedule.
 */
public final class Explorer {
    private Explorer() {}

    /** Budgets: at most {@code maxRuns} runs (0: no limit) and {@code maxSeconds} (0: no limit). */
    public record Budget(long maxRuns, double maxSeconds, boolean stopAtFirstFailure, int shrinkRuns) {}

    /** Called now and then with the exploration so far (for a progress line). */
    public interface Progress extends Consumer<Exploration> {}

    public static Exploration explore(Program program, Strategy strategy, Budget budget, Progress progress) {
        Exploration ex = new Exploration();
        ex.strategy = strategy.name();
        long t0 = System.nanoTime();
        long lastReport = t0;
        while (budget.maxRuns() == 0 || ex.runs < budget.maxRuns()) {
            if (budget.maxSeconds() > 0 && (System.nanoTime() - t0) / 1e9 >= budget.maxSeconds()) break;
            DecisionSource src = strategy.next();
            if (src == null) break;
            Run r = program.run(src);
            strategy.done(r);
            long now = System.nanoTime();
            ex.add(r, (now - t0) / 1e9);
            if (progress != null && now - lastReport > 200_000_000L) {
                ex.seconds = (now - t0) / 1e9;
                progress.accept(ex);
                lastReport = now;
            }
            if (budget.stopAtFirstFailure() && r.outcome().failed()) break;
        }
        ex.seconds = (System.nanoTime() - t0) / 1e9;
        ex.exhausted = strategy.exhausted();
        ex.guarantee = strategy.guarantee(ex.runs);
        // Shrinking may take as long as exploring did (at least 5 s): a long program's replays are long too.
        long deadline = System.nanoTime() + (long) (Math.max(5, ex.seconds) * 1e9);
        for (Exploration.Group g : ex.groups()) {
            int[] small = Shrinker.shrink(program, g.outcome, g.schedule, budget.shrinkRuns(), deadline);
            Run check = program.run(new dev.gilpy.concurrent.DeterministicScheduler.Listed(small));
            if (check.outcome().equals(g.outcome)) {
                g.schedule = small;
                g.stdout = check.stdout();
                g.stderr = check.stderr();
                g.shrunk = true;
            }
        }
        return ex;
    }
}
