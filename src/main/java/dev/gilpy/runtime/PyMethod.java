package dev.gilpy.runtime;

/** A function bound to an object (CPython's method object): {@code obj.f}. */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
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

    @Override
    public boolean equals(Object o) { return o instanceof PyMethod m && m.func == func && m.self == self; }

    @Override
    public int hashCode() { return func.hashCode() * 31 + System.identityHashCode(self); }

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
