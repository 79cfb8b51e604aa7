package dev.gilpy.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The attribute names an instance of one class has, in insertion order: CPython 3.11's shared keys
 * (split-keys dicts, inline values), called hidden classes or shapes elsewhere. Every instance of a class
 * starts at the class's root and moves to {@link #with} one more name as attributes are added, so instances
 * that get the same attributes in the same order share one SharedKeys, and an attribute is an index into
 * the instance's value array. A SharedKeys never changes once made (only its transitions grow), so code
 * that has checked an instance's keys object can use the index it computed for it.
 *
 * <p>Values of {@code __slots__} names come first in the array ({@link #slotCount} of them, fixed per
 * class); the names added by attribute stores follow.
 */
public final class SharedKeys {
    /** More names than this and the instance keeps a real dict instead (CPython also gives up on big ones). */
    static final int MAX_KEYS = 64;
    /** Different layouts one class may have before new orders of names go to dicts (a class used as a map). */
    static final int MAX_LAYOUTS = 256;

    public final PyType type;
    /** A number of this layout's own, for caches that index by layout (distinct for the first 2^32 made). */
    public final int id = IDS.getAndIncrement();
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
    /** The stored names, in the order they were added; the value of keys[i] is at values[slotCount + i]. */
    private final PyStr[] keys;
    final int slotCount;
    /** Only for more than a few names: name -> index into {@link #keys}. */
    private final Map<PyStr, Integer> index;
    /** Layouts with one more name; guarded by the root's monitor (additions are the slow path). */
    private Map<PyStr, SharedKeys> next;
    private final SharedKeys root;
    /** On the root only: how many layouts this class has. */
    private int layouts;

    private SharedKeys(PyType type, PyStr[] keys, int slotCount, SharedKeys root) {
        this.type = type;
        this.keys = keys;
        this.slotCount = slotCount;
        this.root = root == null ? this : root;
        if (keys.length > 8) {
            index = new HashMap<>();
            for (int i = 0; i < keys.length; i++) index.put(keys[i], i);
        } else {
            index = null;
        }
    }

    static SharedKeys root(PyType type, int slotCount) { return new SharedKeys(type, new PyStr[0], slotCount, null); }

    /** The values index of name, or -1 when instances with these keys do not have it. */
    public int indexOf(PyStr name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : slotCount + i;
        }
        PyStr[] k = keys;
        for (int i = 0; i < k.length; i++) if (k[i] == name) return slotCount + i;
        for (int i = 0; i < k.length; i++) if (k[i].value.equals(name.value)) return slotCount + i;
        return -1;
    }

    /** Length of the value array instances with these keys need. */
    public int size() { return slotCount + keys.length; }

    int nameCount() { return keys.length; }

    PyStr name(int i) { return keys[i]; }

    /** These keys plus name (which they lack), or null when that would make too many: use a dict then. */
    public SharedKeys with(PyStr name) {
        synchronized (root) {
            SharedKeys n = next == null ? null : next.get(name);
            if (n != null) return n;
            if (keys.length >= MAX_KEYS || root.layouts >= MAX_LAYOUTS) return null;
            PyStr[] k = java.util.Arrays.copyOf(keys, keys.length + 1);
            k[keys.length] = name;
            n = new SharedKeys(type, k, slotCount, root);
            if (next == null) next = new HashMap<>(4);
            next.put(name, n);
            root.layouts++;
            type.noteInstanceSize(n.size());
            return n;
        }
    }
}
