package dev.gilpy.runtime;

import java.util.Arrays;

/**
 * Python's list. Every operation holds the list's monitor, so that with the GIL off each single
 * operation stays atomic, as in free-threaded CPython (Doc/library/threadsafety.rst).
 */
public class PyList extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new);

    static {
        ListMethods.init();
    }

    /** Installed as the items while a sort runs: the list looks empty, and any change replaces it. */
    private static final PyObject[] SORTING = new PyObject[0];

    private final PyType type;
    private PyDict dict;
    PyObject[] items;
    int size;

    public PyList() { this(TYPE); }

    public PyList(PyType type) {
        this.type = type;
        this.items = new PyObject[4];
        this.dict = type.builtin ? null : new PyDict();
    }

    /** Takes ownership of the array. */
    public PyList(PyObject[] items, int size) {
        this.type = TYPE;
        this.items = items.length == 0 ? new PyObject[4] : items;
        this.size = size;
    }

    public static PyList of(PyObject... items) { return new PyList(items.clone(), items.length); }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict getDict() { return dict; }

    public int size() {
        if (!FreeThreads.running()) return size;
        synchronized (this) { return size; }
    }

    public PyObject get(int i) {
        if (!FreeThreads.running()) return at(i);
        synchronized (this) { return at(i); }
    }

    private PyObject at(int i) {
        if (i < 0 || i >= size) throw Exc.indexError("list index out of range");
        return items[i];
    }

    /** A copy of the items, for safe iteration by Java code. */
    public synchronized PyObject[] toArray() { return Arrays.copyOf(items, size); }

    public void append(PyObject v) {
        if (!FreeThreads.running()) {
            add(v);
            return;
        }
        synchronized (this) { add(v); }
    }

    private void add(PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, Sizes.grown(size, size + 1L));
        items[size++] = v;
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l && l.type().builtin) {
            PyObject[] other = l.toArray();
            synchronized (this) {
                ensure((long) size + other.length);
                System.arraycopy(other, 0, items, size, other.length);
                size += other.length;
            }
            return;
        }
        if (iterable instanceof PyTuple t && t.type().builtin) {
            synchronized (this) {
                ensure((long) size + t.items.length);
                System.arraycopy(t.items, 0, items, size, t.items.length);
                size += t.items.length;
            }
            return;
        }
        if (iterable instanceof PyRange r) Sizes.alloc(size + r.length);   // CPython: the length hint, first
        PyObject it = Abstract.iter(iterable);
        for (PyObject v; (v = Abstract.next(it)) != null; ) append(v);
    }

    private void ensure(long n) {
        if (n > items.length) items = Arrays.copyOf(items, Sizes.grown(items.length, n));
    }

    public synchronized PyObject pop(int i) {
        if (size == 0) throw Exc.indexError("pop from empty list");
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("pop index out of range");
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    public synchronized void insert(int i, PyObject v) {
        if (i < 0) i = Math.max(0, i + size);
        if (i > size) i = size;
        ensure(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    public synchronized void clear() {
        Arrays.fill(items, 0, size, null);
        size = 0;
    }

    /** Replaces the whole contents (sort, reverse, slice assignment build on this). */
    public synchronized void setContents(PyObject[] a, int n) {
        items = n == 0 ? new PyObject[4] : a;
        size = n;
    }

    /** Reverses in place. */
    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    /** list.sort(key=, reverse=): CPython's listsort (see {@link ListSort}). */
    public void sort(PyObject key, boolean reverse) {
        PyObject[] saved;
        int n;
        synchronized (this) {
            saved = items;
            n = size;
            items = SORTING;
            size = 0;
        }
        PyObject[] vals = Arrays.copyOf(saved, n);
        PyException error = null;
        try {
            PyObject[] keys = vals;
            if (key != null) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Abstract.call(key, vals[i]);
            }
            if (reverse) {
                reverseArray(keys, n);
                if (keys != vals) reverseArray(vals, n);
            }
            try {
                ListSort.sort(keys, keys == vals ? null : vals, n);
            } catch (PyException e) {
                error = e;   // the list keeps the partly sorted order, as CPython's
            }
            if (reverse) {
                reverseArray(keys, n);
                if (keys != vals) reverseArray(vals, n);
            }
        } catch (PyException e) {
            error = e;   // a key function raised: the list is as it was
            vals = Arrays.copyOf(saved, n);
        }
        synchronized (this) {
            boolean modified = items != SORTING || size != 0;
            items = vals.length == 0 ? new PyObject[4] : vals;
            size = n;
            if (error != null) throw error;
            if (modified) throw Exc.valueError("list modified during sort");
        }
    }

    private static void reverseArray(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static PyObject[] repeat(PyObject[] a, int n, PyObject times) {
        PyInt t = Abstract.indexOrNull(times);
        if (t == null) return null;
        int total = Sizes.repeat(n, t, null);
        PyObject[] out = new PyObject[total];
        for (int i = 0; i < total; i += n) System.arraycopy(a, 0, out, i, n);
        return out;
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op == dev.gilpy.bytecode.BinaryOps.ADD && !reflected) {
            if (!(other instanceof PyList l)) return null;
            PyObject[] a = toArray(), b = l.toArray();
            PyObject[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return new PyList(out, out.length);
        }
        if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
            PyObject[] a = toArray();
            PyObject[] out = repeat(a, a.length, other);
            return out == null ? null : new PyList(out, out.length);
        }
        return null;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == dev.gilpy.bytecode.BinaryOps.ADD) {
            extend(other);
            return this;
        }
        if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
            if (Abstract.indexOrNull(other) == null) return null;
            PyObject[] a = toArray();
            PyObject[] out = repeat(a, a.length, other);
            synchronized (this) { setContents(out, out.length); }
            return this;
        }
        return null;
    }

    @Override
    public int len() { return size(); }

    @Override
    public boolean isTrue() { return size() != 0; }

    @Override
    public PyObject repr() {
        PyObject[] a = toArray();
        if (a.length == 0) return new PyStr("[]");
        if (!Abstract.enterRepr(this)) return new PyStr("[...]");
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.reprString(a[i]));
            }
            return new PyStr(sb.append(']').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            synchronized (this) {
                int[] r = sl.indices(size);
                PyObject[] out = new PyObject[r[3]];
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) out[i] = items[j];
                return new PyList(out, out.length);
            }
        }
        int i = Abstract.index(key, "list indices must be integers or slices, not ", "");
        if (!FreeThreads.running()) return at(i < 0 ? i + size : i);
        synchronized (this) { return at(i < 0 ? i + size : i); }   // size read under the lock too
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            setSlice(sl, value);
            return;
        }
        int i = Abstract.index(key, "list indices must be integers or slices, not ", "");
        if (!FreeThreads.running()) {
            storeAt(i, value);
            return;
        }
        synchronized (this) { storeAt(i, value); }
    }

    private void storeAt(int i, PyObject value) {
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Exc.indexError("list assignment index out of range");
        items[i] = value;
    }

    private void setSlice(PySlice sl, PyObject value) {
        PyObject[] repl = value == this ? toArray() : Abstract.toArray(value);
        synchronized (this) {
            int[] r = sl.indices(size);
            int start = r[0], stop = r[1], step = r[2], count = r[3];
            if (step == 1) {
                if (stop < start) stop = start;
                int newSize = size - (stop - start) + repl.length;
                PyObject[] a = new PyObject[Math.max(4, newSize)];
                System.arraycopy(items, 0, a, 0, start);
                System.arraycopy(repl, 0, a, start, repl.length);
                System.arraycopy(items, stop, a, start + repl.length, size - stop);
                items = a;
                size = newSize;
                return;
            }
            if (repl.length != count) {
                throw Exc.valueError("attempt to assign sequence of size " + repl.length
                        + " to extended slice of size " + count);
            }
            for (int i = 0, j = start; i < count; i++, j += step) items[j] = repl[i];
        }
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice sl) {
            synchronized (this) {
                int[] r = sl.indices(size);
                if (r[3] == 0) return;
                boolean[] drop = new boolean[size];
                for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) drop[j] = true;
                int w = 0;
                for (int i = 0; i < size; i++) if (!drop[i]) items[w++] = items[i];
                Arrays.fill(items, w, size, null);
                size = w;
            }
            return;
        }
        int i = Abstract.index(key, "list indices must be integers or slices, not ", "");
        synchronized (this) {
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Exc.indexError("list assignment index out of range");
            System.arraycopy(items, i + 1, items, i, size - i - 1);
            items[--size] = null;
        }
    }

    @Override
    public Boolean contains(PyObject item) {
        for (int i = 0; ; i++) {
            PyObject o;
            synchronized (this) {
                if (i >= size) return false;
                o = items[i];
            }
            if (o == item || Abstract.eq(o, item)) return true;
        }
    }

    @Override
    public PyObject iter() { return new PyIterators.ListIterator(this); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyList l)) return null;
        PyObject[] a = toArray(), b = l.toArray();
        return Abstract.compareSequences(a, a.length, b, b.length, op);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList l && Abstract.isTrue(Abstract.compareSequences(toArray(), size(), l.toArray(), l.size(), Abstract.EQ));
    }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: '" + type.name + "'"); }

    @Override
    public int pyHash() { return hashCode(); }
}
