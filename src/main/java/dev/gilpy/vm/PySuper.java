package dev.gilpy.vm;

import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;

/** super(): attribute lookup that starts after a class in the MRO of an object's type. */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.constructor = (cls, args, kw) -> make(args);
    }

    private final PyType start;
    private final PyObject obj;
    private final PyType objType;

    private PySuper(PyType start, PyObject obj, PyType objType) {
        this.start = start;
        this.obj = obj;
        this.objType = objType;
    }

    // CPython: Objects/typeobject.c super_init_without_args — the caller's first argument and __class__ cell.
    static PySuper make(PyObject[] args) {
        PyType type;
        PyObject obj;
        if (args.length == 0) {
            Frame f = ThreadState.current().frame;
            if (f == null) throw Exc.runtimeError("super(): no current frame");
            PyObject cls = f.classCell();
            if (cls == null) {
                boolean hasCell = false;
                for (String fv : f.code.freevars) if (fv.equals("__class__")) hasCell = true;
                throw Exc.runtimeError(hasCell ? "super(): empty __class__ cell" : "super(): __class__ cell not found");
            }
            obj = f.firstArg();
            if (obj == null) throw Exc.runtimeError("super(): no arguments");
            type = (PyType) cls;
        } else {
            if (!(args[0] instanceof PyType t)) {
                throw Exc.typeError("super() argument 1 must be a type, not " + args[0].type().name);
            }
            type = t;
            obj = args.length > 1 ? args[1] : null;
        }
        PyType objType = null;
        if (obj != null) {
            if (obj instanceof PyType ot && ot.isSubtypeOf(type)) objType = ot;
            else if (obj.type().isSubtypeOf(type)) objType = obj.type();
            else throw Exc.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(type, obj, objType);
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject lookupAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != start) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].ownAttr(name);
                if (v != null) {
                    if (v instanceof Descriptor d) return d.get(obj == objType ? null : obj, objType);
                    return v;
                }
            }
        }
        return super.lookupAttr(name);
    }

    @Override
    public PyObject repr() {
        return new PyStr("<super: <class '" + start.name + "'>, " + (obj == null ? "NULL" : "<" + objType.name + " object>") + ">");
    }
}
