package dev.gilpy.runtime;

/** range(start, stop, step) over longs (the subset does not need ranges beyond 2**63). */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyType.OBJECT, null);

    static {
        RangeMethods.init();
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            Args.noKw("range", kw);
            if (args.length == 0) throw Exc.typeError("range expected at least 1 argument, got 0");
            if (args.length > 3) throw Exc.typeError("range expected at most 3 arguments, got " + args.length);
            long start = 0, stop, step = 1;
            if (args.length == 1) stop = arg(args[0]);
            else {
                start = arg(args[0]);
                stop = arg(args[1]);
                if (args.length == 3) step = arg(args[2]);
            }
            if (step == 0) throw Exc.valueError("range() arg 3 must not be zero");
            return new PyRange(start, stop, step);
        };
    }

    private static long arg(PyObject o) {
        return Abstract.indexLong(o, "'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    public final long start, stop, step;
    public final long length;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long n;
        if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
        else n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        this.length = n;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public int len() {
        if (length > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return (int) length;
    }

    @Override
    public boolean isTrue() { return length != 0; }

    @Override
    public PyObject iter() { return new PyIterators.RangeIterator(start, step, length); }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(len());
            return new PyRange(start + r[0] * step, start + r[1] * step, step * r[2]);
        }
        long i = Abstract.indexLong(key, "range indices must be integers or slices, not " + key.type().name);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Exc.indexError("range object index out of range");
        return PyInt.of(start + i * step);
    }

    @Override
    public Boolean contains(PyObject item) {
        if (item instanceof PyInt i && !i.isBig() && !(item instanceof PyBool)) {
            long v = i.value;
            if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
            return (v - start) % step == 0;
        }
        return null;
    }

    @Override
    public PyObject repr() {
        return new PyStr(step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "start" -> PyInt.of(start);
            case "stop" -> PyInt.of(stop);
            case "step" -> PyInt.of(step);
            default -> super.lookupAttr(name);
        };
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) return false;
        if (length != r.length) return false;
        if (length == 0) return true;
        if (start != r.start) return false;
        return length == 1 || step == r.step;
    }

    // CPython: Objects/rangeobject.c range_hash: hash((len, start, step)) with None for what does not matter
    public long hash64() {
        PyObject a = PyInt.of(length);
        PyObject b = length == 0 ? PyNone.NONE : PyInt.of(start);
        PyObject c = length <= 1 ? PyNone.NONE : PyInt.of(step);
        return new PyTuple(a, b, c).hash64();
    }

    @Override
    public int pyHash() { return (int) hash64(); }

    @Override
    public int hashCode() { return (int) (length * 31 + (length > 0 ? start : 0)); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyRange) || (op != Abstract.EQ && op != Abstract.NE)) return null;
        return PyBool.of(equals(other) == (op == Abstract.EQ));
    }
}
