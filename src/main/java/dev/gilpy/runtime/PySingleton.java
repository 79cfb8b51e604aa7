package dev.gilpy.runtime;

/** NotImplemented and Ellipsis: one instance each, with a fixed repr. */
public final class PySingleton extends PyObject {
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", PyType.OBJECT, null);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", PyType.OBJECT, null);
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PySingleton ELLIPSIS = new PySingleton(ELLIPSIS_TYPE, "Ellipsis");

    static {
        NOT_IMPLEMENTED_TYPE.acceptableBase = false;
        ELLIPSIS_TYPE.acceptableBase = false;
    }

    private final PyType type;
    private final String repr;

    private PySingleton(PyType type, String repr) {
        this.type = type;
        this.repr = repr;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyObject repr() { return new PyStr(repr); }
}
