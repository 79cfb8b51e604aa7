package dev.gilpy.vm;

import dev.gilpy.ast.Expr;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyBytes;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PySlotMember;
import dev.gilpy.runtime.SharedKeys;
import dev.gilpy.runtime.PyFloat;
import dev.gilpy.runtime.PyComplex;
import dev.gilpy.runtime.PyInstance;
import dev.gilpy.runtime.PyMethodDescr;
import dev.gilpy.runtime.PyType;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PySingleton;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;

import java.math.BigInteger;

/**
 * A code object's constants as runtime objects, its names as PyStr keys, its inline caches and tier-up state:
 * made once per code object and interpreter. The caches hold the interpreter's own dicts and classes, so code
 * that several interpreters run (the bundled library's, compiled once per process) has one of these in each
 * ({@link #of}); otherwise two interpreters running one library function would overwrite each other's
 * entries at every call, and a closed interpreter's module dicts would stay reachable from them.
 */
final class CodeCache {
    /** The interpreter whose frames use this cache. */
    final Interpreter owner;
    final PyObject[] consts;
    final PyStr[] names;
    /** KW_NAMES operands: constant tuples of names as Java string arrays, filled on first use. */
    private final String[][] kwnames;

    CodeCache(CodeObject code, Interpreter owner) {
        this.owner = owner;
        consts = new PyObject[code.consts.length];
        for (int i = 0; i < consts.length; i++) consts[i] = toPy(code.consts[i]);
        names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = new PyStr(code.names[i].intern());
        kwnames = new String[consts.length][];
        globalCache = new GlobalEntry[code.code.length];
        attrCache = new AttrEntry[names.length];
        attrOthers = new AttrEntry[names.length][];
        budget = Jit.shapeCompiled(code) ? 0 : Jit.BUDGET;
    }

    /**
     * What one attribute name means on instances of one class with one layout ({@link SharedKeys}, which
     * names the class too), per name of this code object: CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
     * STORE_ATTR_INSTANCE_VALUE, LOAD_ATTR_SLOT and LOAD_METHOD_WITH_VALUES, which check a type version
     * and the keys the same way. Valid while the class's lookups are unchanged ({@code generation}).
     * {@code index}: where the instance's value is (-1: not in this layout); {@code plainGet} / {@code
     * plainSet}: nothing on the class takes part in reading / writing it (no data descriptor, __getattribute__
     * or __setattr__ of object's, not a dunder name); {@code slot}: the name is a __slots__ member, at index;
     * {@code classValue}: what reading gives when the instance lacks it (a plain class attribute), or null;
     * {@code method}: the class's function for LOAD_METHOD when the instance does not shadow it.
     */
    static final class AttrEntry {
        final SharedKeys keys;
        final Object generation;
        final int index;
        final boolean plainGet, plainSet, slot;
        final PyObject classValue, method;
        /** STORE_ATTR of a name this layout lacks: the layout with it (found on the first such store). */
        SharedKeys added;

        AttrEntry(SharedKeys keys, Object generation, int index, boolean plainGet, boolean plainSet, boolean slot,
                  PyObject classValue, PyObject method) {
            this.keys = keys;
            this.generation = generation;
            this.index = index;
            this.plainGet = plainGet;
            this.plainSet = plainSet;
            this.slot = slot;
            this.classValue = classValue;
            this.method = method;
        }
    }

    /**
     * Per name of this code object: the entry of the first layout seen ({@code attrCache}), and for other
     * layouts a small open-addressed table of OTHER_LAYOUTS entries hashed by the layout's {@link SharedKeys#id}
     * ({@code attrOthers}). One name is read on instances of several classes in polymorphic code (richards'
     * task classes, deltablue's constraints), and a single entry per name was rebuilt, with class lookups,
     * on nearly every access there. Entries are immutable but for {@code added}, so a thread that reads a
     * slot another thread replaces sees one whole entry.
     */
    private final AttrEntry[] attrCache;
    private final AttrEntry[][] attrOthers;
    private static final int OTHER_LAYOUTS = 8;

