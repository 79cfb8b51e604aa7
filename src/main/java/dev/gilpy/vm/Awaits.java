package dev.gilpy.vm;

import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyType;

/** What GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR and BEFORE_ASYNC_WITH do. CPython: Python/ceval.c. */
public final class Awaits {
    private Awaits() {}

    /** CPython: _PyCoro_GetAwaitableIter — null if o is not awaitable. */
    static PyObject awaitableIter(PyObject o) {
        if (o instanceof PyCoroutine) return o;
        if (o instanceof PyGenerator g && !(o instanceof PyAsyncGenerator)
                && (g.frame.code.flags & dev.gilpy.bytecode.CodeObject.CO_ITERABLE_COROUTINE) != 0) {
            return o;
        }
        PyType t = o.type();
        PyObject getter = t.lookup("__await__");
        if (getter == null) return null;
        PyObject res = Abstract.callMethod(getter, o);
        if (res instanceof PyCoroutine) throw Exc.typeError("__await__() returned a coroutine");
        if (res.type().lookup("__next__") == null) {
            throw Exc.typeError("__await__() returned non-iterator of type '" + res.type().name + "'");
        }
        return res;
    }

    /** GET_AWAITABLE: where 0 await, 1 after __aenter__, 2 after __aexit__. */
    static PyObject awaitable(PyObject o, int where) {
        PyObject it = awaitableIter(o);
        if (it == null) {
            String name = o.type().name;
            throw Exc.typeError(switch (where) {
                case 1 -> "'async with' received an object from __aenter__ that does not implement __await__: " + name;
                case 2 -> "'async with' received an object from __aexit__ that does not implement __await__: " + name;
                default -> "object " + name + " can't be used in 'await' expression";
            });
        }
        if (it instanceof PyCoroutine c && c.delegate() != null) {
            throw Exc.runtimeError("coroutine is being awaited already");
        }
        return it;
    }

