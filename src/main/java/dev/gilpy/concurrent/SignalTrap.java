package dev.gilpy.concurrent;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The process-wide, C-level half of signal handling (CPython: Modules/signalmodule.c trip_signal): the
 * JVM's handler only records that a signal arrived, sets the eval breaker's SIGNAL bit and wakes the main
 * thread if it is blocked in a wait; the Python handlers run later in the main thread, holding the GIL
 * (see {@link #setDispatcher}). Everything here is process-wide: one process has one signal disposition
 * per signal and one main thread.
 *
 * <p>Waking a blocked main thread: {@link Gil#blockedWhile} brackets its wait with {@link #enterWait} and
 * {@link #leaveWait}; a signal that arrives in between interrupts the thread (a wait that notices it throws
 * {@link Blocking.Interrupted}), and only in between, so no stale interrupt is ever left on the thread.
 */
public final class SignalTrap {
    private SignalTrap() {}

    /** Linux's numbering (x86-64 and arm64): index = signal number. */
    private static final String[] NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
            "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU",
            "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
    /** CPython's signal.NSIG on Linux. */
    public static final int NSIG = 65;
    public static final int SIGINT = 2, SIGTERM = 15;

    private static final AtomicIntegerArray tripped = new AtomicIntegerArray(NSIG);
    private static volatile boolean anyTripped;
    private static volatile Thread mainThread;
    /** The main thread is between enterWait and leaveWait (guarded by the class lock for the interrupt). */
    private static boolean mainWaiting;
    private static volatile Runnable dispatcher;
    private static volatile Runnable beforeDeath;
    /** Whether the calling thread runs code of the main interpreter now (the VM knows interpreters; we don't). */
    private static volatile java.util.function.BooleanSupplier inMainInterpreter = () -> true;

    /** "INT" for 2; null for numbers without a name the JVM knows. */
    public static String name(int signum) { return signum > 0 && signum < NAMES.length ? NAMES[signum] : null; }

    /** The thread whose Python code runs signal handlers (CPython: the main thread of the main interpreter). */
    public static void setMainThread(Thread t) { mainThread = t; }

    /** Tells how to see whether the calling thread is in the main interpreter (the VM sets it once). */
    public static void setMainInterpreterCheck(java.util.function.BooleanSupplier check) { inMainInterpreter = check; }

    /**
     * CPython's _Py_ThreadCanHandleSignals: the main thread, while it runs code of the main interpreter. In a
     * sub-interpreter (Interpreter.exec/call on the main thread) a signal stays pending, and its handler runs
     * once the thread is back in the main interpreter.
     */
    public static boolean canHandleSignals() {
        return Thread.currentThread() == mainThread && inMainInterpreter.getAsBoolean();
    }

    /** Runs the Python handlers of tripped signals; called by the main thread holding the GIL. */
    public static void setDispatcher(Runnable r) { dispatcher = r; }

    /** Flushes the standard streams before the process dies by a signal (the interpreter sets it). */
    public static void setBeforeDeath(Runnable r) { beforeDeath = r; }

    /**
     * Installs the JVM-level catcher for {@code signum}: its arrival is recorded for the main thread.
     * False when the JVM keeps the signal for itself (SIGQUIT, SIGSEGV, SIGKILL...).
     */
    @SuppressWarnings("removal")
    public static boolean catchSignal(int signum) {
        return install(signum, s -> trip(signum));
    }

    /**
     * The default action of a signal that terminates: the standard streams are flushed (nothing printed
     * is lost), then the process dies by the signal itself, so a parent sees "killed by SIGTERM" as with
     * CPython. Used for SIGTERM/SIGHUP/... while Python's handler is SIG_DFL, since the JVM would otherwise
     * run its own handler (exit 128+n without flushing).
     */
    @SuppressWarnings("removal")
    public static boolean dieOnSignal(int signum) {
        return install(signum, s -> dieBy(signum));
    }

    /** The OS's default disposition (SIG_DFL). */
    @SuppressWarnings("removal")
    public static boolean setDefault(int signum) {
        return install(signum, sun.misc.SignalHandler.SIG_DFL);
    }

    /** The signal is ignored (SIG_IGN). */
    @SuppressWarnings("removal")
    public static boolean ignore(int signum) {
        return install(signum, sun.misc.SignalHandler.SIG_IGN);
    }

    @SuppressWarnings("removal")
    private static boolean install(int signum, sun.misc.SignalHandler h) {
        String n = name(signum);
        if (n == null) return false;
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(n), h);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * Records that {@code signum} arrived (the JVM's handler thread, raise_signal, the REPL's Ctrl-C key):
     * the main thread runs its Python handler at its next eval-breaker check or at once if it is waiting.
     */
    public static void trip(int signum) {
        tripped.set(signum, 1);
        anyTripped = true;
        EvalBreaker.set(EvalBreaker.SIGNAL);
        synchronized (SignalTrap.class) {
            if (mainWaiting) mainThread.interrupt();
        }
    }

    /** True while a signal waits for its Python handler. */
    public static boolean pending() { return anyTripped; }

    /**
     * The next signal to handle (lowest number first, as CPython), clearing it; 0 when none is left
     * (then the breaker's SIGNAL bit is cleared too).
     */
    public static int takeNext() {
        if (!anyTripped) return 0;
        anyTripped = false;
        for (int i = 1; i < NSIG; i++) {
            if (tripped.getAndSet(i, 0) != 0) {
                // Others may still be set: look again next time.
                anyTripped = true;
                return i;
            }
        }
        EvalBreaker.clear(EvalBreaker.SIGNAL);
        // A signal that arrived while clearing must not be lost.
        if (anyTripped) EvalBreaker.set(EvalBreaker.SIGNAL);
        return 0;
    }

    /** Runs the pending Python handlers now (main thread, holding the GIL); they may raise. */
    public static void dispatchPending() {
        Runnable d = dispatcher;
        if (d != null && anyTripped && canHandleSignals()) d.run();
    }

    /** The main thread starts a wait: a signal interrupts it from now on (at once if one is pending). */
    static void enterWait() {
        synchronized (SignalTrap.class) {
            mainWaiting = true;
            if (anyTripped) Thread.currentThread().interrupt();
        }
    }

    /** The wait is over: no interrupt reaches the thread any more, and none is left set. */
    static void leaveWait() {
        synchronized (SignalTrap.class) {
            mainWaiting = false;
            Thread.interrupted();
        }
    }

    /**
     * Flushes what was printed, then dies by {@code signum} with its default action (as a C program that
     * does not handle it, and as CPython after an uncaught KeyboardInterrupt). Returns only if the signal
     * could not end the process; callers then exit with 128 + signum.
     */
    public static void dieBy(int signum) {
        Runnable r = beforeDeath;
        if (r != null) {
            try {
                r.run();
            } catch (RuntimeException | Error ignored) {
                // Dying anyway.
            }
        }
        if (!setDefault(signum)) return;
        try {
            // The JVM has no raise() for a signal it does not handle; kill(1) sends it to this very process.
            Process p = new ProcessBuilder("kill", "-" + name(signum), Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
            // Delivery is asynchronous for this thread when another one takes it: give it a moment.
            Thread.sleep(2000);
        } catch (java.io.IOException | InterruptedException e) {
            // No kill(1): the caller falls back to exit(128 + signum).
        }
    }
}
