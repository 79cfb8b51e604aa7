package dev.gilpy.runtime;

/** A built-in method bound to its object: {@code [].append}. */
public final class PyBoundBuiltin extends PyObject {
    /** One type with the unbound builtins, as in CPython: type([].append) is type(len). */
    public static final PyType TYPE = PyBuiltinFunction.TYPE;

    public final PyMethodDescr descr;
    public final PyObject self;

    public PyBoundBuiltin(PyMethodDescr descr, PyObject self) {
        this.descr = descr;
        this.self = self;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return descr.body.call(Args.prepend(self, args), kwnames);
    }

    @Override
    public PyObject repr() {
        return new PyStr("<built-in method " + descr.name + " of " + self.type().name + " object at "
                + Abstract.addressOf(self) + ">");
    }

    // As CPython's built-in methods: equal when the same method is bound to the very same object.
    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Abstract.EQ && op != Abstract.NE || !(other instanceof PyBoundBuiltin b)) return null;
        return PyBool.of(equals(b) == (op == Abstract.EQ));
    }

    @Override
    public int pyHash() { return hashCode(); }

    @Override
    public boolean equals(Object o) { return o instanceof PyBoundBuiltin b && b.descr == descr && b.self == self; }

    @Override
    public int hashCode() { return System.identityHashCode(descr) * 31 + System.identityHashCode(self); }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(descr.name);
            case "__self__" -> self;
            case "__qualname__" -> new PyStr(descr.owner.name + "." + descr.name);
            case "__doc__", "__text_signature__" -> descr.lookupAttr(attr);
            default -> super.lookupAttr(attr);
        };
    }
}
