package dev.gilpy.vm;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Java platform thread that runs Python code. Holding the state in a field makes
 * {@link ThreadState#current()} a type test instead of a ThreadLocal lookup, and the large stack lets
 * Python recursion reach its limit long before the JVM's stack does.
 *
 * <p>Python threads are started through {@link #startPython}: a platform thread that finished a Python thread
 * waits a while for the next one instead of exiting (creating and starting a platform thread costs 0.4-1 ms
 * on a VM, and a thread that ends must also be reaped), as CPython's ident, which is only unique among live
 * threads, may be recycled. Each run gets a fresh {@link ThreadState} and the name of its Python thread;
 * {@link #run()} counts the runs so per-thread data (threading.local) can tell one Python thread from the
 * next on the same platform thread.
 */
public final class InterpreterThread extends dev.gilpy.runtime.RecursionDepth.OwnThread {
    public static final long STACK_SIZE = 1L << 30;

    /** How long an idle thread waits for the next Python thread before it exits. */
    private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** At most this many idle threads wait at a time (more finishing at once just exit). */
    private static final int MAX_IDLE = 32;
    /** Idle pooled threads, the most recently parked last (it is the likeliest to still be on a core). Guarded by itself. */
    private static final ArrayDeque<InterpreterThread> IDLE = new ArrayDeque<>();

    /** The next Python thread's body, handed over by {@link #startPython} under the IDLE lock (pooled threads). */
    private Runnable next;
    /** Which Python thread this is: incremented each time a pooled thread takes a new one. */
    private volatile int run;

    public InterpreterThread(ThreadState state, Runnable body, String name) {
        this(state, body, name, STACK_SIZE);
    }

    public InterpreterThread(ThreadState state, Runnable body, String name, long stackSize) {
        super(state, body, name, stackSize);
        // a second thread without a GIL: stores that assume one runner must lock from now on
        if (state.interp != null && state.interp.gil.mode() == dev.gilpy.concurrent.GilMode.OFF) {
            dev.gilpy.runtime.PyInstance.threadsRunFree();
        }
    }

    /** A pooled thread: runs {@code first}, then whatever {@link #startPython} hands it until it idles out. */
    private InterpreterThread(ThreadState state, String name, Runnable first) {
        super(state, null, name, STACK_SIZE);
        this.next = first;
    }

    /**
     * The thread's state: the recursion counter the runtime sees is the state itself, so one field holds both
     * (it changes only while the thread runs in another interpreter, Interpreter.runHere, by the thread itself).
     */
    public ThreadState state() { return (ThreadState) recursion; }

    /** Which Python thread the calling thread runs: distinct for successive Python threads on one platform thread. */
    public static int currentRun() { return Thread.currentThread() instanceof InterpreterThread t ? t.run : 0; }

    /** Which Python thread {@code t} runs now (see {@link #currentRun}). */
    public static int runOf(InterpreterThread t) { return t.run; }

    /**
     * Starts a daemon thread running {@code body} with {@code state} as a Python thread named {@code name}: an
     * idle pooled thread when {@code reuse} allows it and the stack is the default, else a new one. {@code policy}
     * hears of the thread ({@link dev.gilpy.concurrent.Gil#threadStarting}) before it can run, so a scheduler
     * orders threads by creation even when a pooled one starts at once. Returns the thread (its id is the Python
     * thread's ident). Throws OutOfMemoryError when no thread can be started.
     */
    public static InterpreterThread startPython(ThreadState state, Runnable body, String name, long stackSize,
                                                boolean reuse, dev.gilpy.concurrent.Gil policy) {
        if (reuse && stackSize == STACK_SIZE) {
            InterpreterThread t;
            synchronized (IDLE) {
                t = IDLE.pollLast();     // claimed: out of IDLE, it waits for this body (see awaitNext)
            }
            if (t != null) {
                t.setName(name);
                policy.threadStarting(t, name);
                synchronized (IDLE) {
                    t.recursion = state;
                    t.run++;
                    t.next = body;
                }
                LockSupport.unpark(t);
                return t;
            }
            t = new InterpreterThread(state, name, body);
            return start(t, policy);
        }
        return start(new InterpreterThread(state, body, name, stackSize), policy);
    }

    private static InterpreterThread start(InterpreterThread t, dev.gilpy.concurrent.Gil policy) {
        t.setDaemon(true);
        policy.threadStarting(t, t.getName());
        try {
            t.start();
        } catch (OutOfMemoryError e) {
            policy.threadNotStarted(t);
            throw e;
        }
        return t;
    }

    @Override
    public void run() {
        Runnable body;
        synchronized (IDLE) {
            body = next;
            next = null;
        }
        if (body == null) {       // not a pooled thread: the Runnable given to the constructor
            super.run();
            return;
        }
        while (body != null) {
            body.run();
            Thread.interrupted();  // an interrupt aimed at the finished Python thread must not reach the next
            recursion = null;      // the finished thread's state (and its interpreter) can go
            body = awaitNext();
        }
    }

    /** Parks this idle thread until {@link #startPython} hands it a body; null after the keep-alive time. */
    private Runnable awaitNext() {
        synchronized (IDLE) {
            if (IDLE.size() >= MAX_IDLE) return null;
            IDLE.addLast(this);
        }
        long deadline = System.nanoTime() + KEEP_ALIVE_NANOS;
        while (true) {
            synchronized (IDLE) {
                if (next != null) {
                    Runnable b = next;
                    next = null;
                    return b;
                }
                // past the keep-alive time it exits, unless startPython has just claimed it for a body
                if (System.nanoTime() - deadline >= 0 && IDLE.remove(this)) return null;
            }
            Thread.interrupted();  // else park returns at once: a stale interrupt would make this spin
            LockSupport.parkNanos(this, Math.max(deadline - System.nanoTime(), 1_000_000));
        }
    }
}
