package dev.gilpy.process;

import dev.gilpy.bytecode.BoundedInput;
import dev.gilpy.bytecode.BoundedInput.Malformed;
import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.PyCode;
import dev.gilpy.vm.PyFunction;

import java.io.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pickle-like serializer for values crossing between processes. Only our own tagged forms exist:
 * deserializing never instantiates arbitrary Java classes, and never calls what a message names (see
 * {@link Reader}). Two modes of writing:
 * <ul>
 *   <li>{@link #REF} (spawn, Pool, queues): functions and classes travel by reference (module + qualname) and
 *   must be found again under that name, as pickle requires;</li>
 *   <li>{@link #FORK} (the fork snapshot): functions and classes of user modules travel structurally (code
 *   objects, globals, defaults, closures; class name, bases, namespace), user modules as their namespaces.</li>
 * </ul>
 * and two of reading: {@link #loads} for messages between processes, {@link #loadJob} for the job a parent
 * hands its child. Objects seen twice are written once (a memo), so cycles and sharing survive.
 */
public final class Pickler {
    public static final int REF = 0, FORK = 1;

    static final int T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_INT = 3, T_BIG = 4, T_FLOAT = 5, T_STR = 6,
            T_BYTES = 7, T_TUPLE = 8, T_LIST = 9, T_DICT = 10, T_SET = 11, T_FSET = 12, T_MEMO = 13, T_MODREF = 14,
            T_GLOBAL = 15, T_FUNC = 16, T_CLASS = 17, T_INST = 18, T_CODE = 19, T_HANDLE = 20, T_PLACEHOLDER = 21,
            T_MODULE = 22, T_EXC = 23, T_BUILTIN = 24, T_ELLIPSIS = 25, T_SUBLIST = 26, T_SUBDICT = 27,
            T_NOTIMPL = 28, T_CELL = 29, T_PYCODE = 30, T_STDSTREAM = 31, T_STR16 = 32;

    /**
     * Nesting of values in a message: as deep as CPython's pickle goes before its RecursionError (the
     * recursion limit, 1000). Writing deeper raises RecursionError; reading deeper is an UnpicklingError.
     */
    static final int MAX_DEPTH = 1000;
    /** In a fork snapshot or spawn job (a program's whole data, read on a thread with a large stack). */
    static final int MAX_DEPTH_JOB = 20000;
    /** The reader accepts a little more than the writer produces (their step counts differ slightly). */
    private static final int DEPTH_SLACK = 16;

    /** pickle's exceptions, named as CPython's tracebacks show them (_pickle.UnpicklingError). */
    public static final PyType PickleError = pickleException("PickleError", Exc.Exception);
    public static final PyType PicklingError = pickleException("PicklingError", PickleError);
    public static final PyType UnpicklingError = pickleException("UnpicklingError", PickleError);

    private static PyType pickleException(String name, PyType base) {
        PyType t = PyType.create(name, new PyType[]{base}, new PyDict(), null);
        t.module = "_pickle";
        return t;
    }

    // ------------------------------------------------------------------ writing

    public static byte[] dumps(PyObject o, int mode) { return dumps(o, mode, null); }

    /** dumps, adding every handle written to handles (a spawned child's copies of pipe ends). */
    public static byte[] dumps(PyObject o, int mode, java.util.List<HostedRef> handles) {
        if (o instanceof PyBytes b && b.type() == PyBytes.TYPE) {
            // Pipe.send_bytes: a large message is copied once, into a buffer of its final size.
            byte[] v = b.value;
            byte[] out = new byte[5 + v.length];
            out[0] = T_BYTES;
            java.nio.ByteBuffer.wrap(out, 1, 4).putInt(v.length);
            System.arraycopy(v, 0, out, 5, v.length);
            return out;
        }
        ByteArrayOutputStream bos = new ByteArrayOutputStream(256);
        try {
            DataOutputStream out = new DataOutputStream(bos);
            Writer w = new Writer(out, mode);
            w.handles = handles;
            w.write(o);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    /**
     * A message from another process of the run (queue items, pipe messages, calls on hosted objects and
     * their results). Any damage, and anything a message may not carry, raises {@link #UnpicklingError}.
     */
    public static PyObject loads(byte[] b) { return load(b, false); }

    /**
     * The job a child gets from its parent on its stdin pipe, which only the parent holds (the fork snapshot,
     * or the spawned process object): it may also carry code, and name modules to import.
     */
    public static PyObject loadJob(byte[] b) { return load(b, true, false); }

    /**
     * A value written by another interpreter of this process (concurrent.interpreters): the bytes never left
     * the process, so, as pickle does, modules named by it are imported here (classes and functions are still
     * found only by name; code travels only in jobs).
     */
    public static PyObject loadFromInterpreter(byte[] b) { return load(b, false, true); }

    private static PyObject load(byte[] b, boolean job) { return load(b, job, false); }

    private static PyObject load(byte[] b, boolean job, boolean importing) {
        Reader r = new Reader(b, job);
        r.importing = importing;
        try {
            PyObject o = r.read();
            if (r.in.remaining() != 0) throw new Malformed(r.in.remaining() + " bytes left after the end of the object");
            return o;
        } catch (Malformed e) {
            throw Exc.raise(UnpicklingError, e.getMessage());
        } catch (StackOverflowError e) {
            throw Exc.raise(UnpicklingError, "message nested too deeply");
        }
    }

    /** Whether a module's namespace is user code (copied structurally by fork) rather than library code. */
    public static boolean isUserModule(PyDict globals) {
        PyObject name = globals.get("__name__");
        if (name == null) return false;
        String n = Abstract.strString(name);
        if (n.equals("__main__") || n.equals("__mp_main__")) return true;
        PyObject file = globals.get("__file__");
        return file instanceof PyStr s && !s.value.startsWith(Interpreter.LIB_PREFIX);
    }

    static final class Writer {
        final DataOutputStream out;
        final int mode;
        final Map<Object, Integer> memo = new IdentityHashMap<>();

        final int maxDepth;
        int depth;

        java.util.List<HostedRef> handles;

        Writer(DataOutputStream out, int mode) {
            this.out = out;
            this.mode = mode;
            this.maxDepth = mode == FORK ? MAX_DEPTH_JOB : MAX_DEPTH;
        }

        private boolean memoized(Object o) throws IOException {
            Integer i = memo.get(o);
            if (i != null) {
                out.writeByte(T_MEMO);
                out.writeInt(i);
                return true;
            }
            return false;
        }

        private void remember(Object o) { memo.put(o, memo.size()); }

        /** After a prelude: 0 + memo index when the prelude already wrote o, else 1 (the body follows). */
        private boolean again(Object o) throws IOException {
            Integer i = memo.get(o);
            if (i != null) {
                out.writeByte(0);
                out.writeInt(i);
                return true;
            }
            out.writeByte(1);
            return false;
        }

        void write(PyObject o) throws IOException {
            if (++depth > maxDepth) {
                throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while pickling an object");
            }
            try {
                writeValue(o);
            } finally {
                depth--;
            }
        }

        private void writeValue(PyObject o) throws IOException {
            if (o == null || o == PyNone.NONE) { out.writeByte(T_NONE); return; }
            if (o instanceof PyBool b) { out.writeByte(b.isTrue() ? T_TRUE : T_FALSE); return; }
            if (o == PySingleton.ELLIPSIS) { out.writeByte(T_ELLIPSIS); return; }
            PyType t = o.type();
            if (o instanceof PyInt i && t == PyInt.TYPE) {
                if (i.isBig()) {
                    out.writeByte(T_BIG);
                    byte[] b = i.bigValue().toByteArray();
                    out.writeInt(b.length);
                    out.write(b);
                } else {
                    out.writeByte(T_INT);
                    out.writeLong(i.value);
                }
                return;
            }
            if (o instanceof PyFloat f && t == PyFloat.TYPE) { out.writeByte(T_FLOAT); out.writeDouble(f.value); return; }
            if (o instanceof PyStr s && t == PyStr.TYPE) {
                if (CodeMarshal.hasLoneSurrogate(s.value)) {
                    out.writeByte(T_STR16);   // as the code cache keeps them: UTF-16 units
                    out.writeInt(s.value.length());
                    out.writeChars(s.value);
                } else {
                    out.writeByte(T_STR);
                    writeStr(s.value);
                }
                return;
            }
            if (o instanceof PyBytes b && t == PyBytes.TYPE) {
                out.writeByte(T_BYTES);
                out.writeInt(b.value.length);
                out.write(b.value);
                return;
            }
            if (o instanceof PyTuple tu && t == PyTuple.TYPE) {
                out.writeByte(T_TUPLE);
                out.writeInt(tu.size());
                for (PyObject x : tu.array()) write(x);
                return;
            }
            if (memoized(o)) return;
            if (o instanceof HostedRef h) {
                remember(o);
                if (handles != null) handles.add(h);
                out.writeByte(T_HANDLE);
                writeStr(h.kind);
                writeStr(h.owner);
                out.writeLong(h.id);
                return;
            }
            if (o instanceof PyList l) {
                if (t == PyList.TYPE) {
                    remember(o);
                    out.writeByte(T_LIST);
                } else {
                    out.writeByte(T_SUBLIST);
                    writeType(t);              // first: the class's module may hold this very list
                    if (again(o)) return;
                    remember(o);
                }
                PyObject[] a = l.toArray();
                out.writeInt(a.length);
                for (PyObject x : a) write(x);
                if (t != PyList.TYPE) write(o.getDict());
                return;
            }
            if (o instanceof PyDict d) {
                if (t == PyDict.TYPE) {
                    remember(o);
                    out.writeByte(T_DICT);
                } else {
                    out.writeByte(T_SUBDICT);
                    writeType(t);
                    if (again(o)) return;
                    remember(o);
                }
                var es = d.entrySnapshot();
                out.writeInt(es.size());
                for (var e : es) {
                    write(e.getKey());
                    write(e.getValue());
                }
                if (t != PyDict.TYPE) write(o.getDict());
                return;
            }
            if (o instanceof PySet s && (t == PySet.TYPE || t == PySet.FROZEN_TYPE)) {
                remember(o);
                out.writeByte(t == PySet.TYPE ? T_SET : T_FSET);
                PyObject[] a = s.toArray();
                out.writeInt(a.length);
                for (PyObject x : a) write(x);
                return;
            }
            if (o instanceof PyModule m) {
                remember(o);
                if (mode == FORK && isUserModule(m.dict)) {
                    out.writeByte(T_MODULE);
                    writeStr(m.name);
                    write(m.dict);
                } else {
                    out.writeByte(T_MODREF);
                    writeStr(m.name);
                }
                return;
            }
            if (o instanceof PyFunction f) {
                if (mode == FORK && isUserModule(f.globals)) {
                    out.writeByte(T_FUNC);
                    write(f.globals);          // first: the globals may hold this very function
                    if (again(o)) return;
                    remember(o);
                    writeCode(f.code);
                    write(Abstract.getAttr(f, "__defaults__"));
                    write(Abstract.getAttr(f, "__kwdefaults__"));
                    PyObject cl = Abstract.getAttr(f, "__closure__");
                    if (cl instanceof PyTuple ct) {
                        out.writeInt(ct.size());
                        for (PyObject c : ct.array()) {
                            if (memoized(c)) continue;
                            remember(c);
                            out.writeByte(T_CELL);
                            write(((PyCell) c).value);
                        }
                    } else {
                        out.writeInt(-1);
                    }
                    writeStr(f.name);
                    writeStr(f.qualname);
                    write(f.getDict());
                    return;
                }
                writeGlobal(o, Abstract.strString(f.module), f.qualname, "function " + f.qualname);
                return;
            }
            if (o instanceof PyType cls) {
                writeType(cls);
                return;
            }
            if (o instanceof PyBuiltinFunction bf) {
                remember(o);
                out.writeByte(T_BUILTIN);
                writeStr(bf.module == null ? "builtins" : bf.module);
                writeStr(bf.name);
                return;
            }
            if (o instanceof PyBaseException e) {
                out.writeByte(T_EXC);
                writeType(t);
                if (again(o)) return;
                remember(o);
                write(e.args);
                PyDict state = e.getDict();   // as pickle: args, then the instance's __dict__
                write(state.size() == 0 ? PyNone.NONE : state);
                return;
            }
            if (o instanceof PyInstance) {
                out.writeByte(T_INST);
                writeType(t);                  // first: the class's module may hold this very instance
                if (again(o)) return;
                remember(o);
                write(((PyInstance) o).state());
                return;
            }
            if (o instanceof PyCode c && mode == FORK) {
                remember(o);
                out.writeByte(T_PYCODE);
                writeCode(c.code);
                return;
            }
            if (o == PySingleton.NOT_IMPLEMENTED) { out.writeByte(T_NOTIMPL); return; }
            if (mode == FORK && o instanceof PyTextIO f && f.fd() <= 2 && !f.isClosed()) {
                // The child has the same descriptor (inherited): a forked child writes to it, as in CPython.
                remember(o);
                out.writeByte(T_STDSTREAM);
                out.writeByte(f.fd());
                return;
            }
            if (mode == FORK) {
                remember(o);
                out.writeByte(T_PLACEHOLDER);
                writeStr(t.qualifiedName());
                return;
            }
            // CPython: object.__reduce_ex__ refuses with TypeError, naming the type as tp_name does.
            throw Exc.raise(Exc.TypeError, "cannot pickle '" + t.qualifiedName() + "' object");
        }

        void writeType(PyType cls) throws IOException {
            if (memoized(cls)) return;
            if (cls.builtin || !isUserClass(cls) || mode == REF) {
                writeGlobal(cls, cls.module, cls.qualname == null ? cls.name : cls.qualname, "class " + cls.name);
                return;
            }
            out.writeByte(T_CLASS);
            PyObject mod = Interpreter.get().modules.get(new PyStr(cls.module));
            write(mod instanceof PyModule pm ? pm.dict : PyNone.NONE);   // first, as for functions
            if (again(cls)) return;
            remember(cls);
            writeStr(cls.name);
            writeStr(cls.qualname == null ? cls.name : cls.qualname);
            PyType[] bases = cls.bases();
            out.writeInt(bases.length);
            for (PyType b : bases) writeType(b);
            var attrs = cls.attrsView();
            List<String> names = new ArrayList<>(cls.ownAttrNames());
            for (String k : attrs.keySet()) if (!names.contains(k)) names.add(k);
            // __slots__ members are made again from __slots__ when the class is re-created.
            names.removeIf(k -> k.equals("__dict__") || k.equals("__weakref__") || attrs.get(k) instanceof PySlotMember);
            out.writeInt(names.size());
            for (String k : names) {
                writeStr(k);
                write(attrs.get(k));
            }
        }

        private boolean isUserClass(PyType cls) {
            if (cls.module == null) return false;
            Interpreter interp = Interpreter.get();
            PyObject m = interp.modules.get(new PyStr(cls.module));
            return m instanceof PyModule pm && isUserModule(pm.dict);
        }

        private void writeGlobal(PyObject o, String module, String qualname, String what) throws IOException {
            if (!(o instanceof PyType t && t.builtin) && lookupGlobal(module, qualname) != o) {
                if (mode == FORK) {
                    // A library's local function or class reached through the snapshot (e.g. a callback an
                    // executor in __main__ holds): the child gets a placeholder, not a failed start().
                    remember(o);
                    out.writeByte(T_PLACEHOLDER);
                    writeStr(what);
                    return;
                }
                String repr = o instanceof PyType ? Abstract.reprString(o) : Abstract.reprString(o);
                String last = qualname.contains(".") ? qualname : qualname;
                throw Exc.raise(PicklingError, "Can't pickle " + repr + ": attribute lookup " + last + " on "
                        + module + " failed");
            }
            remember(o);
            out.writeByte(T_GLOBAL);
            writeStr(module);
            writeStr(qualname);
        }

        void writeStr(String s) throws IOException {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        /** Code objects travel whole, in the format of the code cache (only in fork snapshots). */
        void writeCode(CodeObject c) throws IOException {
            if (memoized(c)) return;
            remember(c);
            out.writeByte(T_CODE);
            byte[] b = CodeMarshal.dumps(c);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /**
     * module.qualname as pickle's find_class walks it, but without running any code: each step reads a
     * module's namespace or a class's attributes along its MRO (no descriptors, no module __getattr__);
     * a staticmethod gives its function, as getattr does. Null when a step is missing.
     */
    static PyObject lookupGlobal(PyObject module, String qualname) {
        PyObject o = module;
        for (String part : qualname.split("\\.", -1)) {
            PyObject next;
            if (o instanceof PyModule m) next = m.dict.get(new PyStr(part));
            else if (o instanceof PyType t) next = t.lookup(part);
            else return null;
            if (next instanceof PyStaticMethod sm) next = sm.func;
            if (next == null) return null;
            o = next;
        }
        return o;
    }

    /**
     * For pickling: the object named module.qualname in this process (importing the module), or null. A
     * sub-interpreter's __main__ is its own: names of the main program's __main__ are found in the main script
     * loaded there as __mp_main__ (its __main__ guard skips the driver), and back in the main interpreter
     * __mp_main__ names are its __main__'s.
     */
    static PyObject lookupGlobal(String module, String qualname) {
        Interpreter interp = Interpreter.get();
        try {
            PyObject m = module.equals("builtins") ? interp.builtins : interp.modules.get(new PyStr(module));
            if (m == null && module.equals("__mp_main__") && interp.isMain()) m = interp.modules.get(new PyStr("__main__"));
            if (m == null) m = interp.importModule(module);
            PyObject o = lookupGlobal(m, qualname);
            if (o == null && module.equals("__main__") && !interp.isMain()) {
                PyModule mainScript = interp.mainScriptModule();
                if (mainScript != null) o = lookupGlobal(mainScript, qualname);
            }
            return o;
        } catch (PyException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Rebuilds one value. What may happen while reading (the README's "Serializer" says it for users):
     * <ul>
     *   <li>every length and count is checked against the bytes left ({@link BoundedInput}), memo references
     *   against the objects read so far, nesting against {@link #maxDepth}; any damage is an
     *   {@link #UnpicklingError};</li>
     *   <li>classes, functions and modules are only looked up by name ({@link #lookupGlobal}), in modules the
     *   process has imported already (or gilpy's own library); nothing found so is called: instances are
     *   allocated as object.__new__ does and get their __dict__ (or slot values) as state, exceptions are
     *   allocated as BaseException.__new__ does and get args and __dict__, subclasses of list and dict get
     *   their items; the only Python code that can run is __hash__/__eq__ of dict keys and set items, as with
     *   pickle;</li>
     *   <li>code objects, functions and classes carried whole, and the import of any module, are accepted only
     *   in a {@link #loadJob job}: what a parent hands its own child on the child's stdin pipe.</li>
     * </ul>
     */
    static final class Reader {
        final BoundedInput in;
        final boolean job;
        final int maxDepth;
        final List<Object> memo = new ArrayList<>();
        int depth;

        /** Modules named by the value may be imported (a value from another interpreter of this process). */
        boolean importing;

        Reader(byte[] b, boolean job) {
            this.in = new BoundedInput(b);
            this.job = job;
            this.maxDepth = (job ? MAX_DEPTH_JOB : MAX_DEPTH) + DEPTH_SLACK;
        }

        private int reserve() {
            memo.add(null);
            return memo.size() - 1;
        }

        private <T> T slot(T o) {
            memo.add(o);
            return o;
        }

        private Object memoRef() throws Malformed {
            int at = in.position();
            int i = in.i32();
            if (i < 0 || i >= memo.size()) {
                throw new Malformed("memo index " + i + " at offset " + at + " is out of range (" + memo.size()
                        + " objects read so far)");
            }
            Object o = memo.get(i);
            if (o == null) throw new Malformed("memo index " + i + " at offset " + at + " names an object still being rebuilt");
            return o;
        }

        private <T> T memoRef(Class<T> kind, String what) throws Malformed {
            Object o = memoRef();
            if (!kind.isInstance(o)) throw new Malformed("memo reference to " + describe(o) + " where " + what + " was expected");
            return kind.cast(o);
        }

        private static String describe(Object o) {
            return o instanceof PyObject p ? "a '" + p.type().name + "' object" : "a " + o.getClass().getSimpleName();
        }

        private <T> T expect(Class<T> kind, PyObject o, String what) throws Malformed {
            if (!kind.isInstance(o)) throw new Malformed("expected " + what + ", got " + describe(o));
            return kind.cast(o);
        }

        /** A class read in place, checked to be a type. */
        private PyType readType(String what) throws Malformed {
            return expect(PyType.class, read(), what);
        }

        /** The flag after a prelude (class, globals): 0 and a memo index when it was read with the prelude. */
        private boolean readAgain() throws Malformed {
            int f = in.u8();
            if (f > 1) throw new Malformed("bad flag " + f + " at offset " + (in.position() - 1));
            return f == 0;
        }

        PyObject read() throws Malformed {
            if (++depth > maxDepth) throw new Malformed("message nested more than " + (maxDepth - DEPTH_SLACK) + " levels deep");
            try {
                return readValue();
            } finally {
                depth--;
            }
        }

        private PyObject readValue() throws Malformed {
            int at = in.position();
            int tag = in.u8();
            switch (tag) {
                case T_NONE: return PyNone.NONE;
                case T_TRUE: return PyBool.TRUE;
                case T_FALSE: return PyBool.FALSE;
                case T_ELLIPSIS: return PySingleton.ELLIPSIS;
                case T_NOTIMPL: return PySingleton.NOT_IMPLEMENTED;
                case T_INT: return PyInt.of(in.i64());
                case T_BIG: {
                    byte[] b = in.lengthPrefixed();
                    if (b.length == 0) throw new Malformed("empty big integer at offset " + at);
                    return PyInt.of(new BigInteger(b));
                }
                case T_FLOAT: return new PyFloat(in.f64());
                case T_STR: return new PyStr(in.utf8());
                case T_STR16: return new PyStr(in.utf16(in.count(2, "UTF-16 unit")));
                case T_BYTES: return new PyBytes(in.lengthPrefixed());
                case T_TUPLE: {
                    PyObject[] a = new PyObject[in.count(1, "tuple item")];
                    for (int i = 0; i < a.length; i++) a[i] = read();
                    return PyTuple.of(a);
                }
                case T_MEMO: return memoRef(PyObject.class, "an object");
                case T_HANDLE: {
                    String kind = in.utf8(), owner = in.utf8();
                    long id = in.i64();
                    if (!Endpoint.get().isRunPath(kind, owner)) {
                        throw new Malformed("a multiprocessing handle names " + owner + ", which is not "
                                + (kind.equals("shm") ? "a shared-memory file" : "a socket") + " of this run");
                    }
                    if (kind.equals("shm") && (id < 1 || id > Integer.MAX_VALUE)) {
                        throw new Malformed("a shared-memory handle of " + id + " bytes");
                    }
                    HostedRef h = new HostedRef(kind, owner, id);
                    if (job && kind.equals("pipe_end")) PipeEnd.held(h);   // a copy the parent counted for us
                    return slot(h);
                }
                case T_LIST: case T_SUBLIST: {
                    PyList l;
                    if (tag == T_SUBLIST) {
                        PyType cls = readType("a subclass of list");
                        if (readAgain()) return memoRef(PyList.class, "a list");
                        if (cls.builtin || !cls.isSubtypeOf(PyList.TYPE)) throw new Malformed(cls.name + " is not a subclass of list");
                        l = slot(expect(PyList.class, cls.allocator.allocate(cls), "a list"));
                    } else {
                        l = slot(new PyList());
                    }
                    PyObject[] a = new PyObject[in.count(1, "list item")];
                    for (int i = 0; i < a.length; i++) a[i] = read();
                    l.setContents(a, a.length);
                    if (tag == T_SUBLIST) fillDict(l.getDict(), read());
                    return l;
                }
                case T_DICT: case T_SUBDICT: {
                    PyDict d;
                    if (tag == T_SUBDICT) {
                        PyType cls = readType("a subclass of dict");
                        if (readAgain()) return memoRef(PyDict.class, "a dict");
                        if (cls.builtin || !cls.isSubtypeOf(PyDict.TYPE)) throw new Malformed(cls.name + " is not a subclass of dict");
                        d = slot(expect(PyDict.class, cls.allocator.allocate(cls), "a dict"));
                    } else {
                        d = slot(new PyDict());
                    }
                    int n = in.count(2, "dict entry");
                    for (int i = 0; i < n; i++) {
                        PyObject k = read();
                        d.put(k, read());
                    }
                    if (tag == T_SUBDICT) fillDict(d.getDict(), read());
                    return d;
                }
                case T_SET: case T_FSET: {
                    PySet s = slot(tag == T_SET ? new PySet() : PySet.frozen());
                    int n = in.count(1, "set item");
                    for (int i = 0; i < n; i++) s.add(read());
                    return s;
                }
                case T_MODREF: return slot(module(in.utf8()));
                case T_GLOBAL: case T_BUILTIN: {
                    String module = in.utf8(), qualname = in.utf8();
                    PyObject o = importing ? lookupGlobal(module, qualname) : lookupGlobal(module(module), qualname);
                    if (o == null) throw Exc.raise(Exc.AttributeError,
                            "Can't get attribute '" + qualname + "' on <module '" + module + "'>");
                    // Only what is written by name: a message cannot fetch a live object (sys.modules, os.environ).
                    if (tag == T_GLOBAL ? !(o instanceof PyType || o instanceof PyFunction) : !(o instanceof PyBuiltinFunction)) {
                        throw new Malformed(module + "." + qualname + " is not a " + (tag == T_GLOBAL ? "class or function" : "built-in function"));
                    }
                    return slot(o);
                }
                case T_INST: {
                    PyType cls = readType("a class");
                    if (readAgain()) return memoRef(PyObject.class, "an instance");
                    // object.__new__(cls): only classes whose instances are plain Python objects.
                    if (cls.allocator != PyType.OBJECT.allocator) {
                        throw new Malformed("instances of " + cls.qualifiedName() + " are not rebuilt from a message");
                    }
                    PyInstance inst = slot(expect(PyInstance.class, cls.allocator.allocate(cls), "an instance"));
                    PyObject state = read();
                    if (state != PyNone.NONE && !inst.restoreState(expect(PyDict.class, state, "a state dict"))) {
                        throw new Malformed("state for an object without a __dict__");
                    }
                    return inst;
                }
                case T_EXC: {
                    PyType cls = readType("an exception class");
                    if (readAgain()) return memoRef(PyBaseException.class, "an exception");
                    // BaseException.__new__(cls): allocated, never initialised by code found in the message.
                    if (!cls.isSubtypeOf(Exc.BaseException)) throw new Malformed(cls.qualifiedName() + " is not an exception class");
                    PyBaseException e = slot(expect(PyBaseException.class, cls.allocator.allocate(cls), "an exception"));
                    e.args = expect(PyTuple.class, read(), "the exception's args tuple");
                    fillDict(e.getDict(), read());
                    return e;
                }
                case T_MODULE: {
                    jobOnly(tag, "a module's namespace");
                    String name = in.utf8();
                    int s = reserve();
                    // The namespace comes first so functions in it can refer to it.
                    PyModule m = new PyModule(name, expect(PyDict.class, read(), "a module namespace"));
                    fill(s, m);
                    return m;
                }
                case T_FUNC: {
                    jobOnly(tag, "a function");
                    PyDict globals = expect(PyDict.class, read(), "a function's globals");
                    if (readAgain()) return memoRef(PyFunction.class, "a function");
                    int s = reserve();
                    CodeObject code = readCode();
                    PyObject defs = read(), kwd = read();
                    int nc = in.count(1, "closure cell", true);
                    if (nc < 0 ? code.freevars.length > 0 : nc != code.freevars.length) {
                        throw new Malformed("a closure of " + nc + " cells for " + code.freevars.length + " free variables");
                    }
                    PyCell[] cells = nc < 0 ? null : new PyCell[nc];
                    PyFunction f = new PyFunction(code, globals, defs == PyNone.NONE ? null : expect(PyTuple.class, defs, "defaults").array(),
                            kwd == PyNone.NONE ? null : expect(PyDict.class, kwd, "keyword defaults"), cells);
                    fill(s, f);   // before the cells: a recursive inner function's cell holds the function itself
                    for (int i = 0; i < nc; i++) {
                        int t = in.u8();
                        if (t == T_MEMO) cells[i] = memoRef(PyCell.class, "a closure cell");
                        else if (t == T_CELL) readCellValue(slot(cells[i] = new PyCell(null)));
                        else throw new Malformed("bad closure cell tag " + t);
                    }
                    f.name = in.utf8();
                    f.qualname = in.utf8();
                    fillDict(f.getDict(), read());
                    return f;
                }
                case T_CLASS: {
                    jobOnly(tag, "a class");
                    read();   // the class's module namespace, read first for the memo's sake
                    if (readAgain()) return memoRef(PyType.class, "a class");
                    int s = reserve();
                    String name = in.utf8(), qualname = in.utf8();
                    PyType[] bases = new PyType[in.count(1, "base class")];
                    for (int i = 0; i < bases.length; i++) bases[i] = readType("a base class");
                    int na = in.count(5, "class attribute");
                    PyDict ns = new PyDict();
                    for (int i = 0; i < na; i++) {
                        String k = in.utf8();
                        ns.put(new PyStr(k), read());
                    }
                    PyType cls = PyType.create(name, bases, ns, null);
                    cls.qualname = qualname;
                    fill(s, cls);
                    return cls;
                }
                case T_PYCODE: {
                    jobOnly(tag, "a code object");
                    int s = reserve();
                    PyCode pc = new PyCode(readCode());
                    fill(s, pc);
                    return pc;
                }
                case T_STDSTREAM: {
                    jobOnly(tag, "a standard stream");
                    Interpreter interp = Interpreter.get();
                    int fd = in.u8();
                    PyObject f = fd == 0 ? interp.stdin : fd == 1 ? interp.stdout : fd == 2 ? interp.stderr : null;
                    if (f == null) throw new Malformed("standard stream " + fd + " does not exist");
                    return slot(f);
                }
                case T_PLACEHOLDER: {
                    jobOnly(tag, "a placeholder");
                    return slot(new Unavailable(in.utf8()));
                }
                default: throw new Malformed("unknown tag " + tag + " at offset " + at);
            }
        }

        /** Cells waiting for an object still being rebuilt, by memo index (see {@link #readCellValue}). */
        private final Map<Integer, List<PyCell>> waiting = new java.util.HashMap<>();

        /**
         * A closure cell's value. In a job, a cell may name an object still being rebuilt: the __class__ cell
         * of a method that uses super() holds the class whose namespace is being read. The cell gets its
         * value when that object is complete ({@link #fill}).
         */
        private void readCellValue(PyCell cell) throws Malformed {
            if (job && in.remaining() >= 5 && in.peek() == T_MEMO) {
                int at = in.position();
                in.u8();
                int i = in.i32();
                if (i >= 0 && i < memo.size() && memo.get(i) == null) {
                    waiting.computeIfAbsent(i, k -> new ArrayList<>()).add(cell);
                    return;
                }
                in.seek(at);
            }
            cell.value = read();
        }

        private void fill(int slot, Object o) {
            memo.set(slot, o);
            List<PyCell> cells = waiting.remove(slot);
            if (cells != null && o instanceof PyObject p) for (PyCell c : cells) c.value = p;
        }

        private void jobOnly(int tag, String what) throws Malformed {
            if (!job) {
                throw new Malformed("tag " + tag + " (" + what + " carried whole) is accepted only in the job a parent "
                        + "gives its child, not in a message");
            }
        }

        /** The module named so (see the class comment for when it may be imported). */
        private PyModule module(String name) throws Malformed {
            Interpreter interp = Interpreter.get();
            if (name.equals("builtins")) return interp.builtins;
            if (interp.modules.get(new PyStr(name)) instanceof PyModule m) return m;
            if (!job && !importing && !interp.isLibraryModule(name)) {
                throw new Malformed("a message names module '" + name + "', which this process has not imported "
                        + "(modules are not imported on a message's behalf)");
            }
            return interp.importModule(name);
        }

        private void fillDict(PyDict target, PyObject src) throws Malformed {
            if (src == PyNone.NONE) return;
            PyDict d = expect(PyDict.class, src, "a state dict");
            if (target == null) {
                if (d.size() == 0) return;
                throw new Malformed("state for an object without a __dict__");
            }
            for (var e : d.entrySnapshot()) target.put(e.getKey(), e.getValue());
        }

        CodeObject readCode() throws Malformed {
            int t = in.u8();
            if (t == T_MEMO) return memoRef(CodeObject.class, "a code object");
            if (t != T_CODE) throw new Malformed("expected a code object, got tag " + t);
            int s = reserve();
            CodeObject c = CodeMarshal.loads(in.lengthPrefixed());
            if (c == null) throw new Malformed("a damaged code object (or one from another gilpy build)");
            fill(s, c);
            return c;
        }
    }
}
