package dev.gilpy.modules;

import dev.gilpy.concurrent.SignalTrap;
import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBuiltinFunction;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyFloat;
import dev.gilpy.runtime.PyGetSet;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PySet;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;
import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@code signal} module (CPython: Modules/signalmodule.c plus Lib/signal.py's enums). The JVM-level
 * half is {@link SignalTrap}: a signal whose Python handler is a callable is caught there and its handler
 * runs in the main thread at the next eval-breaker check or blocking wait. SIG_DFL and SIG_IGN are the
 * OS's own dispositions, except that a terminating signal's default first flushes the standard streams.
 * The handler table is process-wide, as signal dispositions are.
 */
public final class SignalModule {
    private SignalModule() {}

    /** Python-level handler per signal number: a callable, SIG_DFL (0) or SIG_IGN (1); null: not settable. */
    private static final PyObject[] PROCESS_HANDLERS = new PyObject[SignalTrap.NSIG];
    private static final PyBuiltinFunction DEFAULT_INT_HANDLER = new PyBuiltinFunction("default_int_handler", (a, k) -> {
        throw new PyBaseException(Exc.KeyboardInterrupt).raise();
    });
    private static final int SIGRTMIN = 34, SIGRTMAX = 64;
    /** Signals whose default action does not end the process (ignore, stop, continue). */
    private static final java.util.Set<Integer> DEFAULT_KEEPS_RUNNING = java.util.Set.of(17, 18, 19, 20, 21, 22, 23, 28);
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
            "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
            "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
            "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
            "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
            "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    /** An IntEnum member (signal.Signals.SIGINT, signal.Handlers.SIG_IGN): an int with a name. */
    static final class EnumMember extends PyInt {
        final PyType type;
        final String name;

        EnumMember(PyType type, String name, long value) {
            super(value);
            this.type = type;
            this.name = name;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyObject repr() { return new PyStr("<" + type.name + "." + name + ": " + value + ">"); }

        /** Python 3.11's IntEnum prints as its number. */
        @Override
        public PyObject str() { return new PyStr(Long.toString(value)); }
    }

    static final PyType SIGNALS = enumType("Signals"), HANDLERS = enumType("Handlers");
    private static final Map<Long, EnumMember> SIGNAL_MEMBERS = new LinkedHashMap<>();
    private static final Map<Long, EnumMember> HANDLER_MEMBERS = new LinkedHashMap<>();
    static final EnumMember SIG_DFL = member(HANDLERS, HANDLER_MEMBERS, "SIG_DFL", 0);
    static final EnumMember SIG_IGN = member(HANDLERS, HANDLER_MEMBERS, "SIG_IGN", 1);

    static {
        for (int i = 1; i < 32; i++) member(SIGNALS, SIGNAL_MEMBERS, "SIG" + SignalTrap.name(i), i);
        member(SIGNALS, SIGNAL_MEMBERS, "SIGRTMIN", SIGRTMIN);
        member(SIGNALS, SIGNAL_MEMBERS, "SIGRTMAX", SIGRTMAX);
    }

    private static PyType enumType(String name) {
        PyType t = PyType.builtin(name, PyInt.TYPE, null);
        t.module = "signal";
        t.acceptableBase = false;
        t.def("name", new PyGetSet("name", o -> new PyStr(((EnumMember) o).name), null));
        t.def("value", new PyGetSet("value", o -> PyInt.of(((EnumMember) o).value), null));
        t.constructor = (cls, a, k) -> {
            Args.exact(name, a, k, 1);
            Map<Long, EnumMember> ms = cls == SIGNALS ? SIGNAL_MEMBERS : HANDLER_MEMBERS;
            EnumMember m = a[0] instanceof PyInt i && !i.isBig() ? ms.get(i.value) : null;
            if (m == null) throw Exc.valueError(Abstract.reprString(a[0]) + " is not a valid " + name);
            return m;
        };
        return t;
    }

    private static EnumMember member(PyType t, Map<Long, EnumMember> into, String name, long v) {
        EnumMember m = new EnumMember(t, name, v);
        into.putIfAbsent(v, m);
        t.def(name, m);
        return m;
    }

    /**
     * At interpreter start (CPython's signal_install_handlers): SIGINT raises KeyboardInterrupt, SIGPIPE and
     * SIGXFSZ are ignored, SIGTERM and SIGHUP flush before they end the process, and the calling
     * thread's interpreter is the one whose handlers run.
     */
    public static void installDefaults(Interpreter interp) {
        for (int i = 1; i < SignalTrap.NSIG; i++) PROCESS_HANDLERS[i] = SIG_DFL;
        PROCESS_HANDLERS[9] = null;
        PROCESS_HANDLERS[19] = null;
        PROCESS_HANDLERS[SignalTrap.SIGINT] = DEFAULT_INT_HANDLER;
        SignalTrap.catchSignal(SignalTrap.SIGINT);
        PROCESS_HANDLERS[13] = SIG_IGN;
        PROCESS_HANDLERS[25] = SIG_IGN;
        SignalTrap.dieOnSignal(SignalTrap.SIGTERM);
        SignalTrap.dieOnSignal(1);
        SignalTrap.setDispatcher(() -> dispatch(interp));
        // From the signal's thread, without the GIL: only our own stream objects, never Python code.
        SignalTrap.setBeforeDeath(() -> {
            if (interp.sysAttr("stdout") instanceof dev.gilpy.runtime.PyTextIO out) out.flush();
            interp.stdout.flush();
            interp.stderr.flush();
        });
    }

    /** Runs the Python handler of each tripped signal (main thread, GIL held); a handler's exception propagates. */
    static void dispatch(Interpreter interp) {
        for (int sig; (sig = SignalTrap.takeNext()) != 0; ) {
            PyObject h = PROCESS_HANDLERS[sig];
            if (h == null || h instanceof PyInt) continue;  // changed to SIG_DFL/SIG_IGN meanwhile
            Frame f = ThreadState.current().frame;
            Abstract.call(h, PyInt.of(sig), f == null ? PyNone.NONE : new dev.gilpy.vm.PyFrameObject(f));
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("signal");
        m.set("Signals", SIGNALS);
        m.set("Handlers", HANDLERS);
        m.set("SIG_DFL", SIG_DFL);
        m.set("SIG_IGN", SIG_IGN);
        for (EnumMember s : SIGNAL_MEMBERS.values()) m.set(s.name, s);
        m.set("SIGIOT", SIGNAL_MEMBERS.get(6L));
        m.set("SIGCLD", SIGNAL_MEMBERS.get(17L));
        m.set("SIGPOLL", SIGNAL_MEMBERS.get(29L));
        m.set("NSIG", PyInt.of(SignalTrap.NSIG));
        m.set("ITIMER_REAL", PyInt.of(0));
        m.set("ITIMER_VIRTUAL", PyInt.of(1));
        m.set("ITIMER_PROF", PyInt.of(2));
        PyType itimerError = PyType.create("itimer_error", new PyType[]{Exc.OSError}, new PyDict(), null);
        itimerError.module = "signal";
        m.set("ItimerError", itimerError);
        m.set("default_int_handler", DEFAULT_INT_HANDLER);

        m.def("signal", (a, k) -> {
            Args.exact("signal", a, k, 2);
            int sig = signum(a[0]);
            PyObject h = a[1];
            boolean isInt = h instanceof PyInt;
            if (isInt ? !(((PyInt) h).value == 0 || ((PyInt) h).value == 1) || ((PyInt) h).isBig()
                    : !Abstract.isCallable(h)) {
                throw Exc.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (!SignalTrap.canHandleSignals()) throw Exc.valueError("signal only works in main thread of the main interpreter");
            PyObject old = PROCESS_HANDLERS[sig];
            if (old == null) throw invalidArgument(Exc.OSError);
            boolean ok;
            if (!isInt) ok = SignalTrap.catchSignal(sig);
            else if (((PyInt) h).value == 1) ok = SignalTrap.ignore(sig);
            else if (sig == SignalTrap.SIGINT || DEFAULT_KEEPS_RUNNING.contains(sig)) ok = SignalTrap.setDefault(sig);
            else ok = SignalTrap.dieOnSignal(sig);
            // Signals the JVM keeps for itself (SIGQUIT, SIGSEGV...) cannot be changed from here.
            if (!ok) throw invalidArgument(Exc.OSError);
            PROCESS_HANDLERS[sig] = isInt ? (((PyInt) h).value == 0 ? SIG_DFL : SIG_IGN) : h;
            return old;
        });
        m.def("getsignal", (a, k) -> {
            Args.exact("getsignal", a, k, 1);
            PyObject h = PROCESS_HANDLERS[signum(a[0])];
            return h == null ? SIG_DFL : h;
        });
        m.def("raise_signal", (a, k) -> {
            Args.exact("raise_signal", a, k, 1);
            int sig = signum(a[0]);
            deliver(sig);
            // CPython checks for signals before returning: a Python handler has run by now.
            SignalTrap.dispatchPending();
            return PyNone.NONE;
        });
        m.def("strsignal", (a, k) -> {
            Args.exact("strsignal", a, k, 1);
            int sig = signum(a[0]);
            if (sig < DESCRIPTIONS.length) return new PyStr(DESCRIPTIONS[sig]);
            if (sig >= SIGRTMIN && sig <= SIGRTMAX) return new PyStr("Real-time signal " + (sig - SIGRTMIN));
            return PyNone.NONE;
        });
        m.def("valid_signals", (a, k) -> {
            Args.exact("valid_signals", a, k, 0);
            PySet s = new PySet();
            for (int i = 1; i < SignalTrap.NSIG; i++) {
                if (i == 32 || i == 33) continue;  // kept by the C library (NPTL)
                s.add(SIGNAL_MEMBERS.containsKey((long) i) ? SIGNAL_MEMBERS.get((long) i) : PyInt.of(i));
            }
            return s;
        });
        m.def("alarm", (a, k) -> {
            Args.exact("alarm", a, k, 1);
            long secs = Abstract.indexLong(a[0], "'" + a[0].type().name + "' object cannot be interpreted as an integer");
            double[] old = setTimer(secs, 0);
            // alarm(2) rounds the time left to the nearest second, and never down to 0 while armed.
            long left = Math.round(old[0]);
            return PyInt.of(left == 0 && old[0] > 0 ? 1 : left);
        });
        m.def("setitimer", (a, k) -> {
            Args.range("setitimer", a, k, 2, 3);
            int which = Abstract.index(a[0], "an integer is required");
            double secs = ThreadModule.seconds(a[1], "a float");
            double interval = a.length > 2 ? ThreadModule.seconds(a[2], "a float") : 0;
            if (which != 0) {
                // ITIMER_VIRTUAL and ITIMER_PROF count CPU time, which the JVM does not signal.
                if (which == 1 || which == 2) throw invalidArgument(itimerError);
                throw invalidArgument(itimerError);
            }
            if (secs < 0 || interval < 0) throw invalidArgument(itimerError);
            double[] old = setTimer(secs, interval);
            return PyTuple.of(new PyFloat(old[0]), new PyFloat(old[1]));
        });
        m.def("getitimer", (a, k) -> {
            Args.exact("getitimer", a, k, 1);
            int which = Abstract.index(a[0], "an integer is required");
            if (which < 0 || which > 2) throw invalidArgument(itimerError);
            double[] now = which == 0 ? timerState() : new double[2];
            return PyTuple.of(new PyFloat(now[0]), new PyFloat(now[1]));
        });
        m.def("pthread_kill", (a, k) -> {
            Args.exact("pthread_kill", a, k, 2);
            int sig = Abstract.index(a[1], "an integer is required");
            if (sig == 0) return PyNone.NONE;
            signum(a[1]);
            // Every Python thread shares the process's handlers, which run in the main thread.
            deliver(sig);
            SignalTrap.dispatchPending();
            return PyNone.NONE;
        });
        return m;
    }

    /** A signal number as CPython checks it (ints and Signals members). */
    private static int signum(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        if (i.isBig() || i.value < 1 || i.value >= SignalTrap.NSIG) throw Exc.valueError("signal number out of range");
        return (int) i.value;
    }

    private static PyException invalidArgument(PyType type) {
        return new PyBaseException(type, PyInt.of(22), new PyStr("Invalid argument")).raise();
    }

    /**
     * What the OS does with a signal sent to this process, by its current disposition: a Python handler
     * is tripped; SIG_IGN does nothing; SIG_DFL ends the process (after flushing) unless the signal's
     * default keeps it running. Used by raise_signal, os.kill of our own pid and the interval timer.
     */
    public static void deliver(int sig) {
        PyObject h = PROCESS_HANDLERS[sig];
        if (h == SIG_IGN || (h == SIG_DFL && DEFAULT_KEEPS_RUNNING.contains(sig))) return;
        if (h == SIG_DFL || h == null) {
            SignalTrap.dieBy(sig);
            Runtime.getRuntime().halt(128 + sig);
        }
        SignalTrap.trip(sig);
    }

    // ------------------------------------------------------------------ ITIMER_REAL and alarm()

    private static ScheduledThreadPoolExecutor timerThread;
    private static ScheduledFuture<?> timer;
    private static double timerInterval;

    /** Arms (or, with 0, disarms) the real-time timer; returns the old (remaining, interval). */
    private static synchronized double[] setTimer(double secs, double interval) {
        double[] old = timerState();
        if (timer != null) timer.cancel(false);
        timer = null;
        timerInterval = 0;
        if (secs > 0) {
            if (timerThread == null) {
                timerThread = new ScheduledThreadPoolExecutor(1, r -> {
                    Thread t = new Thread(r, "itimer");
                    t.setDaemon(true);
                    return t;
                });
                timerThread.setRemoveOnCancelPolicy(true);
            }
            long first = (long) (secs * 1e9);
            Runnable fire = () -> deliver(14);
            timer = interval > 0 ? timerThread.scheduleAtFixedRate(fire, first, (long) (interval * 1e9), TimeUnit.NANOSECONDS)
                    : timerThread.schedule(fire, first, TimeUnit.NANOSECONDS);
            timerInterval = interval;
        }
        return old;
    }

    private static synchronized double[] timerState() {
        if (timer == null || timer.isDone()) return new double[]{0.0, 0.0};
        double left = Math.max(0, timer.getDelay(TimeUnit.NANOSECONDS)) / 1e9;
        return new double[]{left, timerInterval};
    }
}
