package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;

/** Python's code object type: a thin runtime face on an immutable {@link CodeObject}. */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyType.OBJECT, null);

    public final CodeObject code;

    public PyCode(CodeObject code) { this.code = code; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject repr() {
        return new PyStr("<code object " + code.name + " at " + dev.gilpy.runtime.Abstract.addressOf(this) + ", file \""
                + code.filename + "\", line " + code.firstLineno + ">");
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "co_name" -> new PyStr(code.name);
            case "co_qualname" -> new PyStr(code.qualname);
            case "co_filename" -> new PyStr(code.filename);
            case "co_firstlineno" -> PyInt.of(code.firstLineno);
            case "co_argcount" -> PyInt.of(code.argcount);
            case "co_posonlyargcount" -> PyInt.of(code.posonlyargcount);
            case "co_kwonlyargcount" -> PyInt.of(code.kwonlyargcount);
            case "co_nlocals" -> PyInt.of(code.varnames.length);
            case "co_varnames" -> strings(code.varnames);
            case "co_names" -> strings(code.names);
            case "co_freevars" -> strings(code.freevars);
            case "co_cellvars" -> strings(code.cellvars);
            case "co_flags" -> PyInt.of(code.flags);
            case "co_consts" -> PyTuple.of(CodeCache.of(code, Interpreter.get()).consts.clone());
            default -> super.lookupAttr(name);
        };
    }

    private static PyTuple strings(String[] a) {
        PyObject[] out = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) out[i] = new PyStr(a[i]);
        return PyTuple.of(out);
    }
}
