package dev.gilpy.runtime;

public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            Args.range("slice", args, kw, 1, 3);
            if (args.length == 1) return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        };
        MethodDefs.binary(TYPE, "indices", (s, len) -> {
            long n = Abstract.indexLong(len, "'" + len.type().name + "' object cannot be interpreted as an integer");
            if (n < 0) throw Exc.valueError("length should not be negative");
            int[] r = ((PySlice) s).indices((int) Math.min(n, Integer.MAX_VALUE));
            return new PyTuple(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
    }

    public final PyObject start, stop, step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() { return TYPE; }

    /** CPython's PySlice_GetIndicesEx: {start, stop, step, count} clipped to a sequence of length n. */
    public int[] indices(int n) {
        int st;
        if (step == PyNone.NONE) st = 1;
        else {
            st = Abstract.index(step, "slice indices must be integers or None or have an __index__ method");
            if (st == 0) throw Exc.valueError("slice step cannot be zero");
        }
        int lo, hi;
        if (st < 0) { lo = -1; hi = n - 1; } else { lo = 0; hi = n; }
        int s = bound(start, n, st < 0 ? hi : lo, lo, hi);
        int e = bound(stop, n, st < 0 ? lo : hi, lo, hi);
        int count;
        if (st < 0) count = e < s ? (s - e - 1) / (-st) + 1 : 0;
        else count = s < e ? (e - s - 1) / st + 1 : 0;
        return new int[]{s, e, st, count};
    }

    private static int bound(PyObject v, int n, int dflt, int lo, int hi) {
        if (v == PyNone.NONE) return dflt;
        long i = Abstract.indexLong(v, "slice indices must be integers or None or have an __index__ method");
        if (i < 0) {
            i += n;
            if (i < lo) i = lo;
        } else if (i > hi) {
            i = hi;
        }
        return (int) i;
    }

    @Override
    public PyObject repr() {
        return new PyStr("slice(" + Abstract.reprString(start) + ", " + Abstract.reprString(stop) + ", " + Abstract.reprString(step) + ")");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PySlice s && Abstract.eq(start, s.start) && Abstract.eq(stop, s.stop) && Abstract.eq(step, s.step);
    }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: 'slice'"); }
}
