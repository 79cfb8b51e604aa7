package dev.gilpy.runtime;

public final class PyClassMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("classmethod", PyType.OBJECT, null);

    static {
        Descriptor.defineProtocol(TYPE, false);
        TYPE.constructor = (cls, args, kw) -> {
            Args.exact("classmethod", args, kw, 1);
            return new PyClassMethod(args[0]);
        };
    }

    public final PyObject func;

    public PyClassMethod(PyObject func) { this.func = func; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject get(PyObject obj, PyType type) { return new PyMethod(func, type != null ? type : obj.type()); }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__func__")) return func;
        PyObject v = super.lookupAttr(name);
        return v != null ? v : func.lookupAttr(name);
    }
}
