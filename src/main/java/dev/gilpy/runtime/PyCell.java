package dev.gilpy.runtime;

/** A closure cell: a variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyType.OBJECT, null);

    /** null while the variable is unbound. Volatile so that threads without a GIL see each other's writes. */
    public volatile PyObject value;

    public PyCell(PyObject value) { this.value = value; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("cell_contents")) {
            if (value == null) throw Exc.valueError("Cell is empty");
            return value;
        }
        return super.lookupAttr(name);
    }
}
