package dev.gilpy.runtime;

import java.util.Map;
import java.util.TreeSet;

/**
 * The methods every object inherits from {@code object} (and the few of {@code type}), registered once
 * at start-up, so that classes written in Python find them along their MRO.
 */
public final class ObjectMethods {
    private ObjectMethods() {}

    private static boolean done;

    public static synchronized void init() {
        if (done) return;
        done = true;
        PyType o = PyType.OBJECT;
        def(o, "__init__", (a, k) -> PyNone.NONE);
        o.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) throw Exc.typeError("object.__new__(X): X is not a type object");
            if (cls.allocator == null) throw Exc.typeError("object.__new__(" + cls.name + ") is not safe");
            PyObject obj = cls.allocator.allocate(cls);
            if (obj instanceof PyBaseException e) {
                PyObject[] rest = new PyObject[a.length - 1 - Args.nkw(k)];
                System.arraycopy(a, 1, rest, 0, rest.length);
                e.args = new PyTuple(rest);
            }
            return obj;
        })));
        def(o, "__repr__", (a, k) -> a[0].repr());
        def(o, "__str__", (a, k) -> Abstract.repr(a[0]));
        def(o, "__hash__", (a, k) -> PyInt.of(a[0].pyHash()));
        def(o, "__eq__", (a, k) -> a[0] == a[1] ? PyBool.TRUE : PySingleton.NOT_IMPLEMENTED);
        def(o, "__ne__", (a, k) -> {
            PyObject r = Abstract.richCompare(a[0], a[1], Abstract.EQ);
            return PyBool.of(!Abstract.isTrue(r));
        });
        for (String cmp : new String[]{"__lt__", "__le__", "__gt__", "__ge__"}) {
            def(o, cmp, (a, k) -> PySingleton.NOT_IMPLEMENTED);
        }
        def(o, "__getattribute__", (a, k) -> {
            String name = ((PyStr) a[1]).value;
            PyObject v = Abstract.genericGetAttr(a[0], name);
            if (v == null) throw Abstract.noAttribute(a[0], name);
            return v;
        });
        def(o, "__setattr__", (a, k) -> {
            Abstract.genericSetAttr(a[0], ((PyStr) a[1]).value, a[2]);
            return PyNone.NONE;
        });
        def(o, "__delattr__", (a, k) -> {
            Abstract.genericDelAttr(a[0], ((PyStr) a[1]).value);
            return PyNone.NONE;
        });
        def(o, "__format__", (a, k) -> {
            String spec = Abstract.strString(a[1]);
            if (!spec.isEmpty()) {
                throw Exc.typeError("unsupported format string passed to " + a[0].type().name + ".__format__");
            }
            return Abstract.str(a[0]);
        });
        def(o, "__dir__", (a, k) -> dir(a[0]));
        o.def("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) -> PyNone.NONE)));
        o.def("__class__", new PyGetSet("__class__", PyObject::type, null));
        o.def("__doc__", PyNone.NONE);

        PyType t = PyType.TYPE;
        // type.__new__(mcls, name, bases, ns): how metaclasses written in Python make their classes.
        t.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            int n = a.length - Args.nkw(k);
            if (n != 4 || !(a[0] instanceof PyType mcls)) {
                throw Exc.typeError("type.__new__() takes exactly 3 arguments (" + Math.max(0, n - 1) + " given)");
            }
            int nkw = Args.nkw(k);
            if (!(a[3] instanceof PyDict ns)) throw Exc.typeError("type.__new__() argument 3 must be dict, not " + a[3].type().name);
            PyObject[] bases = Abstract.toArray(a[2]);
            PyType[] tb = new PyType[bases.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(bases[i] instanceof PyType bt)) throw Exc.typeError("bases must be types");
                tb[i] = bt;
            }
            PyType cls = PyType.create(Abstract.strString(a[1]), tb, ns, mcls);
            PyType.finishClass(cls, ns, java.util.Arrays.copyOfRange(a, n, a.length), k);
            return cls;
        })));
        // The namespace a class body runs in; a metaclass may return its own mapping.
        t.def("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) -> new PyDict())));
        def(t, "__init__", (a, k) -> PyNone.NONE);
        // type's own attribute setting (what a metaclass's super().__setattr__ reaches): the class dict.
        def(t, "__setattr__", (a, k) -> {
            Args.methodRange("__setattr__", a, k, 2, 2);
            a[0].setAttr(Abstract.strString(a[1]), a[2]);
            return PyNone.NONE;
        });
        def(t, "__delattr__", (a, k) -> {
            Args.methodRange("__delattr__", a, k, 1, 1);
            a[0].delAttr(Abstract.strString(a[1]));
            return PyNone.NONE;
        });
        def(t, "__call__", (a, k) -> Abstract.callType((PyType) a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
        def(t, "__repr__", (a, k) -> a[0].repr());
        def(t, "mro", (a, k) -> PyList.of((PyObject[]) ((PyType) a[0]).mro().clone()));
        def(t, "__subclasses__", (a, k) -> new PyList());
        def(t, "__instancecheck__", (a, k) -> PyBool.of(Abstract.isInstance(a[1], a[0])));
        def(t, "__subclasscheck__", (a, k) -> PyBool.of(Abstract.isSubclass(a[1], a[0])));

        // Built-in callables answer hasattr(type(f), '__call__'), as collections.abc.Callable checks.
        for (PyType ct : new PyType[]{PyBuiltinFunction.TYPE, PyMethodDescr.TYPE, PyMethod.TYPE,
                PyStaticMethod.TYPE}) {
            def(ct, "__call__", (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k));
        }

        PyType be = Exc.BaseException;
        def(be, "__init__", (a, k) -> {
            PyObject[] rest = new PyObject[a.length - 1 - Args.nkw(k)];
            System.arraycopy(a, 1, rest, 0, rest.length);
            ((PyBaseException) a[0]).args = new PyTuple(rest);
            return PyNone.NONE;
        });
        def(be, "__str__", (a, k) -> a[0].str());
        def(be, "__repr__", (a, k) -> a[0].repr());
        def(be, "with_traceback", (a, k) -> a[0]);
        // CPython 3.11 BaseException_add_note: notes live in __notes__, a list, printed under the exception.
        def(be, "add_note", (a, k) -> {
            Args.noKw("add_note", k);
            if (a.length != 2) throw Exc.typeError("BaseException.add_note() takes exactly one argument ("
                    + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyStr)) throw Exc.typeError("note must be a str, not '" + a[1].type().name + "'");
            PyObject notes = Abstract.getAttrOrNull(a[0], "__notes__");
            if (notes == null) {
                notes = new PyList();
                Abstract.setAttr(a[0], "__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Exc.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(a[1]);
            return PyNone.NONE;
        });
        // pickle and copy: (type, args), plus the instance dict when it holds anything (BaseException_reduce).
        def(be, "__reduce__", (a, k) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyDict d = e.getDict();
            return d.size() > 0 ? PyTuple.of(e.type(), e.args, d) : PyTuple.of(e.type(), e.args);
        });
        def(be, "__setstate__", (a, k) -> {
            if (a[1] != PyNone.NONE) {
                if (!(a[1] instanceof PyDict d)) throw Exc.typeError("state is not a dictionary");
                for (var en : d.entrySnapshot()) Abstract.setAttr(a[0], Abstract.strString(en.getKey()), en.getValue());
            }
            return PyNone.NONE;
        });
        be.def("args", new PyGetSet("args", x -> ((PyBaseException) x).args,
                (x, v) -> ((PyBaseException) x).args = new PyTuple(Abstract.toArray(v))));
        be.def("__cause__", new PyGetSet("__cause__", x -> orNone(((PyBaseException) x).cause), (x, v) -> {
            ((PyBaseException) x).cause = v == PyNone.NONE ? null : (PyBaseException) v;
            ((PyBaseException) x).suppressContext = true;
        }));
        be.def("__context__", new PyGetSet("__context__", x -> orNone(((PyBaseException) x).context),
                (x, v) -> ((PyBaseException) x).context = v == PyNone.NONE ? null : (PyBaseException) v));
        be.def("__suppress_context__", new PyGetSet("__suppress_context__",
                x -> PyBool.of(((PyBaseException) x).suppressContext),
                (x, v) -> ((PyBaseException) x).suppressContext = Abstract.isTrue(v)));
        be.def("__traceback__", new PyGetSet("__traceback__", x -> PyNone.NONE, (x, v) -> { }));
        Exc.StopIteration.def("value", new PyGetSet("value", x -> firstArg((PyBaseException) x), null));
        // CPython's SystemExit_init: code is None, the one argument, or the args tuple; assignable.
        Exc.SystemExit.def("code", new PyGetSet("code", x -> {
            PyBaseException e = (PyBaseException) x;
            if (e.exitCode != null) return e.exitCode;
            return e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
        }, (x, v) -> ((PyBaseException) x).exitCode = v));
        Exc.KeyError.def("__str__", new PyMethodDescr(Exc.KeyError, "__str__", (a, k) -> a[0].str()));
        Exc.OSError.def("errno", new PyGetSet("errno", x -> argOrNone((PyBaseException) x, 0, 2), null));
        Exc.OSError.def("strerror", new PyGetSet("strerror", x -> argOrNone((PyBaseException) x, 1, 2), null));
        Exc.OSError.def("filename", new PyGetSet("filename", x -> argOrNone((PyBaseException) x, 2, 3), null));
        syntaxErrorMethods(Exc.SyntaxError);
        unicodeErrorMethods();
        PyExceptionGroup.defineMethods();
        Exc.ImportError.def("name", new PyGetSet("name", x -> {
            PyDict d = x.getDict();
            PyObject v = d.get(new PyStr("name"));
            return v == null ? PyNone.NONE : v;
        }, (x, v) -> x.getDict().put(new PyStr("name"), v)));
    }

    private static final String[] UNICODE_ERROR_DETAILS = {"encoding", "object", "start", "end", "reason"};

    /**
     * UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (the same, object being
     * bytes) and UnicodeTranslateError(object, start, end, reason): the arguments become attributes, and str()
     * describes the failing position. CPython: Objects/exceptions.c UnicodeEncodeError_init/_str.
     */
    private static void unicodeErrorMethods() {
        for (String n : UNICODE_ERROR_DETAILS) Exc.UnicodeError.def(n, PyNone.NONE);
        for (PyType t : new PyType[]{Exc.UnicodeEncodeError, Exc.UnicodeDecodeError, Exc.UnicodeTranslateError}) {
            var plain = t.constructor;
            boolean translate = t == Exc.UnicodeTranslateError;
            t.constructor = (cls, args, kw) -> {
                PyObject e = plain.construct(cls, args, kw);
                int n = args.length - Args.nkw(kw);
                if (n == (translate ? 4 : 5)) {
                    PyDict d = e.getDict();
                    for (int i = 0; i < n; i++) d.put(new PyStr(UNICODE_ERROR_DETAILS[i + (translate ? 1 : 0)]), args[i]);
                }
                return e;
            };
            def(t, "__str__", (a, k) -> a[0].str());
        }
    }

    /** The message of a Unicode error that has its details, else null. */
    static PyObject unicodeErrorStr(PyBaseException e) {
        PyDict d = e.dictOrNull();
        if (d == null || d.get(new PyStr("object")) == null) return null;
        PyObject object = Abstract.getAttr(e, "object"), reason = Abstract.getAttr(e, "reason");
        if (!(Abstract.getAttr(e, "start") instanceof PyInt s) || !(Abstract.getAttr(e, "end") instanceof PyInt en)) return null;
        long start = s.longValue(), end = en.longValue();
        String why = Abstract.strString(reason);
        String codec = e.type().isSubtypeOf(Exc.UnicodeTranslateError) ? null
                : "'" + Abstract.strString(Abstract.getAttr(e, "encoding")) + "' codec ";
        boolean one = end == start + 1 && start >= 0 && start < Abstract.len(object);
        if (e.type().isSubtypeOf(Exc.UnicodeDecodeError)) {
            if (one) {
                long b = ((PyInt) Abstract.getItem(object, PyInt.of(start))).longValue();
                return new PyStr(codec + "can't decode byte 0x" + String.format("%02x", b) + " in position " + start + ": " + why);
            }
            return new PyStr(codec + "can't decode bytes in position " + start + "-" + (end - 1) + ": " + why);
        }
        String verb = codec == null ? "can't translate" : codec + "can't encode";
        if (one && object instanceof PyStr text) {
            int c = text.codePointAt((int) start);
            String shown = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                    : String.format("\\U%08x", c);
            return new PyStr(verb + " character '" + shown + "' in position " + start + ": " + why);
        }
        return new PyStr(verb + " characters in position " + start + "-" + (end - 1) + ": " + why);
    }

    private static final String[] SYNTAX_ERROR_DETAILS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    /** CPython: Objects/exceptions.c SyntaxError_init and SyntaxError_str. */
    private static void syntaxErrorMethods(PyType t) {
        for (String n : new String[]{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                "print_file_and_line"}) {
            t.def(n, PyNone.NONE);   // the instance's own value, once set, shadows these
        }
        def(t, "__init__", (a, k) -> {
            initSyntaxError((PyBaseException) a[0], java.util.Arrays.copyOfRange(a, 1, a.length - Args.nkw(k)));
            return PyNone.NONE;
        });
        for (PyType st : new PyType[]{Exc.SyntaxError, Exc.IndentationError, Exc.TabError}) {
            var plain = st.constructor;
            st.constructor = (cls, args, kw) -> {
                PyObject e = plain.construct(cls, args, kw);
                initSyntaxError((PyBaseException) e, args);
                return e;
            };
        }
        def(t, "__str__", (a, k) -> a[0].str());
    }

    private static void initSyntaxError(PyBaseException e, PyObject[] rest) {
        {
            e.args = new PyTuple(rest);
            PyDict d = e.getDict();
            if (rest.length >= 1) d.put(new PyStr("msg"), rest[0]);
            if (rest.length == 2) {
                PyObject[] info = Abstract.toArray(rest[1]);
                if (info.length < 4) {
                    throw Exc.typeError("function takes at least 4 arguments (" + info.length + " given)");
                }
                if (info.length > 6) throw Exc.typeError("function takes at most 6 arguments (" + info.length + " given)");
                for (int i = 0; i < info.length; i++) d.put(new PyStr(SYNTAX_ERROR_DETAILS[i]), info[i]);
            }
        }
    }

    static PyObject syntaxErrorStr(PyObject e) {
        {
            String msg = Abstract.strString(Abstract.getAttr(e, "msg"));
            PyObject file = Abstract.getAttr(e, "filename"), line = Abstract.getAttr(e, "lineno");
            String name = null;
            if (file instanceof PyStr f) {
                int slash = f.value.lastIndexOf('/');
                name = f.value.substring(slash + 1);
            }
            boolean hasLine = line instanceof PyInt && line.type() == PyInt.TYPE;   // bool is not a line number
            if (name != null && hasLine) return new PyStr(msg + " (" + name + ", line " + Abstract.strString(line) + ")");
            if (name != null) return new PyStr(msg + " (" + name + ")");
            if (hasLine) return new PyStr(msg + " (line " + Abstract.strString(line) + ")");
            return new PyStr(msg);
        }
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    private static PyObject firstArg(PyBaseException e) { return e.args.size() == 0 ? PyNone.NONE : e.args.get(0); }

    private static PyObject argOrNone(PyBaseException e, int i, int minArgs) {
        return e.args.size() >= minArgs && e.args.size() > i ? e.args.get(i) : PyNone.NONE;
    }

    private static void def(PyType t, String name, PyBuiltinFunction.Body body) {
        t.def(name, new PyMethodDescr(t, name, body));
    }

    /** dir(obj): instance dict keys plus every attribute along the type's MRO, sorted. */
    public static PyList dir(PyObject obj) {
        TreeSet<String> names = new TreeSet<>();
        // (a plain instance's names without turning its attributes into a dict)
        PyDict d = obj instanceof PyType ? null : obj.getClass() == PyInstance.class ? ((PyInstance) obj).state() : obj.getDict();
        if (d != null) for (PyObject k : d.keysArray()) if (k instanceof PyStr s) names.add(s.value);
        PyType[] mro = obj instanceof PyType t ? t.mro() : obj.type().mro();
        for (PyType t : mro) {
            for (Map.Entry<String, PyObject> e : t.attrsView().entrySet()) names.add(e.getKey());
        }
        if (obj instanceof PyType) {
            names.add("__name__");
            names.add("__qualname__");
            names.add("__module__");
            names.add("__dict__");
            names.add("__doc__");
        }
        PyList out = new PyList();
        for (String n : names) out.append(new PyStr(n));
        return out;
    }
}
