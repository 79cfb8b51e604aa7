package dev.gilpy.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Python's bytearray: a mutable sequence of bytes. Operations hold the object's monitor (GIL off). The
 * mutations are its own (CPython: Objects/bytearrayobject.c); the methods that only read are bytes' methods
 * run on a snapshot, their bytes results returned as bytearrays, so each is written once.
 */
public final class PyByteArray extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT, null);

    private static final String CAN_ASSIGN_ONLY =
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            PyObject[] p = Args.parse("bytearray", args, kw, new String[]{"source", "encoding", "errors"}, 0);
            if (p[0] == null) return new PyByteArray();
            if (p[1] != null) {
                if (!(p[0] instanceof PyStr s)) throw Exc.typeError("encoding without a string argument");
                PyObject enc = StrMethods.encode(s.value, Abstract.strString(p[1]),
                        p[2] == null ? "strict" : Abstract.strString(p[2]));
                return new PyByteArray(((PyBytes) enc).value);
            }
            if (p[0] instanceof PyStr) throw Exc.typeError("string argument without an encoding");
            PyInt n = p[0] instanceof PyInt i ? i : p[0] instanceof PyFloat ? null : Abstract.indexOrNull(p[0]);
            if (n != null) {
                long count = Sizes.ssize(n, Sizes.INDEX_SIZED);
                if (count < 0) throw Exc.valueError("negative count");
                PyByteArray ba = new PyByteArray();
                ba.setBytes(new byte[Sizes.alloc(count)]);
                return ba;
            }
            return new PyByteArray(bytesOf(p[0], "bytearray"));
        };
        MethodDefs.binaryOps(TYPE, dev.gilpy.bytecode.BinaryOps.ADD, dev.gilpy.bytecode.BinaryOps.MULTIPLY);
        MethodDefs.inplaceOps(TYPE, dev.gilpy.bytecode.BinaryOps.ADD, dev.gilpy.bytecode.BinaryOps.MULTIPLY);
        MethodDefs.comparisons(TYPE);
        def("append", (a, k) -> {
            Args.methodRange("append", a, k, 1, 1);
            ((PyByteArray) a[0]).append(byteValue(a[1]));
            return PyNone.NONE;
        });
        def("extend", (a, k) -> {
            Args.methodRange("extend", a, k, 1, 1);
            ((PyByteArray) a[0]).extend(a[1]);
            return PyNone.NONE;
        });
        def("insert", (a, k) -> {
            Args.methodRange("insert", a, k, 2, 2);
            ((PyByteArray) a[0]).insert(Sizes.ssizeArg(a[1]), byteValue(a[2]));
            return PyNone.NONE;
        });
        def("remove", (a, k) -> {
            Args.methodRange("remove", a, k, 1, 1);
            ((PyByteArray) a[0]).remove(byteValue(a[1]));
            return PyNone.NONE;
        });
        def("reverse", (a, k) -> {
            Args.methodRange("reverse", a, k, 0, 0);
            PyByteArray ba = (PyByteArray) a[0];
            synchronized (ba) {
                for (int i = 0, j = ba.size - 1; i < j; i++, j--) {
                    byte t = ba.data[i];
                    ba.data[i] = ba.data[j];
                    ba.data[j] = t;
                }
            }
            return PyNone.NONE;
        });
        def("pop", (a, k) -> {
            Args.methodRange("pop", a, k, 0, 1);
            PyByteArray ba = (PyByteArray) a[0];
            long at = a.length > 1 ? Sizes.ssizeArg(a[1]) : -1;
            synchronized (ba) {
                if (ba.size == 0) throw Exc.indexError("pop from empty bytearray");
                if (at < 0) at += ba.size;
                if (at < 0 || at >= ba.size) throw Exc.indexError("pop index out of range");
                int i = (int) at;
                int v = ba.data[i] & 0xff;
                System.arraycopy(ba.data, i + 1, ba.data, i, ba.size - i - 1);
                ba.size--;
                return PyInt.of(v);
            }
        });
        def("clear", (a, k) -> {
            Args.methodRange("clear", a, k, 0, 0);
            ((PyByteArray) a[0]).setBytes(new byte[0]);
            return PyNone.NONE;
        });
        def("copy", (a, k) -> {
            Args.methodRange("copy", a, k, 0, 0);
            return new PyByteArray(((PyByteArray) a[0]).toBytes());
        });
        MethodDefs.items(TYPE);
        def("__contains__", (a, k) -> PyBool.of(a[0].contains(a[1])));
        MethodDefs.classMethod(TYPE, "fromhex", (a, k) -> {
            PyObject b = Abstract.call(Abstract.getAttr(PyBytes.TYPE, "fromhex"), a[1]);
            return Abstract.call(a[0], b);
        });
        TYPE.def("__hash__", PyNone.NONE);
        // Every other bytes method (find, split, upper, decode, hex, ...) reads a snapshot.
        for (Map.Entry<String, PyObject> e : PyBytes.TYPE.attrsView().entrySet()) {
            String name = e.getKey();
            if (name.startsWith("__") || TYPE.lookup(name) != null || !(e.getValue() instanceof PyMethodDescr m)) continue;
            def(name, (a, k) -> {
                PyObject[] args = a.clone();
                args[0] = new PyBytes(((PyByteArray) a[0]).toBytes());
                return asByteArrays(m.body.call(args, k));
            });
        }
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        TYPE.def(name, new PyMethodDescr(TYPE, name, body));
    }

    /** bytes results of a bytes method, as a bytearray's method returns them (also inside lists and tuples). */
    private static PyObject asByteArrays(PyObject r) {
        if (r instanceof PyBytes b) return new PyByteArray(b.value);
        if (r instanceof PyList l && l.type() == PyList.TYPE) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) if (items[i] instanceof PyBytes b) items[i] = new PyByteArray(b.value);
            return new PyList(items, items.length);
        }
        if (r instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            PyObject[] items = t.items.clone();
            for (int i = 0; i < items.length; i++) if (items[i] instanceof PyBytes b) items[i] = new PyByteArray(b.value);
            return new PyTuple(items);
        }
        return r;
    }

    private byte[] data = new byte[8];
    private int size;

    public PyByteArray() {}

    public PyByteArray(byte[] b) {
        data = b.clone();
        size = b.length;
    }

    @Override
    public PyType type() { return TYPE; }

    public synchronized byte[] toBytes() { return Arrays.copyOf(data, size); }

    private synchronized void setBytes(byte[] b) {
        data = b.length == 0 ? new byte[8] : b;
        size = b.length;
    }

    private static byte byteValue(PyObject o) {
        PyInt v = o instanceof PyInt i ? i : Abstract.indexOrNull(o);
        if (v == null) throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        if (v.isBig() || v.value < 0 || v.value > 255) throw Exc.valueError("byte must be in range(0, 256)");
        return (byte) v.value;
    }

    /** The bytes of a bytes-like object, or of an iterable of ints (what bytearray(x) and extend(x) take). */
    static byte[] bytesOf(PyObject src, String target) {
        if (src instanceof PyBytes b) return b.value;
        if (src instanceof PyByteArray ba) return ba.toBytes();
        if (src instanceof PyMemoryView m) return m.toBytes();
        if (src instanceof PyInt || src instanceof PyFloat) {
            throw Exc.typeError("cannot convert '" + src.type().name + "' object to " + target);
        }
        PyObject it;
        try {
            it = Abstract.iter(src);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) throw Exc.typeError("cannot convert '" + src.type().name + "' object to " + target);
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject v; (v = Abstract.next(it)) != null; ) out.write(byteValue(v));
        return out.toByteArray();
    }

    /** Room for n more bytes (the array grows by half again, as CPython's, so appends stay amortised O(1)). */
    private void reserve(long n) {
        long need = size + n;
        if (need <= data.length) return;
        data = Arrays.copyOf(data, Sizes.alloc(Math.max(need, Math.min(Sizes.MAX, data.length + (data.length >> 1) + 8))));
    }

    /** Byte i (0 <= i < len), for a memoryview reading in place. */
    synchronized int byteAt(int i) { return data[i] & 0xff; }

    /** Sets byte i (0 <= i < len), for a memoryview writing in place. */
    synchronized void putByte(int i, byte b) { data[i] = b; }

    public synchronized void append(byte b) {
        reserve(1);
        data[size++] = b;
    }

    public void extend(PyObject src) {
        byte[] add;
        if (src instanceof PyBytes || src instanceof PyByteArray) {
            add = bytesOf(src, "bytearray");
        } else {
            PyObject it;
            try {
                it = Abstract.iter(src);
            } catch (PyException e) {
                if (e.matches(Exc.TypeError)) throw Exc.typeError("can't extend bytearray with " + src.type().name);
                throw e;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (PyObject v; (v = Abstract.next(it)) != null; ) out.write(byteValue(v));
            add = out.toByteArray();
        }
        synchronized (this) {
            reserve(add.length);
            System.arraycopy(add, 0, data, size, add.length);
            size += add.length;
        }
    }

    private synchronized void insert(long at, byte b) {
        if (at < 0) at = Math.max(0, at + size);
        int i = (int) Math.min(at, size);
        reserve(1);
        System.arraycopy(data, i, data, i + 1, size - i);
        data[i] = b;
        size++;
    }

    private synchronized void remove(byte b) {
        for (int i = 0; i < size; i++) {
            if (data[i] == b) {
                System.arraycopy(data, i + 1, data, i, size - i - 1);
                size--;
                return;
            }
        }
        throw Exc.valueError("value not found in bytearray");
    }

    @Override
    public synchronized int len() { return size; }

    @Override
    public boolean isTrue() { return len() != 0; }

    @Override
    public PyObject repr() { return new PyStr("bytearray(" + PyBytes.repr(toBytes()) + ")"); }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject r = new PyBytes(toBytes()).getItem(key);
        return r instanceof PyBytes b ? new PyByteArray(b.value) : r;
    }

    /** An index key as a position in 0..size-1 (the caller holds the monitor). */
    private int position(PyObject key) {
        long i = Abstract.indexLong(key, "bytearray indices must be integers or slices, not " + key.type().name);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("bytearray index out of range");
        return (int) i;
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            if (value instanceof PyStr || value instanceof PyInt || value instanceof PyFloat) {
                throw Exc.typeError(CAN_ASSIGN_ONLY);
            }
            setSlice(sl, bytesOf(value, "bytearray"));
            return;
        }
        byte b = byteValue(value);
        synchronized (this) {
            data[position(key)] = b;
        }
    }

    /** CPython: bytearray_ass_subscript; an empty replacement of an extended slice deletes it. */
    private synchronized void setSlice(PySlice sl, byte[] repl) {
        int[] r = sl.indices(size);
        int start = r[0], stop = r[1], step = r[2], count = r[3];
        if (step == 1) {
            if (stop < start) stop = start;
            int removed = stop - start;
            int newSize = Sizes.alloc((long) size - removed + repl.length);
            byte[] a = newSize > data.length ? new byte[newSize] : data;
            if (a != data) System.arraycopy(data, 0, a, 0, start);
            System.arraycopy(data, stop, a, start + repl.length, size - stop);
            System.arraycopy(repl, 0, a, start, repl.length);
            data = a;
            size = newSize;
            return;
        }
        if (repl.length == 0) {
            deleteSlice(r);
            return;
        }
        if (repl.length != count) {
            throw Exc.valueError("attempt to assign bytes of size " + repl.length + " to extended slice of size " + count);
        }
        for (int i = 0, j = start; i < count; i++, j += step) data[j] = repl[i];
    }

    private void deleteSlice(int[] r) {
        if (r[3] == 0) return;
        boolean[] drop = new boolean[size];
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) drop[j] = true;
        int w = 0;
        for (int i = 0; i < size; i++) if (!drop[i]) data[w++] = data[i];
        size = w;
    }

    @Override
    public synchronized void delItem(PyObject key) {
        if (key instanceof PySlice sl) {
            deleteSlice(sl.indices(size));
            return;
        }
        int i = position(key);
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        size--;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == dev.gilpy.bytecode.BinaryOps.ADD && !reflected) {
            byte[] b = other instanceof PyBytes x ? x.value : other instanceof PyByteArray x ? x.toBytes()
                    : other instanceof PyMemoryView x ? x.toBytes() : null;
            if (b == null) throw Exc.typeError("can't concat " + other.type().name + " to bytearray");
            byte[] a = toBytes();
            byte[] r = Arrays.copyOf(a, Sizes.alloc((long) a.length + b.length));
            System.arraycopy(b, 0, r, a.length, b.length);
            return new PyByteArray(r);
        }
        if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
            PyInt n = other instanceof PyInt i ? i : Abstract.indexOrNull(other);
            if (n == null) return null;
            PyByteArray r = new PyByteArray();
            r.setBytes(BytesMethods.repeat(toBytes(), n, null));
            return r;
        }
        return null;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == dev.gilpy.bytecode.BinaryOps.ADD) {
            if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) {
                throw Exc.typeError("can't concat " + other.type().name + " to bytearray");
            }
            extend(other);
            return this;
        }
        if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
            PyInt n = other instanceof PyInt i ? i : Abstract.indexOrNull(other);
            if (n == null) return null;
            byte[] r = BytesMethods.repeat(toBytes(), n, null);
            setBytes(r);
            return this;
        }
        return null;
    }

    @Override
    public PyObject iter() { return new PyBytes(toBytes()).iter(); }

    @Override
    public Boolean contains(PyObject item) { return new PyBytes(toBytes()).contains(item); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        byte[] o = other instanceof PyBytes b ? b.value : other instanceof PyByteArray ba ? ba.toBytes() : null;
        if (o == null) return null;
        return PyBool.of(Abstract.cmpResult(Arrays.compareUnsigned(toBytes(), o), op));
    }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: 'bytearray'"); }

    @Override
    public int pyHash() { return hashCode(); }
}
