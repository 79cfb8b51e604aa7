package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's dict: insertion-ordered, keys compared by Python's == and hash() (the keys' Java
 * equals/hashCode). Every operation holds the dict's monitor, so single operations stay atomic with the
 * GIL off; iteration detects concurrent resizing as CPython does.
 */
public class PyDict extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("dict", PyType.OBJECT, PyDict::new);

    static {
        DictMethods.init();
    }

    private final PyType type;
    private PyDict dict;
    private final LinkedHashMap<PyObject, PyObject> map;
    /**
     * Bumped, under the monitor, whenever the set of keys changes or a <em>watched</em> key gets another
     * value, so the VM can cache global-name lookups (CPython 3.11 checks a dict's keys version in
     * LOAD_GLOBAL_MODULE and reads the value live; we cache the value, so a cached name is watched).
     * Rebinding an unwatched name (a module-level loop variable) leaves every cache valid, and so does
     * rebinding a {@link #isLive live} one.
     */
    private long version;
    /**
     * Keys whose value a cache holds (see {@link #watch}), each with how often it got another value since;
     * null until the first.
     */
    private java.util.HashMap<PyObject, int[]> watched;
    /**
     * A watched key rebound this often becomes live: caches read its value from the dict at each use, and
     * rebinding it no longer bumps the version. A counter global (`global n; n += 1` in a loop) otherwise
     * invalidated every cached global of its module at each store, and every load re-cached all of them.
     */
    private static final int REBINDS_BEFORE_LIVE = 8;

    public PyDict() {
        this.type = TYPE;
        this.map = new LinkedHashMap<>();
    }

    public PyDict(PyType type) {
        this.type = type;
        this.map = new LinkedHashMap<>();
        this.dict = type.builtin ? null : new PyDict();
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict getDict() { return dict; }

    /** null when absent. */
    public PyObject get(PyObject key) {
        if (!FreeThreads.running()) return map.get(key);
        synchronized (this) { return map.get(key); }
    }

    public PyObject get(String key) { return get(new PyStr(key)); }

    public void put(PyObject key, PyObject value) {
        if (!FreeThreads.running()) {
            store(key, value);
            return;
        }
        synchronized (this) { store(key, value); }
    }

    private void store(PyObject key, PyObject value) {
        PyObject old = map.put(key, value);
        if (old == null) {
            version++;
        } else if (old != value && watched != null) {
            int[] rebinds = watched.get(key);
            // The store that makes the key live still bumps the version: no cache keeps its old value.
            if (rebinds != null && rebinds[0]++ < REBINDS_BEFORE_LIVE) version++;
        }
    }

    /** The version (see {@link #version}); a racy read is fine for caches that re-validate. */
    public long version() { return version; }

    /** From now on, giving key another value bumps the version (a cache is about to hold its value). */
    public synchronized void watch(PyObject key) {
        if (watched == null) watched = new java.util.HashMap<>();
        watched.putIfAbsent(key, new int[1]);
    }

    /** Whether key is rebound so often that caches must read its value here at each use (see {@link #put}). */
    public synchronized boolean isLive(PyObject key) {
        int[] rebinds = watched == null ? null : watched.get(key);
        return rebinds != null && rebinds[0] >= REBINDS_BEFORE_LIVE;
    }

    public synchronized PyObject putIfAbsent(PyObject key, PyObject value) {
        PyObject old = map.putIfAbsent(key, value);
        if (old == null) version++;
        return old;
    }

    /** The removed value, or null. */
    public PyObject remove(PyObject key) {
        if (!FreeThreads.running()) return delete(key);
        synchronized (this) { return delete(key); }
    }

    private PyObject delete(PyObject key) {
        PyObject old = map.remove(key);
        if (old != null) version++;
        return old;
    }

    public int size() {
        if (!FreeThreads.running()) return map.size();
        synchronized (this) { return map.size(); }
    }

    public synchronized void clear() {
        version++;
        map.clear();
    }

    public boolean containsKey(PyObject key) {
        if (!FreeThreads.running()) return map.containsKey(key);
        synchronized (this) { return map.containsKey(key); }
    }

    public synchronized List<Map.Entry<PyObject, PyObject>> entrySnapshot() {
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(map.size());
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) out.add(Map.entry(e.getKey(), e.getValue()));
        return out;
    }

    public synchronized PyObject[] keysArray() { return map.keySet().toArray(new PyObject[0]); }

    public synchronized PyObject[] valuesArray() { return map.values().toArray(new PyObject[0]); }

    public synchronized PyDict copy() {
        PyDict d = new PyDict();
        d.map.putAll(map);
        return d;
    }

    public void update(PyObject other) {
        if (other instanceof PyDict d && (d.type.builtin || d.type.lookup("__iter__") == TYPE.ownAttr("__iter__"))) {
            for (Map.Entry<PyObject, PyObject> e : d.entrySnapshot()) put(e.getKey(), e.getValue());
            return;
        }
        PyObject keys = Abstract.getAttrOrNull(other, "keys");
        if (keys != null) {
            PyObject it = Abstract.iter(Abstract.call(keys));
            for (PyObject k; (k = Abstract.next(it)) != null; ) put(k, Abstract.getItem(other, k));
            return;
        }
        PyObject it = Abstract.iter(other);
        int i = 0;
        for (PyObject pair; (pair = Abstract.next(it)) != null; i++) {
            PyObject[] kv;
            try {
                kv = Abstract.toArray(pair);
            } catch (PyException e) {
                if (e.matches(Exc.TypeError)) {
                    throw Exc.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw Exc.valueError("dictionary update sequence element #" + i + " has length " + kv.length
                        + "; 2 is required");
            }
            put(kv[0], kv[1]);
        }
    }

    /** The last-inserted entry, removed (popitem); null when empty. */
    public synchronized Map.Entry<PyObject, PyObject> popLast() {
        Map.Entry<PyObject, PyObject> e = map.pollLastEntry();
        if (e != null) version++;
        return e;
    }

    /** d | other (or other | d when reflected): a new dict; null (NotImplemented) unless both are dicts. */
    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op != dev.gilpy.bytecode.BinaryOps.OR || !(other instanceof PyDict o)) return null;
        PyDict r = (reflected ? o : this).copy();
        r.update(reflected ? this : o);
        return r;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op != dev.gilpy.bytecode.BinaryOps.OR) return null;
        update(other);
        return this;
    }

    @Override
    public int len() { return size(); }

    @Override
    public boolean isTrue() { return size() != 0; }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v != null) return v;
        if (!type.builtin) {
            PyObject missing = type.lookup("__missing__");
            if (missing != null) return Abstract.call(missing, this, key);
        }
        throw new PyBaseException(Exc.KeyError, key).raise();
    }

    @Override
    public void setItem(PyObject key, PyObject value) { put(key, value); }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) throw new PyBaseException(Exc.KeyError, key).raise();
    }

    @Override
    public Boolean contains(PyObject item) { return containsKey(item); }

    @Override
    public PyObject iter() { return new DictIterator(this, DictIterator.KEYS); }

    @Override
    public PyObject repr() {
        List<Map.Entry<PyObject, PyObject>> es = entrySnapshot();
        if (es.isEmpty()) return new PyStr("{}");
        if (!Abstract.enterRepr(this)) return new PyStr("{...}");
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : es) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Abstract.reprString(e.getKey())).append(": ").append(Abstract.reprString(e.getValue()));
            }
            return new PyStr(sb.append('}').toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDict d) || (op != Abstract.EQ && op != Abstract.NE)) return null;
        boolean eq = dictEquals(d);
        return PyBool.of(op == Abstract.EQ ? eq : !eq);
    }

    private boolean dictEquals(PyDict d) {
        if (d == this) return true;
        List<Map.Entry<PyObject, PyObject>> es = entrySnapshot();
        if (es.size() != d.size()) return false;
        if (es.isEmpty()) return true;
        RecursionDepth depth = RecursionDepth.enter(RecursionDepth.IN_COMPARISON);
        try {
            for (Map.Entry<PyObject, PyObject> e : es) {
                PyObject v = d.get(e.getKey());
                if (v == null || (v != e.getValue() && !Abstract.eq(e.getValue(), v))) return false;
            }
        } finally {
            depth.leave();
        }
        return true;
    }

    @Override
    public boolean equals(Object o) { return o instanceof PyDict d && dictEquals(d); }

    @Override
    public int hashCode() { throw Exc.typeError("unhashable type: '" + type.name + "'"); }

    @Override
    public int pyHash() { return hashCode(); }

    /** Iterates keys, values or items of a live dict, raising RuntimeError if it is resized meanwhile. */
    public static final class DictIterator extends PyIterators.Base {
        public static final PyType TYPE = PyType.builtin("dict_keyiterator", PyType.OBJECT, null);
        static final PyType VALUES_TYPE = PyType.builtin("dict_valueiterator", PyType.OBJECT, null);
        static final PyType ITEMS_TYPE = PyType.builtin("dict_itemiterator", PyType.OBJECT, null);
        static final PyType REV_KEYS_TYPE = PyType.builtin("dict_reversekeyiterator", PyType.OBJECT, null);
        static final PyType REV_VALUES_TYPE = PyType.builtin("dict_reversevalueiterator", PyType.OBJECT, null);
        static final PyType REV_ITEMS_TYPE = PyType.builtin("dict_reverseitemiterator", PyType.OBJECT, null);
        public static final int KEYS = 0, VALUES = 1, ITEMS = 2;

        static {
            for (PyType t : new PyType[]{TYPE, VALUES_TYPE, ITEMS_TYPE, REV_KEYS_TYPE, REV_VALUES_TYPE, REV_ITEMS_TYPE}) {
                PyIterators.register(t);
            }
        }

        private final PyDict dict;
        private final int kind;
        private final boolean reversed;
        private final Iterator<Map.Entry<PyObject, PyObject>> it;
        private final int expectedSize;
        private int remaining;
        private boolean done;

        public DictIterator(PyDict dict, int kind) { this(dict, kind, false); }

        public DictIterator(PyDict dict, int kind, boolean reversed) {
            this.dict = dict;
            this.kind = kind;
            this.reversed = reversed;
            synchronized (dict) {
                this.it = reversed ? dict.map.reversed().entrySet().iterator() : dict.map.entrySet().iterator();
                this.expectedSize = dict.map.size();
                this.remaining = expectedSize;
            }
        }

        @Override
        public PyType type() {
            return switch (kind) {
                case KEYS -> reversed ? REV_KEYS_TYPE : TYPE;
                case VALUES -> reversed ? REV_VALUES_TYPE : VALUES_TYPE;
                default -> reversed ? REV_ITEMS_TYPE : ITEMS_TYPE;
            };
        }

        @Override
        public int lengthHint() { synchronized (dict) { return done ? 0 : Math.max(0, remaining); } }

        @Override
        public PyObject next() {
            Map.Entry<PyObject, PyObject> e;
            if (!FreeThreads.running()) {
                e = step();
            } else {
                synchronized (dict) { e = step(); }
            }
            if (e == null) return null;
            return switch (kind) {
                case KEYS -> e.getKey();
                case VALUES -> e.getValue();
                default -> new PyTuple(e.getKey(), e.getValue());
            };
        }

        /** The next entry (null at the end), or the RuntimeError of a dict changed meanwhile. */
        private Map.Entry<PyObject, PyObject> step() {
            if (done) return null;
            if (dict.map.size() != expectedSize) {
                done = true;
                throw Exc.runtimeError("dictionary changed size during iteration");
            }
            try {
                if (!it.hasNext()) {
                    done = true;
                    return null;
                }
                remaining--;
                return it.next();
            } catch (ConcurrentModificationException cme) {
                done = true;
                throw Exc.runtimeError("dictionary keys changed during iteration");
            }
        }
    }
}
