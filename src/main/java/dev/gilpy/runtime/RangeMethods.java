package dev.gilpy.runtime;

/** The Python-visible methods of range (Objects/rangeobject.c). */
final class RangeMethods {
    private RangeMethods() {}

    static void init() {
        PyType t = PyRange.TYPE;
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
        MethodDefs.binary(t, "__getitem__", PyObject::getItem);
        MethodDefs.unary(t, "__iter__", PyObject::iter);
        MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(Abstract.contains(s, x)));
        MethodDefs.comparisons(t);
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(((PyRange) o).hash64()));
        MethodDefs.unary(t, "__bool__", o -> PyBool.of(o.isTrue()));
        MethodDefs.unary(t, "__reversed__", o -> {
            PyRange r = (PyRange) o;
            return new PyIterators.RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
        });
        MethodDefs.binary(t, "count", (s, x) -> {
            PyRange r = (PyRange) s;
            if (isInt(x)) return PyInt.of(Boolean.TRUE.equals(r.contains(x)) ? 1 : 0);
            long c = 0;
            PyObject it = r.iter();
            for (PyObject v; (v = it.next()) != null; ) if (Abstract.eq(v, x)) c++;
            return PyInt.of(c);
        });
        MethodDefs.binary(t, "index", (s, x) -> {
            PyRange r = (PyRange) s;
            if (isInt(x)) {
                if (Boolean.TRUE.equals(r.contains(x))) return PyInt.of((((PyInt) x).value - r.start) / r.step);
            } else {
                PyObject it = r.iter();
                long i = 0;
                for (PyObject v; (v = it.next()) != null; i++) if (Abstract.eq(v, x)) return PyInt.of(i);
            }
            if (!isInt(x)) throw Exc.valueError("sequence.index(x): x not in sequence");
            throw Exc.valueError(Abstract.reprString(x) + " is not in range");
        });
    }

    private static boolean isInt(PyObject x) {
        return x instanceof PyInt i && !i.isBig() && !(x instanceof PyBool);
    }
}
