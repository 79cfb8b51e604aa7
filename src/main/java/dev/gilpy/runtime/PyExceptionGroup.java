package dev.gilpy.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An instance of BaseExceptionGroup or a subclass (CPython 3.11: Objects/exceptions.c, PEP 654): a message and a
 * non-empty tuple of exceptions, split by type or predicate into the part that matches and the rest. What
 * {@code except*} needs at run time is here too: {@link #match} (CHECK_EG_MATCH) and {@link #prepReraiseStar}
 * (PREP_RERAISE_STAR).
 */
public final class PyExceptionGroup extends PyBaseException {
    public PyObject message = PyStr.EMPTY;
    public PyTuple exceptions = PyTuple.EMPTY;

    public PyExceptionGroup(PyType type) { super(type); }

    @Override
    public PyObject str() {
        int n = exceptions.size();
        return new PyStr(Abstract.strString(message) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
    }

    /** BaseExceptionGroup.__new__(cls, message, exceptions): checks them and picks ExceptionGroup when it can. */
    static PyObject newGroup(PyType cls, PyObject[] args, String[] kwnames) {
        if (Args.nkw(kwnames) > 0) throw Exc.typeError(cls.name + "() takes no keyword arguments");
        if (args.length != 2) {
            throw Exc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Exc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].type().name);
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple || seq.type().lookup("__getitem__") != null
                && seq.type().lookup("__len__") != null && !(seq instanceof PyDict))) {
            throw Exc.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) throw Exc.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nestsBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException e)) {
                throw Exc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!e.type().isSubtypeOf(Exc.Exception)) nestsBase = true;
        }
        if (cls == Exc.BaseExceptionGroup) {
            if (!nestsBase) cls = Exc.ExceptionGroup;
        } else if (cls == Exc.ExceptionGroup) {
            if (nestsBase) throw Exc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestsBase && cls.isSubtypeOf(Exc.Exception)) {
            throw Exc.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyExceptionGroup g = (PyExceptionGroup) cls.allocator.allocate(cls);
        g.message = args[0];
        g.exceptions = new PyTuple(excs);
        g.args = new PyTuple(args[0], args[1]);
        return g;
    }

    /** An ExceptionGroup('', excs) made by the interpreter (a naked exception caught by except*, raised parts). */
    static PyExceptionGroup create(PyObject excs) {
        return (PyExceptionGroup) newGroup(Exc.BaseExceptionGroup, new PyObject[]{PyStr.EMPTY, excs}, null);
    }

    // ------------------------------------------------------------------ split and subgroup

    /** split()/subgroup()'s condition: an exception type, a tuple of them, or a predicate. */
    static Predicate<PyBaseException> matcher(PyObject condition) {
        if (isExceptionClass(condition) || condition instanceof PyTuple t && allExceptionClasses(t)) {
            return e -> Abstract.isInstance(e, condition);
        }
        if (condition instanceof PyType || condition.type().lookup("__call__") != null) {
            return e -> Abstract.isTrue(Abstract.call(condition, e));
        }
        throw Exc.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtypeOf(Exc.BaseException);
    }

    private static boolean allExceptionClasses(PyTuple t) {
        for (PyObject o : t.array()) if (!isExceptionClass(o)) return false;
        return true;
    }

    /** The matching part and the rest of exc (each null when empty); rest only when wanted. */
    private record Split(PyBaseException match, PyBaseException rest) {}

    // CPython: exceptiongroup_split_recursive
    private static Split split(PyBaseException exc, Predicate<PyBaseException> matches, boolean wantRest) {
        if (matches.test(exc)) return new Split(exc, null);
        if (!(exc instanceof PyExceptionGroup g)) return new Split(null, wantRest ? exc : null);
        List<PyObject> matched = new ArrayList<>(), rest = new ArrayList<>();
        for (PyObject o : g.exceptions.array()) {
            Split s = split((PyBaseException) o, matches, wantRest);
            if (s.match != null) matched.add(s.match);
            if (s.rest != null) rest.add(s.rest);
        }
        return new Split(g.subset(matched), wantRest ? g.subset(rest) : null);
    }

    /**
     * A group of excs with this group's metadata (traceback, cause, context, notes), made by this.derive(excs);
     * null for no excs. CPython: exceptiongroup_subset.
     */
    private PyBaseException subset(List<PyObject> excs) {
        if (excs.isEmpty()) return null;
        PyObject made = Abstract.callMethod(Abstract.getAttr(this, "derive"), PyList.of(excs.toArray(PyObject[]::new)));
        if (!(made instanceof PyExceptionGroup eg)) {
            throw Exc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.copyTracebackFrom(this);
        eg.context = context;
        eg.cause = cause;
        eg.suppressContext = suppressContext;
        PyObject notes = Abstract.getAttrOrNull(this, "__notes__");
        if (notes instanceof PyList || notes instanceof PyTuple) {
            eg.getDict().put(new PyStr("__notes__"), PyList.of(Abstract.toArray(notes)));
        }
        return eg;
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    // ------------------------------------------------------------------ except*

    /**
     * CHECK_EG_MATCH: {rest, match} of exc against the except* clause's type, match null when nothing matches
     * (CPython: exception_group_match). A naked exception that matches is wrapped in an ExceptionGroup('').
     */
    public static PyObject[] match(PyObject exc, PyObject type) {
        if (exc == PyNone.NONE) return null;
        if (Abstract.isInstance(exc, type)) {
            if (exc instanceof PyExceptionGroup) return new PyObject[]{PyNone.NONE, exc};
            // 3.11 gives the wrapper no traceback of its own (3.12 copies the exception's).
            return new PyObject[]{PyNone.NONE, create(PyTuple.of(exc))};
        }
        if (exc instanceof PyExceptionGroup g) {
            Split s = split(g, e -> Abstract.isInstance(e, type), true);
            if (s.match == null) return null;
            return new PyObject[]{orNone(s.rest), s.match};
        }
        return null;
    }

    /** except* refuses ExceptionGroup types (CPython: check_except_star_type_valid, after the except check). */
    public static void checkStarType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject o : t.array()) checkStarType(o);
        } else if (type instanceof PyType c && c.isSubtypeOf(Exc.BaseExceptionGroup)) {
            throw Exc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /**
     * PREP_RERAISE_STAR: what leaves a try/except* statement, from the original exception and the list of what
     * each clause raised (and, last, the unhandled rest): None, the re-raised part of orig, or a new
     * ExceptionGroup('') of the raised exceptions with it. CPython: _PyExc_PrepReraiseStar.
     */
    public static PyObject prepReraiseStar(PyObject orig, PyList excs) {
        PyObject[] raisedOrKept = excs.toArray();
        if (raisedOrKept.length == 0) return PyNone.NONE;
        if (!(orig instanceof PyExceptionGroup og)) {
            // A naked exception was caught (wrapped): at most one clause ran, so at most one exception is here.
            return raisedOrKept[0];
        }
        List<PyObject> raised = new ArrayList<>(), reraised = new ArrayList<>();
        for (PyObject e : raisedOrKept) {
            if (e == PyNone.NONE) continue;
            (sameMetadata((PyBaseException) e, og) ? reraised : raised).add(e);
        }
        // The re-raised leaves keep the original's shape: orig cut down to them.
        Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : reraised) collectLeaves((PyBaseException) e, keep);
        PyBaseException reraisedGroup = keep.isEmpty() ? null : split(og, keep::contains, false).match;
        if (raised.isEmpty()) return orNone(reraisedGroup);
        if (reraisedGroup != null) raised.add(reraisedGroup);
        if (raised.size() == 1) return raised.get(0);
        return create(PyList.of(raised.toArray(PyObject[]::new)));
    }

    private static void collectLeaves(PyBaseException e, Set<PyBaseException> into) {
        if (e instanceof PyExceptionGroup g) {
            for (PyObject o : g.exceptions.array()) collectLeaves((PyBaseException) o, into);
        } else {
            into.add(e);
        }
    }

    /** A part of orig split off by except* and re-raised unchanged (CPython: is_same_exception_metadata). */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.cause == b.cause && a.context == b.context && a.sameTracebackAs(b);
    }

    // ------------------------------------------------------------------ the types' methods

    static void defineMethods() {
        PyType beg = Exc.BaseExceptionGroup;
        for (PyType t : new PyType[]{beg, Exc.ExceptionGroup}) {
            t.constructor = PyExceptionGroup::newGroup;
        }
        beg.def("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(beg)) {
                throw Exc.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
            }
            return newGroup(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        })));
        // CPython's BaseExceptionGroup_init: BaseException.__init__, keywords refused.
        method(beg, "__init__", (a, k) -> {
            if (Args.nkw(k) > 0) throw Exc.typeError(a[0].type().name + "() takes no keyword arguments");
            ((PyBaseException) a[0]).args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
        method(beg, "__str__", (a, k) -> a[0].str());
        beg.def("message", new PyGetSet("message", x -> ((PyExceptionGroup) x).message, null));
        beg.def("exceptions", new PyGetSet("exceptions", x -> ((PyExceptionGroup) x).exceptions, null));
        method(beg, "derive", (a, k) -> {
            oneArgument("derive", a, k);
            return newGroup(beg, new PyObject[]{((PyExceptionGroup) a[0]).message, a[1]}, null);
        });
        method(beg, "split", (a, k) -> {
            oneArgument("split", a, k);
            Split s = split((PyExceptionGroup) a[0], matcher(a[1]), true);
            return PyTuple.of(orNone(s.match), orNone(s.rest));
        });
        method(beg, "subgroup", (a, k) -> {
            oneArgument("subgroup", a, k);
            return orNone(split((PyExceptionGroup) a[0], matcher(a[1]), false).match);
        });
        beg.def("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                (a, k) -> new PyGenericAlias(a[0], a[1]))));
    }

    /** derive() is METH_O in CPython, split() and subgroup() unpack one positional argument. */
    private static void oneArgument(String name, PyObject[] a, String[] k) {
        Args.noKw("BaseExceptionGroup." + name, k);
        if (a.length == 2) return;
        if (name.equals("derive")) {
            throw Exc.typeError("BaseExceptionGroup.derive() takes exactly one argument (" + (a.length - 1)
                    + " given)");
        }
        throw Exc.typeError(name + " expected 1 argument, got " + (a.length - 1));
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.def(name, new PyMethodDescr(t, name, body));
    }
}
