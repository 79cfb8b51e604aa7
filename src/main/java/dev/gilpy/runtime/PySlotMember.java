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
        Descriptor.defineProtocol(TYPE, true);
    }

    private final PyType owner;
    final PyStr name;
    /** Where instances keep the value: an index into {@link PyInstance#values()}, the same in subclasses. */
    public final int index;

    PySlotMember(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = new PyStr(name);
        this.index = index;
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
        PyObject v = instance(obj).slotValue(index);
        if (v == null) throw Abstract.noAttribute(obj, name.value);
        return v;
    }

    @Override
    public void set(PyObject obj, PyObject value) { instance(obj).setSlotValue(index, value); }

    @Override
    public void delete(PyObject obj) {
        PyInstance i = instance(obj);
        if (i.slotValue(index) == null) throw Abstract.noAttribute(obj, name.value);
        i.setSlotValue(index, null);
    }

    /** Whether obj is an instance this member applies to (its class has this slot in its layout). */
    public boolean appliesTo(PyObject obj) { return obj instanceof PyInstance && obj.type().isSubtypeOf(owner); }

    private PyInstance instance(PyObject obj) {
        if (appliesTo(obj)) return (PyInstance) obj;
        throw Exc.typeError("descriptor '" + name.value + "' for '" + owner.name + "' objects doesn't apply to a '"
                + obj.type().name + "' object");
    }
}
