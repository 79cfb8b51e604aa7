package dev.gilpy.process;

import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;

/** A reference to an object hosted by some process: its kind, its owner's socket path and its id there. */
public final class HostedRef extends PyObject {
    public static final PyType TYPE = PyType.builtin("mp_handle", PyType.OBJECT, null);

    static {
        TYPE.module = "_mp";
        TYPE.acceptableBase = false;
    }

    public final String kind;
    public final String owner;
    public final long id;

    public HostedRef(String kind, String owner, long id) {
        this.kind = kind;
        this.owner = owner;
        this.id = id;
    }

    @Override
    public PyType type() { return TYPE; }

    public boolean local() { return owner.equals(Endpoint.get().sockPath()); }

    @Override
    public PyObject repr() { return new PyStr("<mp handle " + kind + " " + id + " @" + owner + ">"); }
}
