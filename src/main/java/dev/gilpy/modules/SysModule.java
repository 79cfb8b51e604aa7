package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Flags;
import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.ThreadState;
import dev.gilpy.vm.Traceback;

/** The sys module. */
public final class SysModule {
    private SysModule() {}

    /** The Python version gilpy follows, and gilpy's own: every version string is made from these two. */
    public static final String VERSION = "3.11.7";
    public static final String GILPY_VERSION = "0.1.0";

    /** What {@code gilpy --version} and the REPL's banner say. */
    public static String versionLine() {
        return "gilpy " + GILPY_VERSION + " (Python " + VERSION + " subset, Java " + Runtime.version().feature() + ")";
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys");
        PyList argv = new PyList();
        for (String a : interp.argv) argv.append(new PyStr(a));
        m.set("argv", argv);
        m.set("orig_argv", argv);
        m.set("modules", interp.modules);
        m.set("path", interp.path);
        m.set("stdout", interp.stdout);
        m.set("stderr", interp.stderr);
        m.set("stdin", interp.stdin);
        m.set("__stdout__", interp.stdout);
        m.set("__stderr__", interp.stderr);
        m.set("__stdin__", interp.stdin);
        m.set("version", new PyStr(VERSION + " (gilpy " + GILPY_VERSION + ", Java " + Runtime.version().feature() + ")"));
        m.set("version_info", structSeq("sys.version_info", new String[]{"major", "minor", "micro", "releaselevel", "serial"},
                PyInt.of(3), PyInt.of(11), PyInt.of(7), new PyStr("final"), PyInt.ZERO));
        m.set("hexversion", PyInt.of(0x030B07F0));
        m.set("implementation", structSeq("types.SimpleNamespace", new String[]{"name", "cache_tag"},
                new PyStr("gilpy"), PyNone.NONE));
        m.set("platform", new PyStr(System.getProperty("os.name").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name").toLowerCase()));
        m.set("byteorder", new PyStr("little"));
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10ffff));
        m.set("executable", new PyStr(System.getProperty("gilpy.executable", "gilpy")));
        m.set("prefix", new PyStr(""));
        Flags flags = interp.flags;
        m.set("dont_write_bytecode", PyBool.TRUE);   // gilpy writes no .pyc files (its code cache is private)
        Object[] fv = flags.values();
        PyObject[] fields = new PyObject[fv.length];
        for (int i = 0; i < fv.length; i++) fields[i] = fv[i] instanceof Boolean b ? PyBool.of(b) : PyInt.of((Integer) fv[i]);
        m.set("flags", structSeq("sys.flags", Flags.FIELDS, fields));
        PyDict xoptions = new PyDict();
        flags.xOptions().forEach((k, v) -> xoptions.put(new PyStr(k), v instanceof String s ? new PyStr(s) : PyBool.TRUE));
        m.set("_xoptions", xoptions);
        PyList warnoptions = new PyList();
        for (String w : flags.warnOptions()) warnoptions.append(new PyStr(w));
        m.set("warnoptions", warnoptions);
        m.set("float_info", structSeq("sys.float_info", new String[]{"max", "min", "epsilon", "dig", "mant_dig"},
                new PyFloat(Double.MAX_VALUE), new PyFloat(Double.MIN_NORMAL), new PyFloat(Math.ulp(1.0)),
                PyInt.of(15), PyInt.of(53)));
        m.set("hash_info", structSeq("sys.hash_info", new String[]{"width", "modulus", "inf", "nan"},
                PyInt.of(64), PyInt.of(Hashing.MODULUS), PyInt.of(Hashing.INF), PyInt.ZERO));
        m.def("exit", (a, k) -> {
            Args.range("exit", a, k, 0, 1);
            throw BuiltinsModule.exit(a);
        });
        m.def("getrecursionlimit", (a, k) -> PyInt.of(interp.recursionLimit));
        m.def("setrecursionlimit", (a, k) -> {
            Args.exact("setrecursionlimit", a, k, 1);
            if (!(a[0] instanceof PyInt n)) throw Exc.typeError("'" + a[0].type().name + "' object cannot be interpreted as an integer");
            if (n.signum() <= 0) throw Exc.valueError("recursion limit must be greater or equal than 1");
            interp.recursionLimit = n.intValue();
            return PyNone.NONE;
        });
        m.def("exc_info", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
            return PyTuple.of(e.type(), e, e.tracebackObject());
        });
        m.def("exception", (a, k) -> {
            PyBaseException e = ThreadState.current().handled;
            return e == null ? PyNone.NONE : e;
        });
        m.def("_getframe", (a, k) -> {
            Frame f = ThreadState.current().frame;
            int depth = a.length > 0 ? ((PyInt) a[0]).intValue() : 0;
            for (int i = 0; i < depth && f != null; i++) f = f.back;
            if (f == null) throw Exc.valueError("call stack is not deep enough");
            return new dev.gilpy.vm.PyFrameObject(f);
        });
        // Per thread, as CPython's tstate->async_gen_firstiter/finalizer; asyncio's loop installs them.
        m.def("set_asyncgen_hooks", (a, k) -> {
            PyObject[] p = Args.parse("set_asyncgen_hooks", a, k, new String[]{"firstiter", "finalizer"}, 0);
            for (int i = 0; i < 2; i++) {
                if (p[i] != null && p[i] != PyNone.NONE && !Abstract.isCallable(p[i])) {
                    throw Exc.typeError("callable " + (i == 0 ? "firstiter" : "finalizer") + " expected, got "
                            + p[i].type().name);
                }
            }
            ThreadState ts = ThreadState.current();
            if (p[0] != null) ts.asyncgenFirstiter = p[0] == PyNone.NONE ? null : p[0];
            if (p[1] != null) ts.asyncgenFinalizer = p[1] == PyNone.NONE ? null : p[1];
            return PyNone.NONE;
        });
        m.def("get_asyncgen_hooks", (a, k) -> {
            ThreadState ts = ThreadState.current();
            return structSeq("asyncgen_hooks", new String[]{"firstiter", "finalizer"},
                    Args.orNone(ts.asyncgenFirstiter), Args.orNone(ts.asyncgenFinalizer));
        });
        m.def("intern", (a, k) -> a[0]);
        m.def("getsizeof", (a, k) -> PyInt.of(a.length > 0 && a[0] instanceof PyStr s ? 49 + s.length() : 64));
        m.def("getdefaultencoding", (a, k) -> new PyStr("utf-8"));
        m.def("getfilesystemencoding", (a, k) -> new PyStr("utf-8"));
        m.def("set_int_max_str_digits", (a, k) -> {
            PyObject[] p = Args.parse("set_int_max_str_digits", a, k, new String[]{"maxdigits"}, 1);
            long n = dev.gilpy.runtime.Sizes.ssizeArg(p[0]);
            if (n != 0 && n < PyInt.MIN_MAX_STR_DIGITS) {
                throw Exc.valueError("maxdigits must be 0 or larger than " + PyInt.MIN_MAX_STR_DIGITS);
            }
            PyInt.processMaxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.NONE;
        });
        m.def("get_int_max_str_digits", (a, k) -> PyInt.of(PyInt.processMaxStrDigits));
        m.def("excepthook", (a, k) -> {
            Args.range("excepthook", a, k, 3, 3);
            if (a[1] instanceof PyBaseException e) {
                BuiltinsModule.flushStd(interp);
                interp.writeStderr(Traceback.format(e, interp));
            }
            return PyNone.NONE;
        });
        m.set("__excepthook__", m.get("excepthook"));
        m.def("_is_gil_enabled", (a, k) -> {
            Args.exact("_is_gil_enabled", a, k, 0);
            return PyBool.of(interp.gil.enabled());
        });
        m.def("_gil_max_concurrent", (a, k) -> PyInt.of(interp.gil.maxConcurrent()));
        m.def("getswitchinterval", (a, k) -> {
            Args.exact("getswitchinterval", a, k, 0);
            return new PyFloat(interp.gil.switchInterval());
        });
        m.def("setswitchinterval", (a, k) -> {
            Args.exact("setswitchinterval", a, k, 1);
            double s = ThreadModule.seconds(a[0], "a float");
            if (!(s > 0)) throw Exc.valueError("switch interval must be strictly positive");
            interp.gil.setSwitchInterval(s);
            return PyNone.NONE;
        });
        m.def("audit", (a, k) -> PyNone.NONE);
        m.def("is_finalizing", (a, k) -> PyBool.FALSE);
        return m;
    }

    /** A read-only named tuple like sys.version_info. */
    static PyTuple structSeq(String name, String[] fields, PyObject... values) {
        int dot = name.lastIndexOf('.');
        PyType t = PyType.builtin(name.substring(dot + 1), PyTuple.TYPE, null);
        if (dot > 0) t.module = name.substring(0, dot);
        for (int i = 0; i < fields.length; i++) {
            final int idx = i;
            t.def(fields[i], new PyGetSet(fields[i], o -> ((PyTuple) o).get(idx), null));
        }
        PyTuple tup = new PyTuple(t, values) {
            @Override
            public PyObject repr() {
                StringBuilder sb = new StringBuilder(name).append('(');
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(fields[i]).append('=').append(Abstract.reprString(values[i]));
                }
                return new PyStr(sb.append(')').toString());
            }
        };
        return tup;
    }
}
