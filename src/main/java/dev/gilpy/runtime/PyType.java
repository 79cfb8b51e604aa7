package dev.gilpy.runtime;

import dev.gilpy.text.Identifiers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Python type: built-in (its instances are Java classes of ours) or defined by a class statement.
 * Attribute lookup follows the C3 method resolution order, as CPython's typeobject.c.
 */
public final class PyType extends PyObject {

    /** Creates the Java object for a new instance of {@code cls} (a subclass of the type that owns it). */
    @FunctionalInterface
    public interface Allocator { PyObject allocate(PyType cls); }

    /** Builds an instance of an exact built-in type straight from call arguments (int("5"), list(x)). */
    @FunctionalInterface
    public interface Constructor { PyObject construct(PyType cls, PyObject[] args, String[] kwnames); }

    public static final PyType OBJECT = new PyType("object", new PyType[0], PyInstance::new, true);
    public static final PyType TYPE = new PyType("type", new PyType[]{OBJECT}, cls -> {
        throw Exc.typeError("type.__new__(" + cls.name + "): not enough arguments");
    }, true);

    public final String name;
    public String qualname;
    public String module = "builtins";
    private PyType[] bases;
    private PyType[] mro;
    private final Map<String, PyObject> attrs = new ConcurrentHashMap<>();
    private final List<String> attrOrder = new CopyOnWriteArrayList<>();
    /** True for types implemented in Java: {@link Abstract} may call their Java protocol methods directly. */
    public final boolean builtin;
    /** Can a class statement subclass this type? */
    public boolean acceptableBase = true;
    /** The nearest allocator along the MRO: what kind of Java object instances are. */
    public final Allocator allocator;
    public Constructor constructor;
    private PyType metatype;
    /** User classes: instances carry a __dict__ unless every Python class in the MRO declares __slots__. */
    public boolean hasInstanceDict;
    /** Where the attribute layouts of this class's {@link PyInstance}s start (set before any exists). */
    private SharedKeys rootKeys;
    /** The __slots__ members of the MRO, each with its index into the instance's values. */
    private PySlotMember[] slotMembers = new PySlotMember[0];
    /** The longest value array instances of this class have needed: new ones start that long. */
    private int instanceSizeHint;

    private PyType(String name, PyType[] bases, Allocator allocator, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.builtin = builtin;
        this.allocator = allocator;
        this.mro = computeMro(this, bases);
        this.hasInstanceDict = !builtin;
        this.rootKeys = SharedKeys.root(this, 0);
    }

    SharedKeys rootKeys() { return rootKeys; }

    PySlotMember[] slotMembers() { return slotMembers; }

    int instanceSizeHint() { return instanceSizeHint; }

    /** A layout of n values exists: later instances start with room for it (racy: only a hint). */
    void noteInstanceSize(int n) {
        if (n > instanceSizeHint) instanceSizeHint = n;
    }

    /**
     * What calling this class runs when that is object.__new__ and then a function written in Python as
     * __init__, with nothing else involved (no metaclass, no __new__): that function, else null. The VM
     * then calls it with the new instance in front of the caller's arguments, with no copies
     * ({@link Abstract#callType} is the general path). Remembered per lookup generation.
     */
    public PyObject plainInit() {
        Object[] p = initPlan;
        Object g = lookupGeneration();
        if (p != null && p[0] == g) return (PyObject) p[1];
        PyObject init = null;
        if (!builtin && metatype == null && allocator == OBJECT.allocator) {
            PyObject nw = lookup("__new__");
            PyObject i = lookup("__init__");
            if ((nw == null || nw == OBJECT.ownAttr("__new__")) && i != null && Abstract.isPlainFunction(i)) init = i;
        }
        initPlan = new Object[]{g, init};
        return init;
    }

    private volatile Object[] initPlan;

    /** A built-in type whose instances are made by {@code allocator} (null: cannot be instantiated by subclassing). */
    public static PyType builtin(String name, PyType base, Allocator allocator) {
        return new PyType(name, new PyType[]{base}, allocator, true);
    }

    /** A built-in type with several bases (ExceptionGroup: BaseExceptionGroup and Exception). */
    public static PyType builtin(String name, PyType[] bases, Allocator allocator) {
        return new PyType(name, bases.clone(), allocator, true);
    }

