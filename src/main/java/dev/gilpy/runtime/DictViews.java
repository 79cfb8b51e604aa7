package dev.gilpy.runtime;

import java.util.List;
import java.util.Map;

import static dev.gilpy.bytecode.BinaryOps.*;

/** dict.keys(), dict.values(), dict.items(): live views of a dict (Objects/dictobject.c dictview). */
final class DictViews {
    private DictViews() {}

    static final int KEYS = PyDict.DictIterator.KEYS, VALUES = PyDict.DictIterator.VALUES,
            ITEMS = PyDict.DictIterator.ITEMS;
    static final PyType KEYS_TYPE = PyType.builtin("dict_keys", PyType.OBJECT, null);
    static final PyType VALUES_TYPE = PyType.builtin("dict_values", PyType.OBJECT, null);
    static final PyType ITEMS_TYPE = PyType.builtin("dict_items", PyType.OBJECT, null);

    static {
        for (PyType t : new PyType[]{KEYS_TYPE, VALUES_TYPE, ITEMS_TYPE}) {
            t.acceptableBase = false;
            MethodDefs.unary(t, "__repr__", PyObject::repr);
            MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
            MethodDefs.unary(t, "__iter__", PyObject::iter);
            MethodDefs.unary(t, "__reversed__", o -> {
                View v = (View) o;
                return new PyDict.DictIterator(v.dict, v.kind, true);
            });
            MethodDefs.getter(t, "mapping", o -> new MappingProxy(((View) o).dict));
            if (t == VALUES_TYPE) continue;
            MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(s.contains(x)));
            MethodDefs.comparisons(t);
            t.def("__hash__", PyNone.NONE);
            MethodDefs.binaryOps(t, AND, OR, SUBTRACT, XOR);
            MethodDefs.binary(t, "isdisjoint", (s, o) -> {
                PyObject it = Abstract.iter(o);
                for (PyObject v; (v = Abstract.next(it)) != null; ) if (s.contains(v)) return PyBool.FALSE;
                return PyBool.TRUE;
            });
        }
    }

    static final class View extends PyObject implements PyBinaryOps {
        final PyDict dict;
        final int kind;

        View(PyDict dict, int kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() { return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE; }

        @Override
        public int len() { return dict.size(); }

        @Override
        public boolean isTrue() { return dict.size() != 0; }

        @Override
        public PyObject iter() { return new PyDict.DictIterator(dict, kind); }

        @Override
        public Boolean contains(PyObject x) {
            if (kind == KEYS) return dict.containsKey(x);
            if (kind == VALUES) return null;
            if (!(x instanceof PyTuple t) || t.size() != 2) return false;
            PyObject v = dict.get(t.get(0));
            return v != null && (v == t.get(1) || Abstract.eq(v, t.get(1)));
        }

        @Override
        public PyObject repr() {
            String name = type().name;
            if (!Abstract.enterRepr(this)) return new PyStr("...");
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                List<Map.Entry<PyObject, PyObject>> es = dict.entrySnapshot();
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : es) {
                    if (!first) sb.append(", ");
                    first = false;
                    switch (kind) {
                        case KEYS -> sb.append(Abstract.reprString(e.getKey()));
                        case VALUES -> sb.append(Abstract.reprString(e.getValue()));
                        default -> sb.append('(').append(Abstract.reprString(e.getKey())).append(", ")
                                .append(Abstract.reprString(e.getValue())).append(')');
                    }
                }
                return new PyStr(sb.append("])").toString());
            } finally {
                Abstract.leaveRepr(this);
            }
        }

        private static boolean setLike(PyObject o) {
            return o instanceof PySet || o instanceof View v && v.kind != VALUES;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if (kind == VALUES || !setLike(other)) return super.richCompare(other, op);
            int n = len(), m = Abstract.len(other);
            boolean r = switch (op) {
                case Abstract.EQ, Abstract.NE -> n == m && allIn(this, other);
                case Abstract.LT -> n < m && allIn(this, other);
                case Abstract.LE -> n <= m && allIn(this, other);
                case Abstract.GT -> n > m && allIn(other, this);
                default -> n >= m && allIn(other, this);
            };
            return PyBool.of(op == Abstract.NE ? !r : r);
        }

        private static boolean allIn(PyObject a, PyObject b) {
            PyObject it = Abstract.iter(a);
            for (PyObject v; (v = Abstract.next(it)) != null; ) if (!Abstract.contains(b, v)) return false;
            return true;
        }

        @Override
        public PyObject binaryOp(int op, PyObject other, boolean reflected) {
            if (kind == VALUES) return null;
            PyObject left = reflected ? other : this, right = reflected ? this : other;
            PySet r = new PySet();
            r.addAll(left);
            switch (op) {
                case AND -> r.intersectionUpdate(right);
                case OR -> r.addAll(right);
                case SUBTRACT -> r.differenceUpdate(right);
                case XOR -> r.symmetricDifferenceUpdate(right);
                default -> { return null; }
            }
            return r;
        }
    }

    /** The read-only mapping behind view.mapping. */
    static final class MappingProxy extends PyObject {
        static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT, null);

        static {
            TYPE.acceptableBase = false;
            MethodDefs.unary(TYPE, "__len__", o -> PyInt.of(o.len()));
            MethodDefs.binary(TYPE, "__getitem__", PyObject::getItem);
            MethodDefs.unary(TYPE, "__iter__", PyObject::iter);
            MethodDefs.binary(TYPE, "__contains__", (s, x) -> PyBool.of(s.contains(x)));
            MethodDefs.unary(TYPE, "keys", o -> new View(((MappingProxy) o).dict, KEYS));
            MethodDefs.unary(TYPE, "values", o -> new View(((MappingProxy) o).dict, VALUES));
            MethodDefs.unary(TYPE, "items", o -> new View(((MappingProxy) o).dict, ITEMS));
            MethodDefs.method(TYPE, "get", (a, k) -> {
                Args.methodRange("get", a, k, 1, 2);
                PyObject v = ((MappingProxy) a[0]).dict.get(a[1]);
                return v != null ? v : a.length == 3 ? a[2] : PyNone.NONE;
            });
        }

        final PyDict dict;

        MappingProxy(PyDict dict) { this.dict = dict; }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public int len() { return dict.size(); }

        @Override
        public PyObject getItem(PyObject key) { return dict.getItem(key); }

        @Override
        public PyObject iter() { return dict.iter(); }

        @Override
        public Boolean contains(PyObject x) { return dict.containsKey(x); }

        @Override
        public PyObject repr() { return new PyStr("mappingproxy(" + Abstract.reprString(dict) + ")"); }
    }
}
