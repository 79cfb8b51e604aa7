package dev.gilpy.process;

import dev.gilpy.runtime.*;

import java.util.Set;

/** A Python object (a Manager's dict, list or namespace) hosted by its creator; operations are method calls. */
public final class PyHost implements Endpoint.Hosted {
    /**
     * The special methods the proxies call; other operations must be public method names. Another process
     * may not reach __class__, __init__, __setattr__ and the like: that would let a message replace the
     * hosted object's class or run its initialiser.
     */
    private static final Set<String> SPECIAL = Set.of("__getitem__", "__setitem__", "__delitem__", "__len__",
            "__contains__", "__iter__", "__repr__", "__str__");

    private final PyObject obj;

    public PyHost(PyObject obj) { this.obj = obj; }

    @Override
    public synchronized PyObject invoke(String op, PyObject[] args) {
        if (op.equals("__copy__")) return obj;
        if (op.startsWith("_") && !SPECIAL.contains(op)) {
            throw Exc.raise(Exc.AttributeError, "'" + obj.type().name + "' proxy does not allow the operation '" + op + "'");
        }
        return Abstract.call(Abstract.getAttr(obj, op), args);
    }
}
