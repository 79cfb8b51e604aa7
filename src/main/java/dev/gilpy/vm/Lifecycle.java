package dev.gilpy.vm;

import dev.gilpy.concurrent.Gil;
import dev.gilpy.concurrent.InterruptibleInput;
import dev.gilpy.concurrent.SignalTrap;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTextIO;

import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * A main interpreter's life, the same for the gilpy command and a multiprocessing child: boot (GIL,
 * standard streams, sys.path, built-in modules), run the program on the thread named MainThread, report
 * an uncaught exception as CPython does, and shut down (exit hooks, then flush).
 */
public final class Lifecycle {
    private Lifecycle() {}

    /**
     * The standard streams. {@code out}/{@code err} null: this process's descriptors 1 and 2, buffered
     * as CPython's (stdout line-buffered on a terminal and block-buffered otherwise, stderr
     * line-buffered; {@code writeThrough} for -u/PYTHONUNBUFFERED). {@code stdin}: true reads
     * descriptor 0 (interruptibly, for Ctrl-C in input()); false reads nothing, like a child's devnull.
     */
    public record Streams(OutputStream out, OutputStream err, boolean stdin, boolean writeThrough) {}

    /** A new main interpreter with its GIL, streams, sys.path and built-in modules. */
    public static Interpreter boot(Gil gil, Streams io, List<String> path, Consumer<Interpreter> installModules) {
        Interpreter interp = new Interpreter();
        interp.setGil(gil, false);
        HeapWatch.start();
        boolean ttyOut = io.out() == null && PyTextIO.isTerminal(1);
        interp.stdout = new PyTextIO("<stdout>", "w", io.out() != null ? io.out() : new FileOutputStream(FileDescriptor.out),
                null, io.writeThrough() || ttyOut, ttyOut, 1);
        interp.stderr = new PyTextIO("<stderr>", "w", io.err() != null ? io.err() : new FileOutputStream(FileDescriptor.err),
                null, true, io.err() == null && PyTextIO.isTerminal(2), 2);
        interp.stdout.writeThrough = io.writeThrough();
        interp.stderr.writeThrough = io.writeThrough();
        InputStream in = io.stdin() ? new InterruptibleInput(new FileInputStream(FileDescriptor.in))
                : new ByteArrayInputStream(new byte[0]);
        interp.stdin = new PyTextIO("<stdin>", "r", null, in, false, io.stdin() && PyTextIO.isTerminal(0), 0);
        for (String p : path) interp.path.append(new PyStr(p));
        installModules.accept(interp);
        return interp;
    }

    /**
     * Runs {@code program} on a new thread named MainThread (the one signal handlers run on) and returns
     * its exit status; a Java error that escaped everything else is reported as a fatal error (status 1).
     */
    public static int runAsMain(Interpreter interp, IntSupplier program) {
        int[] rc = {1};
        ThreadState ts = new ThreadState(interp);
        Thread main = new InterpreterThread(ts, () -> {
            try {
                rc[0] = program.getAsInt();
            } catch (Throwable t) {
                FatalError.print(t, ts, interp);
                rc[0] = 1;
            }
        }, "MainThread");
        SignalTrap.setMainThread(main);
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return rc[0];
    }

    /** Exit hooks (threading waits for its threads, multiprocessing for its children), then flush the streams. */
    public static int shutdown(Interpreter interp, int rc) {
        for (Runnable r : interp.exitHooks) {
            try {
                r.run();
            } catch (PyException e) {
                rc = handleUncaught(interp, e.value);
            }
        }
        if (interp.runsAtexit) runAtexit(interp);
        flush(interp);
        return rc;
    }

    /** The atexit module's callbacks, if it was imported: after the threads were joined, as in CPython. */
    private static void runAtexit(Interpreter interp) {
        try {
            PyObject modules = interp.sysAttr("modules");
            if (!(modules instanceof PyDict d)) return;
            PyObject atexit = d.get("atexit");
            if (atexit == null || atexit == PyNone.NONE) return;
            Abstract.call(Abstract.getAttr(atexit, "_run_exitfuncs"));
        } catch (PyException ignored) {
            // _run_exitfuncs reports each callback's failure itself; nothing else is worth a message.
        }
    }

    /** Flushes sys.stdout (whatever the program put there) and the real standard streams. */
    public static void flush(Interpreter interp) {
        try {
            PyObject out = interp.sysAttr("stdout");
            if (out instanceof PyTextIO io) io.flush();
            else if (out != null && out != PyNone.NONE) Abstract.call(Abstract.getAttr(out, "flush"));
        } catch (PyException ignored) {
            // Nothing sensible to report at exit.
        }
        dev.gilpy.runtime.OpenFiles.flushAll();
        interp.stdout.flush();
        interp.stderr.flush();
    }

    /** SystemExit gives its code; anything else prints a traceback (sys.excepthook) and gives 1 (KeyboardInterrupt: 130). */
    public static int handleUncaught(Interpreter interp, PyBaseException exc) {
        flush(interp);
        if (exc.type().isSubtypeOf(Exc.SystemExit)) return interp.systemExitStatus(exc);
        try {
            PyObject hook = interp.sysAttr("excepthook");
            if (hook != null && hook != interp.sysAttr("__excepthook__")) Abstract.call(hook, exc.type(), exc, PyNone.NONE);
            else interp.writeStderr(Traceback.format(exc, interp));
        } catch (PyException e) {
            interp.writeStderr(Traceback.format(exc, interp));
        }
        interp.stderr.flush();
        return exc.type().isSubtypeOf(Exc.KeyboardInterrupt) ? 130 : 1;
    }
}
