package dev.gilpy.vm;

import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyType;

/**
 * A frame as Python code sees it (sys._getframe, signal handlers, a coroutine's cr_frame): enough of
 * CPython's frame object for f_code, f_lineno, f_globals, f_locals and f_back.
 */
public final class PyFrameObject extends PyObject {
    static final PyType TYPE = PyType.builtin("frame", PyType.OBJECT, null);
    private final Frame f;

    public PyFrameObject(Frame f) {
        this.f = f;
        f.escape();   // it may outlive the call: never reuse it
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "f_lineno" -> PyInt.of(f.lineno());
            case "f_globals" -> f.globals;
            case "f_locals" -> f.localsDict();
            case "f_back" -> f.back == null ? PyNone.NONE : new PyFrameObject(f.back);
            case "f_code" -> new PyCode(f.code);
            default -> super.lookupAttr(name);
        };
    }
}
