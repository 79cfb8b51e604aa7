package dev.gilpy.process;

import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyType;

import java.util.concurrent.TimeUnit;

/** The parent's view of a child JVM (multiprocessing's Popen). */
public final class ChildProc extends PyObject {
    public static final PyType TYPE = PyType.builtin("mp_popen", PyType.OBJECT, null);

    public final Process process;
    private volatile int signalled;

    public ChildProc(Process p) { this.process = p; }

    @Override
    public PyType type() { return TYPE; }

    /** Exit code as multiprocessing reports it (-signal when killed), or null while running. */
    public Integer poll() {
        if (process.isAlive()) return null;
        int v = process.exitValue();
        if (signalled != 0 && v != 0) return -signalled;
        if (v == 128 + 9 || v == 128 + 15) return -(v - 128);
        return v;
    }

    /** Waits up to seconds (negative: forever); returns poll(). */
    public Integer waitFor(double seconds) {
        try {
            if (seconds < 0) process.waitFor();
            else process.waitFor((long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw dev.gilpy.concurrent.Blocking.interrupted();
        }
        return poll();
    }

    public void signal(boolean kill) {
        signalled = kill ? 9 : 15;
        if (kill) process.destroyForcibly();
        else process.destroy();
    }
}
