package dev.gilpy.runtime;

import java.util.function.Supplier;

/**
 * Padding before {@link RecursionDepth}'s fields and those of its subclass, the VM's thread state. Thread
 * states are usually allocated one after another by the thread that starts the threads, so without padding
 * two of them share a cache line, and with the GIL off every call of one thread would invalidate the other
 * core's copy (false sharing). HotSpot lays out superclass fields first.
 */
abstract class RecursionDepthPad {
    long p00, p01, p02, p03, p04, p05, p06, p07;
}

/**
 * How deep one thread is, counted against {@code sys.getrecursionlimit()}: every Python call, and every
 * level of the object model's own recursive operations (repr, str and comparison of containers, calls of
 * builtin functions), as
 * CPython's {@code Py_EnterRecursiveCall} counts C recursion and Python frames against one limit. So
 * {@code repr()} of a list nested 200,000 deep raises RecursionError at the limit, in time linear in the
 * limit, instead of exhausting the Java stack. The VM's {@code ThreadState} is this plus the rest of a
 * thread's state; the runtime finds it without knowing the VM through {@link #current()}.
 */
public abstract class RecursionDepth extends RecursionDepthPad {
    /** Python frames and recursive operations in progress on this thread. */
    public int depth;

    /** The recursion limit that applies to this thread (the interpreter's). */
    public abstract int limit();

    /** A Java thread that runs Python code: holds its state, so {@link #current()} is a type test. */
    public abstract static class OwnThread extends Thread {
        public final RecursionDepth recursion;

        protected OwnThread(RecursionDepth recursion, Runnable body, String name, long stackSize) {
            super(null, body, name, stackSize);
            this.recursion = recursion;
        }
    }

    /** The state of a thread we did not start (the VM registers its lookup); null: none. */
    private static volatile Supplier<? extends RecursionDepth> other = () -> null;

    public static void registerLookup(Supplier<? extends RecursionDepth> lookup) { other = lookup; }

    public static RecursionDepth current() {
        if (Thread.currentThread() instanceof OwnThread t) return t.recursion;
        RecursionDepth d = other.get();
        return d != null ? d : Unbound.LOCAL.get();
    }

    /**
     * Enters one level of a recursive operation: RecursionError("maximum recursion depth exceeded" +
     * where) past the limit. where is CPython's, e.g. " while getting the repr of an object". Pair with
     * {@link #leave} in a finally block.
     */
    public static RecursionDepth enter(String where) {
        RecursionDepth d = current();
        if (++d.depth > d.limit()) {
            d.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded" + where);
        }
        return d;
    }

    public void leave() { depth--; }

    /** CPython's messages for the operations that count. */
    public static final String IN_REPR = " while getting the repr of an object";
    public static final String IN_STR = " while getting the str of an object";
    public static final String IN_COMPARISON = " in comparison";
    public static final String IN_CALL = " while calling a Python object";

    /** A thread without interpreter state (no interpreter yet, or runtime-only use): CPython's default limit. */
    private static final class Unbound extends RecursionDepth {
        static final ThreadLocal<Unbound> LOCAL = ThreadLocal.withInitial(Unbound::new);

        @Override
        public int limit() { return 1000; }
    }
}
