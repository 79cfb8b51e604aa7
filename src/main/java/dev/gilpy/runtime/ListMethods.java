package dev.gilpy.runtime;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The Python-visible methods of list (Objects/listobject.c). */
final class ListMethods {
    private ListMethods() {}

    static void init() {
        PyType t = PyList.TYPE;
        t.constructor = (cls, a, k) -> {
            Args.noKw("list", k);
            if (a.length > 1) throw Exc.typeError("list expected at most 1 argument, got " + a.length);
            PyList l = new PyList();
            if (a.length == 1) l.extend(a[0]);
            return l;
        };
        MethodDefs.defaultNew(t);
        MethodDefs.method(t, "__init__", (a, k) -> {
            Args.noKw("list", k);
            if (a.length > 2) throw Exc.typeError("list expected at most 1 argument, got " + (a.length - 1));
            PyList l = (PyList) a[0];
            l.clear();
            if (a.length == 2) l.extend(a[1]);
            return PyNone.NONE;
        });
        MethodDefs.protocol(t, false, false);
        MethodDefs.unary(t, "__reversed__", s -> new PyIterators.ReversedListIterator((PyList) s));
        MethodDefs.binary(t, "__add__", (s, o) -> {
            PyObject r = ((PyList) s).binaryOp(ADD, o, false);
            if (r == null) throw Exc.typeError("can only concatenate list (not \"" + o.type().name + "\") to list");
            return r;
        });
        MethodDefs.binary(t, "__mul__", (s, o) -> mul(s, o));
        MethodDefs.binary(t, "__rmul__", (s, o) -> mul(s, o));
        MethodDefs.binary(t, "__iadd__", (s, o) -> ((PyList) s).inplaceOp(ADD, o));
        MethodDefs.binary(t, "__imul__", (s, o) -> {
            PyObject r = ((PyList) s).inplaceOp(MULTIPLY, o);
            if (r == null) throw notInt(o);
            return r;
        });
        MethodDefs.binary(t, "append", (s, x) -> { ((PyList) s).append(x); return PyNone.NONE; });
        MethodDefs.binary(t, "extend", (s, x) -> { ((PyList) s).extend(x); return PyNone.NONE; });
        MethodDefs.method(t, "insert", (a, k) -> {
            Args.noKw("insert", k);
            if (a.length != 3) throw Exc.typeError("insert expected 2 arguments, got " + (a.length - 1));
            ((PyList) a[0]).insert(clampedIndex(a[1]), a[2]);
            return PyNone.NONE;
        });
        MethodDefs.binary(t, "remove", (s, x) -> {
            PyList l = (PyList) s;
            int i = find(l, x, 0, Integer.MAX_VALUE);
            if (i < 0) throw Exc.valueError("list.remove(x): x not in list");
            synchronized (l) {
                // the comparison may have run Python code that changed the list
                if (i < l.size) l.delItem(PyInt.of(i));
            }
            return PyNone.NONE;
        });
        MethodDefs.method(t, "pop", (a, k) -> {
            Args.methodRange("pop", a, k, 0, 1);
            int i = a.length == 1 ? -1 : clampedIndex(a[1]);
            return ((PyList) a[0]).pop(i);
        });
        MethodDefs.unary(t, "clear", s -> { ((PyList) s).clear(); return PyNone.NONE; });
        MethodDefs.method(t, "index", (a, k) -> {
            Args.methodRange("index", a, k, 1, 3);
            PyList l = (PyList) a[0];
            int n = l.size();
            int[] r = ListMethods.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), n);
            int i = find(l, a[1], r[0], r[1]);
            if (i < 0) throw Exc.valueError(Abstract.reprString(a[1]) + " is not in list");
            return PyInt.of(i);
        });
        MethodDefs.binary(t, "count", (s, x) -> {
            PyList l = (PyList) s;
            int c = 0;
            for (int i = 0; ; i++) {
                PyObject o;
                synchronized (l) {
                    if (i >= l.size) break;
                    o = l.items[i];
                }
                if (o == x || Abstract.eq(o, x)) c++;
            }
            return PyInt.of(c);
        });
        MethodDefs.unary(t, "reverse", s -> { ((PyList) s).reverse(); return PyNone.NONE; });
        MethodDefs.unary(t, "copy", s -> {
            PyObject[] a = ((PyList) s).toArray();
            return new PyList(a, a.length);
        });
        MethodDefs.method(t, "sort", (a, k) -> {
            int nkw = Args.nkw(k);
            if (a.length - nkw > 1) throw Exc.typeError("sort() takes no positional arguments");
            PyObject key = null;
            boolean reverse = false;
            for (int i = 0; i < nkw; i++) {
                PyObject v = a[a.length - nkw + i];
                switch (k[i]) {
                    case "key" -> key = v == PyNone.NONE ? null : v;
                    case "reverse" -> reverse = truth(v);
                    default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for sort()");
                }
            }
            ((PyList) a[0]).sort(key, reverse);
            return PyNone.NONE;
        });
    }

    /** start/stop of index(): _PyEval_SliceIndexNotNone then clipped as list.index does. */
    static int[] adjust(PyObject start, PyObject stop, int len) {
        long s = start == null ? 0 : sliceIndex(start), e = stop == null ? Integer.MAX_VALUE : sliceIndex(stop);
        if (s < 0) s = Math.max(0, s + len);
        if (e < 0) e = Math.max(0, e + len);
        return new int[]{(int) Math.min(s, Integer.MAX_VALUE), (int) Math.min(e, len)};
    }

    private static long sliceIndex(PyObject o) {
        PyInt i = Abstract.indexOrNull(o);
        if (i == null) throw Exc.typeError("slice indices must be integers or have an __index__ method");
        if (i.isBig()) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    static boolean truth(PyObject v) {
        PyInt i = Abstract.indexOrNull(v);
        if (i == null) {
            if (v instanceof PyFloat) throw Exc.typeError("'float' object cannot be interpreted as an integer");
            throw Exc.typeError("'" + v.type().name + "' object cannot be interpreted as an integer");
        }
        return i.signum() != 0;
    }

    private static PyObject mul(PyObject s, PyObject o) {
        PyObject r = ((PyList) s).binaryOp(MULTIPLY, o, false);
        if (r == null) throw notInt(o);
        return r;
    }

    static PyException notInt(PyObject o) {
        return Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    /** An int argument, clamped to the int range (insert/pop). */
    static int clampedIndex(PyObject o) {
        PyInt i = Abstract.indexOrNull(o);
        if (i == null) throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        if (i.isBig()) {
            throw Exc.overflowError("Python int too large to convert to C ssize_t");
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    /** First index in [start, stop) whose item == x, or -1. The list may change meanwhile. */
    static int find(PyList l, PyObject x, int start, int stop) {
        for (int i = start; i < stop; i++) {
            PyObject o;
            synchronized (l) {
                if (i >= l.size) return -1;
                o = l.items[i];
            }
            if (o == x || Abstract.eq(o, x)) return i;
        }
        return -1;
    }
}
