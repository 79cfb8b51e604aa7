package dev.gilpy.explore;

import dev.gilpy.Main;
import dev.gilpy.concurrent.DeterministicScheduler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * gilpy explore finds each classic race within a stated budget, its shrunk schedule replays through the
 * launcher's {@code --schedule} to the same outcome, and the fixed versions show no bad outcome under dfs
 * with 2 preemptions. Programs: src/test/resources/explore.
 */
class ExploreTest {
    static final Path DIR = Path.of("src/test/resources/explore");

    static ScriptProgram program(String name, boolean any) { return program(name, points(any)); }

    static ScriptProgram program(String name, String points) {
        Path p = DIR.resolve(name);
        try {
            return new ScriptProgram(p.toString(), Files.readString(p), List.of(), points);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String points(boolean any) { return any ? "user-any" : "user"; }

    static Exploration explore(String name, boolean any, Strategy strategy, long runs) {
        return explore(name, any, strategy, runs, 200);
    }

    static Exploration explore(String name, boolean any, Strategy strategy, long runs, int shrinkRuns) {
        return explore(name, points(any), strategy, runs, shrinkRuns);
    }

    static Exploration explore(String name, String points, Strategy strategy, long runs, int shrinkRuns) {
        return Explorer.explore(program(name, points), strategy, new Explorer.Budget(runs, 0, false, shrinkRuns), null);
    }

    /** The launcher's last stderr line, without its "replay with" hint. */
    static String lastErr(String err) {
        List<String> lines = new ArrayList<>(List.of(err.split("\n")));
        lines.removeIf(l -> l.isBlank() || l.startsWith("gilpy: replay with"));
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /**
     * The exploration has a failing outcome; its shrunk schedule, run as {@code gilpy --schedule ... script},
     * gives the same stdout, exit status and last stderr line (or deadlock report).
     */
    static Exploration.Group assertFoundAndReplays(String name, boolean any, Exploration ex, String expectedErr) {
        return assertFoundAndReplays(name, points(any), ex, expectedErr);
    }

    static Exploration.Group assertFoundAndReplays(String name, String points, Exploration ex, String expectedErr) {
        Exploration.Group g = ex.firstFailure();
        assertNotNull(g, name + ": no failing outcome in " + ex.runs + " runs: " + ex.groups());
        assertTrue(g.shrunk, "the minimal schedule was checked by a replay");
        List<String> args = new ArrayList<>(List.of("--switch-points", points));
        args.addAll(List.of("--schedule", DeterministicScheduler.joinDecisions(g.schedule), DIR.resolve(name).toString()));
        Main.Captured r = Main.runCaptured(args.toArray(String[]::new));
        assertEquals(g.outcome.stdout(), r.out(), "replay stdout of " + args);
        assertEquals(g.outcome.exitStatus(), r.code(), "replay status of " + args);
        if (g.outcome.deadlock()) {
            assertTrue(r.err().contains("gilpy: deadlock: every thread is blocked"), r.err());
            assertEquals("deadlock", expectedErr);
        } else {
            assertEquals(g.outcome.lastErrLine(), lastErr(r.err()));
            assertTrue(g.outcome.lastErrLine().startsWith(expectedErr), g.outcome.lastErrLine());
        }
        return g;
    }

    static void assertClean(String name, boolean any) {
        Exploration ex = explore(name, any, new DfsStrategy(2), 20_000);
        assertTrue(ex.exhausted, name + ": dfs did not finish within 20000 schedules");
        assertFalse(ex.anyFailed(), () -> name + ": " + Report.table(ex, program(name, any), name));
        assertEquals(1, ex.groups().size(), name + " has one outcome");
    }

    @Nested
    @DisplayName("finds the bug, and the minimal schedule replays it")
    class Finds {
        @Test
        @DisplayName("lost update of an unlocked counter (switch points any): random, 200 runs")
        void lostUpdate() {
            Exploration ex = explore("counter_unlocked.py", true, new RandomStrategy(1), 300);
            Exploration.Group g = assertFoundAndReplays("counter_unlocked.py", true, ex, "AssertionError: lost updates");
            assertTrue(Run.switches(g.schedule) <= 3, "shrunk to a few switches: " + DeterministicScheduler.joinDecisions(g.schedule));
        }

        @Test
        @DisplayName("lost update: pct depth 2, 200 runs")
        void lostUpdatePct() {
            assertFoundAndReplays("counter_unlocked.py", true, explore("counter_unlocked.py", true, new PctStrategy(1, 2), 200),
                    "AssertionError: lost updates");
        }

        @Test
        @DisplayName("check-then-act on a dict: dfs, 1 preemption")
        void checkThenAct() {
            Exploration ex = explore("check_then_act.py", false, new DfsStrategy(1), 0);
            assertTrue(ex.exhausted);
            assertFoundAndReplays("check_then_act.py", false, ex, "AssertionError: created 2 times");
        }

        @Test
        @DisplayName("lost wake-up (Condition without a loop): dfs, 1 preemption")
        void lostWakeup() {
            assertFoundAndReplays("lost_wakeup.py", false, explore("lost_wakeup.py", false, new DfsStrategy(1), 0), "deadlock");
        }

        @Test
        @DisplayName("two locks in opposite orders: dfs, 1 preemption")
        void lockOrder() {
            assertFoundAndReplays("lock_order.py", false, explore("lock_order.py", false, new DfsStrategy(1), 0), "deadlock");
        }

        @Test
        @DisplayName("a queue consumer that exits when the queue is empty: random, 100 runs")
        void queueEarlyExit() {
            assertFoundAndReplays("queue_early_exit.py", false, explore("queue_early_exit.py", false, new RandomStrategy(1), 100),
                    "AssertionError: processed");
        }

        @Test
        @DisplayName("seed 003: queue.join() without task_done() for every item: the first run")
        void queueJoinWithoutTaskDone() {
            assertFoundAndReplays("queue_join_no_task_done.py", false,
                    explore("queue_join_no_task_done.py", false, new RandomStrategy(1), 1), "deadlock");
        }

        @Test
        @DisplayName("seed 000: both orders of the threads' finishing lines, each allowed by the sample's .out.re")
        void seedThreadsFinishInEitherOrder() throws IOException {
            Path sample = Path.of("samples/seed000_threads_ab.py");
            ScriptProgram p = new ScriptProgram(sample.toString(), Files.readString(sample), List.of(), "user");
            Exploration ex = Explorer.explore(p, new DfsStrategy(1), new Explorer.Budget(0, 0, false, 50), null);
            assertTrue(ex.exhausted);
            List<String> patterns = Files.readAllLines(Path.of("samples/seed000_threads_ab.out.re"));
            java.util.Set<String> finishOrders = new java.util.HashSet<>();
            for (Exploration.Group g : ex.groups()) {
                assertFalse(g.outcome.failed(), g.outcome.summary(9));
                String[] lines = g.outcome.stdout().split("\n");
                assertEquals(patterns.size(), lines.length, g.outcome.stdout());
                for (int i = 0; i < lines.length; i++) assertTrue(lines[i].matches(patterns.get(i)), lines[i] + " !~ " + patterns.get(i));
                finishOrders.add(lines[2] + lines[3]);
            }
            assertEquals(2, finishOrders.size(), "A finishes first in some schedule, B in another");
        }
    }

    @Nested
    @DisplayName("fixed versions: no bad outcome under dfs with 2 preemptions")
    class Clean {
        @Test void lockedCounter() { assertClean("counter_locked.py", false); }
        @Test void lockedCheckThenAct() { assertClean("check_then_act_locked.py", false); }
        @Test void conditionInALoop() { assertClean("lost_wakeup_fixed.py", false); }
        @Test void locksInOneOrder() { assertClean("lock_order_fixed.py", false); }
        @Test void consumerWaitsForSentinel() { assertClean("queue_early_exit_fixed.py", false); }
        @Test void everyItemAcknowledged() { assertClean("queue_join_fixed.py", false); }
    }

    @Nested
    @DisplayName("switch points before shared-memory instructions only (--gil off)")
    class Shared {
        @Test
        @DisplayName("lost update: random, 200 runs, and the minimal schedule replays")
        void lostUpdate() {
            Exploration ex = explore("counter_unlocked.py", "user-shared", new RandomStrategy(1), 200, 200);
            Exploration.Group g = assertFoundAndReplays("counter_unlocked.py", "user-shared", ex, "AssertionError: lost updates");
            assertTrue(Run.switches(g.schedule) <= 2, "shrunk to a switch or two: " + DeterministicScheduler.joinDecisions(g.schedule));
        }

        /**
         * The reduction loses nothing: a switch before an instruction that works on its own frame alone is
         * the same as a switch before the next one that touches shared memory (with no more preemptions), so
         * dfs reaches exactly the outcomes it reaches with a switch point before every instruction, in fewer
         * schedules.
         */
        @Test
        @DisplayName("dfs with 1 preemption reaches the same outcomes as with switch points any, in fewer schedules")
        void sameOutcomesAsAny() {
            for (String name : List.of("counter_unlocked.py", "check_then_act.py")) {
                Exploration any = explore(name, "user-any", new DfsStrategy(1), 0, 0);
                Exploration shared = explore(name, "user-shared", new DfsStrategy(1), 0, 0);
                assertTrue(any.exhausted && shared.exhausted);
                assertEquals(any.groups.keySet(), shared.groups.keySet(), name);
                assertTrue(any.groups.size() > 1, name + " has a race");
                assertTrue(shared.runs < any.runs, name + ": " + shared.runs + " schedules, not fewer than " + any.runs);
            }
        }

        @Test
        @DisplayName("the locked counter is clean (dfs, 1 preemption)")
        void lockedCounter() {
            Exploration ex = explore("counter_locked.py", "user-shared", new DfsStrategy(1), 20_000, 0);
            assertTrue(ex.exhausted);
            assertFalse(ex.anyFailed(), () -> Report.table(ex, program("counter_locked.py", "user-shared"), "counter_locked.py"));
        }
    }

    @Test
    @DisplayName("the locked counter is clean under switch points any too (random, 100 runs)")
    void lockedCounterUnderAny() {
        Exploration ex = explore("counter_locked.py", true, new RandomStrategy(2), 100);
        assertFalse(ex.anyFailed(), () -> Report.table(ex, program("counter_locked.py", true), "counter_locked.py"));
    }

    @Test
    @DisplayName("the same strategy and seed explore the same schedules")
    void deterministic() {
        Exploration a = explore("queue_early_exit.py", false, new RandomStrategy(5), 30, 0);
        Exploration b = explore("queue_early_exit.py", false, new RandomStrategy(5), 30, 0);
        assertEquals(a.groups.keySet(), b.groups.keySet());
        for (Outcome o : a.groups.keySet()) assertEquals(a.groups.get(o).count, b.groups.get(o).count);
    }
}