    /** The entry for obj when it is a plain instance of a class written in Python with a layout, else null. */
    private AttrEntry attrEntry(PyObject obj, int arg) {
        if (obj.getClass() != PyInstance.class) return null;
        PyInstance inst = (PyInstance) obj;
        SharedKeys k = inst.keys();
        AttrEntry e = attrCache[arg];
        if (e != null && e.keys == k && e.generation == k.type.lookupGeneration()) return e;
        if (k == null) return null;   // the instance keeps a dict: the general path
        return otherEntry(k, arg, e);
    }

    /**
     * The entry for layout k when it is not the first one of name arg: an open-addressed probe from the
     * layout's home slot (usually one step), or made and kept in the first free slot (the home slot when
     * all are taken: a megamorphic name turns over).
     */
    private AttrEntry otherEntry(SharedKeys k, int arg, AttrEntry first) {
        AttrEntry[] others = attrOthers[arg];
        int home = (k.id * 0x9E3779B9) >>> 29;   // OTHER_LAYOUTS = 2^3
        int free = -1;
        if (others != null) {
            for (int i = 0; i < OTHER_LAYOUTS; i++) {
                int at = (home + i) & (OTHER_LAYOUTS - 1);
                AttrEntry o = others[at];
                if (o == null) { free = at; break; }
                if (o.keys == k) {
                    if (o.generation == k.type.lookupGeneration()) return o;
                    free = at;   // the class changed since: renew this one
                    break;
                }
            }
        }
        AttrEntry made = newEntry(k, names[arg]);
        if (first == null || first.keys == k) return attrCache[arg] = made;
        if (others == null) {
            attrOthers[arg] = others = new AttrEntry[OTHER_LAYOUTS];
            free = home;
        }
        return others[free >= 0 ? free : home] = made;
    }

    private static AttrEntry newEntry(SharedKeys k, PyStr name) {
        PyType t = k.type;
        Object generation = t.lookupGeneration();   // first: a change during the lookups makes the entry stale
        String n = name.value;
        boolean dunder = n.startsWith("__") && n.endsWith("__");
        PyObject ga = t.lookup("__getattribute__"), sa = t.lookup("__setattr__");
        PyObject ca = t.lookup(n);
        boolean slot = ca instanceof PySlotMember;
        boolean data = ca instanceof Descriptor d ? d.isData() : ca != null && Abstract.isUserDataDescriptor(ca);
        boolean plainGet = !dunder && ga instanceof PyMethodDescr && (!data || slot);
        boolean plainSet = !dunder && (sa == null || sa instanceof PyMethodDescr) && (!data || slot);
        int index = slot ? ((PySlotMember) ca).index : k.indexOf(name);
        // A class attribute read through a plain instance that lacks it: only values that bind to nothing.
        PyObject classValue = ca != null && !(ca instanceof Descriptor) && ca.type().builtin ? ca : null;
        PyObject method = ca instanceof PyFunction && index < 0 ? ca : null;
        return new AttrEntry(k, generation, index, plainGet, plainSet && (slot || t.hasInstanceDict), slot,
                classValue, method);
    }

