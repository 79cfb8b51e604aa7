package dev.gilpy.concurrent;

import dev.gilpy.Main;
import net.jqwik.api.*;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * asyncio under the deterministic scheduler: a random tree of tasks (each sleeps, then returns or
 * raises), gathers (with or without return_exceptions) and cancels at given times gives the outcome a
 * small reference model of the event loop predicts, and the same bytes for the same seed.
 */
class AsyncioSchedulerProperties {

    /** A tree node: a leaf task, or a gather of children. Times are in units of 100 ms of the virtual clock. */
    sealed interface Node permits Leaf, Gather {}

    /** Sleeps `delay`, then returns its name or raises ValueError(name); cancelled at `cancelAt` if that comes first. */
    record Leaf(String name, int delay, boolean fails, int cancelAt) implements Node {}

    record Gather(List<Node> children, boolean returnExceptions) implements Node {}

    /** What a node ends with, and when. */
    record Outcome(double time, String text, boolean error) {}

    // ---- the reference model: every task starts at 0; gather fails with its earliest failing child

    static Outcome model(Node n) {
        return switch (n) {
            case Leaf l -> l.cancelAt >= 0 && l.cancelAt + 0.5 < l.delay
                    ? new Outcome(l.cancelAt + 0.5, "E:CancelledError", true)
                    : new Outcome(l.delay, l.fails ? "E:ValueError(" + l.name + ")" : l.name, l.fails);
            case Gather g -> {
                List<Outcome> outs = g.children.stream().map(AsyncioSchedulerProperties::model).toList();
                Outcome firstError = null;
                double last = 0;
                for (Outcome o : outs) {
                    last = Math.max(last, o.time);
                    if (o.error && (firstError == null || o.time < firstError.time)) firstError = o;
                }
                if (!g.returnExceptions && firstError != null) yield firstError;
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < outs.size(); i++) sb.append(i > 0 ? ", " : "").append(outs.get(i).text);
                yield new Outcome(last, sb.append("]").toString(), false);
            }
        };
    }

    // ---- the program

    static String program(Node root) {
        StringBuilder tasks = new StringBuilder();
        StringBuilder cancels = new StringBuilder();
        String tree = expr(root, tasks, cancels);
        return """
                import asyncio

                async def leaf(name, delay, fails):
                    await asyncio.sleep(delay / 10)
                    if fails:
                        raise ValueError(name)
                    return name

                async def cancel_at(task, when):
                    await asyncio.sleep(when / 10)
                    task.cancel()

                def render(r):
                    if isinstance(r, list):
                        return "[" + ", ".join(render(x) for x in r) + "]"
                    if isinstance(r, asyncio.CancelledError):
                        return "E:CancelledError"
                    if isinstance(r, BaseException):
                        return f"E:{type(r).__name__}({r})"
                    return r

                async def main():
                    loop = asyncio.get_running_loop()
                    started = loop.time()
                %s%s    root = %s
                    try:
                        print(render(await root))
                    except asyncio.CancelledError:
                        print("E:CancelledError")
                    except ValueError as e:
                        print(f"E:ValueError({e})")
                    print("at", round((loop.time() - started) * 10, 1))

                asyncio.run(main())
                """.formatted(tasks, cancels, tree);
    }

    private static String expr(Node n, StringBuilder tasks, StringBuilder cancels) {
        return switch (n) {
            case Leaf l -> {
                tasks.append("    ").append(l.name).append(" = asyncio.ensure_future(leaf('").append(l.name)
                        .append("', ").append(l.delay).append(", ").append(l.fails ? "True" : "False").append("))\n");
                if (l.cancelAt >= 0) {
                    cancels.append("    asyncio.ensure_future(cancel_at(").append(l.name).append(", ")
                            .append(l.cancelAt + 0.5).append("))\n");
                }
                yield l.name;
            }
            case Gather g -> {
                List<String> parts = new ArrayList<>();
                for (Node c : g.children) parts.add(expr(c, tasks, cancels));
                yield "asyncio.gather(" + String.join(", ", parts)
                        + (g.returnExceptions ? ", return_exceptions=True" : "") + ")";
            }
        };
    }

    // ---- generation: distinct leaf delays, cancels half-way between ticks, so no two events tie

    static Node tree(Random r, int depth, int[] counter, List<Integer> delays) {
        if (depth == 0 || r.nextInt(3) == 0) {
            int delay = delays.remove(r.nextInt(delays.size()));
            int cancelAt = r.nextInt(4) == 0 ? r.nextInt(12) : -1;
            return new Leaf("t" + counter[0]++, delay, r.nextInt(4) == 0, cancelAt);
        }
        int n = 1 + r.nextInt(3);
        List<Node> children = new ArrayList<>();
        for (int i = 0; i < n && !delays.isEmpty(); i++) children.add(tree(r, depth - 1, counter, delays));
        return new Gather(children, r.nextBoolean());
    }

    @Property(tries = 16, shrinking = ShrinkingMode.OFF)
    void gatherTreesMatchTheModelAndRepeatBySeed(@ForAll long shape, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Integer> delays = new ArrayList<>();
        for (int i = 1; i <= 12; i++) delays.add(i);
        Random r = new Random(shape);
        Node root = new Gather(List.of(tree(r, 3, new int[]{0}, delays)), r.nextBoolean());
        String source = program(root);
        Outcome expected = model(root);
        String[] opts = {"--sched", Integer.toString(seed)};
        Main.Captured first = SchedulerProperties.run(source, opts);
        SchedulerProperties.assertClean(first, "--sched " + seed + "\n" + source);
        String want = expected.text + "\nat " + expected.time + "\n";
        assertEquals(want, first.out(), "the model disagrees; program:\n" + source);
        Main.Captured again = SchedulerProperties.run(source, opts);
        assertEquals(first.out(), again.out(), "same seed, different bytes:\n" + source);
        assertEquals(first.err(), again.err());
    }
}
