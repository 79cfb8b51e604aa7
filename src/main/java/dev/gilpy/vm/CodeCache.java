package dev.gilpy.vm;

import dev.gilpy.ast.Expr;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyBytes;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyFloat;
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

/** A code object's constants as runtime objects and its names as PyStr keys, made once per code object. */
final class CodeCache {
    final PyObject[] consts;
    final PyStr[] names;
    /** KW_NAMES operands: constant tuples of names as Java string arrays, filled on first use. */
    private final String[][] kwnames;

    private CodeCache(CodeObject code) {
        consts = new PyObject[code.consts.length];
        for (int i = 0; i < consts.length; i++) consts[i] = toPy(code.consts[i]);
        names = new PyStr[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = new PyStr(code.names[i].intern());
        kwnames = new String[consts.length][];
        globalCache = new GlobalEntry[code.code.length];
        attrCache = new AttrEntry[names.length];
    }

    /**
     * What a plain instance's class says about one name (per name of this code object): the class attribute
     * found along the MRO (null: none) and whether __getattribute__ / __setattr__ are object's. Valid while
     * the type's lookups are unchanged. CPython 3.11's LOAD_ATTR_INSTANCE_VALUE and LOAD_METHOD_WITH_VALUES
     * check a type version the same way; dunder names always take the general path.
     */
    private record AttrEntry(PyType type, Object generation, PyObject classAttr, boolean plainGet, boolean plainSet) {}

    private final AttrEntry[] attrCache;

    /** The entry for obj's class when obj is an instance of a class written in Python (no built-in base), else null. */
    private AttrEntry attrEntry(PyObject obj, int arg) {
        if (obj.getClass() != PyInstance.class) return null;
        PyType t = obj.type();
        AttrEntry e = attrCache[arg];
        if (e != null && e.type == t && e.generation == t.lookupGeneration()) return e;
        Object generation = t.lookupGeneration();   // first: a change during the lookups makes the entry stale
        String name = names[arg].value;
        boolean dunder = name.startsWith("__") && name.endsWith("__");
        PyObject ga = t.lookup("__getattribute__"), sa = t.lookup("__setattr__");
        e = new AttrEntry(t, generation, t.lookup(name), !dunder && ga instanceof PyMethodDescr,
                !dunder && (sa == null || sa instanceof PyMethodDescr));
        attrCache[arg] = e;
        return e;
    }

    /** obj.name from the instance's dict when nothing on its class takes part; null: ask Abstract.getAttr. */
    PyObject loadAttr(PyObject obj, int arg) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainGet || e.classAttr != null) return null;
        PyDict d = obj.getDict();
        return d == null ? null : d.get(names[arg]);
    }

    /** obj.name = v into the instance's dict when nothing on its class takes part; false: ask Abstract.setAttr. */
    boolean storeAttr(PyObject obj, int arg, PyObject v) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainSet || e.classAttr != null) return false;
        PyDict d = obj.getDict();
        if (d == null) return false;
        d.put(names[arg], v);
        return true;
    }

    /** LOAD_METHOD on a plain instance: the class's function unless the instance's dict shadows it. */
    PyObject method(PyObject obj, int arg) {
        AttrEntry e = attrEntry(obj, arg);
        if (e == null || !e.plainGet) return Calls.lookupMethod(obj, names[arg]);
        if (!(e.classAttr instanceof PyFunction fn)) return null;
        PyDict d = obj.getDict();
        return d != null && d.get(names[arg]) != null ? null : fn;
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
     * to {@link Jit}. Racy updates between threads only move the moment a little.
     */
    int budget = Jit.BUDGET;
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

    static CodeCache of(CodeObject code) {
        Object c = code.runtimeCache;
        if (c == null) {
            c = new CodeCache(code);
            code.runtimeCache = c;
        }
        return (CodeCache) c;
    }

    static PyObject toPy(Object v) {
        if (v == null) return PyNone.NONE;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof BigInteger b) return PyInt.of(b);
        if (v instanceof Double d) return new PyFloat(d);
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
