package dev.gilpy.process;

import dev.gilpy.runtime.*;

/** A Python object (a Manager's dict, list or namespace) hosted by its creator; operations are method calls. */
public final class PyHost implements Node.Hosted {
    private final PyObject obj;

    public PyHost(PyObject obj) { this.obj = obj; }

    @Override
    public synchronized PyObject invoke(String op, PyObject[] args) {
        if (op.equals("__copy__")) return obj;
        return Ops.call(Ops.getAttr(obj, op), args);
    }
}
