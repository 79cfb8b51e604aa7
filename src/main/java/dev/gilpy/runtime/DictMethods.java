package dev.gilpy.runtime;

import java.util.Map;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The Python-visible methods of dict (Objects/dictobject.c). */
final class DictMethods {
    private DictMethods() {}

    static void init() {
        PyType t = PyDict.TYPE;
        t.constructor = (cls, a, k) -> {
            PyDict d = new PyDict();
            fill(d, "dict", a, 0, k);
            return d;
        };
        MethodDefs.defaultNew(t);
        MethodDefs.method(t, "__init__", (a, k) -> {
            fill((PyDict) a[0], "dict", a, 1, k);
            return PyNone.NONE;
        });
        MethodDefs.protocol(t, false, true);
        MethodDefs.unary(t, "__reversed__", s -> new PyDict.DictIterator((PyDict) s, PyDict.DictIterator.KEYS, true));
        MethodDefs.binaryOps(t, OR);
        MethodDefs.inplaceOps(t, OR);
        MethodDefs.unary(t, "keys", s -> new DictViews.View((PyDict) s, DictViews.KEYS));
        MethodDefs.unary(t, "values", s -> new DictViews.View((PyDict) s, DictViews.VALUES));
        MethodDefs.unary(t, "items", s -> new DictViews.View((PyDict) s, DictViews.ITEMS));
        MethodDefs.method(t, "get", (a, k) -> {
            Args.methodRange("get", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length == 3 ? a[2] : PyNone.NONE;
        });
        MethodDefs.method(t, "setdefault", (a, k) -> {
            Args.methodRange("setdefault", a, k, 1, 2);
            PyObject dflt = a.length == 3 ? a[2] : PyNone.NONE;
            PyObject v = ((PyDict) a[0]).putIfAbsent(a[1], dflt);
            return v != null ? v : dflt;
        });
        MethodDefs.method(t, "pop", (a, k) -> {
            Args.methodRange("pop", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).remove(a[1]);
            if (v != null) return v;
            if (a.length == 3) return a[2];
            throw Exc.keyError(a[1]);
        });
        MethodDefs.unary(t, "popitem", s -> {
            Map.Entry<PyObject, PyObject> e = ((PyDict) s).popLast();
            if (e == null) throw Exc.keyError(new PyStr("popitem(): dictionary is empty"));
            return new PyTuple(e.getKey(), e.getValue());
        });
        MethodDefs.method(t, "update", (a, k) -> {
            fill((PyDict) a[0], "update", a, 1, k);
            return PyNone.NONE;
        });
        MethodDefs.unary(t, "clear", s -> { ((PyDict) s).clear(); return PyNone.NONE; });
        MethodDefs.unary(t, "copy", s -> ((PyDict) s).copy());
        MethodDefs.classMethod(t, "fromkeys", (a, k) -> {
            Args.noKw("fromkeys", k);
            if (a.length < 2) throw Exc.typeError("fromkeys expected at least 1 argument, got " + (a.length - 1));
            if (a.length > 3) throw Exc.typeError("fromkeys expected at most 2 arguments, got " + (a.length - 1));
            PyObject value = a.length == 3 ? a[2] : PyNone.NONE;
            PyObject d = Abstract.call(a[0]);
            PyObject it = Abstract.iter(a[1]);
            for (PyObject key; (key = Abstract.next(it)) != null; ) Abstract.setItem(d, key, value);
            return d;
        });
    }

    /** dict(...)/d.update(...): at most one positional mapping or iterable of pairs, then the keywords. */
    static void fill(PyDict d, String fname, PyObject[] a, int offset, String[] k) {
        int nkw = Args.nkw(k);
        int npos = a.length - nkw - offset;
        if (npos > 1) throw Exc.typeError(fname + " expected at most 1 argument, got " + npos);
        if (npos == 1) d.update(a[offset]);
        for (int i = 0; i < nkw; i++) d.put(new PyStr(k[i]), a[a.length - nkw + i]);
    }
}
