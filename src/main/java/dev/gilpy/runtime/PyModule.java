package dev.gilpy.runtime;

/** A module: a namespace with a name. */
public class PyModule extends PyObject {
    // The allocator lets classes derive from module (their instances are named by __init__).
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, cls -> new Derived(cls, "?"));

    static {
        // types.ModuleType(name, doc=None): a new empty module, or one of a subclass.
        TYPE.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            int given = a.length - 1;
            if (given > 2) throw Exc.typeError("module() takes at most 2 arguments (" + given + " given)");
            PyObject[] p = Args.parse("module", a, 1, k, new String[]{"name", "doc"}, 1, 2);
            if (!(p[0] instanceof PyStr n)) {
                throw Exc.typeError("module() argument 'name' must be str, not " + p[0].type().name);
            }
            PyType cls = (PyType) a[0];
            PyModule m = cls == TYPE ? new PyModule(n.value) : new Derived(cls, n.value);
            m.made = true;
            m.set("__doc__", p[1] == null ? PyNone.NONE : p[1]);
            for (String attr : new String[]{"__package__", "__loader__", "__spec__"}) m.set(attr, PyNone.NONE);
            return m;
        })));
        TYPE.def("__init__", new PyBuiltinFunction("__init__", (a, k) -> {
            PyObject[] p = Args.parse("module", a, 1, k, new String[]{"name", "doc"}, 1, 2);
            PyModule m = (PyModule) a[0];
            m.set("__name__", p[0]);
            m.set("__doc__", p[1] == null ? PyNone.NONE : p[1]);
            return PyNone.NONE;
        }));
    }

    /** An instance of a subclass of module (types.ModuleType). */
    static final class Derived extends PyModule {
        private final PyType type;

        Derived(PyType type, String name) {
            super(name);
            this.type = type;
        }

        @Override
        public PyType type() { return type; }
    }

    public final String name;
    public final PyDict dict;
    /** Made by calling the module type (no spec, so its repr names no origin). */
    private boolean made;

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
        String shown = dict.get(new PyStr("__name__")) instanceof PyStr n ? n.value : name;
        if (file instanceof PyStr f) return new PyStr("<module '" + shown + "' from '" + f.value + "'>");
        return new PyStr("<module '" + shown + (made ? "'>" : "' (built-in)>"));
    }
}
