package dev.gilpy.runtime;

/** A function bound to an object (CPython's method object): {@code obj.f}. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        // == and hash() of bound methods (see richCompare and pyHash), as the type's own slots
        MethodDefs.comparisons(TYPE);
        MethodDefs.unary(TYPE, "__hash__", o -> PyInt.of(o.pyHash()));
        // types.MethodType(func, obj): binds any callable to an object by hand.
        TYPE.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            Args.noKw("method", k);
            if (a.length != 3) throw Exc.typeError("method expected 2 arguments, got " + (a.length - 1));
            if (!Abstract.isCallable(a[1])) throw Exc.typeError("first argument must be callable");
            if (a[2] == PyNone.NONE) throw Exc.typeError("instance must not be None");
            return new PyMethod(a[1], a[2]);
        })));
    }

    public final PyObject func;
    public final PyObject self;

    public PyMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return func.call(Args.prepend(self, args), kwnames);
    }

    @Override
    public PyObject repr() {
        PyObject qn = func.lookupAttr("__qualname__");
        return new PyStr("<bound method " + (qn == null ? "?" : qn.toString()) + " of " + Abstract.reprString(self) + ">");
    }

    // As CPython 3.11's method objects: equal when bound to the very same object and their functions are
    // equal; the hash combines the object's identity with the function's hash.
    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op != Abstract.EQ && op != Abstract.NE || !(other instanceof PyMethod m)) return null;
        return PyBool.of(sameMethod(m) == (op == Abstract.EQ));
    }

    private boolean sameMethod(PyMethod m) { return m.self == self && (m.func == func || Abstract.eq(m.func, func)); }

    @Override
    public int pyHash() { return Abstract.hash(func) ^ System.identityHashCode(self); }

    @Override
    public boolean equals(Object o) { return o instanceof PyMethod m && sameMethod(m); }

    @Override
    public int hashCode() { return pyHash(); }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__func__" -> func;
            case "__self__" -> self;
            case "__doc__" -> {   // as CPython's method_get_doc: the function's
                PyObject d = func.lookupAttr(attr);
                yield d != null ? d : PyNone.NONE;
            }
            default -> {
                PyObject v = super.lookupAttr(attr);
                yield v != null ? v : func.lookupAttr(attr);
            }
        };
    }
}
