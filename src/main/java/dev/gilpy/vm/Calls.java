package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyMethod;
import dev.gilpy.runtime.PyMethodDescr;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;

import java.util.Arrays;
import java.util.Map;

/** What CALL, LOAD_METHOD, MAKE_FUNCTION, BEFORE_WITH and SEND do, out of the eval loop's way. */
final class Calls {
    private Calls() {}

    /** Calls callable with s[first .. first+n); the last len(kwnames) are keyword arguments. */
    static PyObject call(PyObject callable, PyObject[] s, int first, int n, String[] kwnames) {
        if (callable instanceof PyFunction fn) return fn.invoke(s, first, n, kwnames);
        if (callable instanceof PyMethod m && m.func instanceof PyFunction fn) return fn.invokeWith(m.self, s, first, n, kwnames);
        if (callable instanceof PyType t && t.plainInit() instanceof PyFunction init) return construct(t, init, s, first, n, kwnames);
        return callable.call(Arrays.copyOfRange(s, first, first + n), kwnames);
    }

    private static final PyObject[] NO_ARGS = {};

    /**
     * Calls callable with args, an array made for this call alone: a built-in callable gets it as it is.
     * (Through {@link #call} it was copied once more, and every built-in method call from CALL's one- to
     * three-argument forms, list.append or dict.get, allocated its arguments twice.)
     */
    static PyObject callFresh(PyObject callable, PyObject[] args) {
        if (callable instanceof PyFunction || callable instanceof PyMethod || callable instanceof PyType) {
            return call(callable, args, 0, args.length, null);
        }
        return callable.call(args, null);
    }

    static PyObject callNoArgs(PyObject callable) { return callFresh(callable, NO_ARGS); }

    /**
     * type.__call__ for a class whose instances object.__new__ makes and a Python function initialises
     * ({@link PyType#plainInit}): the caller's arguments go straight into __init__'s frame behind the new
     * instance. {@link Abstract#callType} is the general path, with the same checks.
     */
    static PyObject construct(PyType cls, PyFunction init, PyObject[] s, int first, int n, String[] kwnames) {
        PyObject obj = cls.allocator.allocate(cls);
        PyObject r = init.invokeWith(obj, s, first, n, kwnames);
        if (r != PyNone.NONE) throw Exc.typeError("__init__() should return None, not '" + r.type().name + "'");
        return obj;
    }

    /**
     * LOAD_METHOD's lookup: the unbound function when obj.name is a plain method found on the type and
     * not shadowed by the instance dict; else null (the caller does an ordinary getattr).
     */
    static PyObject lookupMethod(PyObject obj, PyStr name) {
        if (obj instanceof PyType || obj instanceof dev.gilpy.runtime.PyModule || obj instanceof PySuper) return null;
        PyType t = obj.type();
        PyObject m = t.lookup(name.value);
        if (!(m instanceof PyFunction || m instanceof PyMethodDescr)) return null;
        if (!t.builtin) {
            PyObject ga = t.lookup("__getattribute__");
            if (ga != null && !(ga instanceof PyMethodDescr)) return null;
        }
        return obj.instanceAttr(name) != null ? null : m;
    }

    /** f(*args, **kwargs). */
    static PyObject callEx(PyObject func, PyObject args, PyObject kwargs) {
        PyObject[] pos;
        if (args instanceof PyTuple t) pos = t.array();
        else {
            try {
                pos = Abstract.toArray(args);
            } catch (PyException e) {
                if (e.matches(Exc.TypeError)) {
                    throw Exc.typeError(funcName(func) + " argument after * must be an iterable, not "
                            + args.type().name);
                }
                throw e;
            }
        }
        if (kwargs == null || (kwargs instanceof PyDict d0 && d0.size() == 0)) {
            return call(func, pos, 0, pos.length, null);
        }
        PyDict kw;
        if (kwargs instanceof PyDict d) kw = d;
        else {
            kw = new PyDict();
            Builders.dictMerge(kw, kwargs, func);
        }
        var entries = kw.entrySnapshot();
        PyObject[] all = Arrays.copyOf(pos, pos.length + entries.size());
        String[] names = new String[entries.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : entries) {
            if (!(e.getKey() instanceof PyStr k)) throw Exc.typeError("keywords must be strings");
            names[i] = k.value;
            all[pos.length + i] = e.getValue();
            i++;
        }
        return call(func, all, 0, all.length, names);
    }

    static String funcName(PyObject func) {
        if (func instanceof PyFunction f) return f.qualname + "()";
        if (func instanceof PyType t) return t.name + "()";
        PyObject n = Abstract.getAttrOrNull(func, "__qualname__");
        return n instanceof PyStr s ? s.value + "()" : Abstract.reprString(func);
    }

    static PyFunction makeFunction(CodeObject code, PyDict globals, PyTuple defaults, PyDict kwdefaults,
                                   PyTuple closure, Interpreter interp) {
        PyCell[] cells = null;
        if (closure != null) {
            PyObject[] items = closure.array();
            cells = new PyCell[items.length];
            for (int i = 0; i < items.length; i++) cells[i] = (PyCell) items[i];
        }
        return new PyFunction(code, globals, defaults == null ? null : defaults.array(), kwdefaults, cells, interp);
    }

    static void checkExceptType(PyObject type) {
        if (type instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) return;
        if (type instanceof PyTuple tup) {
            for (PyObject o : tup.array()) checkExceptType(o);
            return;
        }
        throw Exc.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** BEFORE_WITH: {bound __exit__, result of __enter__()}. */
    static PyObject[] beforeWith(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null) {
            throw Exc.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw Exc.typeError("'" + t.name + "' object does not support the context manager protocol "
                    + "(missed __exit__ method)");
        }
        PyObject boundExit = exit instanceof Descriptor d ? d.get(mgr, t) : exit;
        PyObject res = Abstract.callMethod(enter, mgr);
        return new PyObject[]{boundExit, res};
    }

    /** What {@link #send} gives when the receiver returned (as against yielded): its return value. */
    record Returned(PyObject value) {}

    /**
     * SEND: the value the receiver yields, or {@link Returned} with its return value once it is done (an
     * allocation per finished await rather than per step, as a pair would be).
     */
    static Object send(PyObject receiver, PyObject value) {
        if (receiver instanceof PyGenerator g) {
            PyObject r = g.sendForYieldFrom(value);
            return r != null ? r : new Returned(g.returnValue());
        }
        try {
            PyObject r;
            if (value == PyNone.NONE) {
                r = Abstract.next(receiver);
                if (r == null) return new Returned(PyNone.NONE);
            } else {
                r = Abstract.call(Abstract.getAttr(receiver, "send"), value);
            }
            return r;
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) {
                PyBaseException si = e.value;
                return new Returned(si.args.size() > 0 ? si.args.get(0) : PyNone.NONE);
            }
            throw e;
        }
    }
}
