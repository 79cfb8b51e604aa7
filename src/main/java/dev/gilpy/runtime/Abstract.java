package dev.gilpy.runtime;

import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.bytecode.CompareOps;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import static dev.gilpy.bytecode.BinaryOps.*;

/**
 * The abstract object API (CPython's Objects/abstract.c and object.c): attribute access, calls,
 * operators, comparison, iteration, with fast paths for built-in types and dunder dispatch for classes
 * written in Python.
 */
public final class Abstract {
    private Abstract() {}

    /** COMPARE_OP's numbering (defined in {@link CompareOps}), by short names for the runtime. */
    public static final int LT = CompareOps.LT, LE = CompareOps.LE, EQ = CompareOps.EQ, NE = CompareOps.NE,
            GT = CompareOps.GT, GE = CompareOps.GE;
    private static final String[] DUNDER = new String[13], RDUNDER = new String[13], IDUNDER = new String[13];

    static {
        for (int i = 0; i < 13; i++) {
            DUNDER[i] = "__" + stem(i) + "__";
            RDUNDER[i] = "__r" + stem(i) + "__";
            IDUNDER[i] = "__i" + stem(i) + "__";
        }
    }

    public static boolean cmpResult(int c, int op) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    public static boolean cmpDouble(double a, double b, int op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            default -> a >= b;
        };
    }

    public static String addressOf(PyObject o) {
        return ObjectIds.address(o);
    }

    // ------------------------------------------------------------------ repr / str / bool / hash

    private static final ThreadLocal<IdentityHashMap<PyObject, Boolean>> REPR_GUARD =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** Guards container reprs against cycles: false if o is already being repr'd on this thread. */
    public static boolean enterRepr(PyObject o) { return REPR_GUARD.get().put(o, Boolean.TRUE) == null; }

    public static void leaveRepr(PyObject o) { REPR_GUARD.get().remove(o); }

    /** repr(o); each level of a nested repr counts against the recursion limit, as in CPython. */
    public static PyStr repr(PyObject o) {
        RecursionDepth d = RecursionDepth.enter(RecursionDepth.IN_REPR);
        try {
            if (o.type().builtin) return asStr(o.repr(), "__repr__");
            return asStr(callDunder(o, "__repr__"), "__repr__");
        } finally {
            d.leave();
        }
    }

    public static String reprString(PyObject o) { return repr(o).value; }

    public static PyStr str(PyObject o) {
        if (o instanceof PyStr s && s.type() == PyStr.TYPE) return s;
        RecursionDepth d = RecursionDepth.enter(RecursionDepth.IN_STR);
        try {
            if (o.type().builtin) return asStr(o.str(), "__str__");
            return asStr(callDunder(o, "__str__"), "__str__");
        } finally {
            d.leave();
        }
    }

    public static String strString(PyObject o) { return str(o).value; }

    private static PyStr asStr(PyObject r, String method) {
        if (r instanceof PyStr s) return s;
        throw Exc.typeError(method + " returned non-string (type " + r.type().name + ")");
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        PyType t = o.type();
        if (t.builtin) return o.isTrue();
        PyObject m = t.lookup("__bool__");
        if (m != null) {
            PyObject r = callMethod(m, o);
            if (!(r instanceof PyBool b)) {
                throw Exc.typeError("__bool__ should return bool, returned " + r.type().name);
            }
            return b == PyBool.TRUE;
        }
        m = t.lookup("__len__");
        if (m != null) return lenResult(callMethod(m, o)) != 0;
        return o.isTrue();
    }

    public static int hash(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.pyHash();
        long h = instanceHash(o, t);
        // Folded as PyInt/PyFloat.hashCode fold theirs, so that equal numbers of different classes
        // (a Fraction and the float it equals) meet in one dict bucket.
        return (int) (h ^ (h >>> 32));
    }

    /** hash() of an instance of a class defined in Python: its __hash__'s full value, as hash() shows it. */
    private static long instanceHash(PyObject o, PyType t) {
        PyObject m = t.lookup("__hash__");
        if (m == PyNone.NONE || m == null) throw Exc.typeError("unhashable type: '" + t.name + "'");
        if (m instanceof PyMethodDescr d && d.owner == PyType.OBJECT) return System.identityHashCode(o);
        PyObject r = callMethod(m, o);
        if (!(r instanceof PyInt i)) throw Exc.typeError("__hash__ method should return an integer");
        // CPython: Objects/typeobject.c slot_tp_hash — a result that fits is kept; only a larger one is hashed.
        if (i.big == null) return i.value == -1 ? -2 : i.value;
        return i.hash64();
    }

    public static long hash64(PyObject o) {
        if (o instanceof PyInt i) return i.hash64();
        if (o instanceof PyFloat f) return Double.isNaN(f.value) ? System.identityHashCode(f) : Hashing.hashDouble(f.value);
        if (o instanceof PyTuple t && (t.type().builtin
                || t.type().lookup("__hash__") == PyTuple.TYPE.ownAttr("__hash__"))) return t.hash64();
        if (o instanceof PyRange r) return r.hash64();
        if (o instanceof PyComplex c && c.type().builtin) return c.hash64();
        PyType t = o.type();
        return t.builtin ? o.pyHash() : instanceHash(o, t);
    }

    // ------------------------------------------------------------------ comparison

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlainLong() && y.isPlainLong()) return x.value == y.value;
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return ((PyStr) a).value.equals(((PyStr) b).value);
        return isTrue(richCompare(a, b, EQ));
    }

    /** Equality for dict/set keys (Java equals of user instances): identity first, then ==. */
    public static boolean eqForKey(PyObject a, PyObject b) { return a == b || eq(a, b); }

    /** Whether a class derived from a built-in keeps the built-in's own {@code dunder} (so its fast path holds). */
    static boolean inherits(PyType derived, PyType builtin, String dunder) {
        return derived.lookup(dunder) == builtin.ownAttr(dunder);
    }

    /**
     * Java hashCode of a value of a class derived from a built-in (int, float, complex, str, bytes), as a dict key: the
     * built-in's hash while the class keeps the built-in's __hash__, else the class's own.
     */
    static int derivedKeyHash(PyObject self, PyType builtin, int builtinHash) {
        return inherits(self.type(), builtin, "__hash__") ? builtinHash : hash(self);
    }

    /** Java equals of such a value, as a dict key: the built-in's equality unless the class has its own __eq__. */
    static boolean derivedKeyEquals(PyObject self, PyType builtin, Object o, boolean builtinEquals) {
        if (inherits(self.type(), builtin, "__eq__")) return builtinEquals;
        return o instanceof PyObject p && eqForKey(self, p);
    }

    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlainLong() && y.isPlainLong()) {
            return PyBool.of(cmpResult(Long.compare(x.value, y.value), op));
        }
        PyType ta = a.type(), tb = b.type();
        boolean checkedReflected = false;
        if (ta != tb && tb.isSubtypeOf(ta) && !tb.builtin) {
            checkedReflected = true;
            PyObject r = compareSlot(b, a, CompareOps.swapped(op));
            if (r != null) return r;
        }
        PyObject r = compareSlot(a, b, op);
        if (r != null) return r;
        if (!checkedReflected) {
            r = compareSlot(b, a, CompareOps.swapped(op));
            if (r != null) return r;
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Exc.typeError("'" + CompareOps.symbol(op) + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    /** One side's comparison: null for NotImplemented. */
    private static PyObject compareSlot(PyObject self, PyObject other, int op) {
        PyType t = self.type();
        if (t.builtin) return self.richCompare(other, op);
        PyObject m = t.lookup(CompareOps.dunder(op));
        if (m == null) return self.richCompare(other, op);
        if (m instanceof PyMethodDescr d && d.owner == PyType.OBJECT) {
            if (op == NE) {
                // object.__ne__ inverts __eq__ unless that is NotImplemented (CPython object_richcompare)
                PyObject e = compareSlot(self, other, EQ);
                return e == null ? null : PyBool.of(!isTrue(e));
            }
            return self.richCompare(other, op);
        }
        PyObject r = callMethod(m, self, other);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    public static boolean compareBool(PyObject a, PyObject b, int op) { return isTrue(richCompare(a, b, op)); }

    /** Lexicographic comparison of two sequences, as list/tuple richcompare; nesting counts against the recursion limit. */
    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        if ((op == EQ || op == NE) && na != nb) return PyBool.of(op == NE);
        int n = Math.min(na, nb);
        if (n == 0) return PyBool.of(cmpResult(Integer.compare(na, nb), op));
        RecursionDepth d = RecursionDepth.enter(RecursionDepth.IN_COMPARISON);
        try {
            for (int i = 0; i < n; i++) {
                if (a[i] == b[i] || eq(a[i], b[i])) continue;
                if (op == EQ) return PyBool.FALSE;
                if (op == NE) return PyBool.TRUE;
                return richCompare(a[i], b[i], op);
            }
        } finally {
            d.leave();
        }
        return PyBool.of(cmpResult(Integer.compare(na, nb), op));
    }

    // ------------------------------------------------------------------ numbers and indices

    /** obj.__index__() as a Java int (clamped for huge values), or TypeError(msg). */
    public static int index(PyObject o, String msg) {
        if (o instanceof PyInt i) {
            if (i.isBig() || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
                throw Exc.raise(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
            }
            return (int) i.value;
        }
        PyInt i = indexOrNull(o);
        if (i == null) throw Exc.typeError(msg);
        return i.intValue();
    }

    /**
     * {@link #index(PyObject, String)} whose TypeError reads before + the type's name + after, built only when
     * raised: subscripts call this on every list, tuple and str index, and an eager message cost a string
     * concatenation (an allocation) each time.
     */
    public static int index(PyObject o, String before, String after) {
        if (o instanceof PyInt i && !i.isBig() && i.value <= Integer.MAX_VALUE && i.value >= Integer.MIN_VALUE) {
            return (int) i.value;
        }
        if (o instanceof PyInt) return index(o, "");   // too big: IndexError
        PyInt i = indexOrNull(o);
        if (i == null) throw Exc.typeError(before + o.type().name + after);
        return i.intValue();
    }

    public static long indexLong(PyObject o, String msg) {
        PyInt i = o instanceof PyInt x ? x : indexOrNull(o);
        if (i == null) throw Exc.typeError(msg);
        if (i.isBig()) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return i.value;
    }

    public static PyInt indexOrNull(PyObject o) {
        if (o instanceof PyInt i) return i;
        if (o.type().builtin) return null;
        PyObject m = o.type().lookup("__index__");
        if (m == null) return null;
        PyObject r = callMethod(m, o);
        if (r instanceof PyInt i) return i;
        throw Exc.typeError("__index__ returned non-int (type " + r.type().name + ")");
    }

    // ------------------------------------------------------------------ binary and unary operators

    /** BINARY_OP: arg is a {@link BinaryOps} code (in-place codes try __iop__ first). */
    public static PyObject binaryOp(int code, PyObject a, PyObject b) {
        if (code >= INPLACE) return inplaceOp(code - INPLACE, a, b);
        return binary(code, a, b);
    }

    public static PyObject binary(int op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlain() && y.isPlain()) {
            PyObject r = Numbers.intOp(op, x, y);
            if (r != null) return r;
        } else if (a instanceof PyFloat x && b instanceof PyFloat y) {
            PyObject r = Numbers.floatOp(op, x.value, y.value);   // (no boxed doubles on the common path)
            if (r != null) return r;
        } else if (a instanceof PyFloat || b instanceof PyFloat) {
            Double x = Numbers.toDouble(a), y = Numbers.toDouble(b);
            if (x != null && y != null) {
                PyObject r = Numbers.floatOp(op, x, y);
                if (r != null) return r;
            }
        }
        PyType ta = a.type(), tb = b.type();
        boolean reflectedDone = false;
        if (ta != tb && !tb.builtin && tb.isSubtypeOf(ta) && tb.lookup(RDUNDER[op]) != null) {
            reflectedDone = true;
            PyObject r = binarySlot(b, a, op, true);
            if (r != null) return r;
        }
        PyObject r = binarySlot(a, b, op, false);
        if (r != null) return r;
        if (ta != tb && !reflectedDone) {
            r = binarySlot(b, a, op, true);
            if (r != null) return r;
        }
        throw binaryTypeError(op, a, b, "");
    }

    static PyException binaryTypeError(int op, PyObject a, PyObject b, String suffix) {
        if (a instanceof PyBinaryOps s && a.type().builtin) {
            PyException own = s.operandError(op, b);
            if (own != null) return own;
        }
        if (op == ADD && a instanceof PyStr) {
            return Exc.typeError("can only concatenate str (not \"" + b.type().name + "\") to str");
        }
        if (op == ADD && (a instanceof PyList) && a.type().builtin) {
            return Exc.typeError("can only concatenate list (not \"" + b.type().name + "\") to list");
        }
        if (op == ADD && (a instanceof PyTuple) && a.type().builtin) {
            return Exc.typeError("can only concatenate tuple (not \"" + b.type().name + "\") to tuple");
        }
        if (op == MULTIPLY && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            return Exc.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
        }
        String sym = BinaryOps.symbol(op) + suffix;
        if (op == POWER && suffix.isEmpty()) sym = "** or pow()";
        return Exc.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '"
                + b.type().name + "'");
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyByteArray;
    }

    /** One side of a binary operator: null for NotImplemented. */
    private static PyObject binarySlot(PyObject self, PyObject other, int op, boolean reflected) {
        PyType t = self.type();
        if (t.builtin) return self instanceof PyBinaryOps s ? s.binaryOp(op, other, reflected) : null;
        PyObject m = t.lookup(reflected ? RDUNDER[op] : DUNDER[op]);
        if (self instanceof PyBinaryOps s && (m == null || m instanceof PyMethodDescr d && d.owner.builtin)) {
            // a subclass of a built-in type that does not override the operator
            PyObject r = s.binaryOp(op, other, reflected);
            if (r != null || m == null) return r;
        }
        if (m == null) return null;
        PyObject r = callMethod(m, self, other);
        return r == PySingleton.NOT_IMPLEMENTED ? null : r;
    }

    public static PyObject inplaceOp(int op, PyObject a, PyObject b) {
        if (a instanceof PyInt && b instanceof PyInt || a instanceof PyFloat && b instanceof PyFloat) return binary(op, a, b);
        PyType t = a.type();
        if (t.builtin) {
            if (a instanceof PyBinaryOps s) {
                PyObject r = s.inplaceOp(op, b);
                if (r != null) return r;
            }
        } else {
            PyObject m = t.lookup(IDUNDER[op]);
            if (m != null) {
                PyObject r = callMethod(m, a, b);
                if (r != PySingleton.NOT_IMPLEMENTED) return r;
            }
        }
        try {
            return binary(op, a, b);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError) && Abstract.strString(e.value).startsWith("unsupported operand")) {
                throw binaryTypeError(op, a, b, "=");
            }
            throw e;
        }
    }

    public static PyObject negative(PyObject v) {
        if (v instanceof PyInt i && i.isPlain()) {
            if (!i.isBig() && i.value != Long.MIN_VALUE) return PyInt.of(-i.value);
            return PyInt.of(i.bigValue().negate());
        }
        if (v instanceof PyFloat f) return new PyFloat(-f.value);
        return unaryDunder(v, "__neg__", "-");
    }

    public static PyObject positive(PyObject v) {
        if (v instanceof PyBool b) return PyInt.of(b.value);
        if (v instanceof PyInt i && i.isPlain() || v instanceof PyFloat) return v;
        return unaryDunder(v, "__pos__", "+");
    }

    public static PyObject invert(PyObject v) {
        if (v instanceof PyInt i && i.isPlain()) {
            if (!i.isBig()) return PyInt.of(~i.value);
            return PyInt.of(i.bigValue().not());
        }
        return unaryDunder(v, "__invert__", "~");
    }

    public static PyObject abs(PyObject v) {
        if (v instanceof PyInt i) {
            if (i.signum() >= 0) return v instanceof PyBool b ? PyInt.of(b.value) : v;
            return negative(v);
        }
        if (v instanceof PyFloat f) return new PyFloat(Math.abs(f.value));
        if (v instanceof PyComplex c && v.type().builtin) return new PyFloat(c.abs());
        PyObject m = v.type().builtin ? null : v.type().lookup("__abs__");
        if (m == null) throw Exc.typeError("bad operand type for abs(): '" + v.type().name + "'");
        return callMethod(m, v);
    }

    private static PyObject unaryDunder(PyObject v, String dunder, String sym) {
        PyObject m = v.type().lookup(dunder);
        if (m == null) throw Exc.typeError("bad operand type for unary " + sym + ": '" + v.type().name + "'");
        return callMethod(m, v);
    }

    // ------------------------------------------------------------------ containers

    public static int len(PyObject o) {
        PyType t = o.type();
        if (t.builtin) {
            int n = o.len();
            if (n < 0) throw Exc.typeError("object of type '" + t.name + "' has no len()");
            return n;
        }
        PyObject m = t.lookup("__len__");
        if (m == null) throw Exc.typeError("object of type '" + t.name + "' has no len()");
        return lenResult(callMethod(m, o));
    }

    private static int lenResult(PyObject r) {
        PyInt i = indexOrNull(r);
        if (i == null) throw Exc.typeError("'" + r.type().name + "' object cannot be interpreted as an integer");
        if (i.signum() < 0) throw Exc.valueError("__len__() should return >= 0");
        return i.intValue();
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.builtin) return o.getItem(key);
        PyObject m = t.lookup("__getitem__");
        // A class under a Python metaclass: the metaclass's __getitem__ first, else __class_getitem__
        // (an implicit classmethod: bind it through attribute lookup).
        if (m == null && o instanceof PyType cls && cls.lookup("__class_getitem__") != null)
            return call(getAttr(cls, "__class_getitem__"), key);
        if (m == null) throw Exc.typeError("'" + t.name + "' object is not subscriptable");
        return callMethod(m, o, key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if (t.builtin) {
            o.setItem(key, value);
            return;
        }
        PyObject m = t.lookup("__setitem__");
        if (m == null) throw Exc.typeError("'" + t.name + "' object does not support item assignment");
        callMethod(m, o, key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.builtin) {
            o.delItem(key);
            return;
        }
        PyObject m = t.lookup("__delitem__");
        if (m == null) throw Exc.typeError("'" + t.name + "' object does not support item deletion");
        callMethod(m, o, key);
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type();
        if (t.builtin) {
            Boolean r = container.contains(item);
            if (r != null) return r;
        } else {
            PyObject m = t.lookup("__contains__");
            if (m != null) return isTrue(callMethod(m, container, item));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) {
                throw Exc.typeError("argument of type '" + t.name + "' is not iterable");
            }
            throw e;
        }
        for (PyObject v; (v = next(it)) != null; ) if (v == item || eq(v, item)) return true;
        return false;
    }

    // ------------------------------------------------------------------ iteration

    public static PyObject iter(PyObject o) {
        PyType t = o.type();
        if (t.builtin) return o.iter();
        PyObject m = t.lookup("__iter__");
        if (m != null && !(m instanceof PyMethodDescr d && d.owner.builtin && d.owner != PyType.OBJECT
                && !d.name.equals("__iter__"))) {
            if (m == PyNone.NONE) throw Exc.typeError("'" + t.name + "' object is not iterable");
            PyObject r = callMethod(m, o);
            if (r.type().builtin ? false : r.type().lookup("__next__") == null) {
                throw Exc.typeError("iter() returned non-iterator of type '" + r.type().name + "'");
            }
            return r;
        }
        if (t.lookup("__getitem__") != null) return new PyIterators.SeqIterator(o);
        throw Exc.typeError("'" + t.name + "' object is not iterable");
    }

    /** The next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        PyType t = it.type();
        if (t.builtin) return it.next();
        PyObject m = t.lookup("__next__");
        if (m == null) throw Exc.typeError("'" + t.name + "' object is not an iterator");
        try {
            return callMethod(m, it);
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) return null;
            throw e;
        }
    }

    /** All items of an iterable, in a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type().builtin) return t.items.clone();
        if (iterable instanceof PyList l && l.type().builtin) return l.toArray();
        // CPython sizes the result by the length hint first: list(range(2**62)) fails at once
        if (iterable instanceof PyRange r) Sizes.alloc(r.length);
        PyObject it = iter(iterable);
        List<PyObject> out = new ArrayList<>();
        for (PyObject v; (v = next(it)) != null; ) out.add(v);
        return out.toArray(new PyObject[0]);
    }

    public static List<PyObject> toList(PyObject iterable) { return List.of(toArray(iterable)); }

    // ------------------------------------------------------------------ calls

    public static PyObject call(PyObject callable, PyObject... args) { return callable.call(args, null); }

    public static PyObject callKw(PyObject callable, PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    /** Calls a method found on the type with self prepended: functions need no bound-method object. */
    public static PyObject callMethod(PyObject method, PyObject self, PyObject... args) {
        return callMethodKw(method, self, args, null);
    }

    /** As {@link #callMethod}, with keyword arguments: other descriptors (classmethod, ...) are bound first. */
    public static PyObject callMethodKw(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof Descriptor d && !(method instanceof PyMethodDescr) && !isPlainFunction(method)) {
            return d.get(self, self.type()).call(args, kwnames);
        }
        return method.call(Args.prepend(self, args), kwnames);
    }

    /** Functions written in Python (vm.PyFunction) register here, so the runtime can bind them. */
    public static PyType functionType;

    static boolean isPlainFunction(PyObject o) { return o.type() == functionType; }

    /** callable(o). */
    public static boolean isCallable(PyObject o) {
        if (o instanceof PyType || o instanceof PyBuiltinFunction || o instanceof PyMethodDescr
                || o instanceof PyBoundBuiltin || o instanceof PyMethod || o.type() == functionType
                || o instanceof PyStaticMethod) {
            return true;
        }
        return o.type().lookup("__call__") != null;
    }

    /** Calls self's dunder method looked up on its type (user classes). */
    public static PyObject callDunder(PyObject self, String name, PyObject... args) {
        PyObject m = self.type().lookup(name);
        if (m == null) throw Exc.attributeError("'" + self.type().name + "' object has no attribute '" + name + "'");
        return callMethod(m, self, args);
    }

    /** Calling a type: type(x), or instantiate: __new__ then __init__ (CPython type_call). */
    public static PyObject callType(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == PyType.TYPE) {
            int nkw = Args.nkw(kwnames);
            if (args.length - nkw == 1) return args[0].type();
            if (args.length - nkw == 3) {
                PyObject[] bases = toArray(args[1]);
                PyType[] tb = new PyType[bases.length];
                for (int i = 0; i < bases.length; i++) tb[i] = (PyType) bases[i];
                if (!(args[2] instanceof PyDict ns)) throw Exc.typeError("type.__new__() argument 3 must be dict");
                return PyType.create(strString(args[0]), tb, ns, PyType.TYPE);
            }
            throw Exc.typeError("type() takes 1 or 3 arguments");
        }
        if (cls.builtin && cls.constructor != null) return cls.constructor.construct(cls, args, kwnames);
        PyObject newFn = cls.lookup("__new__");
        PyObject obj;
        boolean defaultNew = newFn == null || newFn == PyType.OBJECT.ownAttr("__new__");
        if (defaultNew) {
            if (cls.allocator == null) throw Exc.typeError("cannot create '" + cls.qualifiedName() + "' instances");
            obj = cls.allocator.allocate(cls);
            if (obj instanceof PyBaseException e) e.args = new PyTuple(positional(args, kwnames));
        } else {
            PyObject f = newFn instanceof PyStaticMethod sm ? sm.func : newFn;
            obj = f.call(Args.prepend(cls, args), kwnames);
        }
        if (!obj.type().isSubtypeOf(cls)) return obj;
        PyObject init = obj.type().lookup("__init__");
        if (init instanceof PyMethodDescr d && d.owner == PyType.OBJECT) {
            if (args.length > 0 && defaultNew) {
                throw Exc.typeError(cls.name + "() takes no arguments");
            }
            return obj;
        }
        PyObject r = callMethodKw(init, obj, args, kwnames);
        if (r != PyNone.NONE) {
            throw Exc.typeError("__init__() should return None, not '" + r.type().name + "'");
        }
        return obj;
    }

    private static PyObject[] positional(PyObject[] args, String[] kwnames) {
        int n = args.length - Args.nkw(kwnames);
        if (n == args.length) return args.clone();
        PyObject[] p = new PyObject[n];
        System.arraycopy(args, 0, p, 0, n);
        return p;
    }

    // ------------------------------------------------------------------ attributes

    public static PyObject getAttr(PyObject o, String name) {
        PyObject v = getAttrOrNull(o, name);
        if (v == null) throw noAttribute(o, name);
        return v;
    }

    public static PyException noAttribute(PyObject o, String name) {
        PyException e;
        if (o instanceof PyModule m) {
            e = Exc.attributeError("module '" + m.name + "' has no attribute '" + name + "'");
        } else if (o instanceof PyType t) {
            e = Exc.attributeError("type object '" + t.name + "' has no attribute '" + name + "'");
        } else {
            e = Exc.attributeError("'" + o.type().name + "' object has no attribute '" + name + "'");
        }
        // AttributeError.name / .obj, as CPython sets them: the traceback's "Did you mean" needs both.
        e.value.attrName = new PyStr(name);
        e.value.attrObj = o;
        return e;
    }

    /** hasattr / getattr with a default: null when the lookup raises AttributeError (an unset slot, a property). */
    public static PyObject getAttrOrAbsent(PyObject o, String name) {
        try {
            return getAttrOrNull(o, name);
        } catch (PyException e) {
            if (e.matches(Exc.AttributeError)) return null;
            throw e;
        }
    }

    /** Attribute lookup returning null when absent (AttributeError from a __getattr__ counts as absent). */
    public static PyObject getAttrOrNull(PyObject o, String name) {
        PyType t = o.type();
        if (t.builtin) return o.lookupAttr(name);
        PyObject ga = t.lookup("__getattribute__");
        try {
            PyObject v;
            if (ga != null && !(ga instanceof PyMethodDescr)) v = callMethod(ga, o, new PyStr(name));
            else v = o.lookupAttr(name);
            if (v != null) return v;
        } catch (PyException e) {
            if (!e.matches(Exc.AttributeError)) throw e;
            PyObject g = t.lookup("__getattr__");
            if (g == null) throw e;
            return callMethod(g, o, new PyStr(name));
        }
        PyObject g = t.lookup("__getattr__");
        if (g != null) {
            try {
                return callMethod(g, o, new PyStr(name));
            } catch (PyException e) {
                if (e.matches(Exc.AttributeError)) throw e;
                throw e;
            }
        }
        return null;
    }

    /** CPython's PyObject_GenericGetAttr: data descriptors, then the instance's own attributes, then others. */
    public static PyObject genericGetAttr(PyObject o, String name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof Descriptor d && d.isData()) return d.get(o, t);
        PyObject userGet = null;
        if (descr != null && !(descr instanceof Descriptor) && !t.builtin && !descr.type().builtin) {
            userGet = descr.type().lookup("__get__");
            // a class with __get__ and __set__ or __delete__ is a data descriptor: it wins over the instance
            if (userGet != null && isUserDataDescriptor(descr)) return callMethod(userGet, descr, o, t);
        }
        PyObject v = o.instanceAttr(new PyStr(name));
        if (v != null) return v;
        if (descr != null) {
            if (descr instanceof Descriptor d) return d.get(o, t);
            if (userGet != null) return callMethod(userGet, descr, o, t);
            return descr;
        }
        if (name.equals("__class__")) return t;
        if (name.equals("__dict__")) return o.getDict();
        return null;
    }

    /** An object of a class written in Python that defines __set__ or __delete__ (a data descriptor). */
    public static boolean isUserDataDescriptor(PyObject descr) {
        PyType dt = descr.type();
        return !dt.builtin && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
    }

    /** Attribute lookup on a class: metatype data descriptors, then the MRO, binding with obj = null. */
    public static PyObject typeGetAttr(PyType cls, String name) {
        switch (name) {
            case "__name__": return new PyStr(cls.name);
            case "__qualname__": return new PyStr(cls.qualname);
            case "__module__": {
                PyObject m = cls.ownAttr("__module__");
                return m != null ? m : new PyStr(cls.module);
            }
            case "__bases__": return new PyTuple((PyObject[]) cls.bases().clone());
            case "__base__": return cls.base() == null ? PyNone.NONE : cls.base();
            case "__mro__": return new PyTuple((PyObject[]) cls.mro().clone());
            case "__dict__": return cls.dictSnapshot();
            case "__class__": return cls.type();
            case "__doc__": {
                PyObject d = cls.ownAttr("__doc__");
                if ((d == null || d == PyNone.NONE) && cls.builtin && cls.module.equals("builtins")) return BuiltinDocs.doc(cls.name);
                return d == null ? PyNone.NONE : d;
            }
            default: break;
        }
        PyObject v = cls.lookup(name);
        if (v != null) {
            if (v instanceof Descriptor d) return d.get(null, cls);
            PyObject get = v.type().builtin ? null : v.type().lookup("__get__");   // a descriptor written in Python
            return get != null ? callMethod(get, v, PyNone.NONE, cls) : v;
        }
        PyType meta = cls.type();
        PyObject mv = meta.lookup(name);
        if (mv != null) return mv instanceof Descriptor d ? d.get(cls, meta) : mv;
        return null;
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        PyType t = o.type();
        if (!t.builtin) {
            PyObject sa = t.lookup("__setattr__");
            if (sa != null && !(sa instanceof PyMethodDescr)) {
                callMethod(sa, o, new PyStr(name), value);
                return;
            }
        }
        o.setAttr(name, value);
    }

    public static void genericSetAttr(PyObject o, String name, PyObject value) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof Descriptor d && d.isData()) {
            d.set(o, value);
            return;
        }
        if (descr != null && !t.builtin && !(descr instanceof Descriptor)) {
            PyObject set = descr.type().builtin ? null : descr.type().lookup("__set__");
            if (set != null) {
                callMethod(set, descr, o, value);
                return;
            }
        }
        if (!o.hasInstanceAttrs()) {
            if (descr != null) {
                throw Exc.attributeError("'" + t.name + "' object attribute '" + name + "' is read-only");
            }
            throw Exc.attributeError("'" + t.name + "' object has no attribute '" + name + "'");
        }
        if (name.equals("__dict__") && o instanceof PyInstance pi) {
            if (!(value instanceof PyDict d)) {
                throw Exc.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name + "'");
            }
            pi.setDict(d);
            return;
        }
        o.setInstanceAttr(new PyStr(name), value);
    }

    public static void delAttr(PyObject o, String name) {
        PyType t = o.type();
        if (!t.builtin) {
            PyObject da = t.lookup("__delattr__");
            if (da != null && !(da instanceof PyMethodDescr)) {
                callMethod(da, o, new PyStr(name));
                return;
            }
        }
        o.delAttr(name);
    }

    public static void genericDelAttr(PyObject o, String name) {
        PyType t = o.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof Descriptor d && d.isData()) {
            d.delete(o);
            return;
        }
        if (descr != null && !t.builtin && !(descr instanceof Descriptor)) {
            PyObject del = descr.type().builtin ? null : descr.type().lookup("__delete__");
            if (del != null) {
                callMethod(del, descr, o);
                return;
            }
        }
        if (name.equals("__dict__") && o instanceof PyInstance pi && o.hasInstanceAttrs()) {
            pi.setDict(new PyDict());   // as CPython 3.11: the next __dict__ is a new, empty one
            return;
        }
        if (!o.removeInstanceAttr(new PyStr(name))) {
            throw Exc.attributeError("'" + t.name + "' object has no attribute '" + name + "'");
        }
    }

    // ------------------------------------------------------------------ isinstance

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t && t.type() != PyType.TYPE) {
            PyObject check = t.type().lookup("__instancecheck__");
            if (check != null && !(check instanceof PyMethodDescr)) return isTrue(callMethod(check, cls, o));
        }
        if (cls instanceof PyType t) {
            if (o.type().isSubtypeOf(t)) return true;
            PyObject c = getAttrOrNull(o, "__class__");
            return c instanceof PyType ct && ct != o.type() && ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) if (isInstance(o, c)) return true;
            return false;
        }
        if (cls instanceof PyGenericAlias) throw Exc.typeError("isinstance() argument 2 cannot be a parameterized generic");
        PyObject check = cls.type().lookup("__instancecheck__");
        if (check != null) return isTrue(callMethod(check, cls, o));
        throw Exc.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t && t.type() != PyType.TYPE) {
            PyObject check = t.type().lookup("__subclasscheck__");
            if (check != null && !(check instanceof PyMethodDescr)) return isTrue(callMethod(check, cls, c));
        }
        if (cls instanceof PyType t) {
            if (!(c instanceof PyType ct)) throw Exc.typeError("issubclass() arg 1 must be a class");
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.items) if (isSubclass(c, x)) return true;
            return false;
        }
        if (cls instanceof PyGenericAlias) throw Exc.typeError("issubclass() argument 2 cannot be a parameterized generic");
        // Any object may answer issubclass() with __subclasscheck__ (typing's aliases do).
        PyObject check = cls.type().lookup("__subclasscheck__");
        if (check != null) return isTrue(callMethod(check, cls, c));
        if (!(c instanceof PyType)) throw Exc.typeError("issubclass() arg 1 must be a class");
        throw Exc.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    // ------------------------------------------------------------------ format

    /** format(value, spec): __format__ of the value's type. */
    public static PyStr format(PyObject value, String spec) {
        PyType t = value.type();
        PyObject m = t.lookup("__format__");
        if (m != null && !(m instanceof PyMethodDescr d && d.owner == PyType.OBJECT)) {
            PyObject r = callMethod(m, value, new PyStr(spec));
            if (!(r instanceof PyStr s)) {
                throw Exc.typeError("__format__ must return a str, not " + r.type().name);
            }
            return s;
        }
        if (spec.isEmpty()) return str(value);
        if (value instanceof PyFormattable f) return new PyStr(f.format(spec));
        throw Exc.typeError("unsupported format string passed to " + t.name + ".__format__");
    }
}
