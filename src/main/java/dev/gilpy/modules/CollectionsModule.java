package dev.gilpy.modules;

import dev.gilpy.runtime.*;

import java.util.Arrays;

/**
 * The _collections module: {@code deque} (re-exported by collections) and its two iterator types.
 * A deque is a ring buffer, so appends and pops at either end are O(1) Java operations, not Python calls.
 */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create(dev.gilpy.vm.Interpreter interp) {
        PyModule m = new PyModule("_collections");
        m.set("deque", PyDeque.TYPE);
        m.set("_deque_iterator", DequeIterator.FORWARD);
        m.set("_deque_reverse_iterator", DequeIterator.BACKWARD);
        return m;
    }

    private static final String MUTATED = "deque mutated during iteration";

    /**
     * collections.deque. Every operation holds the deque's monitor, so with the GIL off each one is atomic
     * (as in free-threaded CPython); comparisons of items (count, index, remove, in) run outside it and
     * check the mutation counter afterwards, as CPython's do.
     */
    public static final class PyDeque extends PyObject implements PyBinaryOps {
        public static final PyType TYPE = PyType.builtin("deque", PyType.OBJECT, PyDeque::new);

        static {
            TYPE.module = "collections";
            defineMethods();
        }

        private final PyType type;
        private final PyDict dict;
        /** The ring: items live at buf[(head + i) & (buf.length - 1)]; the length is a power of two. */
        private PyObject[] buf = new PyObject[8];
        private int head;
        private int size;
        /** -1: unbounded. */
        private int maxlen = -1;
        /** Bumped by every change of length or order: live iterators compare it to theirs. */
        private int state;

        public PyDeque(PyType type) {
            this.type = type;
            this.dict = type.builtin ? null : new PyDict();
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        // ---- the ring

        private PyObject at(int i) { return buf[(head + i) & (buf.length - 1)]; }

        private void put(int i, PyObject v) { buf[(head + i) & (buf.length - 1)] = v; }

        private void growIfFull() {
            if (size < buf.length) return;
            if (buf.length >= Sizes.MAX / 2) throw Sizes.memoryError();
            PyObject[] bigger = new PyObject[buf.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = at(i);
            buf = bigger;
            head = 0;
        }

        public synchronized int size() { return size; }

        /** A copy of the items, left to right. */
        public synchronized PyObject[] toArray() {
            PyObject[] out = new PyObject[size];
            for (int i = 0; i < size; i++) out[i] = at(i);
            return out;
        }

        public synchronized void append(PyObject v) {
            state++;
            if (maxlen == 0) return;
            growIfFull();
            put(size++, v);
            if (maxlen > 0 && size > maxlen) takeLeft();
        }

        public synchronized void appendLeft(PyObject v) {
            state++;
            if (maxlen == 0) return;
            growIfFull();
            head = (head - 1) & (buf.length - 1);
            buf[head] = v;
            size++;
            if (maxlen > 0 && size > maxlen) takeRight();
        }

        public synchronized PyObject pop() {
            if (size == 0) throw Exc.indexError("pop from an empty deque");
            state++;
            return takeRight();
        }

        public synchronized PyObject popLeft() {
            if (size == 0) throw Exc.indexError("pop from an empty deque");
            state++;
            return takeLeft();
        }

        private PyObject takeLeft() {
            PyObject v = buf[head];
            buf[head] = null;
            head = (head + 1) & (buf.length - 1);
            size--;
            return v;
        }

        private PyObject takeRight() {
            int i = (head + size - 1) & (buf.length - 1);
            PyObject v = buf[i];
            buf[i] = null;
            size--;
            return v;
        }

        public void extend(PyObject iterable, boolean left) {
            if (iterable == this) {
                for (PyObject v : toArray()) add(v, left);
                return;
            }
            PyObject it = Abstract.iter(iterable);
            for (PyObject v; (v = Abstract.next(it)) != null; ) add(v, left);
        }

        private void add(PyObject v, boolean left) {
            if (left) appendLeft(v);
            else append(v);
        }

        public synchronized void clear() {
            if (size == 0) return;
            state++;
            Arrays.fill(buf, null);
            head = size = 0;
        }

        synchronized void reverse() {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                PyObject t = at(i);
                put(i, at(j));
                put(j, t);
            }
        }

        synchronized void rotate(long n) {
            if (size <= 1) return;
            state++;
            int k = (int) Math.floorMod(n, (long) size);   // k steps to the right
            if (k == 0) return;
            if (size == buf.length) {
                // A full ring rotates by moving its start.
                head = (head - k) & (buf.length - 1);
                return;
            }
            PyObject[] items = new PyObject[size];
            for (int i = 0; i < size; i++) items[(i + k) % size] = at(i);
            for (int i = 0; i < size; i++) put(i, items[i]);
        }

        /** Removes the item at i (0 <= i < size), shifting the shorter side. */
        private void removeAt(int i) {
            state++;
            if (i < size / 2) {
                for (int j = i; j > 0; j--) put(j, at(j - 1));
                takeLeft();
            } else {
                for (int j = i; j < size - 1; j++) put(j, at(j + 1));
                takeRight();
            }
        }

        synchronized void insert(long where, PyObject v) {
            if (maxlen >= 0 && size >= maxlen) throw Exc.indexError("deque already at its maximum size");
            int n = size;
            long i = where < 0 ? Math.max(0, where + n) : Math.min(where, n);
            state++;
            growIfFull();
            put(size++, null);
            for (int j = size - 1; j > i; j--) put(j, at(j - 1));
            put((int) i, v);
        }

        private int itemIndex(PyObject key) {
            if (!(key instanceof PyInt) && Abstract.indexOrNull(key) == null) {
                throw Exc.typeError("sequence index must be integer, not '" + key.type().name + "'");
            }
            return Abstract.index(key, "");
        }

        private int checked(int i) {
            if (i < 0) i += size;
            if (i < 0 || i >= size) throw Exc.indexError("deque index out of range");
            return i;
        }

        @Override
        public PyObject getItem(PyObject key) {
            int i = itemIndex(key);
            synchronized (this) { return at(checked(i)); }
        }

        @Override
        public void setItem(PyObject key, PyObject value) {
            int i = itemIndex(key);
            synchronized (this) { put(checked(i), value); }
        }

        @Override
        public void delItem(PyObject key) {
            int i = itemIndex(key);
            synchronized (this) { removeAt(checked(i)); }
        }

        /** The first index in [start, stop) whose item equals x, or -1; RuntimeError if changed meanwhile. */
        private int find(PyObject x, int start, int stop, String mutatedKind) {
            for (int i = start; ; i++) {
                PyObject o;
                int seen;
                synchronized (this) {
                    if (i >= Math.min(stop, size)) return -1;
                    o = at(i);
                    seen = state;
                }
                boolean same = o == x || Abstract.eq(o, x);
                synchronized (this) {
                    if (seen != state) {
                        throw mutatedKind == null ? Exc.raise(Exc.RuntimeError, MUTATED) : Exc.indexError(MUTATED);
                    }
                }
                if (same) return i;
            }
        }

        int count(PyObject x) {
            int c = 0, n = size();
            for (int i = 0; i < n; i++) {
                int found = find(x, i, i + 1, null);
                if (found >= 0) c++;
            }
            return c;
        }

        void remove(PyObject x) {
            int i = find(x, 0, Integer.MAX_VALUE, "index");
            if (i < 0) throw Exc.valueError(Abstract.reprString(x) + " is not in deque");
            synchronized (this) { removeAt(i); }
        }

        @Override
        public Boolean contains(PyObject item) { return find(item, 0, Integer.MAX_VALUE, null) >= 0; }

        @Override
        public int len() { return size(); }

        @Override
        public boolean isTrue() { return size() != 0; }

        @Override
        public int pyHash() { throw Exc.typeError("unhashable type: '" + type.qualifiedName() + "'"); }

        @Override
        public PyObject iter() { return new DequeIterator(this, false); }

        @Override
        public PyObject repr() {
            if (!Abstract.enterRepr(this)) return new PyStr("[...]");
            try {
                PyObject[] a = toArray();
                StringBuilder sb = new StringBuilder(type.name).append("([");
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) sb.append(", ");
                    sb.append(Abstract.reprString(a[i]));
                }
                sb.append(']');
                if (maxlen >= 0) sb.append(", maxlen=").append(maxlen);
                return new PyStr(sb.append(')').toString());
            } finally {
                Abstract.leaveRepr(this);
            }
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (!(other instanceof PyDeque d)) return null;
            PyObject[] a = toArray(), b = d.toArray();
            return Abstract.compareSequences(a, a.length, b, b.length, op);
        }

        /** copy(): a plain deque directly; a subclass through its constructor, as CPython calls it. */
        PyObject copy() {
            if (type == TYPE) {
                PyDeque c = new PyDeque(TYPE);
                synchronized (this) {
                    c.maxlen = maxlen;
                    c.buf = buf.clone();
                    c.head = head;
                    c.size = size;
                }
                return c;
            }
            return maxlen < 0 ? Abstract.call(type, this) : Abstract.call(type, this, PyInt.of(maxlen));
        }

        private void repeatInPlace(PyObject times) {
            PyInt t = Abstract.indexOrNull(times);
            PyObject[] items = toArray();
            int total = Sizes.repeat(items.length, t, null);
            if (total == 0) {
                clear();
                return;
            }
            synchronized (this) {
                // With a maxlen only the last maxlen items of the repetition stay.
                for (int i = items.length; i < total; i++) append(items[i % items.length]);
            }
        }

        @Override
        public PyObject binaryOp(int op, PyObject other, boolean reflected) {
            if (op == dev.gilpy.bytecode.BinaryOps.ADD && !reflected) {
                if (!(other instanceof PyDeque)) return null;
                PyDeque r = (PyDeque) copy();
                r.extend(other, false);
                return r;
            }
            if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
                if (Abstract.indexOrNull(other) == null) return null;
                PyDeque r = (PyDeque) copy();
                r.repeatInPlace(other);
                return r;
            }
            return null;
        }

        @Override
        public PyException operandError(int op, PyObject other) {
            if (op == dev.gilpy.bytecode.BinaryOps.ADD) {
                return Exc.typeError("can only concatenate deque (not \"" + other.type().name + "\") to deque");
            }
            if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
                return Exc.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
            }
            return null;
        }

        @Override
        public PyObject inplaceOp(int op, PyObject other) {
            if (op == dev.gilpy.bytecode.BinaryOps.ADD) {
                extend(other, false);
                return this;
            }
            if (op == dev.gilpy.bytecode.BinaryOps.MULTIPLY) {
                if (Abstract.indexOrNull(other) == null) return null;
                repeatInPlace(other);
                return this;
            }
            return null;
        }

        // ---- the Python-visible methods

        private static PyDeque self(PyObject o) { return (PyDeque) o; }

        private static void def(String name, PyBuiltinFunction.Body body) {
            TYPE.def(name, new PyMethodDescr(TYPE, name, body));
        }

        private static void noArgs(String name, java.util.function.Function<PyDeque, PyObject> f) {
            def(name, (a, k) -> {
                Args.methodRange("deque." + name, a, k, 0, 0);
                return f.apply(self(a[0]));
            });
        }

        private static void oneArg(String name, java.util.function.BiFunction<PyDeque, PyObject, PyObject> f) {
            def(name, (a, k) -> {
                Args.methodRange("deque." + name, a, k, 1, 1);
                return f.apply(self(a[0]), a[1]);
            });
        }

        private static PyObject none(Runnable r) {
            r.run();
            return PyNone.NONE;
        }

        private static final String[] INIT = {"iterable", "maxlen"};

        private static void defineMethods() {
            PyBuiltinFunction newFn = new PyBuiltinFunction("__new__", (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Exc.typeError("deque.__new__(X): X is not a type object");
                if (!cls.isSubtypeOf(TYPE)) {
                    throw Exc.typeError("deque.__new__(" + cls.name + "): " + cls.name + " is not a subtype of deque");
                }
                return cls.allocator.allocate(cls);
            });
            TYPE.def("__new__", new PyStaticMethod(newFn));
            def("__init__", (a, k) -> {
                int npos = a.length - 1 - Args.nkw(k);
                if (npos > 2) throw Exc.typeError("deque() takes at most 2 arguments (" + npos + " given)");
                for (int i = 0; i < Args.nkw(k); i++) {
                    if (!k[i].equals("iterable") && !k[i].equals("maxlen")) {
                        throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for deque()");
                    }
                }
                PyObject[] p = Args.parse("deque", a, 1, k, INIT, 0, 2);
                PyDeque d = self(a[0]);
                int maxlen = -1;
                if (p[1] != null && p[1] != PyNone.NONE) {
                    PyInt n = p[1] instanceof PyInt i ? i : Abstract.indexOrNull(p[1]);
                    if (n == null) throw Exc.typeError("an integer is required");
                    long v = Sizes.ssize(n, Sizes.C_SSIZE_T);
                    if (v < 0) throw Exc.valueError("maxlen must be non-negative");
                    maxlen = (int) Math.min(v, Integer.MAX_VALUE);
                }
                synchronized (d) {
                    d.maxlen = maxlen;
                    d.clear();
                }
                if (p[0] != null) d.extend(p[0], false);
                return PyNone.NONE;
            });
            TYPE.def("maxlen", new PyGetSet("maxlen", o -> {
                int m = self(o).maxlen;
                return m < 0 ? PyNone.NONE : PyInt.of(m);
            }, null));
            oneArg("append", (d, x) -> none(() -> d.append(x)));
            oneArg("appendleft", (d, x) -> none(() -> d.appendLeft(x)));
            noArgs("pop", PyDeque::pop);
            noArgs("popleft", PyDeque::popLeft);
            oneArg("extend", (d, x) -> none(() -> d.extend(x, false)));
            oneArg("extendleft", (d, x) -> none(() -> d.extend(x, true)));
            noArgs("clear", d -> none(d::clear));
            noArgs("copy", PyDeque::copy);
            noArgs("__copy__", PyDeque::copy);
            oneArg("count", (d, x) -> PyInt.of(d.count(x)));
            oneArg("remove", (d, x) -> none(() -> d.remove(x)));
            noArgs("reverse", d -> none(d::reverse));
            def("rotate", (a, k) -> {
                Args.methodRange("deque.rotate", a, k, 0, 1);
                long n = a.length == 1 ? 1 : Sizes.ssizeArg(a[1]);
                self(a[0]).rotate(n);
                return PyNone.NONE;
            });
            def("index", (a, k) -> {
                Args.noKw("index", k);
                int n = a.length - 1;
                if (n < 1) throw Exc.typeError("index() takes at least 1 argument (" + n + " given)");
                if (n > 3) throw Exc.typeError("index() takes at most 3 arguments (" + n + " given)");
                PyDeque d = self(a[0]);
                long start = n >= 2 ? sliceIndex(a[2]) : 0, stop = n >= 3 ? sliceIndex(a[3]) : Long.MAX_VALUE;
                int len = d.size();
                if (start < 0) start = Math.max(0, start + len);
                if (stop < 0) stop = Math.max(0, stop + len);
                stop = Math.min(stop, len);
                int i = start >= stop ? -1 : d.find(a[1], (int) start, (int) stop, null);
                if (i < 0) throw Exc.valueError(Abstract.reprString(a[1]) + " is not in deque");
                return PyInt.of(i);
            });
            def("insert", (a, k) -> {
                Args.noKw("insert", k);
                int n = a.length - 1;
                if (n != 2) throw Exc.typeError("insert() takes exactly 2 arguments (" + n + " given)");
                self(a[0]).insert(Sizes.ssizeArg(a[1]), a[2]);
                return PyNone.NONE;
            });
            noArgs("__len__", d -> PyInt.of(d.size()));
            noArgs("__bool__", d -> PyBool.of(d.size() != 0));
            noArgs("__iter__", d -> new DequeIterator(d, false));
            noArgs("__reversed__", d -> new DequeIterator(d, true));
            noArgs("__repr__", PyDeque::repr);
            oneArg("__contains__", (d, x) -> PyBool.of(d.contains(x)));
            oneArg("__getitem__", PyDeque::getItem);
            def("__setitem__", (a, k) -> {
                Args.methodRange("__setitem__", a, k, 2, 2);
                self(a[0]).setItem(a[1], a[2]);
                return PyNone.NONE;
            });
            oneArg("__delitem__", (d, x) -> none(() -> d.delItem(x)));
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            int[] ops = {Abstract.LT, Abstract.LE, Abstract.EQ, Abstract.NE, Abstract.GT, Abstract.GE};
            for (int i = 0; i < cmp.length; i++) {
                int op = ops[i];
                oneArg(cmp[i], (d, x) -> orNotImplemented(d.richCompare(x, op)));
            }
            TYPE.def("__hash__", PyNone.NONE);
            int add = dev.gilpy.bytecode.BinaryOps.ADD, mul = dev.gilpy.bytecode.BinaryOps.MULTIPLY;
            oneArg("__add__", (d, x) -> orRaise(d.binaryOp(add, x, false), d, add, x));
            oneArg("__mul__", (d, x) -> orRaise(d.binaryOp(mul, x, false), d, mul, x));
            oneArg("__rmul__", (d, x) -> orRaise(d.binaryOp(mul, x, true), d, mul, x));
            oneArg("__iadd__", (d, x) -> d.inplaceOp(add, x));
            oneArg("__imul__", (d, x) -> orRaise(d.inplaceOp(mul, x), d, mul, x));
            noArgs("__sizeof__", d -> {
                synchronized (d) { return PyInt.of(64 + 8L * d.buf.length); }
            });
            noArgs("__reduce__", d -> {
                PyObject args = d.maxlen < 0 ? PyTuple.of() : PyTuple.of(PyTuple.of(), PyInt.of(d.maxlen));
                PyObject state = d.dict == null || d.dict.size() == 0 ? PyNone.NONE : d.dict.copy();
                return PyTuple.of(d.type, args, state, new DequeIterator(d, false));
            });
            TYPE.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                    (a, k) -> new PyGenericAlias(a[0], a[1]))));
        }

        private static PyObject orRaise(PyObject r, PyDeque d, int op, PyObject other) {
            if (r == null) throw d.operandError(op, other);
            return r;
        }

        private static PyObject orNotImplemented(PyObject r) { return r == null ? PySingleton.NOT_IMPLEMENTED : r; }

        /** index()'s start/stop: any __index__ value, huge ones clamped (CPython's _PyEval_SliceIndexNotNone). */
        private static long sliceIndex(PyObject o) {
            PyInt i = o instanceof PyInt x ? x : Abstract.indexOrNull(o);
            if (i == null) throw Exc.typeError("slice indices must be integers or have an __index__ method");
            if (i.isBig()) return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
        }
    }

    /** Walks a deque by position; any change of its length or order makes the next step RuntimeError. */
    public static final class DequeIterator extends PyIterators.Base {
        static final PyType FORWARD = iteratorType("_deque_iterator");
        static final PyType BACKWARD = iteratorType("_deque_reverse_iterator");

        private static PyType iteratorType(String name) {
            PyType t = PyType.builtin(name, PyType.OBJECT, null);
            t.module = "_collections";
            t.acceptableBase = false;
            t.def("__iter__", new PyMethodDescr(t, "__iter__", (a, k) -> {
                Args.methodRange("__iter__", a, k, 0, 0);
                return a[0];
            }));
            t.def("__next__", new PyMethodDescr(t, "__next__", (a, k) -> {
                Args.methodRange("__next__", a, k, 0, 0);
                PyObject v = a[0].next();
                if (v == null) throw Exc.stopIteration(null);
                return v;
            }));
            t.def("__length_hint__", new PyMethodDescr(t, "__length_hint__", (a, k) -> {
                Args.methodRange("__length_hint__", a, k, 0, 0);
                return PyInt.of(((DequeIterator) a[0]).lengthHint());
            }));
            return t;
        }

        private final PyDeque deque;
        private final boolean backward;
        private final int state;
        private int next;
        private int left;

        DequeIterator(PyDeque deque, boolean backward) {
            this.deque = deque;
            this.backward = backward;
            synchronized (deque) {
                this.state = deque.state;
                this.left = deque.size;
                this.next = backward ? deque.size - 1 : 0;
            }
        }

        @Override
        public PyType type() { return backward ? BACKWARD : FORWARD; }

        @Override
        public PyObject next() {
            synchronized (deque) {
                if (deque.state != state) {
                    left = 0;
                    throw Exc.raise(Exc.RuntimeError, MUTATED);
                }
                if (left == 0) return null;
                left--;
                PyObject v = deque.at(next);
                next += backward ? -1 : 1;
                return v;
            }
        }

        @Override
        public int lengthHint() { return left; }
    }
}
