package dev.gilpy.vm;

/**
 * A Java platform thread that runs Python code. Holding the state in a field makes
 * {@link ThreadState#current()} a type test instead of a ThreadLocal lookup, and the large stack lets
 * Python recursion reach its limit long before the JVM's stack does.
 */
public final class InterpreterThread extends dev.gilpy.runtime.RecursionDepth.OwnThread {
    public static final long STACK_SIZE = 1L << 30;

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

    /**
     * The thread's state: the recursion counter the runtime sees is the state itself, so one field holds both
     * (it changes only while the thread runs in another interpreter, Interpreter.runHere, by the thread itself).
     */
    public ThreadState state() { return (ThreadState) recursion; }
}
