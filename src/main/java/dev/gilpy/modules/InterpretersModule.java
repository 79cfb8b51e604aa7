package dev.gilpy.modules;

import dev.gilpy.concurrent.Gils;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.PyFunction;
import dev.gilpy.vm.Traceback;

/**
 * The _interpreters module: the Java side of concurrent.interpreters (PEP 734). Sub-interpreters live in this
 * process, each with its own modules, builtins, {@code __main__} and GIL (PEP 684). Nothing passes between two
 * interpreters by reference except queues: values cross as {@link CrossInterpreter} copies.
 *
 * <p>The exception classes are made per interpreter (as every class an interpreter sees is its own);
 * concurrent.interpreters re-exports them.
 */
public final class InterpretersModule {
    private InterpretersModule() {}

    /** This interpreter's exception classes. */
    static final class Errors {
        PyType interpreterError, notFound, notShareable;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_interpreters");
        Errors err = interp.moduleState(Errors.class, Errors::new);
        err.interpreterError = errorClass("InterpreterError", Exc.Exception);
        err.notFound = errorClass("InterpreterNotFoundError", err.interpreterError);
        err.notShareable = errorClass("NotShareableError", Exc.ValueError);
        m.set("InterpreterError", err.interpreterError);
        m.set("InterpreterNotFoundError", err.notFound);
        m.set("NotShareableError", err.notShareable);

