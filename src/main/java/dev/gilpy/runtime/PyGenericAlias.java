package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code list[int]}, {@code dict[str, int]}, {@code type[C]}: a built-in class subscripted for annotations
 * (CPython's types.GenericAlias, Objects/genericaliasobject.c). It remembers the class and the arguments,
 * prints as written, and otherwise behaves like the class (calls and attributes go to it).
 */
public final class PyGenericAlias extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("GenericAlias", PyType.OBJECT, null);

    /** The built-in classes that are generic; the library's own (deque, defaultdict...) use __class_getitem__. */
    private static final Set<String> GENERIC_BUILTINS = Set.of("list", "dict", "tuple", "set", "frozenset", "type");

    /** Attributes of the alias itself; every other attribute is the origin class's (CPython attr_exceptions). */
    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__", "__parameters__",
            "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");

    static {
        TYPE.module = "types";
        TYPE.constructor = (cls, a, k) -> {
            Args.exact("GenericAlias", a, k, 2);
            return new PyGenericAlias(a[0], a[1]);
        };
        MethodDefs.method(TYPE, "__mro_entries__", (a, k) -> PyTuple.of(((PyGenericAlias) a[0]).origin));
        MethodDefs.unary(TYPE, "__repr__", PyObject::repr);
        MethodDefs.binary(TYPE, "__or__", (s, o) -> MethodDefs.orNotImplemented(PyUnionType.or(s, o)));
        MethodDefs.binary(TYPE, "__ror__", (s, o) -> MethodDefs.orNotImplemented(PyUnionType.or(o, s)));
    }

    public final PyObject origin;
    public final PyTuple args;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t && t.type() == PyTuple.TYPE ? t : PyTuple.of(args);
    }

    /** cls[key] for a built-in generic class, or null when cls is not one. */
    static PyObject of(PyType cls, PyObject key) {
        if (!cls.builtin || !GENERIC_BUILTINS.contains(cls.name)) return null;
        return new PyGenericAlias(cls, key);
    }

    static boolean isGenericBuiltin(PyType cls) { return cls.builtin && GENERIC_BUILTINS.contains(cls.name); }

    @Override
    public PyType type() { return TYPE; }

    /** list[int] | None: a types.UnionType. */
    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op != dev.gilpy.bytecode.BinaryOps.OR) return null;
        return reflected ? PyUnionType.or(other, this) : PyUnionType.or(this, other);
    }

    @Override
    public PyObject repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        if (args.items.length == 0) sb.append("()");
        for (int i = 0; i < args.items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(argRepr(args.items[i]));
        }
        return new PyStr(sb.append(']').toString());
    }

    /** CPython ga_repr_item: classes by qualified name, ... as written, anything else by repr. */
    private static String argRepr(PyObject o) {
        if (o == PySingleton.ELLIPSIS) return "...";
        if (o instanceof PyType t) return t.qualifiedName();
        if (o instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            for (PyObject x : l.toArray()) parts.add(argRepr(x));
            return "[" + String.join(", ", parts) + "]";
        }
        return Abstract.reprString(o);
    }

    @Override
    public PyObject call(PyObject[] a, String[] kwnames) {
        PyObject obj = origin.call(a, kwnames);
        try {
            Abstract.setAttr(obj, "__orig_class__", this);
        } catch (PyException e) {
            if (!e.matches(Exc.AttributeError) && !e.matches(Exc.TypeError)) throw e;
        }
        return obj;
    }

    @Override
    public PyObject getItem(PyObject key) {
        throw Exc.typeError("There are no type variables left in " + Abstract.reprString(this));
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "__origin__": return origin;
            case "__args__": return args;
            case "__parameters__": return parameters();
            default:
        }
        if (!OWN.contains(name)) {
            PyObject v = Abstract.getAttrOrNull(origin, name);
            if (v != null) return v;
        }
        return super.lookupAttr(name);
    }

    /** The type variables among the arguments (typing's TypeVar instances). */
    private PyTuple parameters() {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : args.items) {
            if (x.type().name.equals("TypeVar") && !out.contains(x)) out.add(x);
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op == Abstract.EQ || op == Abstract.NE) && other instanceof PyGenericAlias g) {
            boolean eq = Abstract.eq(origin, g.origin) && Abstract.eq(args, g.args);
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        }
        return super.richCompare(other, op);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyGenericAlias g && Abstract.eq(origin, g.origin) && Abstract.eq(args, g.args);
    }

    @Override
    public int hashCode() { return pyHash(); }

    @Override
    public int pyHash() { return Abstract.hash(origin) ^ Abstract.hash(args); }
}
