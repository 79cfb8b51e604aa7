package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * dfs with K preemptions visits exactly the schedules a small reference enumerator lists. A tiny program runs
 * Java threads on the real scheduler: a main thread starts workers and waits for them; worker w runs its
 * steps ("w.1", "w.2", ...) with a switch point after each, then ends ("w.end"). The reference enumerates
 * the same programs' event sequences directly: a switch away from a worker that could go on costs one
 * preemption; the choice after a worker ends (or the main thread waits) is free.
 */
class DfsProperties {

    /** One run of the tiny program under {@code source}: the events in the order they happened. */
    static List<String> runTiny(int[] steps, DeterministicScheduler.DecisionSource source) {
        DeterministicScheduler ds = new DeterministicScheduler(source, DeterministicScheduler.SwitchPoints.BREAKER);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        boolean[] done = new boolean[steps.length];
        Thread main = new Thread(() -> {
            ds.acquire();
            try {
                for (int w = 0; w < steps.length; w++) {
                    int me = w;
                    Thread t = new Thread(() -> {
                        ds.acquire();
                        for (int i = 1; i <= steps[me]; i++) {
                            events.add(me + "." + i);
                            ds.checkpoint();
                        }
                        events.add(me + ".end");
                        synchronized (done) {
                            done[me] = true;
                        }
                        ds.release();
                    }, "w" + w);
                    ds.threadStarting(t, t.getName());
                    t.start();
                }
                ds.block("join", () -> {
                    synchronized (done) {
                        for (boolean d : done) if (!d) return false;
                        return true;
                    }
                }, -1);
            } finally {
                ds.release();
            }
        }, "main");
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return List.copyOf(events);
    }

    /** Every event sequence of the tiny program with at most {@code bound} preemptions (independent of dfs). */
    static List<List<String>> reference(int[] steps, int bound) {
        List<List<String>> out = new ArrayList<>();
        int[] pos = new int[steps.length];   // events done per worker
        List<String> trace = new ArrayList<>();
        // The main thread waits first: any worker may start (a free choice).
        for (int w = 0; w < steps.length; w++) enumerate(steps, pos, w, bound, trace, out);
        return out;
    }

    /** Runs worker {@code w}'s next event, then every continuation. */
    private static void enumerate(int[] steps, int[] pos, int w, int left, List<String> trace, List<List<String>> out) {
        pos[w]++;
        boolean ended = pos[w] == steps[w] + 1;
        trace.add(w + "." + (ended ? "end" : String.valueOf(pos[w])));
        List<Integer> others = new ArrayList<>();
        for (int v = 0; v < steps.length; v++) if (v != w && pos[v] <= steps[v]) others.add(v);
        if (ended) {
            if (others.isEmpty()) out.add(List.copyOf(trace));
            for (int v : others) enumerate(steps, pos, v, left, trace, out);          // free
        } else {
            enumerate(steps, pos, w, left, trace, out);                              // keep running
            if (left > 0) for (int v : others) enumerate(steps, pos, v, left - 1, trace, out);  // preempt
        }
        trace.remove(trace.size() - 1);
        pos[w]--;
    }

    /** dfs's runs of the tiny program, as event sequences. */
    static List<List<String>> dfs(int[] steps, int bound) {
        DfsStrategy s = new DfsStrategy(bound);
        List<List<String>> seen = new ArrayList<>();
        DeterministicScheduler.DecisionSource src;
        while ((src = s.next()) != null) {
            List<String> events = runTiny(steps, src);
            seen.add(events);
            s.done(new Run(new Outcome(String.join(" ", events), "", 0, false, false), new int[0], "", ""));
            if (seen.size() > 100_000) throw new AssertionError("dfs does not end");
        }
        assertTrue(s.exhausted());
        return seen;
    }

    @Property(tries = 30)
    void dfsVisitsExactlyTheReferenceSchedules(@ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 3) Integer> workerSteps,
                                               @ForAll @IntRange(min = 0, max = 3) int preemptions) {
        int[] steps = workerSteps.stream().mapToInt(Integer::intValue).toArray();
        List<List<String>> expected = reference(steps, preemptions);
        List<List<String>> visited = dfs(steps, preemptions);
        assertEquals(expected.size(), visited.size(), "number of schedules for steps " + workerSteps + ", K=" + preemptions);
        Set<List<String>> v = new HashSet<>(visited);
        assertEquals(visited.size(), v.size(), "dfs ran a schedule twice");
        assertEquals(new HashSet<>(expected), v);
    }

    @Example
    void withoutPreemptionsEachWorkerRunsToItsEnd() {
        List<List<String>> r = reference(new int[]{2, 2}, 0);
        assertEquals(List.of(List.of("0.1", "0.2", "0.end", "1.1", "1.2", "1.end"),
                List.of("1.1", "1.2", "1.end", "0.1", "0.2", "0.end")), r);
        assertEquals(new HashSet<>(r), new HashSet<>(dfs(new int[]{2, 2}, 0)));
    }
}
