package dev.gilpy.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * An instance of a class defined in Python whose only built-in base is {@code object}.
 *
 * <p>Attributes live in a value array laid out by {@link SharedKeys} (CPython 3.11's inline values):
 * {@code self.x} is one check of {@link #keys} and an index. The instance falls back to a real
 * {@link PyDict} (its keys become null) when a program asks for {@code __dict__}, assigns it, deletes an
 * attribute (a dict keeps the order of re-added names) or gives one class too many layouts.
 *
 * <p>Threads ({@code --gil off}): readers take no lock and never see a torn layout, because a new value
 * array, or the dict, is published before the keys that describe it (release/acquire on {@link #keys}),
 * and arrays only grow. Writers hold the instance's monitor once free threads exist (see
 * {@link FreeThreads}); with a GIL one thread runs bytecode at a time, so they need none.
 */
public class PyInstance extends PyObject {
    private static final PyObject[] NO_VALUES = new PyObject[0];
    private static final VarHandle KEYS;

    static {
        try {
            KEYS = MethodHandles.lookup().findVarHandle(PyInstance.class, "keys", SharedKeys.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Once any interpreter of this process runs threads without a GIL ({@link FreeThreads}), stores lock
     * the instance, so a store racing with a layout change is never lost.
     */
    public static void threadsRunFree() { FreeThreads.start(); }

    private final PyType type;
    /** The layout of {@link #values}; null once the attributes live in {@link #dict}. Read with acquire. */
    @SuppressWarnings("unused")
    private volatile SharedKeys keys;
    /** Slot values and attribute values, indexed as {@link #keys} says; at least keys.size() long. */
    private PyObject[] values;
    /** The real __dict__, once the instance has one (keys is null then). */
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        SharedKeys root = type.rootKeys();
        int n = Math.max(root.slotCount, type.hasInstanceDict ? type.instanceSizeHint() : 0);
        this.values = n == 0 ? NO_VALUES : new PyObject[n];
        KEYS.setRelease(this, root);
    }

    @Override
    public PyType type() { return type; }

    /** The current layout (acquire: the values array it describes is visible); null in dict mode. */
    public SharedKeys keys() { return (SharedKeys) KEYS.getAcquire(this); }

    /** The value array; read after {@link #keys} so it is at least as long as they say. */
    public PyObject[] values() { return values; }

    // ---- the fast paths the VM's attribute caches use, after checking keys() against their entry

    /** Stores v at index i of an instance whose keys the caller has just found to be {@code expected}. */
    public boolean storeAt(SharedKeys expected, int i, PyObject v) {
        if (!FreeThreads.running()) {
            values[i] = v;
            return true;
        }
        synchronized (this) {
            if (keys != expected) return false;
            values[i] = v;
            return true;
        }
    }

    /**
     * Adds a name: from keys {@code from} (checked by the caller) to {@code to}, value v at index i;
     * false when the instance has changed meanwhile.
     */
    public boolean addAt(SharedKeys from, SharedKeys to, int i, PyObject v) {
        if (!FreeThreads.running()) {
            grow(to, i, v);
            return true;
        }
        synchronized (this) {
            if (keys != from) return false;
            grow(to, i, v);
            return true;
        }
    }

    private void grow(SharedKeys to, int i, PyObject v) {
        PyObject[] a = values;
        if (i >= a.length) a = values = Arrays.copyOf(a, Math.max(to.size(), a.length + 2));
        a[i] = v;
        KEYS.setRelease(this, to);
    }

    // ---- the general operations (Abstract's generic attribute protocol, pickling, slots)

    @Override
    public PyObject instanceAttr(PyStr name) {
        SharedKeys k = keys();
        if (k == null) return dict.get(name);
        int i = k.indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean hasInstanceAttrs() { return type.hasInstanceDict; }

    @Override
    public void setInstanceAttr(PyStr name, PyObject v) {
        if (!FreeThreads.running()) put(name, v);
        else synchronized (this) { put(name, v); }
    }

    private void put(PyStr name, PyObject v) {
        SharedKeys k = keys;
        if (k != null) {
            int i = k.indexOf(name);
            if (i >= 0) {
                values[i] = v;
                return;
            }
            SharedKeys to = k.with(name);
            if (to != null) {
                grow(to, to.size() - 1, v);
                return;
            }
            toDict();
        }
        dict.put(name, v);
    }

    @Override
    public boolean removeInstanceAttr(PyStr name) {
        if (!FreeThreads.running()) return remove(name);
        synchronized (this) { return remove(name); }
    }

    private boolean remove(PyStr name) {
        SharedKeys k = keys;
        if (k != null) {
            int i = k.indexOf(name);
            if (i < 0) return false;
            toDict();   // a dict keeps CPython's order when the name comes back
        }
        return dict.remove(name) != null;
    }

    /** The attributes move into a real dict, which from now on is the instance's storage. */
    private void toDict() {
        SharedKeys k = keys;
        if (k == null) return;
        PyDict d = new PyDict();
        for (int j = 0; j < k.nameCount(); j++) {
            PyObject v = values[k.slotCount + j];
            if (v != null) d.put(k.name(j), v);
        }
        dict = d;
        KEYS.setRelease(this, null);
    }

    /** The instance __dict__ (made a real dict now, if it was not), or null when the class has none. */
    @Override
    public PyDict getDict() {
        if (!type.hasInstanceDict) return null;
        if (keys() == null) return dict;
        synchronized (this) {
            toDict();
            return dict;
        }
    }

    /** obj.__dict__ = d: d is the instance's storage from now on (CPython keeps the very object). */
    public void setDict(PyDict d) {
        synchronized (this) {
            dict = d;   // values stays as it is: a reader with the old keys may still index it
            KEYS.setRelease(this, null);
        }
    }

    /** The value of the __slots__ member at index i (null: unset). */
    PyObject slotValue(int i) { return values[i]; }

    /** Sets (v null: clears) the __slots__ member at index i; slots are always within the array. */
    void setSlotValue(int i, PyObject v) {
        if (!FreeThreads.running()) values[i] = v;
        else synchronized (this) { values[i] = v; }
    }

    /** What pickling copies: a snapshot of the attributes, slot values included, by name. */
    public PyDict state() {
        PyDict d = new PyDict();
        for (PySlotMember m : type.slotMembers()) {
            PyObject v = values[m.index];
            if (v != null) d.put(m.name, v);
        }
        if (!type.hasInstanceDict) return d;
        SharedKeys k = keys();
        if (k == null) {
            for (var e : dict.entrySnapshot()) d.put(e.getKey(), e.getValue());
            return d;
        }
        PyObject[] a = values;
        for (int j = 0; j < k.nameCount(); j++) {
            PyObject v = a[k.slotCount + j];
            if (v != null) d.put(k.name(j), v);
        }
        return d;
    }

    /** Unpickling: sets each name of a state dict (slots by their member); false if one has nowhere to go. */
    public boolean restoreState(PyDict state) {
        for (var e : state.entrySnapshot()) {
            if (!(e.getKey() instanceof PyStr name)) return false;
            PySlotMember m = null;
            for (PySlotMember s : type.slotMembers()) if (s.name.equals(name)) m = s;
            if (m != null) setSlotValue(m.index, e.getValue());
            else if (type.hasInstanceDict) setInstanceAttr(name, e.getValue());
            else return false;
        }
        return true;
    }

    // Java equality stays Python's: __eq__ and __hash__ of the class, so instances work as dict keys.
    @Override
    public boolean equals(Object o) { return o instanceof PyObject p && Abstract.eqForKey(this, p); }

    @Override
    public int hashCode() { return Abstract.hash(this); }
}