        m.def("create", (a, k) -> {
            Args.exact("create", a, k, 0);
            return PyInt.of(newInterpreter(Interpreter.main(), "_interpreters module").id);
        });
        m.def("destroy", (a, k) -> {
            Args.exact("destroy", a, k, 1);
            Interpreter target = lookup(err, a[0]);
            if (target.isMain()) {
                throw Exc.raise(err.interpreterError, "cannot destroy unrecognized interpreter " + target.id);
            }
            if (target == Interpreter.get()) throw Exc.raise(err.interpreterError, "cannot destroy the current interpreter");
            if (target.isRunning()) throw Exc.raise(err.interpreterError, "interpreter running");
            close(target);
            return PyNone.NONE;
        });
        m.def("exists", (a, k) -> PyBool.of(Interpreter.byId(id(a[0])) != null));
        m.def("list_all", (a, k) -> {
            PyList l = new PyList();
            for (Interpreter i : Interpreter.all()) l.append(PyInt.of(i.id));
            return l;
        });
        m.def("get_current", (a, k) -> PyInt.of(Interpreter.get().id));
        m.def("get_main", (a, k) -> PyInt.of(Interpreter.main().id));
        m.def("whence", (a, k) -> new PyStr(lookup(err, a[0]).whence));
        m.def("is_running", (a, k) -> PyBool.of(lookup(err, a[0]).isRunning()));
        m.def("is_shareable", (a, k) -> {
            Args.exact("is_shareable", a, k, 1);
            return PyBool.of(CrossInterpreter.isImmutableValue(a[0]));
        });
        // set___main___attrs(id, dict): binds copies of the values in the interpreter's __main__.
        m.def("set___main___attrs", (a, k) -> {
            Args.exact("set___main___attrs", a, k, 2);
            Interpreter target = lookup(err, a[0]);
            if (target.isRunning() && target != Interpreter.get()) throw Exc.raise(err.interpreterError, "interpreter running");
            if (!(a[1] instanceof PyDict ns)) throw Exc.typeError("expected a dict, not " + a[1].type().name);
            var entries = ns.entrySnapshot();
            CrossInterpreter.Packed[] values = new CrossInterpreter.Packed[entries.size()];
            for (int i = 0; i < values.length; i++) values[i] = pack(err, entries.get(i).getValue());
            target.runHere(() -> {
                PyDict main = mainModule(target).dict;
                for (int i = 0; i < values.length; i++) main.put(entries.get(i).getKey(), values[i].unpack());
                return null;
            });
            return PyNone.NONE;
        });
        // exec(id, code) -> None, or the excinfo tuple of the exception it raised.
        m.def("exec", (a, k) -> {
            Args.exact("exec", a, k, 2);
            Interpreter target = lookup(err, a[0]);
            PyObject code = a[1];
            String source;
            dev.gilpy.bytecode.CodeObject compiled;
            if (code instanceof PyStr s) {
                source = s.value;
                compiled = null;
            } else if (code instanceof PyFunction f) {
                checkPlainFunction(f);
                source = null;
                compiled = f.code;
            } else {
                throw Exc.typeError("_interpreters.exec() argument 2 must be a string, a function, or a code object, not "
                        + code.type().name);
            }
            return runMain(err, target, () -> {
                PyDict main = mainModule(target).dict;
                dev.gilpy.bytecode.CodeObject c = compiled != null ? compiled
                        : target.compile(source, "<string>", Parsing.Mode.FILE);
                target.exec(c, main, main);
                return null;
            });
        });
        // call(id, callable, args, kwargs) -> (result, None, None), or (None, excinfo, a copy of the exception
        // or None when it cannot cross).
        m.def("call", (a, k) -> {
            Args.exact("call", a, k, 4);
            Interpreter target = lookup(err, a[0]);
            CrossInterpreter.Packed fn = pack(err, a[1]);
            CrossInterpreter.Packed args = pack(err, a[2]);
            CrossInterpreter.Packed kwargs = pack(err, a[3]);
            CrossInterpreter.Packed[] result = new CrossInterpreter.Packed[2];
            PyObject excinfo = runMain(err, target, () -> {
                PyObject f = fn.unpack();
                PyObject[] pos = Abstract.toArray(args.unpack());
                var kw = ((PyDict) kwargs.unpack()).entrySnapshot();
                PyObject[] all = new PyObject[pos.length + kw.size()];
                String[] names = kw.isEmpty() ? null : new String[kw.size()];
                System.arraycopy(pos, 0, all, 0, pos.length);
                for (int i = 0; i < kw.size(); i++) {
                    all[pos.length + i] = kw.get(i).getValue();
                    names[i] = Abstract.strString(kw.get(i).getKey());
                }
                try {
                    result[0] = CrossInterpreter.pack(f.call(all, names));
                } catch (PyException e) {
                    try {
                        result[1] = CrossInterpreter.pack(e.value);
                    } catch (PyException cannot) {
                        result[1] = null;
                    }
                    throw e;
                }
                return null;
            });
            if (excinfo != PyNone.NONE) {
                PyObject copy = PyNone.NONE;
                if (result[1] != null) {
                    try {
                        copy = result[1].unpack();
                    } catch (PyException cannot) {
                        copy = PyNone.NONE;
                    }
                }
                return PyTuple.of(PyNone.NONE, excinfo, copy);
            }
            return PyTuple.of(result[0].unpack(), PyNone.NONE, PyNone.NONE);
        });