    /** obj.name for a plain instance when nothing on its class takes part; null: ask Abstract.getAttr. */
    PyObject loadAttr(PyObject obj, int arg) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainGet) return null;
        if (e.index >= 0) return ((PyInstance) obj).values()[e.index];   // null (unset slot): the general path
        return e.classValue;
    }

    /** obj.name = v into a plain instance's values when nothing on its class takes part; false: ask Abstract.setAttr. */
    boolean storeAttr(PyObject obj, int arg, PyObject v) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainSet) return false;
        PyInstance inst = (PyInstance) obj;
        if (e.index >= 0) return inst.storeAt(e.keys, e.index, v);
        if (e.slot) return false;
        SharedKeys to = e.added;
        if (to == null) {
            to = e.keys.with(names[arg]);
            if (to == null) return false;   // too many names: the instance takes a dict on the general path
            e.added = to;
        }
        return inst.addAt(e.keys, to, to.size() - 1, v);
    }

    /** LOAD_METHOD: the class's function when the instance does not shadow it; null: an ordinary getattr. */
    PyObject method(PyObject obj, int arg) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainGet) return Calls.lookupMethod(obj, names[arg]);
        return e.method;
    }

    /** LOAD_GLOBAL's inline cache, one slot per instruction: valid while both dicts keep their versions. */
    /** A cached global: its value while the versions hold, or (live) only which dict to read it from. */
    private record GlobalEntry(PyDict globals, long globalsVersion, long builtinsVersion, PyObject value, boolean live) {}

    private final GlobalEntry[] globalCache;

    // CPython: Python/specialize.c LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (dict version checks).
    PyObject loadGlobal(int pc, PyStr name, PyDict globals, PyDict builtins) {
        GlobalEntry e = globalCache[pc];
        if (e != null && e.globals == globals) {
            if (e.live) {
                // A global rebound all the time (a counter): read where it is, as CPython 3.11 always does.
                PyObject v = globals.get(name);
                if (v != null) return v;
            } else if (e.globalsVersion == globals.version() && e.builtinsVersion == builtins.version()) {
                return e.value;
            }
        }
        // Watched first: a change after the versions are read then makes this entry stale, never wrong.
        // Builtins only matter (and are only watched) when the name is not a global.
        globals.watch(name);
        long gv = globals.version();
        PyObject v = globals.get(name);
        if (v != null && globals.isLive(name)) {
            globalCache[pc] = new GlobalEntry(globals, 0, 0, null, true);
            return v;
        }
        if (v == null) builtins.watch(name);
        long bv = builtins.version();
        if (v == null) v = builtins.get(name);
        if (v == null) throw Instructions.notDefined(name.value);
        globalCache[pc] = new GlobalEntry(globals, gv, bv, v, false);
        return v;
    }

    /**
     * Tier-up budget: function entries and taken backward jumps spend it; below zero the code is handed
     * to {@link Jit}. Racy updates between threads only move the moment a little. Zero from the start when
     * the process already compiled code of this shape ({@link Jit#shapeCompiled}).
     */
    int budget;
    /** The code's compiled form, once {@link #tierUp} made one. */
    volatile CompiledCode compiled;

    /** Compiles the code once; null (and never asked again) when the JIT is off or the code unsuitable. */
    synchronized CompiledCode tierUp(CodeObject code) {
        if (compiled == null && !rejected) {
            compiled = Jit.compile(code);
            rejected = compiled == null;
        }
        if (compiled == null) budget = Integer.MAX_VALUE;
        return compiled;
    }

    private boolean rejected;

    String[] kwnames(int constIndex) {
        String[] k = kwnames[constIndex];
        if (k == null) {
            PyObject[] items = ((PyTuple) consts[constIndex]).array();
            k = new String[items.length];
            for (int i = 0; i < k.length; i++) k[i] = ((PyStr) items[i]).value;
            kwnames[constIndex] = k;
        }
        return k;
    }

    /**
     * The cache of code for frames of interp. The code object keeps the cache of the interpreter that made it
     * (the fast path); code of the bundled library (shared by every interpreter) keeps the main interpreter's,
     * and other interpreters keep theirs in {@link Interpreter#codeCacheOf}, which dies with them.
     */
    static CodeCache of(CodeObject code, Interpreter interp) {
        Object c = code.runtimeCache;
        if (c instanceof CodeCache cc && cc.owner == interp) return cc;
        if (c == null && (interp.isMain() || !code.filename.startsWith(Interpreter.LIB_PREFIX))) {
            CodeCache made = new CodeCache(code, interp);
            code.runtimeCache = made;   // a benign race: a thread that loses keeps an equal cache of its own
            return made;
        }
        return interp.codeCacheOf(code);
    }

    static PyObject toPy(Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double d) return new PyFloat(d);
        if (v instanceof Expr.Complex c) return new PyComplex(c.real(), c.imag());
        if (v instanceof String s) return new PyStr(s);
        if (v instanceof byte[] b) return new PyBytes(b);
        if (v instanceof Expr.Ellipsis) return PySingleton.ELLIPSIS;
        if (v instanceof CodeObject co) return new PyCode(co);
        if (v instanceof CodeObject.ConstTuple t) {
            PyObject[] items = new PyObject[t.items().size()];
            for (int i = 0; i < items.length; i++) items[i] = toPy(t.items().get(i));
            return PyTuple.of(items);
        }
        if (v instanceof PyObject p) return p;
        throw new InterpreterError("unknown constant kind " + v.getClass().getName());
    }
}
