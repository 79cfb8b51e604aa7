package dev.gilpy.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A computed attribute of a built-in type (CPython's getset_descriptor), e.g. {@code exc.args}. */
public final class PyGetSet extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, null);

    public final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    public PyGetSet(String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject get(PyObject obj, PyType type) { return obj == null ? this : getter.apply(obj); }

    @Override
    public boolean isData() { return true; }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw Exc.attributeError("attribute '" + name + "' of '" + obj.type().name + "' objects is not writable");
        }
        setter.accept(obj, value);
    }
}
