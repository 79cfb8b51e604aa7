package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.List;

/** types.UnionType: what {@code X | Y} gives for classes, None, GenericAliases and other unions (PEP 604). */
public final class PyUnionType extends PyObject implements PyBinaryOps {
    public static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, null);

    static {
        TYPE.module = "types";
        TYPE.acceptableBase = false;
        MethodDefs.unary(TYPE, "__repr__", PyObject::repr);
        MethodDefs.unary(TYPE, "__hash__", o -> PyInt.of(o.pyHash()));
        MethodDefs.comparisons(TYPE);
        MethodDefs.binary(TYPE, "__or__", (s, o) -> orNotImplemented(s, o));
        MethodDefs.binary(TYPE, "__ror__", (s, o) -> orNotImplemented(o, s));
        MethodDefs.binary(TYPE, "__instancecheck__", (s, o) -> PyBool.of(((PyUnionType) s).check(o, false)));
        MethodDefs.binary(TYPE, "__subclasscheck__", (s, o) -> PyBool.of(((PyUnionType) s).check(o, true)));
        MethodDefs.getter(TYPE, "__args__", o -> ((PyUnionType) o).args);
        MethodDefs.getter(TYPE, "__parameters__", o -> ((PyUnionType) o).parameters());
    }

    public final PyTuple args;

    private PyUnionType(PyTuple args) { this.args = args; }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public PyObject binaryOp(int op, PyObject other, boolean reflected) {
        if (op != dev.gilpy.bytecode.BinaryOps.OR) return null;
        return reflected ? or(other, this) : or(this, other);
    }

    /** What may stand on either side of | (CPython: unionobject.c is_unionable). */
    static boolean isUnionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** a | b, or null (NotImplemented) when either side cannot be a union member. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!isUnionable(a) || !isUnionable(b)) return null;
        List<PyObject> members = new ArrayList<>();
        addFlat(members, a);
        addFlat(members, b);
        if (members.size() == 1) return members.get(0);
        return new PyUnionType(PyTuple.of(members.toArray(new PyObject[0])));
    }

    private static PyObject orNotImplemented(PyObject a, PyObject b) { return MethodDefs.orNotImplemented(or(a, b)); }

    /** Union members are flattened, None becomes NoneType, and each member appears once. */
    private static void addFlat(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items) addFlat(out, x);
            return;
        }
        PyObject m = o == PyNone.NONE ? PyNone.TYPE : o;
        for (PyObject x : out) {
            if (x == m || (x instanceof PyGenericAlias && m instanceof PyGenericAlias && Abstract.eq(x, m))) return;
        }
        out.add(m);
    }

    /** isinstance/issubclass against each member in turn, as against a tuple (a generic member raises when reached). */
    private boolean check(PyObject o, boolean subclass) {
        for (PyObject x : args.items) {
            if (subclass ? Abstract.isSubclass(o, x) : Abstract.isInstance(o, x)) return true;
        }
        return false;
    }

    /** The type variables among the members and inside them, in order of first appearance. */
    private PyTuple parameters() {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x : args.items) {
            if (x.type().name.equals("TypeVar")) {
                if (!out.contains(x)) out.add(x);
            } else if (!(x instanceof PyType)) {
                PyObject p = Abstract.getAttrOrNull(x, "__parameters__");
                if (p instanceof PyTuple t) for (PyObject y : t.items) if (!out.contains(y)) out.add(y);
            }
        }
        return PyTuple.of(out.toArray(new PyObject[0]));
    }

    // CPython: union_repr_item — NoneType as None, classes by module-qualified name, aliases by repr.
    @Override
    public PyObject repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject x : args.items) {
            if (!sb.isEmpty()) sb.append(" | ");
            if (x == PyNone.TYPE) sb.append("None");
            else if (x instanceof PyType t) sb.append(t.qualifiedName());
            else sb.append(Abstract.reprString(x));
        }
        return new PyStr(sb.toString());
    }

    /** Members as a set: order does not matter for == and hash (as frozenset(__args__)). */
    private PySet memberSet() {
        PySet s = PySet.frozen();
        for (PyObject x : args.items) s.add(x);
        return s;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if ((op == Abstract.EQ || op == Abstract.NE) && other instanceof PyUnionType u) {
            boolean eq = Abstract.eq(memberSet(), u.memberSet());
            return PyBool.of(op == Abstract.EQ ? eq : !eq);
        }
        return super.richCompare(other, op);
    }

    @Override
    public boolean equals(Object o) { return o instanceof PyUnionType u && Abstract.eq(memberSet(), u.memberSet()); }

    @Override
    public int hashCode() { return pyHash(); }

    @Override
    public int pyHash() { return Abstract.hash(memberSet()); }
}
