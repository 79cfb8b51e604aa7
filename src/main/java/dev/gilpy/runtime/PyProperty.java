package dev.gilpy.runtime;

/** The built-in {@code property}: a data descriptor calling Python getter/setter/deleter functions. */
public final class PyProperty extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT, null);

    static {
        TYPE.constructor = (cls, args, kw) -> {
            PyObject[] a = Args.parse("property", args, kw, new String[]{"fget", "fset", "fdel", "doc"}, 0);
            return new PyProperty(a[0], a[1], a[2], a[3]);
        };
        TYPE.def("getter", new PyMethodDescr(TYPE, "getter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.doc);
        }));
        TYPE.def("setter", new PyMethodDescr(TYPE, "setter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, a[1], p.fdel, p.doc);
        }));
        TYPE.def("deleter", new PyMethodDescr(TYPE, "deleter", (a, k) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.doc);
        }));
    }

    final PyObject fget, fset, fdel, doc;

    PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = nullIfNone(fget);
        this.fset = nullIfNone(fset);
        this.fdel = nullIfNone(fdel);
        this.doc = doc;
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
        if (fset == null) throw Exc.attributeError("can't set attribute");
        fset.call(new PyObject[]{obj, value}, null);
    }

    @Override
    public void delete(PyObject obj) {
        if (fdel == null) throw Exc.attributeError("can't delete attribute");
        fdel.call(new PyObject[]{obj}, null);
    }

    @Override
    public PyObject lookupAttr(String name) {
        return switch (name) {
            case "fget" -> fget == null ? PyNone.NONE : fget;
            case "fset" -> fset == null ? PyNone.NONE : fset;
            case "fdel" -> fdel == null ? PyNone.NONE : fdel;
            case "__doc__" -> doc == null || doc == PyNone.NONE
                    ? (fget == null ? PyNone.NONE : Abstract.getAttrOrNull(fget, "__doc__")) : doc;
            default -> super.lookupAttr(name);
        };
    }
}
