package dev.gilpy.runtime;

import java.util.LinkedHashSet;
import java.util.List;

/** set and frozenset. Operations hold the set's monitor (atomic with the GIL off). */
public class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, cls -> new PySet(cls, false));
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT, cls -> new PySet(cls, true));

    private final PyType type;
    public final boolean frozen;
    final LinkedHashSet<PyObject> set = new LinkedHashSet<>();

    public PySet() { this(TYPE, false); }

    public PySet(PyType type, boolean frozen) {
        this.type = type;
        this.frozen = frozen;
    }

    public static PySet frozen() { return new PySet(FROZEN_TYPE, true); }

    @Override
    public PyType type() { return type; }

    public synchronized boolean add(PyObject o) { return set.add(o); }

    public synchronized boolean remove(PyObject o) { return set.remove(o); }

    public synchronized boolean has(PyObject o) { return set.contains(o); }

    public synchronized int size() { return set.size(); }

    public synchronized void clear() { set.clear(); }

    public synchronized PyObject[] toArray() { return set.toArray(new PyObject[0]); }

    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet s) {
            PyObject[] a = s.toArray();
            synchronized (this) { set.addAll(List.of(a)); }
            return;
        }
        PyObject it = Ops.iter(iterable);
        for (PyObject v; (v = Ops.next(it)) != null; ) add(v);
    }

    @Override
    public int len() { return size(); }

    @Override
    public boolean isTrue() { return size() != 0; }

    @Override
    public Boolean contains(PyObject item) { return has(item); }

    @Override
    public PyObject iter() {
        PyObject[] a = toArray();
        return new PyIterators.ArrayIterator(a, a.length);
    }

    @Override
    public PyObject repr() {
        PyObject[] a = toArray();
        String name = type.name;
        if (a.length == 0) return new PyStr(name + "()");
        if (!Ops.enterRepr(this)) return new PyStr(name + "(...)");
        try {
            StringBuilder sb = new StringBuilder();
            boolean wrap = frozen || !type.builtin;
            if (wrap) sb.append(name).append('(');
            sb.append('{');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.reprString(a[i]));
            }
            sb.append('}');
            if (wrap) sb.append(')');
            return new PyStr(sb.toString());
        } finally {
            Ops.leaveRepr(this);
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
            case Ops.EQ -> size() == s.size() && isSubsetOf(s);
            case Ops.NE -> !(size() == s.size() && isSubsetOf(s));
            case Ops.LE -> isSubsetOf(s);
            case Ops.LT -> size() < s.size() && isSubsetOf(s);
            case Ops.GE -> s.isSubsetOf(this);
            default -> size() > s.size() && s.isSubsetOf(this);
        });
    }

    @Override
    public boolean equals(Object o) { return o instanceof PySet s && size() == s.size() && isSubsetOf(s); }

    @Override
    public int hashCode() {
        if (!frozen) throw Exc.typeError("unhashable type: '" + type.name + "'");
        int h = 0;
        for (PyObject o : toArray()) h += o.hashCode() * 0x9E3779B1;
        return h;
    }

    @Override
    public int pyHash() { return hashCode(); }
}
