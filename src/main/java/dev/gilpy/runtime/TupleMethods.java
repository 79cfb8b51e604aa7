package dev.gilpy.runtime;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The Python-visible methods of tuple (Objects/tupleobject.c). */
final class TupleMethods {
    private TupleMethods() {}

    static void init() {
        PyType t = PyTuple.TYPE;
        t.constructor = (cls, a, k) -> {
            Args.noKw("tuple", k);
            if (a.length > 1) throw Exc.typeError("tuple expected at most 1 argument, got " + a.length);
            return a.length == 0 ? PyTuple.EMPTY : fromIterable(a[0]);
        };
        PyBuiltinFunction fnew = new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Exc.typeError("tuple.__new__(X): X is not a type object");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Exc.typeError("tuple.__new__(" + cls.name + "): " + cls.name + " is not a subtype of tuple");
            }
            int nkw = Args.nkw(k);
            if (nkw > 0) {
                if (k.length == 1 && k[0].equals("iterable") && a.length == 2) {
                    return make(cls, a[1]);
                }
                throw Exc.typeError("tuple() takes no keyword arguments");
            }
            if (a.length > 2) throw Exc.typeError("tuple expected at most 1 argument, got " + (a.length - 1));
            return a.length == 1 ? make(cls, null) : make(cls, a[1]);
        });
        fnew.module = "builtins"; // not MethodDefs.defaultNew: Abstract.callType must call it with the arguments
        t.def("__new__", new PyStaticMethod(fnew));
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
        MethodDefs.binary(t, "__getitem__", PyObject::getItem);
        MethodDefs.unary(t, "__iter__", PyObject::iter);
        MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(s.contains(x)));
        MethodDefs.comparisons(t);
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(((PyTuple) o).hash64()));
        MethodDefs.binary(t, "__add__", (s, o) -> {
            PyObject r = ((PyTuple) s).binaryOp(ADD, o, false);
            if (r == null) throw Exc.typeError("can only concatenate tuple (not \"" + o.type().name + "\") to tuple");
            return r;
        });
        MethodDefs.binary(t, "__mul__", TupleMethods::mul);
        MethodDefs.binary(t, "__rmul__", TupleMethods::mul);
        MethodDefs.unary(t, "__getnewargs__", s -> new PyTuple(new PyTuple(((PyTuple) s).items.clone())));
        MethodDefs.method(t, "index", (a, k) -> {
            Args.methodRange("index", a, k, 1, 3);
            PyObject[] items = ((PyTuple) a[0]).items;
            int[] r = ListMethods.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), items.length);
            for (int i = r[0]; i < r[1]; i++) {
                if (items[i] == a[1] || Abstract.eq(items[i], a[1])) return PyInt.of(i);
            }
            throw Exc.valueError("tuple.index(x): x not in tuple");
        });
        MethodDefs.binary(t, "count", (s, x) -> {
            int c = 0;
            for (PyObject o : ((PyTuple) s).items) if (o == x || Abstract.eq(o, x)) c++;
            return PyInt.of(c);
        });
    }

    private static PyObject mul(PyObject s, PyObject o) {
        PyObject r = ((PyTuple) s).binaryOp(MULTIPLY, o, false);
        if (r == null) throw ListMethods.notInt(o);
        return r;
    }

    static PyTuple fromIterable(PyObject o) {
        if (o instanceof PyTuple tu && tu.type() == PyTuple.TYPE) return tu;
        PyObject[] a = Abstract.toArray(o);
        return a.length == 0 ? PyTuple.EMPTY : new PyTuple(a);
    }

    static PyTuple make(PyType cls, PyObject iterable) {
        if (cls == PyTuple.TYPE) return iterable == null ? PyTuple.EMPTY : fromIterable(iterable);
        PyObject[] a = iterable == null ? new PyObject[0] : Abstract.toArray(iterable);
        return PyTuple.derived(cls, a);
    }
}
