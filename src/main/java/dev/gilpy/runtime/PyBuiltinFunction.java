package dev.gilpy.runtime;

/** A function implemented in Java: a builtin, or a function of a built-in module. */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        // == and hash() of bound methods (see richCompare and pyHash), as the type's own slots
        MethodDefs.comparisons(TYPE);
        MethodDefs.unary(TYPE, "__hash__", o -> PyInt.of(o.pyHash()));
    }

    @FunctionalInterface
    public interface Body { PyObject call(PyObject[] args, String[] kwnames); }

    public final String name;
    public final Body body;
    public String module;
    /**
     * Whether a call counts one level against the recursion limit while it runs ("maximum recursion depth
     * exceeded while calling a Python object" when the limit is reached there). CPython 3.11 checks in the
     * calls of its one-argument builtins (abs, repr, ...), and in those that call another builtin inside
     * (sorted calls list.sort); its specialised calls of the others skip the check.
     */
    public boolean checksRecursion;

    public PyBuiltinFunction(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (!checksRecursion) return body.call(args, kwnames);
        RecursionDepth d = RecursionDepth.enter(RecursionDepth.IN_CALL);
        try {
            return body.call(args, kwnames);
        } finally {
            d.leave();
        }
    }

    @Override
    public PyObject repr() { return new PyStr("<built-in function " + name + ">"); }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__name__", "__qualname__" -> new PyStr(name);
            case "__module__" -> module == null ? PyNone.NONE : new PyStr(module);
            case "__doc__" -> BuiltinDocs.doc(BuiltinDocs.functionKey(module, name));
            case "__text_signature__" -> BuiltinDocs.textSignature(BuiltinDocs.functionKey(module, name));
            default -> super.lookupAttr(attr);
        };
    }
}