    /** A type created by a class statement (or type(name, bases, dict)). */
    public static PyType create(String name, PyType[] bases, PyDict namespace, PyType metatype) {
        if (bases.length == 0) bases = new PyType[]{OBJECT};
        for (PyType b : bases) {
            if (!b.acceptableBase) throw Exc.typeError("type '" + b.name + "' is not an acceptable base type");
        }
        Allocator alloc = solidBase(bases).allocator;
        if (alloc == null) throw Exc.typeError("cannot create '" + name + "' instances");
        PyType t = new PyType(name, bases, alloc, false);
        t.metatype = metatype == TYPE ? null : metatype;
        for (Map.Entry<PyObject, PyObject> e : namespace.entrySnapshot()) {
            if (e.getKey() instanceof PyStr s) t.setAttrDirect(s.value, e.getValue());
        }
        PyObject qn = t.attrs.remove("__qualname__");
        t.attrOrder.remove("__qualname__");
        t.qualname = qn instanceof PyStr s ? s.value : name;
        PyObject mod = t.attrs.get("__module__");
        if (mod instanceof PyStr s) t.module = s.value;
        // __new__ written in Python is implicitly a static method, as CPython does.
        PyObject nw = t.attrs.get("__new__");
        if (nw != null && nw.type() == Abstract.functionType) t.attrs.put("__new__", new PyStaticMethod(nw));
        // ... and __init_subclass__ / __class_getitem__ implicitly class methods.
        for (String cm : new String[]{"__init_subclass__", "__class_getitem__"}) {
            PyObject f = t.attrs.get(cm);
            if (f != null && f.type() == Abstract.functionType) t.attrs.put(cm, new PyClassMethod(f));
        }
        t.applySlots();
        // A class that defines __eq__ but not __hash__ is unhashable.
        if (t.attrs.containsKey("__eq__") && !t.attrs.containsKey("__hash__")) t.setAttrDirect("__hash__", PyNone.NONE);
        t.modified();   // attrs were also changed directly above
        // Built-in types never change after start-up: only user classes need to know their subclasses.
        for (PyType b : bases) if (!b.builtin) b.subclasses.add(new java.lang.ref.WeakReference<>(t));
        return t;
    }

    /**
     * __slots__: each listed name becomes a member descriptor, and instances lose their __dict__ when every
     * base is object or itself without one (and "__dict__" is not listed), as in CPython. Only for classes
     * whose instances are plain {@link PyInstance}s; subclasses of other built-ins keep their dict.
     */
    private void applySlots() {
        // Slot values sit at the front of an instance's values, laid out by the one base that has slots
        // (CPython's solid base): two unrelated bases with slots cannot share a layout.
        PyType slotBase = null;
        for (PyType b : bases) {
            if (b.slotMembers.length == 0) continue;
            if (slotBase == null || b.isSubtypeOf(slotBase)) slotBase = b;
            else if (!slotBase.isSubtypeOf(b)) throw Exc.typeError("multiple bases have instance lay-out conflict");
        }
        if (slotBase != null) slotMembers = slotBase.slotMembers;
        try {
            declareSlots();
        } finally {
            rootKeys = SharedKeys.root(this, slotMembers.length);
            instanceSizeHint = slotMembers.length;
        }
    }

    private void declareSlots() {
        PyObject decl = attrs.get("__slots__");
        if (decl == null) return;
        List<String> names = new ArrayList<>();
        PyObject[] items = decl instanceof PyStr one ? new PyObject[]{one} : Abstract.toArray(decl);
        for (PyObject item : items) {
            if (!(item instanceof PyStr s)) {
                throw Exc.typeError("__slots__ items must be strings, not '" + item.type().name + "'");
            }
            names.add(Identifiers.mangle(name, s.value));
        }
        if (allocator != OBJECT.allocator) return;
        boolean keepDict = names.contains("__dict__");
        for (PyType b : bases) if (b != OBJECT && (b.builtin || b.hasInstanceDict)) keepDict = true;
        hasInstanceDict = keepDict;
        for (String n : names) {
            if (n.equals("__weakref__") || n.equals("__dict__")) continue;
            if (attrs.containsKey(n)) {
                throw Exc.valueError("'" + n + "' in __slots__ conflicts with class variable");
            }
            PySlotMember m = new PySlotMember(this, n, slotMembers.length);
            slotMembers = Arrays.copyOf(slotMembers, slotMembers.length + 1);
            slotMembers[slotMembers.length - 1] = m;
            setAttrDirect(n, m);
        }
    }