        // ---------------------------------------------------------------- queues (process-wide, by id)
        // queue_create(maxsize, unboundop) -> id; unboundop: what becomes of an item whose interpreter closed.
        m.def("queue_create", (a, k) -> {
            Args.exact("queue_create", a, k, 2);
            return PyInt.of(CrossInterpreter.Queue.create(Interpreter.get(),
                    (int) Math.max(0, Abstract.indexLong(a[0], "maxsize must be an int")), unboundop(a[1])).id);
        });
        m.def("queue_exists", (a, k) -> PyBool.of(CrossInterpreter.Queue.byId(id(a[0])) != null));
        // queue_bind(qid): this interpreter now holds a Queue object for it (QueueNotFoundError's message if gone).
        m.def("queue_bind", (a, k) -> {
            Args.exact("queue_bind", a, k, 1);
            CrossInterpreter.Queue q = CrossInterpreter.Queue.byId(id(a[0]));
            if (q == null) return PyBool.FALSE;
            q.bind(Interpreter.get());
            return PyBool.TRUE;
        });
        // _register_queue_class(cls): the class of this interpreter's Queue objects, so that values sent to another
        // interpreter are known to carry them.
        m.def("_register_queue_class", (a, k) -> {
            Args.exact("_register_queue_class", a, k, 1);
            if (!(a[0] instanceof PyType t)) throw Exc.typeError("expected a class, not " + a[0].type().name);
            interp.moduleState(CrossInterpreter.Queue.HandleClass.class, CrossInterpreter.Queue.HandleClass::new).type = t;
            return PyNone.NONE;
        });
        m.def("queue_maxsize", (a, k) -> PyInt.of(queue(a[0]).maxsize));
        m.def("queue_qsize", (a, k) -> PyInt.of(queue(a[0]).size()));
        // queue_put(qid, obj, timeout_or_None, block, unboundop_or_None) -> True, or False when it stayed full.
        m.def("queue_put", (a, k) -> {
            Args.exact("queue_put", a, k, 5);
            CrossInterpreter.Queue q = queue(a[0]);
            // As CPython: a value that cannot be pickled raises the pickling error itself.
            CrossInterpreter.Packed value = CrossInterpreter.pack(a[1]);
            int op = a[4] == PyNone.NONE ? q.unboundop : unboundop(a[4]);
            return PyBool.of(q.put(interp, new CrossInterpreter.Queue.Item(value, interp, op), timeoutNanos(a[2], a[3])));
        });
        // queue_get(qid, timeout_or_None, block) -> (True, obj, 0), (True, None, unboundop) for an item whose
        // interpreter closed, or (False, None, 0) when it stayed empty.
        m.def("queue_get", (a, k) -> {
            Args.exact("queue_get", a, k, 3);
            CrossInterpreter.Queue.Item item = queue(a[0]).get(interp, timeoutNanos(a[1], a[2]));
            if (item == null) return PyTuple.of(PyBool.FALSE, PyNone.NONE, PyInt.of(0));
            CrossInterpreter.Packed value = item.value;
            if (value == null) return PyTuple.of(PyBool.TRUE, PyNone.NONE, PyInt.of(item.unboundop));
            return PyTuple.of(PyBool.TRUE, value.unpack(), PyInt.of(0));
        });
        return m;
    }

    private static PyType errorClass(String name, PyType base) {
        PyType t = PyType.create(name, new PyType[]{base}, new PyDict(), null);
        t.module = "concurrent.interpreters";
        return t;
    }

    private static long id(PyObject o) {
        if (!(o instanceof PyInt i) || o instanceof PyBool) throw Exc.typeError("interpreter ID must be an int, got " + o.type().name);
        return i.value;
    }

    private static Interpreter lookup(Errors err, PyObject idObj) {
        long id = id(idObj);
        Interpreter i = Interpreter.byId(id);
        if (i == null) throw Exc.raise(err.notFound, "unrecognized interpreter ID " + id);
        return i;
    }

    private static CrossInterpreter.Queue queue(PyObject qid) {
        CrossInterpreter.Queue q = CrossInterpreter.Queue.byId(id(qid));
        if (q == null) throw Exc.valueError("queue " + id(qid) + " not found");
        return q;
    }

    private static int unboundop(PyObject op) {
        long v = Abstract.indexLong(op, "unboundop must be an int");
        if (v < CrossInterpreter.Queue.UNBOUND_REMOVE || v > CrossInterpreter.Queue.UNBOUND) {
            throw Exc.valueError("unsupported unboundop " + v);
        }
        return (int) v;
    }

    /** block False: 0 (try once); timeout None: -1 (forever); else the seconds given. */
    private static long timeoutNanos(PyObject timeout, PyObject block) {
        if (!Abstract.isTrue(block)) return 0;
        if (timeout == PyNone.NONE) return -1;
        double s = ThreadModule.seconds(timeout, "a timeout");
        if (s < 0) throw Exc.valueError("timeout value must be a non-negative number");
        return (long) (s * 1e9);
    }

    /** A copy of o for another interpreter; NotShareableError (its cause the pickling error) if it cannot cross. */
    private static CrossInterpreter.Packed pack(Errors err, PyObject o) {
        try {
            return CrossInterpreter.pack(o);
        } catch (PyException e) {
            PyException x = Exc.raise(err.notShareable, Abstract.reprString(o) + " does not support cross-interpreter data");
            x.value.cause = e.value;
            x.value.suppressContext = true;
            throw x;
        }
    }

