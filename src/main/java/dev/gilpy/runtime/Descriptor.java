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
}
