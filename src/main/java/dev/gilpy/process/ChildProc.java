package dev.gilpy.process;

import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The parent's view of a child JVM (multiprocessing's Popen). */
public final class ChildProc extends PyObject {
    public static final PyType TYPE = PyType.builtin("mp_popen", PyType.OBJECT, null);

    /** Being launched on a thread of its own: start() returns without waiting for the JVM's fork and exec. */
    private final java.util.concurrent.CompletableFuture<Process> launching;
    private final Path runDir;
    private volatile Integer exitcode;
    /** Done once the owners of the pipe ends the child held know it has exited (join() waits for it). */
    public volatile java.util.concurrent.CompletableFuture<Void> released;
    /** The signal we sent (a JVM that a signal interrupts while starting up may end with status 1). */
    private volatile int signalled;

    public ChildProc(java.util.concurrent.CompletableFuture<Process> launching, Path runDir) {
        this.launching = launching;
        this.runDir = runDir;
    }

    /** The child's process, once launched (pid, is_alive() and join() wait for the launch; a failed launch is an OSError). */
    public Process process() {
        try {
            return launching.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable c = e.getCause();
            String msg = c instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : String.valueOf(c);
            throw dev.gilpy.runtime.Exc.raise(dev.gilpy.runtime.Exc.OSError, "cannot start a child process: " + msg);
        }
    }

    /**
     * The JVM reports a death by signal N as status 128+N, the same as exit(128+N). A child that exits
     * with a status above 128 says so first in this file (see {@link #noteExit}): only without it is the
     * status a signal, which multiprocessing reports as -N.
     */
    private static Path exitNote(Path runDir, long pid) { return runDir.resolve(pid + ".exit"); }

    /** In a child, before it exits with this status. */
    public static void noteExit(Path runDir, int status) {
        if ((status & 0xff) <= 128) return;
        try {
            Files.writeString(exitNote(runDir, ProcessHandle.current().pid()), Integer.toString(status & 0xff));
        } catch (IOException ignored) {
            // the run directory is gone (the parent ended): nobody asks for the status
        }
    }

    @Override
    public PyType type() { return TYPE; }

    /** Exit code as multiprocessing reports it (-signal when killed), or null while running. */
    public Integer poll() {
        Integer known = exitcode;
        if (known != null) return known;
        Process process = process();
        if (process.isAlive()) return null;
        int v = process.exitValue();
        boolean noted = v > 128 && Files.exists(exitNote(runDir, process.pid()));
        if (!noted && signalled != 0 && v != 0) v = -signalled;
        else if (!noted && v > 128) v = -(v - 128);
        exitcode = v;
        return v;
    }

    /** Waits up to seconds (negative: forever); returns poll(). */
    public Integer waitFor(double seconds) {
        Process process = process();
        try {
            if (seconds < 0) process.waitFor();
            else process.waitFor((long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw dev.gilpy.concurrent.Blocking.interrupted();
        }
        return poll();
    }

    public void signal(boolean kill) {
        Process process = process();
        if (process.isAlive()) signalled = kill ? 9 : 15;
        if (kill) process.destroyForcibly();
        else process.destroy();
    }
}
