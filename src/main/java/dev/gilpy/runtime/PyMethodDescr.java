package dev.gilpy.runtime;

/**
 * A method of a built-in type, e.g. {@code list.append}. Its body receives self as args[0], so that a
 * call through LOAD_METHOD/CALL needs no copying.
 */
public final class PyMethodDescr extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        Descriptor.defineProtocol(TYPE, false);
    }

    public final String name;
    public final PyType owner;
    public final PyBuiltinFunction.Body body;

    public PyMethodDescr(PyType owner, String name, PyBuiltinFunction.Body body) {
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject get(PyObject obj, PyType type) { return obj == null ? this : new PyBoundBuiltin(this, obj); }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw Exc.typeError("unbound method " + owner.name + "." + name + "() needs an argument");
        }
        if (!args[0].type().isSubtypeOf(owner)) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + args[0].type().name + "' object");
        }
        return body.call(args, kwnames);
    }

    @Override
    public PyObject repr() {
        return new PyStr("<method '" + name + "' of '" + owner.name + "' objects>");
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "__name__" -> new PyStr(name);
            case "__qualname__" -> new PyStr(owner.name + "." + name);
            case "__objclass__" -> owner;
            case "__doc__" -> BuiltinDocs.doc(owner.name + "." + name);
            case "__text_signature__" -> BuiltinDocs.textSignature(owner.name + "." + name);
            default -> super.lookupAttr(attr);
        };
    }
}
