package dev.gilpy.runtime;

import java.util.Arrays;

/**
 * Python's list. Every operation holds the list's monitor, so that with the GIL off each single
 * operation stays atomic, as in free-threaded CPython (Doc/library/threadsafety.rst).
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyType.OBJECT, PyList::new);

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

    public synchronized int size() { return size; }

    public synchronized PyObject get(int i) {
        if (i < 0 || i >= size) throw Exc.indexError("list index out of range");
        return items[i];
    }

    /** A copy of the items, for safe iteration by Java code. */
    public synchronized PyObject[] toArray() { return Arrays.copyOf(items, size); }

    public synchronized void append(PyObject v) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2 + 4);
        items[size++] = v;
    }

    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            PyObject[] other = l.toArray();
            synchronized (this) {
                ensure(size + other.length);
                System.arraycopy(other, 0, items, size, other.length);
                size += other.length;
            }
            return;
        }
        if (iterable instanceof PyTuple t) {
            synchronized (this) {
                ensure(size + t.items.length);
                System.arraycopy(t.items, 0, items, size, t.items.length);
                size += t.items.length;
            }
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject v; (v = Ops.next(it)) != null; ) append(v);
    }

    private void ensure(int n) {
        if (n > items.length) items = Arrays.copyOf(items, Math.max(n, items.length * 2));
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

    @Override
    public int len() { return size(); }

    @Override
    public boolean isTrue() { return size() != 0; }

    @Override
    public PyObject repr() {
        PyObject[] a = toArray();
        if (a.length == 0) return new PyStr("[]");
        if (!Ops.enterRepr(this)) return new PyStr("[...]");
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.reprString(a[i]));
            }
            return new PyStr(sb.append(']').toString());
        } finally {
            Ops.leaveRepr(this);
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
        int i = Ops.index(key, "list indices must be integers or slices, not " + key.type().name);
        synchronized (this) {
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Exc.indexError("list index out of range");
            return items[i];
        }
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice sl) {
            setSlice(sl, value);
            return;
        }
        int i = Ops.index(key, "list indices must be integers or slices, not " + key.type().name);
        synchronized (this) {
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Exc.indexError("list assignment index out of range");
            items[i] = value;
        }
    }

    private void setSlice(PySlice sl, PyObject value) {
        PyObject[] repl = value == this ? toArray() : Ops.toArray(value);
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
        int i = Ops.index(key, "list indices must be integers or slices, not " + key.type().name);
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
            if (o == item || Ops.eq(o, item)) return true;
        }
    }

    @Override
    public PyObject iter() { return new PyIterators.ListIterator(this); }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyList l)) return null;
        PyObject[] a = toArray(), b = l.toArray();
        return Ops.compareSequences(a, a.length, b, b.length, op);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyList l && Ops.isTrue(Ops.compareSequences(toArray(), size(), l.toArray(), l.size(), Ops.EQ));
    }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: '" + type.name + "'"); }

    @Override
    public int pyHash() { return hashCode(); }
}
