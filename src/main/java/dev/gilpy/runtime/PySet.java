package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.List;

import static dev.gilpy.bytecode.BinaryOps.*;

/**
 * set and frozenset: an open-addressing table mirroring CPython 3.11's Objects/setobject.c (same
 * probing, resizing and dummy handling), so iteration order matches CPython for ints, floats and tuples.
 * Operations hold the set's monitor (atomic with the GIL off).
 */
public class PySet extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, cls -> new PySet(cls, false));
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT, cls -> new PySet(cls, true));

    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;
    private static final PyObject DUMMY = new PyStr("<dummy key>");
    private static final long DUMMY_HASH = -1;

    static {
        SetMethods.init();
    }

    private final PyType type;
    public final boolean frozen;
    private PyDict dict;
    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int mask = MINSIZE - 1;
    private int fill, used, finger;

    public PySet() { this(TYPE, false); }

    public PySet(PyType type, boolean frozen) {
        this.type = type;
        this.frozen = frozen;
        this.dict = type.builtin ? null : new PyDict();
    }

    public static PySet frozen() { return new PySet(FROZEN_TYPE, true); }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict getDict() { return dict; }

    // ------------------------------------------------------------------ the table (setobject.c)

    private static long hashOf(PyObject o) { return Abstract.hash64(o); }

    /** Slot index of key, or -1. */
    private int lookup(PyObject key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = keys[j];
                if (k == null) return -1;
                if (hashes[j] == hash && k != DUMMY) {
                    if (k == key) return j;
                    PyObject[] table = keys;
                    boolean eq = Abstract.eq(k, key);
                    if (table != keys || keys[j] != k) return lookup(key, hash);
                    if (eq) return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private boolean addEntry(PyObject key, long hash) {
        restart:
        while (true) {
            int i = (int) (hash & mask);
            long perturb = hash;
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = keys[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            used++;
                            keys[freeslot] = key;
                            hashes[freeslot] = hash;
                            return true;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                        return true;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) return false;
                        PyObject[] table = keys;
                        boolean eq = Abstract.eq(k, key);
                        if (table != keys || keys[j] != k) continue restart;
                        if (eq) return false;
                    } else if (k == DUMMY && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private static void insertClean(PyObject[] ks, long[] hs, int mask, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (ks[i] == null) {
                ks[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (ks[i + j] == null) {
                        ks[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) newsize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newsize];
        hashes = new long[newsize];
        mask = newsize - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            PyObject k = oldKeys[i];
            if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, oldHashes[i]);
        }
        fill = used;
    }

    private boolean discardEntry(PyObject key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = DUMMY_HASH;
        used--;
        return true;
    }

    /** CPython set_merge: adds all of another set's entries. */
    private void merge(PySet other) {
        PyObject[] oks;
        long[] ohs;
        int ofill, oused;
        synchronized (other) {
            oks = other.keys.clone();
            ohs = other.hashes.clone();
            ofill = other.fill;
            oused = other.used;
        }
        if (oused == 0) return;
        if ((long) (fill + oused) * 5 >= (long) mask * 3) resize((used + oused) * 2);
        int omask = oks.length - 1;
        if (fill == 0 && mask == omask && ofill == oused) {
            for (int i = 0; i <= omask; i++) {
                if (oks[i] != null) {
                    keys[i] = oks[i];
                    hashes[i] = ohs[i];
                }
            }
            fill = ofill;
            used = oused;
            return;
        }
        if (fill == 0) {
            fill = oused;
            used = oused;
            for (int i = 0; i <= omask; i++) {
                if (oks[i] != null && oks[i] != DUMMY) insertClean(keys, hashes, mask, oks[i], ohs[i]);
            }
            return;
        }
        for (int i = 0; i <= omask; i++) {
            if (oks[i] != null && oks[i] != DUMMY) addEntry(oks[i], ohs[i]);
        }
    }

    // ------------------------------------------------------------------ Java API

    public boolean add(PyObject o) {
        long h = hashOf(o);
        if (!FreeThreads.running()) return addEntry(o, h);
        synchronized (this) { return addEntry(o, h); }
    }

    public boolean remove(PyObject o) {
        long h = hashOf(o);
        if (!FreeThreads.running()) return discardEntry(o, h);
        synchronized (this) { return discardEntry(o, h); }
    }

    public boolean has(PyObject o) {
        long h = hashOf(o);
        if (!FreeThreads.running()) return lookup(o, h) >= 0;
        synchronized (this) { return lookup(o, h) >= 0; }
    }

    /** has() for set methods: an unhashable set argument is looked up as a frozenset (CPython does). */
    boolean hasKey(PyObject o) {
        if (o instanceof PySet s && !s.frozen) {
            PySet f = frozen();
            f.addAll(s);
            return has(f);
        }
        return has(o);
    }

    boolean removeKey(PyObject o) {
        if (o instanceof PySet s && !s.frozen) {
            PySet f = frozen();
            f.addAll(s);
            return remove(f);
        }
        return remove(o);
    }

    public int size() {
        if (!FreeThreads.running()) return used;
        synchronized (this) { return used; }
    }

    public synchronized void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        mask = MINSIZE - 1;
        fill = used = 0;
    }

    /** Elements in table order (CPython's iteration order). */
    public synchronized PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        for (PyObject k : keys) if (k != null && k != DUMMY) out[n++] = k;
        return out;
    }

    /** Removes and returns an arbitrary element (CPython set_pop with its finger), null when empty. */
    public synchronized PyObject pop() {
        if (used == 0) return null;
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) i = 0;
        }
        PyObject k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = DUMMY_HASH;
        used--;
        finger = i + 1;
        return k;
    }

    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet s) {
            if (s == this) return;
            synchronized (this) { merge(s); }
            return;
        }
        if (iterable instanceof PyDict d && d.type().builtin) {
            PyObject[] ks = d.keysArray();
            long[] hs = new long[ks.length];
            for (int i = 0; i < ks.length; i++) hs[i] = hashOf(ks[i]);
            synchronized (this) {
                if ((long) (fill + ks.length) * 5 >= (long) mask * 3) resize((used + ks.length) * 2);
                for (int i = 0; i < ks.length; i++) addEntry(ks[i], hs[i]);
            }
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject v; (v = Abstract.next(it)) != null; ) add(v);
    }

    /** A new set of the same kind (set/frozenset, base type) holding the same elements. */
    public PySet copyAs(boolean asFrozen) {
        PySet r = asFrozen ? frozen() : new PySet();
        r.addAll(this);
        return r;
    }

    // ------------------------------------------------------------------ protocol

    @Override
    public int len() { return size(); }

    @Override
    public boolean isTrue() { return size() != 0; }

    @Override
    public Boolean contains(PyObject item) { return hasKey(item); }

    @Override
    public PyObject iter() { return new SetIterator(this); }

    @Override
    public PyObject repr() {
        PyObject[] a = toArray();
        String name = type.name;
        if (a.length == 0) return new PyStr(name + "()");
        if (!Abstract.enterRepr(this)) return new PyStr(name + "(...)");
        try {
            StringBuilder sb = new StringBuilder();
            boolean wrap = frozen || !type.builtin;
            if (wrap) sb.append(name).append('(');
            sb.append('{');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Abstract.reprString(a[i]));
            }
            sb.append('}');
            if (wrap) sb.append(')');
            return new PyStr(sb.toString());
        } finally {
            Abstract.leaveRepr(this);
        }
    }

    public boolean isSubsetOf(PySet other) {
        for (PyObject o : toArray()) if (!other.has(o)) return false;
        return true;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet s)) return null;
        return PyBool.of(switch (op) {
            case Abstract.EQ -> size() == s.size() && isSubsetOf(s);
            case Abstract.NE -> !(size() == s.size() && isSubsetOf(s));
            case Abstract.LE -> size() <= s.size() && isSubsetOf(s);
            case Abstract.LT -> size() < s.size() && isSubsetOf(s);
            case Abstract.GE -> size() >= s.size() && s.isSubsetOf(this);
            default -> size() > s.size() && s.isSubsetOf(this);
        });
    }

    @Override
    public boolean equals(Object o) { return o instanceof PySet s && size() == s.size() && isSubsetOf(s); }

    private static long shuffle(long h) { return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L; }

    // CPython: Objects/setobject.c frozenset_hash
    public long hash64() {
        if (!frozen) throw Exc.typeError("unhashable type: '" + type.name + "'");
        long hash = 0;
        synchronized (this) {
            for (int i = 0; i <= mask; i++) if (keys[i] != null && keys[i] != DUMMY) hash ^= shuffle(hashes[i]);
            hash ^= ((long) used + 1) * 1927868237L;
        }
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    @Override
    public int hashCode() {
        long h = hash64();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public int pyHash() { return (int) hash64(); }

    // ------------------------------------------------------------------ operators

    /** A new result set of this set's base kind (set for set subclasses, frozenset for frozensets). */
    PySet newLike() { return frozen ? frozen() : new PySet(); }

    PySet union(PyObject other) {
        PySet r = copyAs(frozen);
        r.addAll(other);
        return r;
    }

    // CPython set_intersection: iterate the smaller set
    PySet intersection(PyObject other) {
        PySet r = newLike();
        if (other == this) return copyAs(frozen);
        if (other instanceof PySet s) {
            PySet small, big;
            if (s.size() > size()) { small = this; big = s; } else { small = s; big = this; }
            for (PyObject k : small.toArray()) if (big.has(k)) r.add(k);
            return r;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject v; (v = Abstract.next(it)) != null; ) if (has(v)) r.add(v);
        return r;
    }

    PySet difference(PyObject other) {
        PySet r = newLike();
        if ((other instanceof PySet || other instanceof PyDict) && (size() >> 2) > Abstract.len(other)) {
            r = copyAs(frozen);
            for (PyObject k : Abstract.toArray(other)) r.remove(k);
            return r;
        }
        if (other instanceof PySet s) {
            for (PyObject k : toArray()) if (!s.has(k)) r.add(k);
            return r;
        }
        if (other instanceof PyDict d) {
            for (PyObject k : toArray()) if (!d.containsKey(k)) r.add(k);
            return r;
        }
        r = copyAs(frozen);
        PyObject it = Abstract.iter(other);
        for (PyObject v; (v = Abstract.next(it)) != null; ) r.remove(v);
        return r;
    }

    PySet symmetricDifference(PyObject other) {
        PySet r = frozen ? frozen() : new PySet();
        r.addAll(other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    void symmetricDifferenceUpdate(PyObject other) {
        PySet o;
        if (other instanceof PySet s) o = s;
        else {
            o = new PySet();
            o.addAll(other);
        }
        if (o == this) {
            clear();
            return;
        }
        for (PyObject k : o.toArray()) {
            if (!remove(k)) add(k);
        }
    }

    void intersectionUpdate(PyObject other) {
        PySet r = intersection(other);
        synchronized (this) {
            PyObject[] rk = r.keys;
            keys = rk;
            hashes = r.hashes;
            mask = r.mask;
            fill = r.fill;
            used = r.used;
        }
    }

    void differenceUpdate(PyObject other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet s) {
            for (PyObject k : s.toArray()) remove(k);
            return;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject v; (v = Abstract.next(it)) != null; ) remove(v);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (!(other instanceof PySet o)) return null;
        PySet a = reflected ? o : this, b = reflected ? this : o;
        return switch (op) {
            case OR -> a.union(b);
            case AND -> a.intersection(b);
            case SUBTRACT -> a.difference(b);
            case XOR -> a.symmetricDifference(b);
            default -> null;
        };
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (frozen || !(other instanceof PySet)) return null;
        switch (op) {
            case OR -> addAll(other);
            case AND -> intersectionUpdate(other);
            case SUBTRACT -> differenceUpdate(other);
            case XOR -> symmetricDifferenceUpdate(other);
            default -> { return null; }
        }
        return this;
    }

    /** Live iterator: RuntimeError if the set changes size meanwhile (CPython setiter_iternext). */
    public static final class SetIterator extends PyIterators.Base {
        public static final PyType TYPE = PyType.builtin("set_iterator", PyType.OBJECT, null);
        private final PySet set;
        private final int expected;
        private int pos;
        private boolean done;

        SetIterator(PySet set) {
            this.set = set;
            this.expected = set.size();
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (!FreeThreads.running()) return step();
            synchronized (set) { return step(); }
        }

        private PyObject step() {
            if (done) return null;
            if (set.used != expected) {
                done = true;
                throw Exc.runtimeError("Set changed size during iteration");
            }
            while (pos <= set.mask) {
                PyObject k = set.keys[pos++];
                if (k != null && k != DUMMY) return k;
            }
            done = true;
            return null;
        }

        @Override
        public int len() { return done ? 0 : Math.max(0, set.size() - countBefore()); }

        private int countBefore() {
            synchronized (set) {
                int n = 0;
                for (int i = 0; i < pos && i <= set.mask; i++) if (set.keys[i] != null && set.keys[i] != DUMMY) n++;
                return n;
            }
        }
    }
}
