package dev.gilpy.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records GIL transitions into one preallocated ring buffer of primitive longs per thread. An event
 * is one long: {@code (nanos since start) << 8 | kind}. Only the owning thread writes its buffer (no
 * locks, no allocation after the first event of a thread). When a buffer is full the oldest events
 * are overwritten: a long run keeps its most recent {@code capacity} transitions per thread, and
 * {@link ThreadBuffer#dropped()} says how many older ones were lost.
 */
public final class GilRecorder implements GilTracer {
    public static final int DEFAULT_CAPACITY = 1 << 17;

    /** System.nanoTime() and the wall clock (epoch microseconds) at start, to place events in time. */
    public final long startNanos;
    public final long startEpochMicros;
    public final int capacity;
    private final int mask;
    private final List<ThreadBuffer> buffers = new CopyOnWriteArrayList<>();
    private final ThreadLocal<ThreadBuffer> local = ThreadLocal.withInitial(this::newBuffer);
    /** 0 for the main interpreter's recorder; a sub-interpreter's id for the recorders made by {@link #forInterpreter}. */
    public final long interpreterId;
    /** The recorders of the sub-interpreters (written as process lanes of their own). */
    private final List<GilRecorder> interpreters = new CopyOnWriteArrayList<>();

    public GilRecorder() { this(DEFAULT_CAPACITY); }

    /** capacity: events kept per thread, rounded up to a power of two (at least 16). */
    public GilRecorder(int capacity) { this(capacity, 0); }

    private GilRecorder(int capacity, long interpreterId) {
        this.interpreterId = interpreterId;
        int c = 16;
        while (c < capacity && c < (1 << 30)) c <<= 1;
        this.capacity = c;
        this.mask = this.capacity - 1;
        this.startNanos = System.nanoTime();
        java.time.Instant now = java.time.Instant.now();
        this.startEpochMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    private ThreadBuffer newBuffer() {
        ThreadBuffer b = new ThreadBuffer(Thread.currentThread(), new long[capacity], buffers.size());
        buffers.add(b);
        return b;
    }

    @Override
    public void state(int state) { local.get().add(System.nanoTime(), state); }

    @Override
    public void instant(int kind) { local.get().add(System.nanoTime(), kind); }

    @Override
    public GilTracer forInterpreter(long id) {
        GilRecorder r = new GilRecorder(capacity, id);
        interpreters.add(r);
        return r;
    }

    /** The sub-interpreters' recorders, in creation order. */
    public List<GilRecorder> interpreters() { return List.copyOf(interpreters); }

    public List<ThreadBuffer> threads() { return List.copyOf(buffers); }

    /** One thread's events. */
    public final class ThreadBuffer {
        public final Thread thread;
        public final long threadId;
        /** Order in which threads first reported (the lane order). */
        public final int index;
        private final long[] ring;
        /** Events ever written (the next slot is written & mask). */
        private long written;

        ThreadBuffer(Thread t, long[] ring, int index) {
            this.thread = t;
            this.threadId = t.threadId();
            this.index = index;
            this.ring = ring;
        }

        void add(long nanoTime, int kind) {
            long rel = Math.max(0, nanoTime - startNanos);
            ring[(int) (written & mask)] = rel << 8 | kind;
            written++;
        }

        public long written() { return written; }

        public long dropped() { return Math.max(0, written - capacity); }

        /** The retained events, oldest first, as {nanos since start, kind} pairs in one array. */
        public long[] events() {
            long w = written;
            long n = Math.min(w, capacity);
            long[] out = new long[(int) n * 2];
            long first = w - n;
            for (long i = 0; i < n; i++) {
                long e = ring[(int) ((first + i) & mask)];
                out[(int) i * 2] = e >>> 8;
                out[(int) i * 2 + 1] = e & 0xFF;
            }
            return out;
        }

        /** Memory held by the buffer (bytes), for the bounded-memory test. */
        public long bytes() { return ring.length * 8L; }
    }

    /** The buffers sorted by lane order. */
    public List<ThreadBuffer> lanes() {
        List<ThreadBuffer> l = new ArrayList<>(buffers);
        l.sort((a, b) -> Integer.compare(a.index, b.index));
        return l;
    }
}
