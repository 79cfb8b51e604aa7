package dev.gilpy.runtime;

/** The iterators of the built-in sequences. Each returns null from next() when exhausted. */
public final class PyIterators {
    private PyIterators() {}

    /** Shared base: an iterator is its own iter(). */
    public abstract static class Base extends PyObject {
        @Override
        public PyObject iter() { return this; }

        /** What __length_hint__ returns; -1 for NotImplemented. */
        public int lengthHint() { return -1; }
    }

    /** __iter__, __next__ and __length_hint__ wrappers, so iterators work from Python code. */
    static void register(PyType t) {
        t.acceptableBase = false;
        MethodDefs.unary(t, "__iter__", o -> o);
        MethodDefs.unary(t, "__next__", o -> {
            PyObject v = o.next();
            if (v == null) throw Exc.stopIteration(null);
            return v;
        });
        MethodDefs.unary(t, "__length_hint__", o -> {
            int n = ((Base) o).lengthHint();
            return n < 0 ? PySingleton.NOT_IMPLEMENTED : PyInt.of(n);
        });
    }

    public static final class RangeIterator extends Base {
        public static final PyType TYPE = PyType.builtin("range_iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }

        @Override
        public int lengthHint() { return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining)); }
    }

    public static final class ArrayIterator extends Base {
        public static final PyType TYPE = PyType.builtin("tuple_iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final PyObject[] items;
        private final int size;
        private int index;

        public ArrayIterator(PyObject[] items, int size) {
            this.items = items;
            this.size = size;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() { return index < size ? items[index++] : null; }

        @Override
        public int lengthHint() { return Math.max(0, size - index); }
    }

    /** Walks a live list by index, as CPython's listiterator: appends during iteration are seen. */
    public static final class ListIterator extends Base {
        public static final PyType TYPE = PyType.builtin("list_iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final PyList list;
        private int index;

        public ListIterator(PyList list) { this.list = list; }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (!FreeThreads.running()) return step();
            synchronized (list) { return step(); }
        }

        private PyObject step() {
            if (index < list.size) return list.items[index++];
            index = Integer.MAX_VALUE; // exhausted for good, as CPython
            return null;
        }

        @Override
        public int lengthHint() { synchronized (list) { return Math.max(0, list.size - index); } }
    }

    public static final class ReversedListIterator extends Base {
        public static final PyType TYPE = PyType.builtin("list_reverseiterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final PyList list;
        private int index;

        public ReversedListIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            synchronized (list) {
                if (index >= 0 && index < list.size) return list.items[index--];
                index = -1;
                return null;
            }
        }

        @Override
        public int lengthHint() { synchronized (list) { return index >= 0 && index < list.size ? index + 1 : 0; } }
    }

    public static final class StrIterator extends Base {
        public static final PyType TYPE = PyType.builtin("str_ascii_iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final String s;
        private int pos;

        public StrIterator(PyStr str) { this.s = str.value; }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (pos >= s.length()) return null;
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            return PyStr.ofCodePoint(cp);
        }
    }

    /** iter(obj) for objects with only __getitem__: index 0, 1, ... until IndexError. */
    public static final class SeqIterator extends Base {
        public static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final PyObject seq;
        private int index;
        private boolean done;

        public SeqIterator(PyObject seq) { this.seq = seq; }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (done) return null;
            try {
                return Abstract.getItem(seq, PyInt.of(index++));
            } catch (PyException e) {
                if (e.matches(Exc.IndexError) || e.matches(Exc.StopIteration)) {
                    done = true;
                    return null;
                }
                throw e;
            }
        }
    }

    /** iter(callable, sentinel). */
    public static final class CallIterator extends Base {
        public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, null);

        static {
            register(TYPE);
        }
        private final PyObject callable, sentinel;
        private boolean done;

        public CallIterator(PyObject callable, PyObject sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (done) return null;
            PyObject v = Abstract.call(callable);
            if (Abstract.eq(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }
}
