package dev.gilpy.concurrent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code --sched SEED}: a GIL that makes every interleaving reproducible.
 *
 * <p>Exactly one Python thread holds the <em>baton</em> at a time. At each switch point (the eval
 * breaker's check points, or every instruction with {@link SwitchPoints#ANY}, or every one that may touch
 * shared memory with {@link SwitchPoints#SHARED}) the holder asks a
 * decision source whether to keep running or to hand the baton to another runnable thread: a PRNG
 * seeded with SEED, an explicit list of decisions ({@code --schedule}), or round robin every N points
 * ({@code --switch-every}). A decision {@code k} means "run the k-th runnable thread after me in
 * creation order (mod the number of runnable threads)": 0 keeps the current thread.</p>
 *
 * <p>Blocking operations call {@link #block}: the thread records what it waits for (a predicate the
 * scheduler evaluates, an optional deadline on the virtual clock) and gives the baton away. A blocked
 * thread is runnable again only when its predicate holds or its deadline has passed. When no thread is
 * runnable, the virtual clock jumps to the earliest deadline; if there is none, that is a deadlock: the
 * report names every thread, what it waits in, and where, and all threads are stopped with
 * {@link Abort}.</p>
 *
 * <p>Threads are registered in creation order by their creator ({@link #threadStarting}), so their
 * order never depends on when the JVM gets around to starting them.</p>
 */
public final class DeterministicScheduler implements Gil {
    /**
     * Where a thread may be switched out: the eval breaker's check points (where CPython 3.11 switches),
     * before every instruction, or before every instruction that may touch memory another thread can see
     * (the schedules of free-threaded Python, without the ones that differ only in thread-local steps).
     */
    public enum SwitchPoints {
        BREAKER("breaker"), ANY("any"), SHARED("shared");

        /** The --switch-points word. */
        public final String word;

        SwitchPoints(String word) { this.word = word; }

        /** Whether the eval loop must call the per-instruction hook. */
        public boolean perInstruction() { return this != BREAKER; }
    }

    /** Stops a thread after a deadlock report or when the main thread has finished. Not a Python exception. */
    public static final class Abort extends Error {
        Abort(String message) { super(message, null, false, false); }
    }

    /** Virtual time origin for time.time(): 2024-01-01T00:00:00Z. */
    public static final long EPOCH_NANOS = 1_704_067_200L * 1_000_000_000L;
    /** Virtual time every switch point costs, so busy-wait loops on the clock end. */
    static final long TICK_NANOS = 1_000;

    private final class T {
        final Thread thread;
        /** Signalled when this thread gets the baton (or the run is aborted): only the next holder wakes. */
        final Condition turn = mu.newCondition();
        /** Position in {@link #threads} (kept by {@link #register} and {@link #unlist}). */
        int index;
        final String name;
        final int seq;
        boolean blocked;
        BooleanSupplier ready;
        long deadline = -1;
        String what, where;

        T(Thread thread, String name, int seq) {
            this.thread = thread;
            this.name = name;
            this.seq = seq;
        }
    }

    private final ReentrantLock mu = new ReentrantLock();
    private final List<T> threads = new ArrayList<>();
    private final Map<Thread, T> byThread = new HashMap<>();
    private T current;
    private T mainThread;
    private int nextSeq;
    private volatile long clock;
    private volatile String aborted;

    /**
     * Where the decisions come from: {@code gilpy explore}'s strategies, or the built-in seeded PRNG and
     * explicit list below.
     */
    public interface DecisionSource {
        /**
         * One decision. {@code candidates} are the sequence numbers (0 = the first thread registered, in
         * creation order) of the threads decision k picks from, k = 0 first; the result is taken mod their
         * number. {@code preemptive}: a switch point, where candidates[0] is the running thread and 0 keeps
         * it running (anything else is a preemption); otherwise the running thread blocked or ended and
         * any choice is forced. The array is the scheduler's, reused while the candidates stay the same:
         * read it, do not keep or change it.
         */
        int choose(int[] candidates, boolean preemptive);
    }

    /** {@code --sched SEED}: switches 1 in {@code odds} switch points, to a random other thread. */
    static final class Seeded implements DecisionSource {
        final SplittableRandom rng;
        int odds = 8;

        Seeded(long seed) { rng = new SplittableRandom(seed); }

        @Override
        public int choose(int[] candidates, boolean preemptive) {
            int n = candidates.length;
            if (!preemptive) return rng.nextInt(n);
            return rng.nextInt(odds) == 0 ? 1 + rng.nextInt(n - 1) : 0;
        }
    }

    /** {@code --schedule D,D,...}: the decisions in order, then 0 (keep running) once they run out. */
    public static final class Listed implements DecisionSource {
        private final int[] decisions;
        private int pos;

        public Listed(int[] decisions) { this.decisions = decisions.clone(); }

        @Override
        public int choose(int[] candidates, boolean preemptive) {
            return pos < decisions.length ? decisions[pos++] : 0;
        }
    }

    private final long seed;
    private final DecisionSource source;
    private final int[] schedule;
    private final SwitchPoints points;
    private final int every;
    private int sinceSwitch;
    /** The decisions taken so far (the first {@code decisionCount}). */
    private int[] decisions = new int[64];
    private int decisionCount;
    /** Threads registered: a switch point with fewer than two has nothing to decide (read without the lock). */
    private volatile int threadCount;
    private volatile BooleanSupplier skip;
    /** Statistics and the tracer (--gil-stats, --gil-timeline): who held the baton, who waited or blocked, when. */
    private final GilAccounting accounting = new GilAccounting();
    private long switches;
    private int maxRunning;

    private volatile Supplier<String> locator = () -> "?";
    private volatile String deadlockReport;

    /**
     * @param seed     PRNG seed (used when schedule is null and every is 0)
     * @param schedule explicit decisions, or null
     * @param points   where switches may happen
     * @param every    &gt; 0: switch round robin every N switch points instead of by chance
     */
    public DeterministicScheduler(long seed, int[] schedule, SwitchPoints points, int every) {
        this.seed = seed;
        this.source = schedule != null ? new Listed(schedule) : new Seeded(seed);
        this.schedule = schedule;
        this.points = points;
        this.every = every;
    }

    /**
     * Decisions from {@code source} ({@code gilpy explore}); {@link #decisionsTaken} lists them as taken, so
     * {@code --schedule} with that list replays the run.
     */
    public DeterministicScheduler(DecisionSource source, SwitchPoints points) {
        this.seed = 0;
        this.source = source;
        this.schedule = null;
        this.points = points;
        this.every = 0;
    }

    public long seed() { return seed; }

    public SwitchPoints switchPoints() { return points; }

    /** Where the calling thread is in its Python code ("file:line"), for deadlock reports. */
    public void setLocator(Supplier<String> locator) { this.locator = locator; }

    /**
     * Switch points where {@code inLibrary} holds are skipped ({@code --switch-points user|user-any}): the
     * bundled library (threading, queue, ...) then runs atomically between its blocking points, and every
     * decision is about the program's own code. Set before the run starts.
     */
    public void skipSwitchPointsWhile(BooleanSupplier inLibrary) { this.skip = inLibrary; }

    /** The {@code --switch-points} value that makes this scheduler's switch points. */
    public String switchPointsName() {
        if (skip == null) return points.word;
        return points == SwitchPoints.BREAKER ? "user" : "user-" + points.word;
    }

    /** How to replay this run on the command line. */
    public String replayHint() {
        String pts = switchPointsName().equals("breaker") ? "" : " --switch-points " + switchPointsName();
        if (every > 0) return "--switch-every " + every + pts;
        if (schedule != null) return "--schedule " + joinDecisions(schedule) + pts;
        if (!(source instanceof Seeded)) return "--schedule " + joinDecisions(decisionsTaken()) + pts;
        return "--sched " + seed + pts;
    }

    /**
     * A decision list as {@code --schedule} takes it: comma-separated, a run of three or more equal decisions
     * written {@code D*N} ({@code 0*57,1,0*9,1}: a schedule is mostly "keep running").
     */
    public static String joinDecisions(int[] d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length; ) {
            int j = i;
            while (j < d.length && d[j] == d[i]) j++;
            if (sb.length() > 0) sb.append(',');
            if (j - i >= 3) sb.append(d[i]).append('*').append(j - i);
            else for (int k = i; k < j; k++) sb.append(k > i ? "," : "").append(d[k]);
            i = j;
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /** The inverse of {@link #joinDecisions}; IllegalArgumentException when the text is not such a list. */
    public static int[] parseDecisions(String text) {
        String t = text.trim();
        if (t.isEmpty()) return new int[0];
        List<Integer> out = new ArrayList<>();
        try {
            for (String item : t.split("[,\\s]+")) {
                int star = item.indexOf('*');
                int value = Integer.parseInt(star < 0 ? item : item.substring(0, star));
                int times = star < 0 ? 1 : Integer.parseInt(item.substring(star + 1));
                if (value < 0 || times < 0 || out.size() + (long) times > 100_000_000) throw new NumberFormatException();
                for (int i = 0; i < times; i++) out.add(value);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--schedule expects comma-separated decisions (D or D*COUNT), not '" + text + "'");
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Decisions taken so far at switch points with two or more runnable threads (replayable with --schedule). */
    public int[] decisionsTaken() {
        mu.lock();
        try {
            return java.util.Arrays.copyOf(decisions, decisionCount);
        } finally {
            mu.unlock();
        }
    }

    /** The deadlock report, or null when none happened. */
    public String deadlockReport() { return deadlockReport; }

    /** Virtual nanoseconds since the start of the run. */
    public long nanoTime() { return clock; }

    /** A stable ident for a thread: 1 for the first, then 2, 3, ... (0 if unknown). */
    public int sequenceOf(Thread t) {
        mu.lock();
        try {
            T x = byThread.get(t);
            return x == null ? 0 : x.seq + 1;
        } finally {
            mu.unlock();
        }
    }

    // ------------------------------------------------------------------ Gil

    @Override
    public GilAccounting accounting() { return accounting; }

    @Override
    public void acquire() {
        GilStats st = accounting.current();
        long asked = System.nanoTime();
        mu.lock();
        try {
            T me = byThread.get(Thread.currentThread());
            if (me == null) {
                me = register(Thread.currentThread(), Thread.currentThread().getName());
                if (mainThread == null) mainThread = me;
                if (current == null) current = me;
            }
            awaitTurn(me);
            maxRunning = 1;
        } finally {
            mu.unlock();
        }
        accounting.running(st, asked);
    }

    /** A thread ends (or the main thread finishes the run). */
    @Override
    public void release() {
        mu.lock();
        try {
            T me = byThread.remove(Thread.currentThread());
            if (me == null) return;
            unlist(me);
            if (current == me) accounting.stopped(accounting.current());
            if (aborted != null) return;
            if (me == mainThread) {
                abort("the main thread finished");
                return;
            }
            if (current == me) {
                current = null;
                pickForced(me);
            }
        } finally {
            mu.unlock();
        }
    }

    @Override
    public void checkpoint() {
        if (points == SwitchPoints.BREAKER) switchPoint();
    }

    /** The per-instruction hook of {@link SwitchPoints#ANY} and {@link SwitchPoints#SHARED}. */
    public void step() { switchPoint(); }

    /** Blocking calls not routed through {@link #block} run with the baton held: nobody else runs meanwhile. */
    @Override
    public <R> R releasedWhile(Supplier<R> action) { return action.get(); }

    @Override
    public boolean enabled() { return true; }

    @Override
    public GilMode mode() { return GilMode.SCHEDULED; }

    @Override
    public boolean stepsEveryInstruction() { return points.perInstruction(); }

    /** Every breaker check point calls in, so the scheduler sees all of them. */
    @Override
    public boolean checksEveryBreakerPoint() { return true; }

    @Override
    public void installed(Supplier<String> locator) { setLocator(locator); }

    @Override
    public void uninstalled() { shutdown(); }

    @Override
    public boolean sleep(double seconds) {
        sleep(seconds > 0 ? (long) (seconds * 1e9) : 0);
        return true;
    }

    @Override
    public boolean await(String what, dev.gilpy.trace.BlockReason reason, BooleanSupplier ready, long timeoutNanos,
                         Supplier<Boolean> realWait) {
        return block(what, reason.kind, ready, timeoutNanos);
    }

    @Override
    public boolean take(String what, dev.gilpy.trace.BlockReason reason, BooleanSupplier free, BooleanSupplier tryTake,
                        long timeoutNanos, Supplier<Boolean> realWait) {
        while (true) {
            if (!block(what, reason.kind, free, timeoutNanos)) return false;
            if (tryTake.getAsBoolean()) return true;
        }
    }

    @Override
    public long nanoTime(long origin) { return clock; }

    @Override
    public long wallNanos() { return EPOCH_NANOS + clock; }

    @Override
    public long threadIdent(Thread t, long real) {
        int seq = sequenceOf(t);
        return seq > 0 ? 0x7f0000000000L + ((long) seq << 12) : real;
    }

    @Override
    public double switchInterval() { return 0.005; }

    @Override
    public void setSwitchInterval(double seconds) {}

    @Override
    public int concurrent() { return current == null ? 0 : 1; }

    @Override
    public int maxConcurrent() { return maxRunning; }

    @Override
    public void resetMaxConcurrent() {}

    @Override
    public void threadStarting(Thread t, String name) {
        mu.lock();
        try {
            if (!byThread.containsKey(t)) register(t, name);
        } finally {
            mu.unlock();
        }
    }

    @Override
    public void threadNotStarted(Thread t) {
        mu.lock();
        try {
            T x = byThread.remove(t);
            if (x != null) unlist(x);
        } finally {
            mu.unlock();
        }
    }

    // ------------------------------------------------------------------ blocking

    /**
     * Blocks the calling thread (which holds the baton) until {@code ready} holds or {@code timeoutNanos}
     * of virtual time pass (negative: no timeout). Returns whether {@code ready} holds on return; nothing
     * else has run between that check and the caller's next action.
     */
    public boolean block(String what, BooleanSupplier ready, long timeoutNanos) {
        return block(what, dev.gilpy.trace.BlockReason.OTHER.kind, ready, timeoutNanos);
    }

    /** {@link #block}, traced as blocked for {@code kind} (a {@link dev.gilpy.trace.GilTracer} state). */
    public boolean block(String what, int kind, BooleanSupplier ready, long timeoutNanos) {
        if (ready.getAsBoolean()) return true;
        String where = locator.get();
        GilStats st = accounting.current();
        accounting.stopped(st);
        long since = accounting.blockedStarts(kind);
        try {
            return blockHere(what, ready, timeoutNanos, where);
        } finally {
            accounting.blockedEnds(st, since);
            accounting.running(st);
        }
    }

    private boolean blockHere(String what, BooleanSupplier ready, long timeoutNanos, String where) {
        mu.lock();
        try {
            T me = byThread.get(Thread.currentThread());
            if (me == null || aborted != null) throw new Abort(aborted == null ? "unknown thread" : aborted);
            me.blocked = true;
            me.ready = ready;
            me.deadline = timeoutNanos < 0 ? -1 : clock + timeoutNanos;
            me.what = what;
            me.where = where;
            try {
                current = null;
                pickForced(me);
                awaitTurn(me);
            } finally {
                me.blocked = false;
                me.ready = null;
                me.deadline = -1;
            }
        } finally {
            mu.unlock();
        }
        return ready.getAsBoolean();
    }

    /** time.sleep on the virtual clock: other threads run; the clock jumps when nobody can. */
    public void sleep(long nanos) {
        if (nanos <= 0) {
            yieldNow();
            return;
        }
        block("time.sleep", dev.gilpy.trace.BlockReason.SLEEP.kind, () -> false, nanos);
    }

    /** sleep(0): offer the baton to the other runnable threads (one decision). */
    public void yieldNow() {
        switchPoint();
    }

    // ------------------------------------------------------------------ internals (mu held)

    private void record(int k) {
        if (decisionCount == decisions.length) decisions = java.util.Arrays.copyOf(decisions, decisionCount * 2);
        decisions[decisionCount++] = k;
    }

    private void unlist(T x) {
        if (threads.remove(x)) for (int i = 0; i < threads.size(); i++) threads.get(i).index = i;
        threadCount = threads.size();
    }

    private T register(Thread t, String name) {
        T x = new T(t, name, nextSeq++);
        x.index = threads.size();
        threads.add(x);
        threadCount = threads.size();
        byThread.put(t, x);
        return x;
    }

    private void awaitTurn(T me) {
        while (current != me && aborted == null) me.turn.awaitUninterruptibly();
        if (aborted != null && current != me) throw new Abort(aborted);
    }

    private boolean runnable(T t) {
        if (!t.blocked) return true;
        if (t.deadline >= 0 && t.deadline <= clock) return true;
        return t.ready.getAsBoolean();
    }

    /** Runnable threads in circular creation order starting after {@code from} (from itself last). */
    private List<T> runnableAfter(T from) {
        List<T> r = new ArrayList<>();
        int n = threads.size();
        int start = from == null ? -1 : threads.indexOf(from);
        if (start < 0) {
            // from has left the list: start at the first thread created after it.
            start = -1;
            if (from != null) for (int i = 0; i < n; i++) if (threads.get(i).seq > from.seq) { start = i - 1; break; }
            if (from != null && start == -1 && n > 0 && threads.get(n - 1).seq < from.seq) start = n - 1;
        }
        for (int i = 1; i <= n; i++) {
            T t = threads.get(((start + i) % n + n) % n);
            if (runnable(t)) r.add(t);
        }
        return r;
    }

    /** Reused by every switch point (the baton holder's alone): the runnable threads and their numbers. */
    private T[] ring = new T[8];
    private int[] candidates = new int[0];

    /**
     * Fills {@link #ring} with the runnable threads in circular creation order after {@code me} (which is
     * in the list), and {@link #candidates} with me first, then theirs; returns how many there are
     * (me included). Allocates only when the candidates change, as switch points are most instructions.
     */
    private int collectRunnable(T me) {
        int n = threads.size();
        if (ring.length < n) ring = java.util.Arrays.copyOf(ring, 2 * n);
        int start = me.index, count = 0;
        boolean same = true;
        for (int i = 1; i < n; i++) {
            T t = threads.get((start + i) % n);
            if (!runnable(t)) continue;
            ring[count++] = t;
            same &= count < candidates.length && candidates[count] == t.seq;
        }
        if (!same || candidates.length != count + 1 || candidates.length == 0 || candidates[0] != me.seq) {
            int[] c = new int[count + 1];
            c[0] = me.seq;
            for (int i = 0; i < count; i++) c[i + 1] = ring[i].seq;
            candidates = c;
        }
        return count + 1;
    }

    /**
     * A switch point. Everything the decision reads (the thread list, who is blocked on what, the decisions so
     * far) changes only on the baton holder's thread, which is this one, and every hand-off of the baton goes
     * through {@link #mu}: so the decision needs no lock, and only a switch takes it.
     */
    private void switchPoint() {
        if (aborted != null) throw new Abort(aborted);
        clock += TICK_NANOS;
        if (threadCount < 2) return;
        BooleanSupplier inLibrary = skip;
        if (inLibrary != null && inLibrary.getAsBoolean()) return;
        T me = current;
        if (me == null || me.thread != Thread.currentThread()) return;
        int n = collectRunnable(me); // me first
        if (n < 2) return;
        int k;
        if (every > 0) {
            k = ++sinceSwitch >= every ? 1 : 0;
            if (k != 0) sinceSwitch = 0;
        } else {
            k = Math.floorMod(source.choose(candidates, true), n);
        }
        record(k);
        if (k == 0) return;
        T next = ring[k - 1];
        mu.lock();
        try {
            switches++;
            current = next;
            next.turn.signal();
            GilStats st = accounting.current();
            accounting.forcedSwitch(st);
            long asked = System.nanoTime();
            awaitTurn(me);
            accounting.running(st, asked);
        } finally {
            mu.unlock();
        }
    }

    /** The baton holder blocked or ended: choose who runs next, advancing the clock or reporting a deadlock. */
    private void pickForced(T from) {
        while (true) {
            List<T> r = runnableAfter(from);
            if (!r.isEmpty()) {
                int k = 0;
                if (r.size() > 1 && every == 0) {
                    int[] c = new int[r.size()];
                    for (int i = 0; i < c.length; i++) c[i] = r.get(i).seq;
                    k = Math.floorMod(source.choose(c, false), c.length);
                    record(k);
                }
                current = r.get(k);
                if (current != from) switches++;
                current.turn.signal();
                return;
            }
            long next = Long.MAX_VALUE;
            for (T t : threads) if (t.blocked && t.deadline >= 0) next = Math.min(next, t.deadline);
            if (next == Long.MAX_VALUE) {
                if (threads.isEmpty()) return;
                StringBuilder sb = new StringBuilder("gilpy: deadlock: every thread is blocked and no timer is pending\n");
                for (T t : threads) {
                    sb.append("  thread '").append(t.name).append("' waits in ").append(t.what)
                            .append(" at ").append(t.where).append('\n');
                }
                deadlockReport = sb.toString();
                abort(deadlockReport);
                return;
            }
            clock = Math.max(clock, next);
        }
    }

    private void abort(String why) {
        aborted = why;
        current = null;
        for (T t : threads) t.turn.signal();
    }

    /** Stops every thread still waiting for the baton (used when an in-process run ends). */
    public void shutdown() {
        mu.lock();
        try {
            if (aborted == null) abort("the run ended");
        } finally {
            mu.unlock();
        }
    }

    public long switches() { return switches; }
}
