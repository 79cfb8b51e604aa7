package dev.gilpy.vm;

import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.RecursionDepth;

/** Per-thread interpreter state (CPython's PyThreadState): the frame chain, recursion depth, handled exception. */
public final class ThreadState extends RecursionDepth {

    private static final ThreadLocal<ThreadState> LOCAL = new ThreadLocal<>();
    // The runtime's view of the current thread's depth; null (the runtime then keeps its own) on a thread
    // that has no state while no interpreter exists.
    static { RecursionDepth.registerLookup(() -> LOCAL.get() != null || Interpreter.peek() != null ? current() : null); }

    public final Interpreter interp;
    /** The innermost executing Python frame. */
    public Frame frame;
    /**
     * Finished frames kept for the next call at the same depth (CPython keeps frames on a per-thread
     * data stack for the same reason): index = the caller's depth. See {@link PyFunction#newFrame}.
     */
    Frame[] spareFrames = new Frame[16];
    /** The exception being handled by an except block (sys.exc_info()), or null. */
    public PyBaseException handled;
    /** The current contextvars.Context (null: an empty one, made on first use). A new thread starts empty. */
    public PyObject context;
    /** sys.set_asyncgen_hooks: called with an async generator at its first step; kept for its finalization. */
    public PyObject asyncgenFirstiter, asyncgenFinalizer;
    /** The threading.Thread object (or dummy) that this thread runs, set by the threading module. */
    public PyObject threadObject;
    /** An exception another thread asked this one to raise (KeyboardInterrupt in the main thread). */
    public volatile PyBaseException asyncExc;
    /** A Java throwable on its way out of Python frames, and the Python stack where it started (FatalError). */
    Throwable escaping;
    java.util.List<dev.gilpy.runtime.TracebackEntry> escapingStack;

    /**
     * Estimated bytecodes executed (--gil-stats): Eval adds the span of a loop body at each backward jump
     * and the offset reached at each return, never per instruction. Only this thread writes it.
     */
    public long bytecodes;

    /** Padding after the fields (see RecursionDepth's padding); never read. */
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09;

    public ThreadState(Interpreter interp) { this.interp = interp; }

    @Override
    public int limit() { return interp.recursionLimit; }

    /** The state of the calling thread, creating one bound to the interpreter if needed. */
    public static ThreadState current() {
        Thread t = Thread.currentThread();
        if (t instanceof InterpreterThread it) return it.state();
        ThreadState ts = LOCAL.get();
        if (ts == null || !ts.interp.isLive()) {
            ts = new ThreadState(Interpreter.main());
            LOCAL.set(ts);
        }
        return ts;
    }

    /** The calling thread's state if it has one (null for a thread that never ran Python code). */
    static ThreadState bound() {
        Thread t = Thread.currentThread();
        if (t instanceof InterpreterThread it) return it.state();
        return LOCAL.get();
    }

    /** Makes {@code ts} the calling thread's state (switching interpreters, see Interpreter.runHere). */
    static void swap(ThreadState ts) {
        if (Thread.currentThread() instanceof InterpreterThread it) it.recursion = ts;
        else LOCAL.set(ts);
    }

    /** Binds a state to a thread that we did not create (the JUnit thread, a JLine thread). */
    public static void bind(ThreadState ts) { LOCAL.set(ts); }
}
