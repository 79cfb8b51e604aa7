package dev.gilpy.modules;

import dev.gilpy.concurrent.Blocking;
import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.concurrent.Gil;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.InterpreterThread;
import dev.gilpy.vm.ThreadState;
import dev.gilpy.vm.Traceback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The _thread module: Python threads as {@link InterpreterThread}s, the lock types, and a few private
 * hooks the Python-level threading module needs (exit hook, traceback text).
 */
public final class ThreadModule {
    private ThreadModule() {}

    /** Largest timeout accepted (seconds), as CPython's PY_TIMEOUT_MAX / 1e6 on Linux. */
    public static final double TIMEOUT_MAX = 9223372036.0;

    static final AtomicInteger COUNT = new AtomicInteger();
    /**
     * threading.stack_size(): what the program asked for (0: the default). A Python call is a few Java
     * frames here (CPython 3.11 runs Python-to-Python calls without C recursion), so a thread's Java stack
     * is never smaller than {@link InterpreterThread#STACK_SIZE}: a small request must not turn a recursion
     * within the limit into a RecursionError.
     */
    static final class StackSize { volatile long bytes; }   // per interpreter, as CPython's interp->threads.stacksize
    /** CPython's THREAD_STACK_MIN on Linux. */
    private static final long MIN_STACK_SIZE = 32768;
    private static final ThreadLocal<Long> NATIVE_ID = new ThreadLocal<>();

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_thread");
        m.set("LockType", PyLock.TYPE);
        m.set("lock", PyLock.TYPE);
        m.set("RLock", PyRLock.TYPE);
        m.set("_local", PyLocal.TYPE);
        m.set("error", Exc.RuntimeError);
        m.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        m.def("allocate_lock", (a, k) -> {
            Args.exact("allocate_lock", a, k, 0);
            return new PyLock();
        });
        m.def("allocate", (a, k) -> new PyLock());
        m.def("get_ident", (a, k) -> PyInt.of(ident(interp, Thread.currentThread())));
        m.def("get_native_id", (a, k) -> PyInt.of(interp.gil.threadIdent(Thread.currentThread(), nativeId())));
        m.def("_count", (a, k) -> PyInt.of(COUNT.get()));
        // gilpy: the reason the next blocking wait of this thread reports in traces ("join", "queue"; None clears).
        m.def("_block_hint", (a, k) -> {
            dev.gilpy.trace.BlockReason r = a.length == 0 || a[0] == PyNone.NONE ? null
                    : switch (Abstract.strString(a[0])) {
                        case "join" -> dev.gilpy.trace.BlockReason.JOIN;
                        case "queue" -> dev.gilpy.trace.BlockReason.QUEUE;
                        case "io" -> dev.gilpy.trace.BlockReason.IO;
                        case "sleep" -> dev.gilpy.trace.BlockReason.SLEEP;
                        default -> dev.gilpy.trace.BlockReason.LOCK;
                    };
            if (r == null) dev.gilpy.trace.BlockReason.take(null);
            else dev.gilpy.trace.BlockReason.hint(r);
            return PyNone.NONE;
        });
        m.def("stack_size", (a, k) -> {
            Args.range("stack_size", a, k, 0, 1);
            StackSize requested = interp.moduleState(StackSize.class, StackSize::new);
            long old = requested.bytes;
            // As CPython's: no argument means size 0 (the default), which also resets a request.
            long size = a.length == 0 ? 0
                    : Abstract.indexLong(a[0], "'" + a[0].type().name + "' object cannot be interpreted as an integer");
            if (size < 0) throw Exc.valueError("size must be 0 or a positive value");
            if (size != 0 && size < MIN_STACK_SIZE) throw Exc.valueError("size not valid: " + size + " bytes");
            requested.bytes = size;
            return PyInt.of(old);
        });
        m.def("start_new_thread", (a, k) -> {
            Args.range("start_new_thread", a, k, 2, 3);
            if (!(a[1] instanceof PyTuple)) throw Exc.typeError("2nd arg must be a tuple");
            PyObject kw = a.length > 2 ? a[2] : null;
            if (kw != null && !(kw instanceof PyDict)) throw Exc.typeError("optional 3rd arg must be a dictionary");
            return PyInt.of(startThread(interp, a[0], (PyTuple) a[1], (PyDict) kw, null, false));
        });
        // Private: start a thread running fn() and name its Java thread (threading.Thread.start uses this).
        m.def("_start_named", (a, k) -> {
            Args.range("_start_named", a, k, 2, 2);
            return PyInt.of(startThread(interp, a[0], PyTuple.of(), null, Abstract.strString(a[1]), true));
        });
        m.def("interrupt_main", (a, k) -> {
            // CPython 3.10+: simulates the signal's arrival, so its Python handler runs in the main thread.
            Args.range("interrupt_main", a, k, 0, 1);
            int sig = a.length > 0 ? Abstract.index(a[0], "an integer is required") : dev.gilpy.concurrent.SignalTrap.SIGINT;
            if (sig < 1 || sig >= dev.gilpy.concurrent.SignalTrap.NSIG) throw Exc.valueError("signal number out of range");
            dev.gilpy.concurrent.SignalTrap.trip(sig);
            return PyNone.NONE;
        });
        m.def("_monotonic", (a, k) -> new PyFloat(Blocking.nanoTime(interp.gil, 0) / 1e9));
        m.def("_wallclock", (a, k) -> {
            long ms = Blocking.wallNanos(interp.gil) / 1_000_000L;
            String local = java.time.LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(ms), java.time.ZoneId.systemDefault())
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            return PyTuple.of(new PyFloat(ms / 1000.0), PyInt.of(ms % 1000), new PyStr(local));
        });
        m.def("_cpu_count", (a, k) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        // Private: the threading module's object for this thread (ThreadState.threadObject).
        m.def("_get_thread_object", (a, k) -> Args.orNone(ThreadState.current().threadObject));
        m.def("_set_thread_object", (a, k) -> {
            ThreadState.current().threadObject = a[0];
            return PyNone.NONE;
        });
        // Private: run fn() (with the GIL held) when the interpreter shuts down: threading._shutdown.
        m.def("_register_shutdown", (a, k) -> {
            Args.exact("_register_shutdown", a, k, 1);
            PyObject fn = a[0];
            interp.exitHooks.add(() -> Abstract.call(fn));
            return PyNone.NONE;
        });
        // Private: CPython's traceback text for an exception (threading.excepthook).
        m.def("_format_exception", (a, k) -> {
            Args.exact("_format_exception", a, k, 1);
            if (!(a[0] instanceof PyBaseException e)) return new PyStr(Abstract.reprString(a[0]) + "\n");
            return new PyStr(Traceback.format(e, interp));
        });
        return m;
    }

    /** Starts a Python thread; returns its ident. */
    static long startThread(Interpreter interp, PyObject fn, PyTuple args, PyDict kwargs, String name, boolean quiet) {
        ThreadState ts = new ThreadState(interp);
        PyObject[] callArgs;
        String[] kwnames = null;
        PyObject[] pos = Abstract.toArray(args);
        if (kwargs != null && kwargs.size() > 0) {
            var entries = kwargs.entrySnapshot();
            callArgs = new PyObject[pos.length + entries.size()];
            kwnames = new String[entries.size()];
            System.arraycopy(pos, 0, callArgs, 0, pos.length);
            for (int i = 0; i < entries.size(); i++) {
                kwnames[i] = Abstract.strString(entries.get(i).getKey());
                callArgs[pos.length + i] = entries.get(i).getValue();
            }
        } else {
            callArgs = pos;
        }
        final String[] kwn = kwnames;
        Runnable body = () -> {
            Gil gil = interp.gil;
            gil.acquire();
            try {
                Abstract.callKw(fn, callArgs, kwn);
            } catch (PyException e) {
                if (!e.value.type().isSubtypeOf(Exc.SystemExit)) {
                    if (!quiet) interp.writeStderr("Unhandled exception in thread started by " + Abstract.reprString(fn) + "\n");
                    interp.writeStderr(Traceback.format(e.value, interp));
                }
            } catch (StackOverflowError e) {
                interp.writeStderr("Fatal Python error: stack overflow in thread " + Thread.currentThread().getName() + "\n");
            } catch (DeterministicScheduler.Abort e) {
                // The deterministic run ended (deadlock or main thread done): stop quietly.
            } catch (Throwable t) {
                // The last resort (FatalError): the whole process ends with status 1, as after a fatal error.
                dev.gilpy.vm.FatalError.print(t, ts, interp);
                Runtime.getRuntime().exit(1);
            } finally {
                COUNT.decrementAndGet();
                gil.release();
                // The platform thread may carry another Python thread next: its counters start afresh.
                gil.threadEnded(ts.bytecodes);
            }
        };
        COUNT.incrementAndGet();
        String threadName = name == null ? "Dummy" : name;
        long stack = Math.max(InterpreterThread.STACK_SIZE, interp.moduleState(StackSize.class, StackSize::new).bytes);
        Gil policy = interp.gil;
        // A pooled platform thread may carry successive Python threads, except under a tracer, whose lanes are
        // per Java thread and must show each Python thread apart.
        InterpreterThread t;
        try {
            t = InterpreterThread.startPython(ts, body, threadName, stack, policy.tracer() == null, policy);
        } catch (OutOfMemoryError e) {
            COUNT.decrementAndGet();
            throw Exc.raise(Exc.RuntimeError, "can't start new thread");
        }
        return ident(interp, t);
    }

    /** The thread's ident: the Java thread id, or a stable small-based number under the deterministic scheduler. */
    static long ident(Interpreter interp, Thread t) { return interp.gil.threadIdent(t, t.threadId()); }

    /** The OS thread id (Linux TID), read once per thread from /proc/thread-self. */
    static long nativeId() {
        Long id = NATIVE_ID.get();
        if (id == null) {
            try {
                Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
                id = Long.parseLong(p.getFileName().toString());
            } catch (Exception e) {
                id = Thread.currentThread().threadId();
            }
            NATIVE_ID.set(id);
        }
        return id;
    }

    /** Seconds from a Python number, or null. */
    static double seconds(PyObject o, String what) {
        if (o instanceof PyFloat f) return f.value;
        if (o instanceof PyInt i) return i.isBig() ? i.bigValue().doubleValue() : i.value;
        throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as " + what);
    }

    /** Parses acquire(blocking=True, timeout=-1): returns the wait in nanoseconds, -1 forever, 0 non-blocking. */
    static long acquireTimeout(String fname, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse(fname, a, 1, k, new String[]{"blocking", "timeout"}, 0, 2);
        boolean blocking = p[0] == null || Abstract.isTrue(p[0]);
        double timeout = p[1] == null ? -1 : seconds(p[1], "a float");
        if (!blocking && timeout != -1) throw Exc.valueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw Exc.valueError("timeout value must be positive");
        if (timeout > TIMEOUT_MAX) throw Exc.raise(Exc.OverflowError, "timeout value is too large");
        if (!blocking) return 0;
        if (timeout == -1) return -1;
        return Math.max(0, (long) (timeout * 1e9));
    }

    static String addr(PyObject o) {
        return String.format("0x%x", ObjectIds.of(o));
    }

    // ------------------------------------------------------------------ _thread.lock

    /** A non-reentrant lock any thread may release (CPython's _thread.lock). Waiting releases the GIL. */
    public static final class PyLock extends PyObject {
        public static final PyType TYPE = PyType.builtin("lock", PyType.OBJECT, null);

        static {
            TYPE.module = "_thread";
            TYPE.acceptableBase = false;
            PyBuiltinFunction.Body acquire = (a, k) -> PyBool.of(((PyLock) a[0]).acquire(acquireTimeout("acquire", a, k)));
            PyBuiltinFunction.Body release = (a, k) -> {
                Args.methodRange("release", a, k, 0, 0);
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            };
            TYPE.def("acquire", new PyMethodDescr(TYPE, "acquire", acquire));
            TYPE.def("acquire_lock", new PyMethodDescr(TYPE, "acquire_lock", acquire));
            TYPE.def("release", new PyMethodDescr(TYPE, "release", release));
            TYPE.def("release_lock", new PyMethodDescr(TYPE, "release_lock", release));
            TYPE.def("locked", new PyMethodDescr(TYPE, "locked", (a, k) -> PyBool.of(((PyLock) a[0]).isLocked())));
            TYPE.def("locked_lock", new PyMethodDescr(TYPE, "locked_lock", (a, k) -> PyBool.of(((PyLock) a[0]).isLocked())));
            TYPE.def("__enter__", new PyMethodDescr(TYPE, "__enter__", (a, k) -> {
                ((PyLock) a[0]).acquire(-1);
                return PyBool.TRUE;
            }));
            TYPE.def("__exit__", new PyMethodDescr(TYPE, "__exit__", (a, k) -> {
                ((PyLock) a[0]).release();
                return PyNone.NONE;
            }));
            TYPE.constructor = (cls, a, k) -> new PyLock();
        }

        private boolean locked;

        @Override
        public PyType type() { return TYPE; }

        public synchronized boolean tryAcquire() {
            if (locked) return false;
            locked = true;
            return true;
        }

        /** nanos: -1 forever, 0 try once. */
        public boolean acquire(long nanos) {
            if (tryAcquire()) return true;
            if (nanos == 0) return false;
            long deadline = Blocking.deadline(nanos);
            return Interpreter.get().gil.take("Lock.acquire", dev.gilpy.trace.BlockReason.LOCK, () -> !isLocked(),
                    this::tryAcquire, nanos, () -> waitFor(deadline));
        }

        private synchronized boolean waitFor(long deadline) {
            while (locked) if (!Blocking.waitUntil(this, deadline)) return false;
            locked = true;
            return true;
        }

        public synchronized void release() {
            if (!locked) throw Exc.raise(Exc.RuntimeError, "release unlocked lock");
            locked = false;
            notify();
        }

        public synchronized boolean isLocked() { return locked; }

        @Override
        public PyObject repr() {
            return new PyStr("<" + (isLocked() ? "locked" : "unlocked") + " _thread.lock object at " + addr(this) + ">");
        }
    }

    // ------------------------------------------------------------------ _thread.RLock

    /** A reentrant lock owned by the thread that took it (CPython's _thread.RLock). */
    public static final class PyRLock extends PyObject {
        public static final PyType TYPE = PyType.builtin("RLock", PyType.OBJECT, PyRLock::new);

        static {
            TYPE.module = "_thread";
            PyBuiltinFunction.Body acquire = (a, k) -> PyBool.of(((PyRLock) a[0]).acquire(acquireTimeout("acquire", a, k)));
            TYPE.def("acquire", new PyMethodDescr(TYPE, "acquire", acquire));
            TYPE.def("release", new PyMethodDescr(TYPE, "release", (a, k) -> {
                Args.methodRange("release", a, k, 0, 0);
                ((PyRLock) a[0]).release();
                return PyNone.NONE;
            }));
            TYPE.def("__enter__", new PyMethodDescr(TYPE, "__enter__", (a, k) -> PyBool.of(((PyRLock) a[0]).acquire(-1))));
            TYPE.def("__exit__", new PyMethodDescr(TYPE, "__exit__", (a, k) -> {
                ((PyRLock) a[0]).release();
                return PyNone.NONE;
            }));
            TYPE.def("_is_owned", new PyMethodDescr(TYPE, "_is_owned", (a, k) -> PyBool.of(((PyRLock) a[0]).isOwned())));
            TYPE.def("_release_save", new PyMethodDescr(TYPE, "_release_save", (a, k) -> ((PyRLock) a[0]).releaseSave()));
            TYPE.def("_acquire_restore", new PyMethodDescr(TYPE, "_acquire_restore", (a, k) -> {
                ((PyRLock) a[0]).acquireRestore(a[1]);
                return PyNone.NONE;
            }));
            TYPE.def("_recursion_count", new PyMethodDescr(TYPE, "_recursion_count", (a, k) -> {
                PyRLock r = (PyRLock) a[0];
                synchronized (r) {
                    return PyInt.of(r.owner == Thread.currentThread() ? r.count : 0);
                }
            }));
            TYPE.constructor = (cls, a, k) -> new PyRLock(cls);
        }

        private final PyType type;
        private Thread owner;
        private int count;

        public PyRLock(PyType type) { this.type = type; }

        @Override
        public PyType type() { return type; }

        private synchronized boolean tryAcquire() {
            Thread me = Thread.currentThread();
            if (owner == me) {
                count++;
                return true;
            }
            if (owner == null) {
                owner = me;
                count = 1;
                return true;
            }
            return false;
        }

        public boolean acquire(long nanos) {
            if (tryAcquire()) return true;
            if (nanos == 0) return false;
            Thread me = Thread.currentThread();
            long deadline = Blocking.deadline(nanos);
            return Interpreter.get().gil.take("RLock.acquire", dev.gilpy.trace.BlockReason.LOCK, this::isFree,
                    this::tryAcquire, nanos, () -> waitFor(me, deadline, 1));
        }

        private synchronized boolean waitFor(Thread me, long deadline, int n) {
            while (owner != null) if (!Blocking.waitUntil(this, deadline)) return false;
            owner = me;
            count = n;
            return true;
        }

        public synchronized void release() {
            if (owner != Thread.currentThread()) throw Exc.raise(Exc.RuntimeError, "cannot release un-acquired lock");
            if (--count == 0) {
                owner = null;
                notify();
            }
        }

        synchronized boolean isFree() { return owner == null; }

        synchronized boolean isOwned() { return owner == Thread.currentThread(); }

        synchronized PyObject releaseSave() {
            if (count == 0) throw Exc.raise(Exc.RuntimeError, "cannot release un-acquired lock");
            PyObject state = PyTuple.of(PyInt.of(count), PyInt.of(owner.threadId()));
            owner = null;
            count = 0;
            notify();
            return state;
        }

        void acquireRestore(PyObject state) {
            int n = (int) ((PyInt) ((PyTuple) state).get(0)).value;
            Thread me = Thread.currentThread();
            synchronized (this) {
                if (owner == null) {
                    owner = me;
                    count = n;
                    return;
                }
            }
            Interpreter.get().gil.take("RLock.acquire", dev.gilpy.trace.BlockReason.LOCK, this::isFree, () -> {
                synchronized (this) {
                    if (owner != null) return false;
                    owner = me;
                    count = n;
                    return true;
                }
            }, -1, () -> waitFor(me, -1, n));
        }

        @Override
        public PyObject repr() {
            synchronized (this) {
                return new PyStr("<" + (owner != null ? "locked" : "unlocked") + " " + type.module + "." + type.qualname
                        + " object owner=" + (owner == null ? 0 : owner.threadId()) + " count=" + count + " at " + addr(this) + ">");
            }
        }
    }

    // ------------------------------------------------------------------ _thread._local

    /** threading.local: the instance __dict__ is looked up per thread. */
    public static final class PyLocal extends PyInstance {
        public static final PyType TYPE = PyType.builtin("_local", PyType.OBJECT, PyLocal::new);

        static {
            TYPE.module = "_thread";
            // CPython: Modules/_threadmodule.c local_new keeps the arguments for the other threads' __init__.
            TYPE.def("__new__", new dev.gilpy.runtime.PyStaticMethod(new dev.gilpy.runtime.PyBuiltinFunction("__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(TYPE)) {
                    throw Exc.typeError("_thread._local.__new__(X): X is not a subtype of _thread._local");
                }
                PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                if (rest.length > 0 && cls.lookup("__init__") == PyType.OBJECT.ownAttr("__init__")) {
                    throw Exc.typeError("Initialization arguments are not supported");
                }
                PyLocal self = (PyLocal) cls.allocator.allocate(cls);
                self.initArgs = rest;
                self.initKw = k;
                return self;
            })));
        }

        /** A Python thread's dictionary: the platform thread and which of its Python threads (they may be pooled). */
        private record Owner(Thread thread, int run) {}

        private final Map<Owner, PyDict> dicts = new ConcurrentHashMap<>();
        /** The thread that created it: its __init__ ran there as part of the constructor call. */
        private final Owner creator = new Owner(Thread.currentThread(), InterpreterThread.currentRun());
        private PyObject[] initArgs = new PyObject[0];
        private String[] initKw;

        public PyLocal(PyType type) { super(type); }

        @Override
        public PyDict getDict() {
            Owner t = new Owner(Thread.currentThread(), InterpreterThread.currentRun());
            PyDict d = dicts.get(t);
            if (d == null) {
                d = new PyDict();
                dicts.put(t, d);
                // Ended threads' dictionaries go with them (a pooled thread that went on to another Python thread too).
                if (dicts.size() > 16) {
                    dicts.keySet().removeIf(o -> !o.thread.isAlive()
                            || o.thread instanceof InterpreterThread it && InterpreterThread.runOf(it) != o.run);
                }
                // Another thread's first touch runs a subclass's __init__ there, with the constructor's arguments.
                if (!t.equals(creator)) {
                    PyObject init = type().lookup("__init__");
                    if (init != null && init != PyType.OBJECT.ownAttr("__init__")) {
                        Abstract.callMethodKw(init, this, initArgs, initKw);
                    }
                }
            }
            return d;
        }

        // The attributes are the calling thread's dict, never the instance's own layout.
        @Override
        public PyObject instanceAttr(PyStr name) { return getDict().get(name); }

        @Override
        public boolean hasInstanceAttrs() { return true; }

        @Override
        public void setInstanceAttr(PyStr name, PyObject value) { getDict().put(name, value); }

        @Override
        public boolean removeInstanceAttr(PyStr name) { return getDict().remove(name) != null; }
    }
}
