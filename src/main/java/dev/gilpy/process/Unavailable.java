package dev.gilpy.process;

import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;

/** Stands, in a forked child, for an object that cannot cross a process boundary (a thread, a file...). */
public final class Unavailable extends PyObject {
    public static final PyType TYPE = PyType.builtin("unavailable_in_child", PyType.OBJECT, null);

    final String what;

    Unavailable(String what) { this.what = what; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() { return new PyStr("<" + what + " object not copied into the child process>"); }

    @Override
    public PyObject lookupAttr(String name) {
        throw Exc.runtimeError("a '" + what + "' object cannot be copied into a child process (gilpy fork snapshot)");
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) { return lookupAttr("__call__"); }
}
