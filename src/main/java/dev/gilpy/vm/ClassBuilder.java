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
        PyObject[] origBases = java.util.Arrays.copyOfRange(args, 2, npos);
        PyType[] bases = resolveBases(origBases);
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
        PyObject ns = prepareNamespace(meta, name, bases, classKw);
        if (bases.length != origBases.length || !java.util.Arrays.equals(bases, origBases)) {
            Abstract.setItem(ns, new PyStr("__orig_bases__"), PyTuple.of(origBases));
        }
        Frame f = new Frame(body.code, body.cache, body.globals, body.builtins, ns, bodyClosure(body));
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
        cls = PyType.create(name, bases, (PyDict) ns, PyType.TYPE);
        if (cell instanceof PyCell c) c.value = cls;
        PyType.finishClass(cls, ns, kwArray(classKw), kwNames(classKw));
        return cls;
    }

    /**
     * The bases as classes: a base that is not a class (list[int], Generic[T], NamedTuple) names the classes
     * it stands for with __mro_entries__(bases) (CPython update_bases, PEP 560).
     */
    private static PyType[] resolveBases(PyObject[] origBases) {
        java.util.List<PyType> out = new java.util.ArrayList<>();
        PyTuple all = null;
        for (PyObject b : origBases) {
            if (b instanceof PyType t) {
                out.add(t);
                continue;
            }
            PyObject entries = Abstract.getAttrOrNull(b, "__mro_entries__");
            if (entries == null) throw Exc.typeError("bases must be types");
            if (all == null) all = PyTuple.of(origBases.clone());
            PyObject r = Abstract.call(entries, all);
            if (!(r instanceof PyTuple rt)) throw Exc.typeError("__mro_entries__ must return a tuple");
            for (PyObject e : Abstract.toArray(rt)) {
                if (!(e instanceof PyType et)) throw Exc.typeError("bases must be types");
                out.add(et);
            }
        }
        return out.toArray(new PyType[0]);
    }

    /** The class body's namespace: a fresh dict, or what the metaclass's __prepare__ returns. */
    private static PyObject prepareNamespace(PyObject meta, String name, PyType[] bases, PyDict classKw) {
        if (meta == null || meta == PyType.TYPE) return new PyDict();
        PyObject prepare = Abstract.getAttrOrNull(meta, "__prepare__");
        if (prepare == null) return new PyDict();
        PyObject[] pargs = new PyObject[2 + classKw.size()];
        pargs[0] = new PyStr(name);
        pargs[1] = PyTuple.of((PyObject[]) bases.clone());
        System.arraycopy(kwArray(classKw), 0, pargs, 2, classKw.size());
        PyObject ns = Abstract.callKw(prepare, pargs, kwNames(classKw));
        if (Abstract.getAttrOrNull(ns, "__getitem__") == null) {
            String mname = meta instanceof PyType mt ? mt.name : "<metaclass>";
            throw Exc.typeError(mname + ".__prepare__() must return a mapping, not " + ns.type().name);
        }
        return ns;
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
