package dev.gilpy.runtime;

/**
 * The root of every Python value. Built-in types override the protocol methods below with Java code;
 * {@link Abstract} calls them directly for built-in types and goes through the type's dunder methods for
 * classes defined in Python (so an override in a subclass is always honoured).
 *
 * <p>Java's {@code equals}/{@code hashCode} are Python's {@code ==}/{@code hash()} for the value types
 * that can be dict keys, so {@link PyDict} can use plain Java hash maps.
 */
public abstract class PyObject {

    public abstract PyType type();

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict getDict() { return null; }

    // The instance's own attributes (its __dict__'s contents), for the generic attribute protocol. An
    // object may keep them elsewhere than in a dict ({@link PyInstance}): these never make one.

    /** The value of name among the instance's own attributes; null when absent or when it has none. */
    public PyObject instanceAttr(PyStr name) {
        PyDict d = getDict();
        return d == null ? null : d.get(name);
    }

    /** Whether the object can hold attributes of its own (has a __dict__). */
    public boolean hasInstanceAttrs() { return getDict() != null; }

    /** Sets one of the instance's own attributes (only when {@link #hasInstanceAttrs}). */
    public void setInstanceAttr(PyStr name, PyObject value) { getDict().put(name, value); }

    /** Removes one of the instance's own attributes; false when it had none of that name. */
    public boolean removeInstanceAttr(PyStr name) {
        PyDict d = getDict();
        return d != null && d.remove(name) != null;
    }

    // ---- protocol methods: defaults raise the TypeError CPython raises for a type without the slot ----

    public PyObject repr() { return new PyStr(defaultRepr()); }

    public PyObject str() { return repr(); }

    public final String defaultRepr() {
        return "<" + type().qualifiedName() + " object at " + Abstract.addressOf(this) + ">";
    }

    public boolean isTrue() { return true; }

    public int pyHash() { return System.identityHashCode(this); }

    public PyObject call(PyObject[] args, String[] kwnames) {
        PyType t = type();
        PyObject m = t.builtin ? null : t.lookup("__call__");
        if (m != null) return Abstract.callMethodKw(m, this, args, kwnames);
        throw Exc.typeError("'" + t.name + "' object is not callable");
    }

    public PyObject getItem(PyObject key) {
        throw Exc.typeError("'" + type().name + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Exc.typeError("'" + type().name + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Exc.typeError("'" + type().name + "' object does not support item deletion");
    }

    /** -1 means "has no len()". */
    public int len() { return -1; }

    public PyObject iter() {
        throw Exc.typeError("'" + type().name + "' object is not iterable");
    }

    /** The next item, or null when exhausted (the Java-side form of StopIteration). */
    public PyObject next() {
        throw Exc.typeError("'" + type().name + "' object is not an iterator");
    }

    /** Python {@code in}; null means "no __contains__: fall back to iteration". */
    public Boolean contains(PyObject item) { return null; }

    /** Rich comparison: null means NotImplemented. op is one of {@link Abstract#LT}..{@link Abstract#GE}. */
    public PyObject richCompare(PyObject other, int op) {
        if (op == Abstract.EQ) return this == other ? PyBool.TRUE : null;
        if (op == Abstract.NE) return this == other ? PyBool.FALSE : null;
        return null;
    }

    /** Attribute lookup; null when absent (the caller raises AttributeError). */
    public PyObject lookupAttr(String name) { return Abstract.genericGetAttr(this, name); }

    public void setAttr(String name, PyObject value) { Abstract.genericSetAttr(this, name, value); }

    public void delAttr(String name) { Abstract.genericDelAttr(this, name); }

    @Override
    public String toString() { return Abstract.reprString(this); }
}
