package dev.gilpy.runtime;

/** An instance of a class defined in Python whose only built-in base is {@code object}. */
public class PyInstance extends PyObject {
    private final PyType type;
    private final PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.hasInstanceDict ? new PyDict() : null;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyDict getDict() { return dict; }

    /** Values of __slots__ names, when the class has no instance dict (see {@link PySlotMember}). */
    private PyDict slots;

    synchronized PyDict slotStore() {
        if (slots == null) slots = new PyDict();
        return slots;
    }

    /** What pickling copies: the instance dict, or the slot values of a class with __slots__ only. */
    public PyDict state() { return dict != null ? dict : slotStore(); }

    // Java equality stays Python's: __eq__ and __hash__ of the class, so instances work as dict keys.
    @Override
    public boolean equals(Object o) { return o instanceof PyObject p && Abstract.eqForKey(this, p); }

    @Override
    public int hashCode() { return Abstract.hash(this); }
}
