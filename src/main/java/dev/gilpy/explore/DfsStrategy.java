package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler.DecisionSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Systematic exploration with a preemption bound, as CHESS (Musuvathi and Qadeer, PLDI 2007): depth-first over
 * the tree of scheduling decisions, visiting every schedule in which at most K decisions preempt a thread that
 * could have gone on running (switches forced by a thread blocking or ending are free). Each run replays a
 * prefix of decisions and then lets the running thread continue; the next prefix is the deepest decision
 * that still has an untried choice within the bound. Needs a deterministic program (which the scheduler makes
 * of everything but the outside world).
 */
final class DfsStrategy implements Strategy {
    private final int bound;
    private int[] prefix = new int[0];
    private boolean finished;
    private Source last;

    DfsStrategy(int bound) {
        if (bound < 0) throw new IllegalArgumentException("--preemptions expects a count >= 0");
        this.bound = bound;
    }

    /** A decision as it was taken: how many choices there were, whether it could preempt, what was chosen. */
    private record Step(int choices, boolean preemptive, int chosen) {}

    private final class Source implements DecisionSource {
        final int[] replay = prefix;
        final List<Step> steps = new ArrayList<>();

        @Override
        public int choose(int[] candidates, boolean preemptive) {
            int i = steps.size();
            int k = i < replay.length ? Math.min(replay[i], candidates.length - 1) : 0;
            steps.add(new Step(candidates.length, preemptive, k));
            return k;
        }
    }

    @Override
    public DecisionSource next() {
        if (finished) return null;
        last = new Source();
        return last;
    }

    @Override
    public void done(Run run) {
        List<Step> steps = last.steps;
        int[] used = new int[steps.size() + 1];   // preemptions before decision i
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            used[i + 1] = used[i] + (s.preemptive && s.chosen != 0 ? 1 : 0);
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            int alt = s.chosen + 1;
            if (alt >= s.choices) continue;
            int cost = s.preemptive ? 1 : 0;     // any alternative to 0 at a switch point preempts
            if (used[i] + cost > bound) continue;
            int[] p = new int[i + 1];
            for (int j = 0; j < i; j++) p[j] = steps.get(j).chosen;
            p[i] = alt;
            prefix = p;
            return;
        }
        finished = true;
    }

    @Override
    public boolean exhausted() { return finished; }

    @Override
    public String guarantee(long runs) {
        return finished ? "exhaustive up to " + bound + " preemption" + (bound == 1 ? "" : "s") + ": " + runs + " schedules"
                : "not exhaustive: stopped after " + runs + " schedules (within " + bound + " preemptions), next prefix "
                + Arrays.toString(prefix);
    }

    @Override
    public String name() { return "dfs"; }
}
