package dev.gilpy.vm;

import dev.gilpy.runtime.Args;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBuiltinFunction;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;

/** builtins.__build_class__: runs a class body in a fresh namespace and makes the type (CPython's builtin___build_class__). */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyBuiltinFunction function() {
        return new PyBuiltinFunction("__build_class__", ClassBuilder::build);
    }

    private static PyObject build(PyObject[] args, String[] kwnames) {
        int nkw = Args.nkw(kwnames);
        int npos = args.length - nkw;
        if (npos < 2) throw Exc.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw Exc.typeError("__build_class__: func must be a function");
        String name = Abstract.strString(args[1]);
        PyType[] bases = new PyType[npos - 2];
        for (int i = 2; i < npos; i++) {
            if (!(args[i] instanceof PyType t)) {
                throw Exc.typeError("bases must be types");
            }
            bases[i - 2] = t;
        }
        PyObject meta = null;
        PyDict classKw = new PyDict();
        for (int k = 0; k < nkw; k++) {
            if (kwnames[k].equals("metaclass")) meta = args[npos + k];
            else classKw.put(new PyStr(kwnames[k]), args[npos + k]);
        }
        if (meta == null) {
            // CPython: _PyType_CalculateMetaclass — the most derived metaclass of the bases.
            for (PyType b : bases) {
                PyType bm = b.type();
                if (meta == null || bm.isSubtypeOf((PyType) meta)) meta = bm;
                else if (!((PyType) meta).isSubtypeOf(bm)) {
                    throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            + "subclass of the metaclasses of all its bases");
                }
            }
        }
        PyDict ns = new PyDict();
        Frame f = new Frame(body.code, body.globals, body.builtins, ns, bodyClosure(body));
        PyObject cell = Eval.execute(f, ThreadState.current());
        PyType cls;
        if (meta != null && meta != PyType.TYPE) {
            // A metaclass written in Python: call it as CPython does, meta(name, bases, ns, **kw).
            PyObject[] margs = new PyObject[3 + classKw.size()];
            margs[0] = new PyStr(name);
            margs[1] = PyTuple.of((PyObject[]) bases.clone());
            margs[2] = ns;
            System.arraycopy(kwArray(classKw), 0, margs, 3, classKw.size());
            PyObject r = Abstract.callKw(meta, margs, kwNames(classKw));
            if (cell instanceof PyCell c && r instanceof PyType) c.value = r;
            return r;
        }
        cls = PyType.create(name, bases, ns, PyType.TYPE);
        if (cell instanceof PyCell c) c.value = cls;
        // __init_subclass__ of the nearest base that defines it (object's is a no-op).
        PyType parent = cls.mro().length > 1 ? cls.mro()[1] : null;
        PyObject init = parent == null ? null : parent.lookup("__init_subclass__");
        if (init != null && init != PyType.OBJECT.ownAttr("__init_subclass__")) {
            PyObject bound = init instanceof Descriptor d ? d.get(null, cls) : init;
            Abstract.callKw(bound, kwArray(classKw), kwNames(classKw));
        } else if (classKw.size() > 0) {
            throw Exc.typeError(name + ".__init_subclass__() takes no keyword arguments");
        }
        for (var e : ns.entrySnapshot()) {
            PyObject setName = e.getValue().type().builtin ? null : e.getValue().type().lookup("__set_name__");
            if (setName != null) Abstract.callMethod(setName, e.getValue(), cls, e.getKey());
        }
        return cls;
    }

    private static PyObject[] kwArray(PyDict kw) { return kw.valuesArray(); }

    private static String[] kwNames(PyDict kw) {
        PyObject[] keys = kw.keysArray();
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) out[i] = ((PyStr) keys[i]).value;
        return out.length == 0 ? null : out;
    }

    private static PyCell[] bodyClosure(PyFunction body) { return body.closure; }
}
