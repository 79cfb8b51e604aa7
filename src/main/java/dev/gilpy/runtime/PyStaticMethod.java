package dev.gilpy.runtime;

public final class PyStaticMethod extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyType.OBJECT, null);

    static {
        Descriptor.defineProtocol(TYPE, false);
        TYPE.constructor = (cls, args, kw) -> {
            Args.exact("staticmethod", args, kw, 1);
            return new PyStaticMethod(args[0]);
        };
    }

    public final PyObject func;

    public PyStaticMethod(PyObject func) { this.func = func; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject get(PyObject obj, PyType type) { return func; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) { return func.call(args, kwnames); }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("__func__")) return func;
        PyObject v = super.lookupAttr(name);
        return v != null ? v : func.lookupAttr(name);
    }
}
