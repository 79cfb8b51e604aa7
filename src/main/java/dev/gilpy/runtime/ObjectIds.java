package dev.gilpy.runtime;

import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * id(): a number unique among the objects alive at the same time, as Python promises (pickle's and deepcopy's
 * memos are keyed by it). It is derived from the JVM's identity hash, which several live objects may share, so
 * every object asked for its id is remembered (weakly) under that hash; a second live object with the same
 * hash gets a number from a separate range. The number is also the address reprs show ("at 0x7f...").
 */
public final class ObjectIds {
    private ObjectIds() {}

    private static final long BASE = 0x7f0000000000L;          // + identity hash << 4: up to 0x7f0800000000
    private static final long EXTRA_BASE = 0x7f1000000000L;    // + n << 4 for the objects whose hash was taken
    private static long extra;

    /** One object whose id was handed out; the others with the same identity hash follow in next. */
    private static final class Ref extends WeakReference<PyObject> {
        final long id;
        Ref next;

        Ref(PyObject o, long id, Ref next) {
            super(o);
            this.id = id;
            this.next = next;
        }
    }

    private static final HashMap<Integer, Ref> byHash = new HashMap<>();
    private static int sweepAt = 4096;

    public static synchronized long of(PyObject o) {
        int h = System.identityHashCode(o);
        long own = BASE + ((long) h << 4);
        Ref head = byHash.get(h);
        boolean ownTaken = false;
        for (Ref r = head; r != null; r = r.next) {
            PyObject x = r.get();
            if (x == o) return r.id;
            if (x != null && r.id == own) ownTaken = true;
        }
        long id = ownTaken ? EXTRA_BASE + (++extra << 4) : own;
        byHash.put(h, new Ref(o, id, prune(head)));
        if (byHash.size() >= sweepAt) sweep();
        return id;
    }

    /** The chain without the entries whose objects are gone. */
    private static Ref prune(Ref r) {
        while (r != null && r.get() == null) r = r.next;
        if (r != null) r.next = prune(r.next);
        return r;
    }

    /** Forgets the objects that are gone; the table is next swept when it has doubled again. */
    private static void sweep() {
        byHash.replaceAll((h, r) -> prune(r));
        byHash.values().removeIf(java.util.Objects::isNull);
        sweepAt = Math.max(4096, byHash.size() * 2);
    }

    /** The "0x7f..." address reprs show: the object's id. */
    public static String address(PyObject o) { return String.format("0x%012x", of(o)); }
}
