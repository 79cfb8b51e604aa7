package dev.gilpy.runtime;

public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyType.OBJECT, null);
    public static final PyNone NONE = new PyNone();

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> {
            Args.exact("NoneType", args, kw, 0);
            return NONE;
        };
    }

    private PyNone() {}

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr("None"); }

    @Override
    public boolean isTrue() { return false; }

    @Override
    public int pyHash() { return 0xFCA86420; }

    @Override
    public int hashCode() { return pyHash(); }
}
