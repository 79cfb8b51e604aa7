package dev.gilpy.modules;

import dev.gilpy.process.Pickler;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

/**
 * _pickle: what lib/pickle.py needs from Java (pickle's exception classes, shared with multiprocessing's
 * serializer so that one {@code except pickle.PicklingError} catches both), and the reductions every object
 * inherits ({@code object.__reduce_ex__}, {@code __reduce__}, {@code __getstate__}), which, as in CPython's
 * typeobject.c, are written in copyreg.
 */
public final class PickleModule {
    private PickleModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_pickle");
        m.set("PickleError", Pickler.PickleError);
        m.set("PicklingError", Pickler.PicklingError);
        m.set("UnpicklingError", Pickler.UnpicklingError);
        // copyreg's test for "a class gilpy defines itself" (CPython: not a heap type).
        m.def("_is_builtin_type", (a, k) -> PyBool.of(a[0] instanceof PyType t && t.builtin));
        // pickle.py's fast path for plain data; None means "pickle.py does it" (see PickleCodec).
        m.def("_dumps_plain", (a, k) -> {
            byte[] data = PickleCodec.dumps(a[0], (int) ((PyInt) a[1]).value);
            return data == null ? PyNone.NONE : new PyBytes(data);
        });
        m.def("_loads_plain", (a, k) -> {
            PyObject obj = PickleCodec.loads(((PyBytes) a[0]).value);
            return obj == null ? PyNone.NONE : PyTuple.of(obj);
        });
        return m;
    }

    private static boolean installed;

    /** object's pickling methods: each calls the copyreg function of the same purpose. */
    static synchronized void installObjectMethods() {
        if (installed) return;
        installed = true;
        PyType o = PyType.OBJECT;
        o.def("__reduce_ex__", new PyMethodDescr(o, "__reduce_ex__", (a, k) -> {
            Args.methodRange("__reduce_ex__", a, k, 1, 1);
            return copyreg("_object_reduce_ex", a[0], a[1]);
        }));
        o.def("__reduce__", new PyMethodDescr(o, "__reduce__", (a, k) -> {
            Args.methodRange("__reduce__", a, k, 0, 0);
            return copyreg("_object_reduce", a[0], PyInt.of(0));
        }));
        o.def("__getstate__", new PyMethodDescr(o, "__getstate__", (a, k) -> {
            Args.methodRange("__getstate__", a, k, 0, 0);
            return copyreg("_object_getstate", a[0]);
        }));
    }

    private static PyObject copyreg(String function, PyObject... args) {
        return Abstract.getAttr(Interpreter.get().importModule("copyreg"), function).call(args, null);
    }
}