    /** The built-in base whose instance layout subclasses share (CPython's best_base, simplified). */
    private static PyType solidBase(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType s = b;
            while (!s.builtin) s = s.bases.length > 0 ? solidBase(s.bases) : OBJECT;
            if (best == null || best == OBJECT) best = s;
            else if (s != OBJECT && s != best && !s.isSubtypeOf(best) && !best.isSubtypeOf(s)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            } else if (s.isSubtypeOf(best)) best = s;
        }
        return best == null ? OBJECT : best;
    }

    // CPython: Objects/typeobject.c mro_implementation (C3 linearisation)
    private static PyType[] computeMro(PyType t, PyType[] bases) {
        if (bases.length == 0) return new PyType[]{t};
        if (bases.length == 1) {
            PyType[] b = bases[0].mro;
            PyType[] r = new PyType[b.length + 1];
            r[0] = t;
            System.arraycopy(b, 0, r, 1, b.length);
            return r;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) break;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) { inTail = true; break; }
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                for (int i = 0; i < bases.length; i++) sb.append(i == 0 ? " " : ", ").append(bases[i].name);
                throw Exc.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == candidate) s.remove(0);
        }
        return result.toArray(new PyType[0]);
    }

    @Override
    public PyType type() { return metatype == null ? TYPE : metatype; }

    public PyType[] bases() { return bases; }

    public PyType[] mro() { return mro; }

    public PyType base() { return bases.length == 0 ? null : bases[0]; }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) return true;
        for (PyType t : mro) if (t == other) return true;
        return false;
    }

    /**
     * What {@link #lookup} found, MISSING for nothing (CPython's method cache, per type). Replaced, never
     * cleared, when this type or one of its bases changes, so a lookup that raced with the change files its
     * result in a map nobody reads any more.
     */
    private volatile ConcurrentHashMap<String, PyObject> lookupCache = new ConcurrentHashMap<>();
    /** Classes created with this one as a direct base: changing this type invalidates their caches too. */
    private final List<java.lang.ref.WeakReference<PyType>> subclasses = new CopyOnWriteArrayList<>();
    private static final PyObject MISSING = new PyObject() {
        @Override
        public PyType type() { return OBJECT; }
    };
    /** Names looked up per type beyond this are not remembered (getattr with made-up names). */
    private static final int LOOKUP_CACHE_LIMIT = 4096;

    /** Looks a name up along the MRO (CPython's _PyType_Lookup); null when absent. */
    public PyObject lookup(String name) {
        ConcurrentHashMap<String, PyObject> c = lookupCache;
        PyObject v = c.get(name);
        if (v != null) return v == MISSING ? null : v;
        for (PyType t : mro) {
            v = t.attrs.get(name);
            if (v != null) break;
        }
        if (c.size() < LOOKUP_CACHE_LIMIT) c.put(name, v == null ? MISSING : v);
        return v;
    }

    /**
     * Changes whenever a lookup on this type may give another answer: a cache that holds what lookups said,
     * with the generation read before it asked them, is valid while the two are the same object. (An empty
     * map is kept on a change; those lookups fill it, so the next change replaces it.)
     */
    public Object lookupGeneration() { return lookupCache; }

    /** This type's own attribute, ignoring bases. */
    public PyObject ownAttr(String name) { return attrs.get(name); }

    public void setAttrDirect(String name, PyObject value) {
        if (attrs.put(name, value) == null) attrOrder.add(name);
        modified();
    }

    /** CPython's type_modified: forget lookups here and in every subclass. */
    private void modified() {
        if (!lookupCache.isEmpty()) lookupCache = new ConcurrentHashMap<>();
        for (java.lang.ref.WeakReference<PyType> r : subclasses) {
            PyType sub = r.get();
            if (sub == null) subclasses.remove(r);
            else sub.modified();
        }
    }

    public List<String> ownAttrNames() { return List.copyOf(attrOrder); }

    /** Registers a built-in method or attribute on this type. */
    public PyType def(String name, PyObject value) {
        setAttrDirect(name, value);
        return this;
    }

    /** The name used in reprs: "module.Qualname", or just the qualname for builtins. */
    public String qualifiedName() {
        return module.equals("builtins") ? qualname : module + "." + qualname;
    }

    @Override
    public PyObject repr() { return new PyStr("<class '" + qualifiedName() + "'>"); }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        // A metaclass's own __call__ (singletons, enum lookups) runs instead of type.__call__.
        if (metatype != null && !metatype.builtin) {
            PyObject call = metatype.lookup("__call__");
            if (call != TYPE.ownAttr("__call__")) {
                // A plain callable stored as __call__ (TypedDict's __call__ = dict) is called without the class.
                return call instanceof Descriptor ? Abstract.callMethodKw(call, this, args, kwnames) : call.call(args, kwnames);
            }
        }
        return Abstract.callType(this, args, kwnames);
    }

    /** cls[key]: the metaclass's __getitem__, else the class's __class_getitem__ (CPython PyObject_GetItem). */
    @Override
    public PyObject getItem(PyObject key) {
        if (metatype != null && !metatype.builtin) {
            PyObject m = metatype.lookup("__getitem__");
            if (m != null) return Abstract.callMethod(m, this, key);
        }
        PyObject cgi = lookup("__class_getitem__");
        if (cgi != null) {
            PyObject bound = cgi instanceof Descriptor d ? d.get(null, this) : cgi;
            return Abstract.call(bound, key);
        }
        if (PyGenericAlias.isGenericBuiltin(this)) return PyGenericAlias.of(this, key);
        throw Exc.typeError("type '" + qualifiedName() + "' is not subscriptable");
    }

    /**
     * What type.__new__ does once the class exists (CPython type_new_impl): __set_name__ on the namespace's
     * values, then the nearest base's __init_subclass__ with the class keywords.
     */
    public static void finishClass(PyType cls, PyObject namespace, PyObject[] kwValues, String[] kwNames) {
        if (namespace instanceof PyDict ns) {
            for (var e : ns.entrySnapshot()) {
                PyObject v = e.getValue();
                PyObject setName = v.type().lookup("__set_name__");
                if (setName != null) Abstract.callMethod(setName, v, cls, e.getKey());
            }
        }
        PyType parent = cls.mro().length > 1 ? cls.mro()[1] : null;
        PyObject init = parent == null ? null : parent.lookup("__init_subclass__");
        if (init != null && init != OBJECT.ownAttr("__init_subclass__")) {
            // super(cls, cls).__init_subclass__: bound to the new class, looked up from its parent.
            PyObject bound = init instanceof Descriptor d ? d.get(null, cls) : init;
            Abstract.callKw(bound, kwValues, kwNames);
        } else if (kwValues.length > 0) {
            throw Exc.typeError(cls.name + ".__init_subclass__() takes no keyword arguments");
        }
    }

    @Override
    public PyObject lookupAttr(String name) { return Abstract.typeGetAttr(this, name); }

    @Override
    public void setAttr(String name, PyObject value) {
        if (builtin) {
            throw Exc.typeError("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        setAttrDirect(name, value);
    }

    @Override
    public void delAttr(String name) {
        if (builtin) {
            throw Exc.typeError("cannot delete '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        if (attrs.remove(name) == null) throw Abstract.noAttribute(this, name);
        attrOrder.remove(name);
        modified();
    }

    /** A snapshot of the type's namespace, as {@code C.__dict__} shows it. */
    public PyDict dictSnapshot() {
        PyDict d = new PyDict();
        for (String k : attrOrder) {
            PyObject v = attrs.get(k);
            if (v != null) d.put(new PyStr(k), v);
        }
        return d;
    }

    public Map<String, PyObject> attrsView() { return new LinkedHashMap<>(attrs); }

    @Override
    public int pyHash() { return System.identityHashCode(this); }
}
