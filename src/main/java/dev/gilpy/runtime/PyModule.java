package dev.gilpy.runtime;

/** A module: a namespace with a name. */
public class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, null);

    public final String name;
    public final PyDict dict;

    public PyModule(String name) { this(name, new PyDict()); }

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.putIfAbsent(new PyStr("__name__"), new PyStr(name));
        dict.putIfAbsent(new PyStr("__doc__"), PyNone.NONE);
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyDict getDict() { return dict; }

    /** Adds a Java function to the module. */
    public void def(String fname, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(fname, body);
        f.module = name;
        dict.put(new PyStr(fname), f);
    }

    public void set(String attr, PyObject value) { dict.put(new PyStr(attr), value); }

    public PyObject get(String attr) { return dict.get(new PyStr(attr)); }

    @Override
    public PyObject lookupAttr(String attr) {
        PyObject v = dict.get(new PyStr(attr));
        if (v != null) return v;
        if (attr.equals("__dict__")) return dict;
        PyObject ga = dict.get(new PyStr("__getattr__"));
        if (ga != null) return ga.call(new PyObject[]{new PyStr(attr)}, null);
        return super.lookupAttr(attr);
    }

    @Override
    public PyObject repr() {
        PyObject file = dict.get(new PyStr("__file__"));
        if (file instanceof PyStr f) return new PyStr("<module '" + name + "' from '" + f.value + "'>");
        return new PyStr("<module '" + name + "' (built-in)>");
    }
}
