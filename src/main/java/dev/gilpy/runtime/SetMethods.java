package dev.gilpy.runtime;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The Python-visible methods of set and frozenset. */
final class SetMethods {
    private SetMethods() {}

    static void init() {
        for (PyType t : new PyType[]{PySet.TYPE, PySet.FROZEN_TYPE}) common(t);
        PyType t = PySet.TYPE;
        PySet.TYPE.constructor = (cls, a, k) -> {
            Args.range("set", a, k, 0, 1);
            PySet s = new PySet();
            if (a.length == 1) s.addAll(a[0]);
            return s;
        };
        PySet.FROZEN_TYPE.constructor = (cls, a, k) -> {
            Args.range("frozenset", a, k, 0, 1);
            if (a.length == 1 && a[0] instanceof PySet s && s.frozen && s.type() == PySet.FROZEN_TYPE) return s;
            PySet s = PySet.frozen();
            if (a.length == 1) s.addAll(a[0]);
            return s;
        };
        MethodDefs.defaultNew(PySet.TYPE);
        MethodDefs.method(t, "__init__", (a, k) -> {
            Args.noKw("set", k);
            if (a.length > 2) throw Exc.typeError("set expected at most 1 argument, got " + (a.length - 1));
            PySet s = (PySet) a[0];
            s.clear();
            if (a.length == 2) s.addAll(a[1]);
            return PyNone.NONE;
        });
        PyBuiltinFunction fnew = new PyBuiltinFunction("__new__", (a, k) -> {
            PyType cls = (PyType) a[0];
            if (a.length > 2) throw Exc.typeError("frozenset expected at most 1 argument, got " + (a.length - 1));
            PySet s = (PySet) cls.allocator.allocate(cls);
            if (a.length == 2) s.addAll(a[1]);
            return s;
        });
        PySet.FROZEN_TYPE.def("__new__", new PyStaticMethod(fnew));
        MethodDefs.binary(t, "add", (s, x) -> { ((PySet) s).add(x); return PyNone.NONE; });
        MethodDefs.binary(t, "remove", (s, x) -> {
            if (!((PySet) s).removeKey(x)) throw Exc.keyError(x);
            return PyNone.NONE;
        });
        MethodDefs.binary(t, "discard", (s, x) -> { ((PySet) s).removeKey(x); return PyNone.NONE; });
        MethodDefs.unary(t, "pop", s -> {
            PyObject v = ((PySet) s).pop();
            if (v == null) throw Exc.keyError(new PyStr("pop from an empty set"));
            return v;
        });
        MethodDefs.unary(t, "clear", s -> { ((PySet) s).clear(); return PyNone.NONE; });
        MethodDefs.method(t, "update", (a, k) -> {
            Args.noKw("update", k);
            for (int i = 1; i < a.length; i++) ((PySet) a[0]).addAll(a[i]);
            return PyNone.NONE;
        });
        MethodDefs.method(t, "intersection_update", (a, k) -> {
            Args.noKw("intersection_update", k);
            for (int i = 1; i < a.length; i++) ((PySet) a[0]).intersectionUpdate(a[i]);
            return PyNone.NONE;
        });
        MethodDefs.method(t, "difference_update", (a, k) -> {
            Args.noKw("difference_update", k);
            for (int i = 1; i < a.length; i++) ((PySet) a[0]).differenceUpdate(a[i]);
            return PyNone.NONE;
        });
        MethodDefs.binary(t, "symmetric_difference_update", (s, o) -> {
            ((PySet) s).symmetricDifferenceUpdate(o);
            return PyNone.NONE;
        });
        MethodDefs.inplaceOps(t, OR, AND, SUBTRACT, XOR);
    }

    private static void common(PyType t) {
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
        MethodDefs.unary(t, "__iter__", PyObject::iter);
        MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(((PySet) s).hasKey(x)));
        MethodDefs.comparisons(t);
        if (t == PySet.TYPE) t.def("__hash__", PyNone.NONE);
        else MethodDefs.unary(t, "__hash__", o -> PyInt.of(((PySet) o).hash64()));
        MethodDefs.binaryOps(t, OR, AND, SUBTRACT, XOR);
        MethodDefs.unary(t, "copy", s -> {
            PySet p = (PySet) s;
            if (p.frozen && p.type() == PySet.FROZEN_TYPE) return p;
            return p.copyAs(p.frozen);
        });
        MethodDefs.method(t, "union", (a, k) -> {
            Args.noKw("union", k);
            PySet r = ((PySet) a[0]).copyAs(((PySet) a[0]).frozen);
            for (int i = 1; i < a.length; i++) r.addAll(a[i]);
            return r;
        });
        MethodDefs.method(t, "intersection", (a, k) -> {
            Args.noKw("intersection", k);
            PySet r = (PySet) a[0];
            if (a.length == 1) return r.copyAs(r.frozen);
            for (int i = 1; i < a.length; i++) r = r.intersection(a[i]);
            return r;
        });
        MethodDefs.method(t, "difference", (a, k) -> {
            Args.noKw("difference", k);
            PySet r = (PySet) a[0];
            if (a.length == 1) return r.copyAs(r.frozen);
            r = r.difference(a[1]);
            for (int i = 2; i < a.length; i++) r.differenceUpdate(a[i]);
            return r;
        });
        MethodDefs.binary(t, "symmetric_difference", (s, o) -> ((PySet) s).symmetricDifference(o));
        MethodDefs.binary(t, "issubset", (s, o) -> PyBool.of(((PySet) s).isSubsetOf(asSet(o))));
        MethodDefs.binary(t, "issuperset", (s, o) -> PyBool.of(asSet(o).isSubsetOf((PySet) s)));
        MethodDefs.binary(t, "isdisjoint", (s, o) -> {
            PySet p = (PySet) s;
            PyObject it = Abstract.iter(o);
            for (PyObject v; (v = Abstract.next(it)) != null; ) if (p.has(v)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
    }

    static PySet asSet(PyObject o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet();
        s.addAll(o);
        return s;
    }
}
