package dev.gilpy.process;

import dev.gilpy.ast.Expr;
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
 * A pickle-like, safe serializer for values crossing between processes. Only our own tagged forms exist:
 * deserializing never instantiates arbitrary Java classes. Two modes:
 * <ul>
 *   <li>{@link #REF} (spawn, Pool, queues): functions and classes travel by reference (module + qualname) and
 *   must be found again under that name, as pickle requires;</li>
 *   <li>{@link #FORK} (the fork snapshot): functions and classes of user modules travel structurally (code
 *   objects, globals, defaults, closures; class name, bases, namespace), user modules as their namespaces.</li>
 * </ul>
 * Objects seen twice are written once (a memo), so cycles and sharing survive.
 */
public final class Ser {
    public static final int REF = 0, FORK = 1;

    private static final int T_NONE = 0, T_TRUE = 1, T_FALSE = 2, T_INT = 3, T_BIG = 4, T_FLOAT = 5, T_STR = 6,
            T_BYTES = 7, T_TUPLE = 8, T_LIST = 9, T_DICT = 10, T_SET = 11, T_FSET = 12, T_MEMO = 13, T_MODREF = 14,
            T_GLOBAL = 15, T_FUNC = 16, T_CLASS = 17, T_INST = 18, T_CODE = 19, T_HANDLE = 20, T_PLACEHOLDER = 21,
            T_MODULE = 22, T_EXC = 23, T_BUILTIN = 24, T_ELLIPSIS = 25, T_SUBLIST = 26, T_SUBDICT = 27,
            T_NOTIMPL = 28, T_CELL = 29, T_PYCODE = 30, T_STDSTREAM = 31;

    /** The PicklingError type (set by the _mp module; TypeError until then). */
    public static volatile PyType picklingError = Exc.TypeError;

    // ------------------------------------------------------------------ writing

    public static byte[] dumps(PyObject o, int mode) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream(64);
        try {
            DataOutputStream out = new DataOutputStream(bos);
            new Writer(out, mode).write(o);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bos.toByteArray();
    }

    public static PyObject loads(byte[] b) {
        try {
            return new Reader(new DataInputStream(new ByteArrayInputStream(b))).read();
        } catch (IOException e) {
            throw Exc.raise(Exc.EOFError, "corrupt message: " + e);
        }
    }

    /** Whether a module's namespace is user code (copied structurally by fork) rather than library code. */
    public static boolean isUserModule(PyDict globals) {
        PyObject name = globals.get("__name__");
        if (name == null) return false;
        String n = Ops.strString(name);
        if (n.equals("__main__") || n.equals("__mp_main__")) return true;
        PyObject file = globals.get("__file__");
        return file instanceof PyStr s && !s.value.startsWith(Interpreter.LIB_PREFIX);
    }

    static final class Writer {
        final DataOutputStream out;
        final int mode;
        final Map<Object, Integer> memo = new IdentityHashMap<>();

        Writer(DataOutputStream out, int mode) {
            this.out = out;
            this.mode = mode;
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
            if (o instanceof PyStr s && t == PyStr.TYPE) { out.writeByte(T_STR); writeStr(s.value); return; }
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
            if (o instanceof Handle h) {
                remember(o);
                out.writeByte(T_HANDLE);
                writeStr(h.kind);
                writeStr(h.owner);
                out.writeLong(h.id);
                return;
            }
            if (o instanceof PyList l) {
                remember(o);
                if (t == PyList.TYPE) out.writeByte(T_LIST);
                else { out.writeByte(T_SUBLIST); writeType(t); }
                PyObject[] a = l.toArray();
                out.writeInt(a.length);
                for (PyObject x : a) write(x);
                if (t != PyList.TYPE) write(o.getDict());
                return;
            }
            if (o instanceof PyDict d) {
                remember(o);
                if (t == PyDict.TYPE) out.writeByte(T_DICT);
                else { out.writeByte(T_SUBDICT); writeType(t); }
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
                    write(Ops.getAttr(f, "__defaults__"));
                    write(Ops.getAttr(f, "__kwdefaults__"));
                    PyObject cl = Ops.getAttr(f, "__closure__");
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
                writeGlobal(o, Ops.strString(f.module), f.qualname, "function " + f.qualname);
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
                remember(o);
                out.writeByte(T_EXC);
                writeType(t);
                write(e.args);
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
            throw Exc.raise(picklingError, "cannot pickle '" + t.name + "' object");
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
                String repr = o instanceof PyType ? Ops.reprString(o) : Ops.reprString(o);
                String last = qualname.contains(".") ? qualname : qualname;
                throw Exc.raise(picklingError, "Can't pickle " + repr + ": attribute lookup " + last + " on "
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

        void writeCode(CodeObject c) throws IOException {
            if (memoized(c)) return;
            remember(c);
            out.writeByte(T_CODE);
            writeStr(c.name);
            writeStr(c.qualname);
            writeStr(c.filename);
            out.writeInt(c.firstLineno);
            out.writeInt(c.argcount);
            out.writeInt(c.posonlyargcount);
            out.writeInt(c.kwonlyargcount);
            out.writeInt(c.flags);
            out.writeInt(c.stacksize);
            writeInts(c.code);
            out.writeInt(c.consts.length);
            for (Object k : c.consts) writeConst(k);
            writeStrs(c.names);
            writeStrs(c.varnames);
            writeStrs(c.cellvars);
            writeStrs(c.freevars);
            writeInts(c.cell2arg);
            writeInts(c.lines);
            writeInts(c.columns);
            writeInts(c.exceptionTable);
        }

        void writeInts(int[] a) throws IOException {
            if (a == null) { out.writeInt(-1); return; }
            out.writeInt(a.length);
            for (int x : a) out.writeInt(x);
        }

        void writeStrs(String[] a) throws IOException {
            out.writeInt(a.length);
            for (String x : a) writeStr(x);
        }

        void writeConst(Object k) throws IOException {
            if (k == null) out.writeByte(T_NONE);
            else if (k instanceof Boolean b) out.writeByte(b ? T_TRUE : T_FALSE);
            else if (k instanceof Long l) { out.writeByte(T_INT); out.writeLong(l); }
            else if (k instanceof BigInteger bi) {
                out.writeByte(T_BIG);
                byte[] b = bi.toByteArray();
                out.writeInt(b.length);
                out.write(b);
            } else if (k instanceof Double d) { out.writeByte(T_FLOAT); out.writeDouble(d); }
            else if (k instanceof String s) { out.writeByte(T_STR); writeStr(s); }
            else if (k instanceof byte[] b) { out.writeByte(T_BYTES); out.writeInt(b.length); out.write(b); }
            else if (k instanceof Expr.Ellipsis) out.writeByte(T_ELLIPSIS);
            else if (k instanceof CodeObject c) writeCode(c);
            else if (k instanceof CodeObject.ConstTuple ct) {
                out.writeByte(T_TUPLE);
                out.writeInt(ct.items().size());
                for (Object x : ct.items()) writeConst(x);
            } else throw new IOException("unexpected constant " + k.getClass());
        }
    }

    /** The object named module.qualname (importing the module), or null. */
    static PyObject lookupGlobal(String module, String qualname) {
        Interpreter interp = Interpreter.get();
        PyObject o;
        try {
            if (module.equals("builtins")) o = interp.builtins;
            else {
                o = interp.modules.get(new PyStr(module));
                if (o == null) o = interp.importModule(module);
            }
            for (String part : qualname.split("\\.")) {
                o = Ops.getAttrOrNull(o, part);
                if (o == null) return null;
            }
        } catch (PyException e) {
            return null;
        }
        return o;
    }

    // ------------------------------------------------------------------ reading

    static final class Reader {
        final DataInputStream in;
        final List<Object> memo = new ArrayList<>();

        Reader(DataInputStream in) { this.in = in; }

        private int slot(Object o) {
            memo.add(o);
            return memo.size() - 1;
        }

        PyObject read() throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case T_NONE: return PyNone.NONE;
                case T_TRUE: return PyBool.TRUE;
                case T_FALSE: return PyBool.FALSE;
                case T_ELLIPSIS: return PySingleton.ELLIPSIS;
                case T_NOTIMPL: return PySingleton.NOT_IMPLEMENTED;
                case T_INT: return PyInt.of(in.readLong());
                case T_BIG: return PyInt.of(new BigInteger(readBytes()));
                case T_FLOAT: return new PyFloat(in.readDouble());
                case T_STR: return new PyStr(readStr());
                case T_BYTES: return new PyBytes(readBytes());
                case T_TUPLE: {
                    int n = in.readInt();
                    PyObject[] a = new PyObject[n];
                    for (int i = 0; i < n; i++) a[i] = read();
                    return PyTuple.of(a);
                }
                case T_MEMO: return (PyObject) memo.get(in.readInt());
                case T_HANDLE: {
                    Handle h = new Handle(readStr(), readStr(), in.readLong());
                    slot(h);
                    return h;
                }
                case T_LIST: case T_SUBLIST: {
                    PyList l;
                    if (tag == T_SUBLIST) {
                        int s = memo.size();
                        memo.add(null);
                        l = new PyList((PyType) read());
                        memo.set(s, l);
                    } else {
                        l = new PyList();
                        slot(l);
                    }
                    int n = in.readInt();
                    PyObject[] a = new PyObject[n];
                    for (int i = 0; i < n; i++) a[i] = read();
                    l.setContents(a, n);
                    if (tag == T_SUBLIST) fillDict(l.getDict(), read());
                    return l;
                }
                case T_DICT: case T_SUBDICT: {
                    PyDict d;
                    if (tag == T_SUBDICT) {
                        int s = memo.size();
                        memo.add(null);
                        d = new PyDict((PyType) read());
                        memo.set(s, d);
                    } else {
                        d = new PyDict();
                        slot(d);
                    }
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        PyObject k = read();
                        d.put(k, read());
                    }
                    if (tag == T_SUBDICT) fillDict(d.getDict(), read());
                    return d;
                }
                case T_SET: case T_FSET: {
                    PySet s = tag == T_SET ? new PySet() : PySet.frozen();
                    slot(s);
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) s.add(read());
                    return s;
                }
                case T_MODREF: {
                    String name = readStr();
                    Interpreter interp = Interpreter.get();
                    PyObject m = name.equals("builtins") ? interp.builtins : interp.modules.get(new PyStr(name));
                    if (m == null) m = interp.importModule(name);
                    slot(m);
                    return m;
                }
                case T_MODULE: {
                    String name = readStr();
                    int s = memo.size();
                    memo.add(null);
                    // The namespace comes first so functions in it can refer to it.
                    PyDict dict = (PyDict) read();
                    PyModule m = new PyModule(name, dict);
                    memo.set(s, m);
                    return m;
                }
                case T_GLOBAL: {
                    String module = readStr(), qualname = readStr();
                    PyObject o = lookupGlobal(module, qualname);
                    if (o == null) throw Exc.raise(Exc.AttributeError,
                            "Can't get attribute '" + qualname + "' on <module '" + module + "'>");
                    slot(o);
                    return o;
                }
                case T_BUILTIN: {
                    String module = readStr(), name = readStr();
                    PyObject o = lookupGlobal(module, name);
                    if (o == null) throw Exc.raise(Exc.AttributeError, "Can't get attribute '" + name + "' on <module '" + module + "'>");
                    slot(o);
                    return o;
                }
                case T_FUNC: {
                    PyDict globals = (PyDict) read();
                    if (in.readUnsignedByte() == 0) return (PyObject) memo.get(in.readInt());
                    int s = slot(null);
                    CodeObject code = readCode();
                    PyObject defs = read();
                    PyObject kwd = read();
                    int nc = in.readInt();
                    PyCell[] cells = null;
                    if (nc >= 0) {
                        cells = new PyCell[nc];
                        for (int i = 0; i < nc; i++) {
                            int t = in.readUnsignedByte();
                            if (t == T_MEMO) cells[i] = (PyCell) memo.get(in.readInt());
                            else {
                                PyCell c = new PyCell(null);
                                slot(c);
                                c.value = read();
                                cells[i] = c;
                            }
                        }
                    }
                    PyFunction f = new PyFunction(code, globals, defs == PyNone.NONE ? null : Ops.toArray(defs),
                            kwd == PyNone.NONE ? null : (PyDict) kwd, cells);
                    memo.set(s, f);
                    f.name = readStr();
                    f.qualname = readStr();
                    fillDict(f.getDict(), read());
                    return f;
                }
                case T_CLASS: {
                    read();
                    if (in.readUnsignedByte() == 0) return (PyObject) memo.get(in.readInt());
                    int s = slot(null);
                    String name = readStr(), qualname = readStr();
                    int nb = in.readInt();
                    PyType[] bases = new PyType[nb];
                    for (int i = 0; i < nb; i++) bases[i] = (PyType) read();
                    int na = in.readInt();
                    PyDict ns = new PyDict();
                    for (int i = 0; i < na; i++) {
                        String k = readStr();
                        ns.put(new PyStr(k), read());
                    }
                    PyType cls = PyType.create(name, bases, ns, null);
                    cls.qualname = qualname;
                    memo.set(s, cls);
                    return cls;
                }
                case T_INST: {
                    PyType cls = (PyType) read();
                    if (in.readUnsignedByte() == 0) return (PyObject) memo.get(in.readInt());
                    int s = slot(null);
                    PyObject inst = cls.allocator != null ? cls.allocator.allocate(cls) : new PyInstance(cls);
                    memo.set(s, inst);
                    PyObject d = read();
                    PyDict state = inst instanceof PyInstance pi ? pi.state() : inst.getDict();
                    if (state != null) fillDict(state, d);
                    return inst;
                }
                case T_EXC: {
                    int s = slot(null);
                    PyType cls = (PyType) read();
                    PyTuple args = (PyTuple) read();
                    PyObject e;
                    try {
                        e = Ops.call(cls, args.array());
                    } catch (PyException ex) {
                        PyBaseException be = new PyBaseException(cls);
                        be.args = args;
                        e = be;
                    }
                    if (e instanceof PyBaseException be) be.args = args;
                    memo.set(s, e);
                    return e;
                }
                case T_PYCODE: {
                    int s = slot(null);
                    PyCode pc = new PyCode(readCode());
                    memo.set(s, pc);
                    return pc;
                }
                case T_STDSTREAM: {
                    Interpreter interp = Interpreter.get();
                    PyObject f = switch (in.readByte()) {
                        case 0 -> interp.stdin;
                        case 1 -> interp.stdout;
                        case 2 -> interp.stderr;
                        default -> throw new IOException("bad standard stream");
                    };
                    slot(f);
                    return f;
                }
                case T_PLACEHOLDER: {
                    PyObject p = new Unavailable(readStr());
                    slot(p);
                    return p;
                }
                default: throw new IOException("bad tag " + tag);
            }
        }

        private void fillDict(PyDict target, PyObject src) {
            if (target != null && src instanceof PyDict d)
                for (var e : d.entrySnapshot()) target.put(e.getKey(), e.getValue());
        }

        byte[] readBytes() throws IOException {
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            return b;
        }

        String readStr() throws IOException { return new String(readBytes(), java.nio.charset.StandardCharsets.UTF_8); }

        CodeObject readCode() throws IOException {
            int t = in.readUnsignedByte();
            if (t == T_MEMO) return (CodeObject) memo.get(in.readInt());
            if (t != T_CODE) throw new IOException("expected code");
            int s = slot(null);
            CodeObject c = readCodeBody();
            memo.set(s, c);
            return c;
        }

        private CodeObject readCodeBody() throws IOException {
            String name = readStr(), qualname = readStr(), filename = readStr();
            int first = in.readInt(), argc = in.readInt(), posonly = in.readInt(), kwonly = in.readInt(),
                    flags = in.readInt(), stack = in.readInt();
            int[] code = readInts();
            Object[] consts = new Object[in.readInt()];
            for (int i = 0; i < consts.length; i++) consts[i] = readConst();
            String[] names = readStrs(), varnames = readStrs(), cellvars = readStrs(), freevars = readStrs();
            int[] cell2arg = readInts(), lines = readInts(), columns = readInts(), et = readInts();
            return new CodeObject(name, qualname, filename, first, argc, posonly, kwonly, flags, stack, code, consts,
                    names, varnames, cellvars, freevars, cell2arg, lines, columns, et);
        }

        int[] readInts() throws IOException {
            int n = in.readInt();
            if (n < 0) return null;
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = in.readInt();
            return a;
        }

        String[] readStrs() throws IOException {
            String[] a = new String[in.readInt()];
            for (int i = 0; i < a.length; i++) a[i] = readStr();
            return a;
        }

        Object readConst() throws IOException {
            int t = in.readUnsignedByte();
            switch (t) {
                case T_NONE: return null;
                case T_TRUE: return Boolean.TRUE;
                case T_FALSE: return Boolean.FALSE;
                case T_INT: return in.readLong();
                case T_BIG: return new BigInteger(readBytes());
                case T_FLOAT: return in.readDouble();
                case T_STR: return readStr();
                case T_BYTES: return readBytes();
                case T_ELLIPSIS: return Expr.Ellipsis.INSTANCE;
                case T_MEMO: return memo.get(in.readInt());
                case T_CODE: {
                    int s = slot(null);
                    CodeObject c = readCodeBody();
                    memo.set(s, c);
                    return c;
                }
                case T_TUPLE: {
                    int n = in.readInt();
                    List<Object> items = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) items.add(readConst());
                    return new CodeObject.ConstTuple(items);
                }
                default: throw new IOException("bad constant tag " + t);
            }
        }
    }
}
