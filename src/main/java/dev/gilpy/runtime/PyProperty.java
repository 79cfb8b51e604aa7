package dev.gilpy.runtime;

/** The built-in {@code property}: a data descriptor calling Python getter/setter/deleter functions. */
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, null);

    static {
        Descriptor.defineProtocol(TYPE, true);
        TYPE.constructor = (cls, args, kw) -> {
            PyObject[] a = Args.parse("property", args, kw, new String[]{"fget", "fset", "fdel", "doc"}, 0);
            return new PyProperty(a[0], a[1], a[2], a[3]);
        };
        TYPE.def("getter", new PyMethodDescr(TYPE, "getter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.doc).named(p.name);
        }));
        TYPE.def("setter", new PyMethodDescr(TYPE, "setter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, a[1], p.fdel, p.doc).named(p.name);
        }));
        TYPE.def("deleter", new PyMethodDescr(TYPE, "deleter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.doc).named(p.name);
        }));
        // The attribute name, for the "has no setter" messages (CPython 3.11 property.__set_name__).
        TYPE.def("__set_name__", new PyMethodDescr(TYPE, "__set_name__", (a, k) -> {
            Args.methodRange("__set_name__", a, k, 2, 2);
            ((PyProperty) a[0]).name = Abstract.strString(a[2]);
            return PyNone.NONE;
        }));
    }

    final PyObject fget, fset, fdel, doc;
    /** The name it was assigned to in a class body, or null. */
    private volatile String name;

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = nullIfNone(fget);
        this.fset = nullIfNone(fset);
        this.fdel = nullIfNone(fdel);
        this.doc = doc;
    }

    private PyProperty named(String n) {
        name = n;
        return this;
    }

    private String missing(PyObject obj, String what) {
        return "property " + (name == null ? "" : "'" + name + "' ") + "of '" + obj.type().name + "' object has no " + what;
    }

    private static PyObject nullIfNone(PyObject o) { return o == null || o == PyNone.NONE ? null : o; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public boolean isData() { return true; }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) return this;
        if (fget == null) throw Exc.attributeError("unreadable attribute");
        return fget.call(new PyObject[]{obj}, null);
    }

    @Override
    public void set(PyObject obj, PyObject value) {
        if (fset == null) throw Exc.attributeError(missing(obj, "setter"));
        fset.call(new PyObject[]{obj, value}, null);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == null) throw Exc.attributeError(missing(obj, "deleter"));
        fdel.call(new PyObject[]{obj}, null);
    }

    private static boolean isAbstract(PyObject f) {
        if (f == null) return false;
        PyObject v = Abstract.getAttrOrNull(f, "__isabstractmethod__");
        return v != null && Abstract.isTrue(v);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "fget" -> fget == null ? PyNone.NONE : fget;
            case "fset" -> fset == null ? PyNone.NONE : fset;
            case "fdel" -> fdel == null ? PyNone.NONE : fdel;
            // abc counts a property as abstract when one of its functions is (CPython property_get___isabstractmethod__).
            case "__isabstractmethod__" -> PyBool.of(isAbstract(fget) || isAbstract(fset) || isAbstract(fdel));
            case "__doc__" -> doc == null || doc == PyNone.NONE
                    ? (fget == null ? PyNone.NONE : Abstract.getAttrOrNull(fget, "__doc__")) : doc;
            default -> super.lookupAttr(name);
        };
    }
}