    /** exec() refuses functions it cannot run as a script body, as CPython does. */
    private static void checkPlainFunction(PyFunction f) {
        if (f.code.argcount > 0 || f.code.kwonlyargcount > 0 || (f.code.flags & 0x0C) != 0) {
            throw Exc.valueError("_interpreters.exec(): bad func (arguments not supported)");
        }
        if (f.code.freevars.length > 0) throw Exc.valueError("_interpreters.exec(): closures not supported");
        if ((f.code.flags & 0x20) != 0) throw Exc.valueError("_interpreters.exec(): generators not supported");
    }

    /**
     * Runs body in the target interpreter on this thread, marking it as running its __main__; an exception
     * raised there comes back as an excinfo tuple of strings (the exception object itself stays behind).
     */
    private static PyObject runMain(Errors err, Interpreter target, java.util.function.Supplier<Void> body) {
        if (target.isRunning() && target != Interpreter.get()) {
            throw Exc.raise(err.interpreterError, "interpreter already running");
        }
        String[] info = target.runHere(() -> {
            try {
                body.get();
                return null;
            } catch (PyException e) {
                return excinfo(target, e.value);
            }
        });
        if (info == null) return PyNone.NONE;
        PyObject[] items = new PyObject[info.length];
        for (int i = 0; i < info.length; i++) items[i] = new PyStr(info[i]);
        return PyTuple.of(items);
    }

    /** (type name, qualname, module, str(exc), "Name: str(exc)" as CPython's excinfo, the traceback as printed) */
    private static String[] excinfo(Interpreter where, PyBaseException e) {
        PyType t = e.type();
        String msg;
        try {
            msg = Abstract.strString(e);
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        String formatted = t.name + ": " + msg;
        String display = Traceback.format(e, where).stripTrailing();
        return new String[]{t.name, t.qualname == null ? t.name : t.qualname, t.module == null ? "builtins" : t.module,
                msg, formatted, display};
    }

    private static PyModule mainModule(Interpreter target) {
        return (PyModule) target.modules.get(new PyStr("__main__"));
    }

    /**
     * A new sub-interpreter in the state CPython gives one: its own builtins, sys (argv and path copied from the
     * main interpreter), an empty {@code __main__}, and a GIL of the process's mode. Its standard streams are
     * text objects of its own over the process's file descriptors (as in CPython), so replacing or closing
     * sys.stdout in one interpreter leaves the others' alone; they share one buffer per stream, so the output
     * of all interpreters keeps the order it was written in.
     */
    public static Interpreter newInterpreter(Interpreter main, String whence) {
        Interpreter sub = new Interpreter(whence);
        sub.installSubInterpreterGil(Gils.forSubInterpreter(main.gil, sub.id));
        sub.stdout = main.stdout.sharing();
        sub.stderr = main.stderr.sharing();
        sub.stdin = main.stdin.sharing();
        sub.argv.addAll(main.argv);
        for (PyObject p : main.path.toArray()) sub.path.append(p);
        sub.recursionLimit = main.recursionLimit;
        // Installing imports sys, which runs module code: do it as a thread of the new interpreter.
        sub.runHere(() -> {
            Modules.install(sub);
            PyModule m = new PyModule("__main__");
            m.set("__builtins__", sub.builtins);
            sub.modules.put(new PyStr("__main__"), m);
            return null;
        });
        return sub;
    }

    /** Finalizes: threading's exit hook waits for the interpreter's threads, then it is gone. */
    static void close(Interpreter target) {
        target.runHere(() -> {
            for (Runnable r : target.exitHooks) {
                try {
                    r.run();
                } catch (PyException e) {
                    target.writeStderr(Traceback.format(e.value, target));
                }
            }
            return null;
        });
        target.close();
        CrossInterpreter.Queue.interpreterClosed(target);
    }
}