    /** GET_AITER */
    static PyObject aiter(PyObject o) {
        PyObject getter = o.type().lookup("__aiter__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an object with __aiter__ method, got " + o.type().name);
        }
        PyObject it = Abstract.callMethod(getter, o);
        if (it.type().lookup("__anext__") == null) {
            throw Exc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name);
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of aiter.__anext__(). */
    static PyObject anext(PyObject aiter) {
        if (aiter instanceof PyAsyncGenerator g) return new PyAsyncGenerator.ASend(g.initHooks(), dev.gilpy.runtime.PyNone.NONE);
        PyObject getter = aiter.type().lookup("__anext__");
        if (getter == null) {
            throw Exc.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name);
        }
        PyObject next = Abstract.callMethod(getter, aiter);
        PyObject it;
        try {
            it = awaitableIter(next);
        } catch (PyException e) {
            throw fromCause(invalidAnext(next), e);
        }
        if (it == null) throw invalidAnext(next);
        return it;
    }

    private static PyException invalidAnext(PyObject next) {
        return Exc.typeError("'async for' received an invalid object from __anext__: " + next.type().name);
    }

    private static PyException fromCause(PyException e, PyException cause) {
        e.value.cause = cause.value;
        e.value.context = cause.value;
        return e;
    }

    /** END_ASYNC_FOR: true if exc ends the loop (StopAsyncIteration), else the caller re-raises it. */
    static boolean endsAsyncFor(PyObject exc) {
        return exc instanceof PyBaseException e && e.type().isSubtypeOf(Exc.StopAsyncIteration);
    }

    /** BEFORE_ASYNC_WITH: {bound __aexit__, result of __aenter__()}. */
    static PyObject[] beforeAsyncWith(PyObject mgr) {
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Exc.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Exc.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol "
                    + "(missed __aexit__ method)");
        }
        PyObject boundExit = exit instanceof Descriptor d ? d.get(mgr, t) : exit;
        return new PyObject[] {boundExit, Abstract.callMethod(enter, mgr)};
    }

    // ---- the builtins aiter() and anext() (CPython: Python/bltinmodule.c)

    public static PyObject aiterBuiltin(PyObject o) {
        PyObject getter = o.type().lookup("__aiter__");
        if (getter == null) throw Exc.typeError("'" + o.type().name + "' object is not an async iterable");
        PyObject it = Abstract.callMethod(getter, o);
        if (it.type().lookup("__anext__") == null) {
            throw Exc.typeError("aiter() returned not an async iterator of type '" + it.type().name + "'");
        }
        return it;
    }

    /** anext(aiterator[, default]); dflt null when absent. */
    public static PyObject anextBuiltin(PyObject aiter, PyObject dflt) {
        PyObject getter = aiter.type().lookup("__anext__");
        if (getter == null) throw Exc.typeError("'" + aiter.type().name + "' object is not an async iterator");
        PyObject awaitable = Abstract.callMethod(getter, aiter);
        return dflt == null ? awaitable : new AnextAwaitable(awaitable, dflt);
    }

    static final PyType ANEXT_AWAITABLE = PyType.builtin("anext_awaitable", PyType.OBJECT, null);

    static {
        PyType t = ANEXT_AWAITABLE;
        t.acceptableBase = false;
        t.def("send", new dev.gilpy.runtime.PyMethodDescr(t, "send", (a, k) -> ((AnextAwaitable) a[0]).step(a[1], null)));
        t.def("throw", new dev.gilpy.runtime.PyMethodDescr(t, "throw", (a, k) ->
                ((AnextAwaitable) a[0]).step(null, Instructions.makeException(a[1], a.length > 2 ? a[2] : null))));
        t.def("close", new dev.gilpy.runtime.PyMethodDescr(t, "close", (a, k) -> {
            PyObject it = ((AnextAwaitable) a[0]).iter;
            if (it != null) PyGenerator.closeIter(it);
            return dev.gilpy.runtime.PyNone.NONE;
        }));
        t.def("__next__", new dev.gilpy.runtime.PyMethodDescr(t, "__next__", (a, k) ->
                ((AnextAwaitable) a[0]).step(dev.gilpy.runtime.PyNone.NONE, null)));
        t.def("__iter__", new dev.gilpy.runtime.PyMethodDescr(t, "__iter__", (a, k) -> a[0]));
        t.def("__await__", new dev.gilpy.runtime.PyMethodDescr(t, "__await__", (a, k) -> a[0]));
    }

    /** anext() with a default: the default once the iterator is exhausted. CPython: anextawaitableobject. */
    static final class AnextAwaitable extends PyObject {
        private final PyObject awaitable, dflt;
        PyObject iter;

        AnextAwaitable(PyObject awaitable, PyObject dflt) {
            this.awaitable = awaitable;
            this.dflt = dflt;
        }

        @Override
        public PyType type() { return ANEXT_AWAITABLE; }

        @Override
        public PyObject iter() { return this; }

        @Override
        public PyObject next() { return step(dev.gilpy.runtime.PyNone.NONE, null); }

        PyObject step(PyObject value, PyBaseException thrown) {
            if (iter == null) {
                iter = awaitableIter(awaitable);
                if (iter == null) {
                    throw Exc.typeError("'" + awaitable.type().name + "' object is not an iterator");
                }
            }
            try {
                if (thrown != null) {
                    PyObject m = Abstract.getAttrOrNull(iter, "throw");
                    if (m == null) throw thrown.raise();
                    return Abstract.call(m, thrown);
                }
                if (value == dev.gilpy.runtime.PyNone.NONE) {
                    PyObject r = Abstract.next(iter);
                    if (r == null) throw Exc.stopIteration(dev.gilpy.runtime.PyNone.NONE);
                    return r;
                }
                return Abstract.call(Abstract.getAttr(iter, "send"), value);
            } catch (PyException e) {
                if (e.matches(Exc.StopAsyncIteration)) throw Exc.stopIteration(dflt);
                throw e;
            }
        }
    }
}
