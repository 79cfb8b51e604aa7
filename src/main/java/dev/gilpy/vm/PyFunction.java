package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.Descriptor;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyMethod;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;

import java.util.ArrayList;
import java.util.List;

/** A function defined in Python: code plus globals, defaults and closure. */
public final class PyFunction extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        Abstract.functionType = TYPE;
        Descriptor.defineProtocol(TYPE, false);
        TYPE.def("__call__", new dev.gilpy.runtime.PyMethodDescr(TYPE, "__call__",
                (a, k) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), k)));
    }

    public final CodeObject code;
    public final PyDict globals;
    final PyDict builtins;
    PyObject[] defaults;
    PyDict kwdefaults;
    /** __annotations__: from MAKE_FUNCTION's flag 4, else created empty on first access. */
    PyObject annotations;
    final PyCell[] closure;
    /** The code's constants, inline caches and compiled form in the interpreter that made this function. */
    final CodeCache cache;
    public String name, qualname;
    public PyObject doc, module;
    private PyDict dict;
    /** True when a call can copy positional arguments straight into the frame. */
    private final boolean simple;
    /** Frames of this function may be reused between calls: no cells, not a generator. */
    private final boolean reusable;

    /** A function made outside the eval loop (an unpickled one), in the calling thread's interpreter. */
    public PyFunction(CodeObject code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure) {
        this(code, globals, defaults, kwdefaults, closure, Interpreter.get());
    }

    PyFunction(CodeObject code, PyDict globals, PyObject[] defaults, PyDict kwdefaults, PyCell[] closure,
               Interpreter interp) {
        this.code = code;
        this.cache = CodeCache.of(code, interp);
        this.globals = globals;
        this.builtins = Interpreter.builtinsFor(globals);
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
        PyObject first = code.consts.length > 0 ? cache.consts[0] : null;
        this.doc = first instanceof PyStr && !code.name.startsWith("<") ? first : PyNone.NONE;
        PyObject mod = globals.get(new PyStr("__name__"));
        this.module = mod == null ? PyNone.NONE : mod;
        this.simple = code.kwonlyargcount == 0 && !code.hasVarargs() && !code.hasVarkeywords();
        this.reusable = !code.suspends() && code.cellvars.length == 0 && code.freevars.length == 0;
    }

    @Override
    public PyType type() { return TYPE; }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) { return obj == null ? this : new PyMethod(this, obj); }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return invoke(args, 0, args.length, kwnames);
    }

    /** Whether this function's code has been compiled by the JIT tier (gilpy.compiled). */
    public boolean isCompiled() { return cache.compiled != null; }

    /** Calls with the arguments args[from .. from+n), the last len(kwnames) of them keywords. */
    PyObject invoke(PyObject[] args, int from, int n, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame f = newFrame(ts);
        if (takes(n) && kwnames == null) {
            System.arraycopy(args, from, f.values, 0, n);
        } else {
            bind(f.values, args, from, n, kwnames);
        }
        return Instructions.enter(this, f, ts);
    }

    /** Calls with self in front of args[from .. from+n) (a method call), without copying them first. */
    PyObject invokeWith(PyObject self, PyObject[] args, int from, int n, String[] kwnames) {
        ThreadState ts = ThreadState.current();
        Frame f = newFrame(ts);
        if (takes(n + 1) && kwnames == null) {
            f.values[0] = self;
            System.arraycopy(args, from, f.values, 1, n);
        } else {
            PyObject[] all = new PyObject[n + 1];
            all[0] = self;
            System.arraycopy(args, from, all, 1, n);
            bind(f.values, all, 0, n + 1, kwnames);
        }
        return Instructions.enter(this, f, ts);
    }

    /** Whether n positional arguments fill the parameters exactly (they go straight into the frame). */
    boolean takes(int n) { return simple && n == code.argcount; }

    /**
     * A frame for a call whose arguments the caller stores into its first slots (see {@link #takes}):
     * the one the last call of this code at this depth left behind, when there is one.
     */
    Frame newFrame(ThreadState ts) {
        if (reusable) {
            Frame[] spares = ts.spareFrames;
            int d = ts.depth;
            if (d < spares.length) {
                Frame f = spares[d];
                if (f != null && f.code == code && f.globals == globals) {
                    spares[d] = null;
                    return f;
                }
            }
        }
        return new Frame(code, cache, globals, builtins, null, closure);
    }

    /**
     * After a call through {@link #newFrame} returned normally: keep its frame for the next call at this
     * depth unless something still holds it. Not after an exception (the frame may be in use by whatever
     * handles it), and never for generators or frames with cells (those outlive the call).
     */
    void release(Frame f, ThreadState ts) {
        if (!reusable || f.escaped) return;
        int d = ts.depth;
        Frame[] spares = ts.spareFrames;
        if (d >= spares.length) {
            if (d >= 4096) return;
            spares = ts.spareFrames = java.util.Arrays.copyOf(spares, Math.max(d + 1, spares.length * 2));
        }
        f.reset();
        spares[d] = f;
    }

    /** Runs a frame whose arguments are bound: the body, or a generator for it. */
    PyObject start(Frame f, ThreadState ts) {
        if (f.cells != null) f.initCellArgs();
        if (code.suspends()) {
            if (code.isCoroutine()) return new PyCoroutine(f, this, ts);
            if (code.isAsyncGenerator()) return new PyAsyncGenerator(f, this);
            return new PyGenerator(f, this);
        }
        return Eval.execute(f, ts);
    }

    // CPython: Python/ceval.c initialize_locals — with its error messages.
    private void bind(PyObject[] locals, PyObject[] args, int from, int n, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = code.argcount;
        int kwonly = code.kwonlyargcount;
        String[] varnames = code.varnames;
        int total = argcount + kwonly;
        int varargsIndex = code.hasVarargs() ? total : -1;
        int varkwIndex = code.hasVarkeywords() ? total + (code.hasVarargs() ? 1 : 0) : -1;
        PyDict kwdict = null;
        if (varkwIndex >= 0) {
            kwdict = new PyDict();
            locals[varkwIndex] = kwdict;
        }
        int take = Math.min(npos, argcount);
        System.arraycopy(args, from, locals, 0, take);
        if (varargsIndex >= 0) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            if (rest.length > 0) System.arraycopy(args, from + argcount, rest, 0, rest.length);
            locals[varargsIndex] = PyTuple.of(rest);
        } else if (npos > argcount) {
            throw tooManyPositional(npos, nkw, args, from, kwnames);
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject value = args[from + npos + k];
            int idx = -1;
            for (int i = code.posonlyargcount; i < total; i++) {
                if (varnames[i].equals(kw)) { idx = i; break; }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(new PyStr(kw), value);
                    continue;
                }
                for (int i = 0; i < code.posonlyargcount; i++) {
                    if (varnames[i].equals(kw)) {
                        if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                        posOnlyAsKw.add(kw);
                        idx = -2;
                        break;
                    }
                }
                if (idx == -2) continue;
                throw Exc.typeError(qualname + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (locals[idx] != null) {
                throw Exc.typeError(qualname + "() got multiple values for argument '" + kw + "'");
            }
            locals[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw Exc.typeError(qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        int ndefaults = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (locals[i] != null) continue;
            int d = i - (argcount - ndefaults);
            if (d >= 0) locals[i] = defaults[d];
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(missing, "positional");
        for (int i = argcount; i < total; i++) {
            if (locals[i] != null) continue;
            PyObject d = kwdefaults == null ? null : kwdefaults.get(new PyStr(varnames[i]));
            if (d != null) locals[i] = d;
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(varnames[i]);
            }
        }
        if (missing != null) throw missingArgs(missing, "keyword-only");
    }

    private RuntimeException missingArgs(List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", "));
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Exc.typeError(qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private RuntimeException tooManyPositional(int given, int nkw, PyObject[] args, int from, String[] kwnames) {
        int argcount = code.argcount;
        int ndefaults = defaults == null ? 0 : defaults.length;
        String takes;
        if (ndefaults > 0) takes = "from " + (argcount - ndefaults) + " to " + argcount;
        else takes = Integer.toString(argcount);
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int i = argcount; i < argcount + code.kwonlyargcount; i++) {
                if (code.varnames[i].equals(kwnames[k])) kwonlyGiven++;
            }
        }
        String s = qualname + "() takes " + takes + " positional argument" + (argcount == 1 && ndefaults == 0 ? "" : "s")
                + " but " + given;
        if (kwonlyGiven > 0) {
            s += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            s += (given == 1 ? " was" : " were") + " given";
        }
        return Exc.typeError(s);
    }

    @Override
    public PyObject repr() { return new PyStr("<function " + qualname + " at " + Abstract.addressOf(this) + ">"); }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(qualname);
            case "__doc__": return doc;
            case "__module__": return module;
            case "__code__": return new PyCode(code);
            case "__globals__": return globals;
            case "__defaults__": return defaults == null ? PyNone.NONE : PyTuple.of(defaults.clone());
            case "__kwdefaults__": return kwdefaults == null ? PyNone.NONE : kwdefaults;
            case "__annotations__": {
                synchronized (this) {
                    if (annotations == null) annotations = new PyDict();
                    return annotations;
                }
            }
            case "__closure__": return closure == null ? PyNone.NONE : PyTuple.of((PyObject[]) closure.clone());
            case "__dict__": return getDict();
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        switch (attr) {
            case "__name__" -> name = Abstract.strString(value);
            case "__qualname__" -> qualname = Abstract.strString(value);
            case "__doc__" -> doc = value;
            case "__module__" -> module = value;
            case "__defaults__" -> defaults = value == PyNone.NONE ? null : Abstract.toArray(value);
            case "__kwdefaults__" -> kwdefaults = value == PyNone.NONE ? null : (PyDict) value;
            case "__annotations__" -> {
                if (!(value instanceof PyDict)) throw Exc.typeError("__annotations__ must be set to a dict object");
                annotations = value;
            }
            default -> getDict().put(new PyStr(attr), value);
        }
    }
}
