package dev.gilpy.runtime;

/**
 * A name listed in a class's {@code __slots__} (CPython's member descriptor): a data descriptor that keeps the
 * value in the instance's slot storage. Instances of a class whose every Python class declares
 * {@code __slots__} have no {@code __dict__}, so any other attribute assignment raises AttributeError.
 */
public final class PySlotMember extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
    }

    private final PyType owner;
    private final PyStr name;

    PySlotMember(PyType owner, String name) {
        this.owner = owner;
        this.name = new PyStr(name);
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr("<member '" + name.value + "' of '" + owner.name + "' objects>"); }

    @Override
    public boolean isData() { return true; }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) return this;
        PyObject v = store(obj).get(name);
        if (v == null) throw Abstract.noAttribute(obj, name.value);
        return v;
    }

    @Override
    public void set(PyObject obj, PyObject value) { store(obj).put(name, value); }

    @Override
    public void delete(PyObject obj) {
        if (store(obj).remove(name) == null) throw Abstract.noAttribute(obj, name.value);
    }

    private PyDict store(PyObject obj) {
        if (obj instanceof PyInstance i && obj.type().isSubtypeOf(owner)) return i.slotStore();
        throw Exc.typeError("descriptor '" + name.value + "' for '" + owner.name + "' objects doesn't apply to a '"
                + obj.type().name + "' object");
    }
}
