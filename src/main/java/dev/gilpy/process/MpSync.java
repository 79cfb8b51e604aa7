package dev.gilpy.process;

import dev.gilpy.runtime.*;

/**
 * Lock, RLock, Semaphore, BoundedSemaphore and Event hosted by their creator. A caller names itself
 * ("pid:thread") so an RLock knows its owner.
 */
public final class MpSync implements Endpoint.Hosted {
    private final String kind;
    private long value;
    private final long max;
    private String owner;
    private long depth;
    private boolean flag;

    public MpSync(String kind, long value) {
        this.kind = kind;
        this.value = value;
        this.max = kind.equals("bsem") ? value : Long.MAX_VALUE;
    }

    private static long deadline(PyObject timeout) {
        if (timeout == PyNone.NONE) return -1;
        double t = timeout instanceof PyFloat f ? f.value : ((PyInt) timeout).doubleValue();
        if (t < 0) return -1;
        return System.nanoTime() + (long) (t * 1e9);
    }

    @Override
    public synchronized PyObject invoke(String op, PyObject[] a) {
        switch (op) {
            case "acquire": {
                boolean block = a[0].isTrue();
                long deadline = deadline(a[1]);
                String who = Abstract.strString(a[2]);
                if (kind.equals("rlock") && who.equals(owner)) {
                    depth++;
                    return PyBool.TRUE;
                }
                while (value <= 0) {
                    if (!block || !dev.gilpy.concurrent.Blocking.waitUntil(this, deadline)) return PyBool.FALSE;
                }
                value--;
                owner = who;
                depth = 1;
                return PyBool.TRUE;
            }
            case "release": {
                String who = Abstract.strString(a[0]);
                if (kind.equals("rlock")) {
                    if (!who.equals(owner)) throw Exc.raise(Exc.AssertionError, "attempt to release recursive lock not owned by thread");
                    if (--depth > 0) return PyNone.NONE;
                    owner = null;
                } else if (kind.equals("lock") && value > 0) {
                    throw Exc.valueError("semaphore or lock released too many times");
                } else if (value >= max) {
                    throw Exc.valueError("semaphore or lock released too many times");
                }
                value++;
                notifyAll();
                return PyNone.NONE;
            }
            case "value": return PyInt.of(value);
            case "set": flag = true; notifyAll(); return PyNone.NONE;
            case "clear": flag = false; return PyNone.NONE;
            case "is_set": return PyBool.of(flag);
            case "wait": {
                long deadline = deadline(a[0]);
                while (!flag) if (!dev.gilpy.concurrent.Blocking.waitUntil(this, deadline)) break;
                return PyBool.of(flag);
            }
            default: throw Exc.attributeError(kind + " has no operation " + op);
        }
    }
}
