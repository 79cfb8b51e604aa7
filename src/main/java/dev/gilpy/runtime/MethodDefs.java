package dev.gilpy.runtime;

import static dev.gilpy.bytecode.BinaryOps.*;

/** Helpers for registering built-in methods and protocol dunder wrappers on built-in types. */
final class MethodDefs {
    private MethodDefs() {}


    /** A method: body gets args[0] = self. */
    static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.def(name, new PyMethodDescr(t, name, body));
    }

    /** A method taking no arguments. */
    static void unary(PyType t, String name, java.util.function.Function<PyObject, PyObject> f) {
        method(t, name, (a, k) -> {
            Args.methodRange(name, a, k, 0, 0);
            return f.apply(a[0]);
        });
    }

    /** A method taking exactly one argument. */
    static void binary(PyType t, String name, java.util.function.BiFunction<PyObject, PyObject, PyObject> f) {
        method(t, name, (a, k) -> {
            Args.methodRange(name, a, k, 1, 1);
            return f.apply(a[0], a[1]);
        });
    }

    static void classMethod(PyType t, String name, PyBuiltinFunction.Body body) {
        t.def(name, new PyClassMethod(new PyBuiltinFunction(name, body)));
    }

    static void getter(PyType t, String name, java.util.function.Function<PyObject, PyObject> f) {
        t.def(name, new PyGetSet(name, f, null));
    }

    static PyObject orNotImplemented(PyObject r) { return r == null ? PySingleton.NOT_IMPLEMENTED : r; }

    /** __new__ that lets Abstract.callType allocate through the type's allocator (subclassable builtins). */
    static void defaultNew(PyType t) {
        PyBuiltinFunction f = new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Exc.typeError(t.name + ".__new__(X): X is not a type object");
            if (!cls.isSubtypeOf(t)) {
                throw Exc.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
            }
            return cls.allocator.allocate(cls);
        });
        t.def("__new__", new PyStaticMethod(f));
    }

    /** Wrappers for the Java protocol methods, so subclasses and explicit dunder calls work. */
    static void protocol(PyType t, boolean hashable, boolean mapping) {
        items(t);
        binary(t, "__contains__", (s, x) -> {
            Boolean r = s.contains(x);
            return PyBool.of(r != null ? r : Abstract.contains(s, x));
        });
        comparisons(t);
        if (hashable) unary(t, "__hash__", o -> PyInt.of(o.pyHash()));
        else t.def("__hash__", PyNone.NONE);
    }

    /** __repr__, __len__, __getitem__/__setitem__/__delitem__ and __iter__ over the Java protocol methods. */
    static void items(PyType t) {
        unary(t, "__repr__", PyObject::repr);
        unary(t, "__len__", o -> PyInt.of(o.len()));
        binary(t, "__getitem__", PyObject::getItem);
        method(t, "__setitem__", (a, k) -> {
            Args.methodRange("__setitem__", a, k, 2, 2);
            a[0].setItem(a[1], a[2]);
            return PyNone.NONE;
        });
        method(t, "__delitem__", (a, k) -> {
            Args.methodRange("__delitem__", a, k, 1, 1);
            a[0].delItem(a[1]);
            return PyNone.NONE;
        });
        unary(t, "__iter__", PyObject::iter);
    }

    static void comparisons(PyType t) {
        for (int i = dev.gilpy.bytecode.CompareOps.LT; i <= dev.gilpy.bytecode.CompareOps.GE; i++) {
            int op = i;
            binary(t, dev.gilpy.bytecode.CompareOps.dunder(op), (s, o) -> orNotImplemented(s.richCompare(o, op)));
        }
    }

    /** __add__/__radd__... delegating to PyBinaryOps.binaryOp. */
    static void binaryOps(PyType t, int... ops) {
        for (int op : ops) {
            String n = stem(op);
            binary(t, "__" + n + "__", (s, o) -> orNotImplemented(((PyBinaryOps) s).binaryOp(op, o, false)));
            binary(t, "__r" + n + "__", (s, o) -> orNotImplemented(((PyBinaryOps) s).binaryOp(op, o, true)));
        }
    }

    static void inplaceOps(PyType t, int... ops) {
        for (int op : ops) {
            String n = stem(op);
            binary(t, "__i" + n + "__", (s, o) -> orNotImplemented(((PyBinaryOps) s).inplaceOp(op, o)));
        }
    }

    /** Normalises start/end arguments (None allowed) as CPython's ADJUST_INDICES. */
    static int[] adjust(PyObject start, PyObject end, int len) {
        long s = start == null || start == PyNone.NONE ? 0 : clampIndex(start);
        long e = end == null || end == PyNone.NONE ? len : clampIndex(end);
        if (e > len) e = len;
        else if (e < 0) { e += len; if (e < 0) e = 0; }
        if (s < 0) { s += len; if (s < 0) s = 0; }
        return new int[]{(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    static long clampIndex(PyObject o) {
        PyInt i = Abstract.indexOrNull(o);
        if (i == null) throw Exc.typeError("slice indices must be integers or None or have an __index__ method");
        if (i.isBig()) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    static PyObject arg(PyObject[] a, int i) { return i < a.length ? a[i] : null; }

    static String typeName(PyObject o) { return o.type().name; }
}
