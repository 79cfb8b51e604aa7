package dev.gilpy.runtime;

/** CPython's descriptor protocol (__get__/__set__/__delete__) for objects implemented in Java. */
public interface Descriptor {
    /** obj is null when the attribute is looked up on the type itself. */
    PyObject get(PyObject obj, PyType type);

    /** Data descriptors (with __set__) take precedence over the instance dict. */
    default boolean isData() { return false; }

    default void set(PyObject obj, PyObject value) {
        throw Exc.attributeError("attribute is read-only");
    }

    default void delete(PyObject obj) {
        throw Exc.attributeError("attribute cannot be deleted");
    }

    /**
     * Gives a built-in descriptor type the Python-visible __get__ (and, for data descriptors, __set__ and
     * __delete__), so code that calls or looks for them (enum, dataclasses, inspect) sees what CPython shows.
     */
    static void defineProtocol(PyType t, boolean data) {
        t.def("__get__", new PyMethodDescr(t, "__get__", (a, k) -> {
            Args.methodRange("__get__", a, k, 1, 2);
            PyObject obj = a[1] == PyNone.NONE ? null : a[1];
            PyObject owner = a.length > 2 && a[2] != PyNone.NONE ? a[2] : null;
            if (obj == null && owner == null) throw Exc.typeError("__get__(None, None) is invalid");
            return ((Descriptor) a[0]).get(obj, owner instanceof PyType pt ? pt : obj.type());
        }));
        if (!data) return;
        t.def("__set__", new PyMethodDescr(t, "__set__", (a, k) -> {
            Args.methodRange("__set__", a, k, 2, 2);
            ((Descriptor) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        }));
        t.def("__delete__", new PyMethodDescr(t, "__delete__", (a, k) -> {
            Args.methodRange("__delete__", a, k, 1, 1);
            ((Descriptor) a[0]).delete(a[1]);
            return PyNone.NONE;
        }));
    }
}
