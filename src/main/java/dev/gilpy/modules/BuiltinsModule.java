package dev.gilpy.modules;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.ClassBuilder;
import dev.gilpy.vm.Frame;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.PyCode;
import dev.gilpy.vm.PySuper;
import dev.gilpy.vm.ThreadState;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The builtins module: functions, types and exceptions every module sees. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins");
        PyDict d = m.dict;
        for (PyType t : new PyType[]{PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
                PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE,
                PySlice.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyProperty.TYPE, PySuper.TYPE}) {
            d.put(new PyStr(t.name), t);
        }
        for (PyType t : Exc.ALL) d.put(new PyStr(t.name), t);
        d.put(new PyStr("EnvironmentError"), Exc.OSError);
        d.put(new PyStr("IOError"), Exc.OSError);
        m.set("None", PyNone.NONE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.set("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        m.set("Ellipsis", PySingleton.ELLIPSIS);
        m.set("__build_class__", ClassBuilder.function());
        m.set("__debug__", PyBool.TRUE);

        m.def("print", BuiltinsModule::print);
        m.def("len", (a, k) -> {
            Args.exact("len", a, k, 1);
            return PyInt.of(Abstract.len(a[0]));
        });
        m.def("repr", (a, k) -> {
            Args.exact("repr", a, k, 1);
            return Abstract.repr(a[0]);
        });
        m.def("ascii", (a, k) -> {
            Args.exact("ascii", a, k, 1);
            return new PyStr(PyStr.asciiEscape(Abstract.reprString(a[0])));
        });
        m.def("id", (a, k) -> {
            Args.exact("id", a, k, 1);
            return PyInt.of(ObjectIds.of(a[0]));
        });
        m.def("hash", (a, k) -> {
            Args.exact("hash", a, k, 1);
            return PyInt.of(Abstract.hash64(a[0]));
        });
        m.def("abs", (a, k) -> {
            Args.exact("abs", a, k, 1);
            return Abstract.abs(a[0]);
        });
        m.def("callable", (a, k) -> {
            Args.exact("callable", a, k, 1);
            return PyBool.of(Abstract.isCallable(a[0]));
        });
        m.def("isinstance", (a, k) -> {
            Args.range("isinstance", a, k, 2, 2);
            return PyBool.of(Abstract.isInstance(a[0], a[1]));
        });
        m.def("issubclass", (a, k) -> {
            Args.range("issubclass", a, k, 2, 2);
            return PyBool.of(Abstract.isSubclass(a[0], a[1]));
        });
        m.def("getattr", (a, k) -> {
            Args.range("getattr", a, k, 2, 3);
            String name = attrName(a[1], "getattr");
            if (a.length == 3) {
                PyObject v = Abstract.getAttrOrAbsent(a[0], name);
                return v != null ? v : a[2];
            }
            return Abstract.getAttr(a[0], name);
        });
        m.def("setattr", (a, k) -> {
            Args.range("setattr", a, k, 3, 3);
            Abstract.setAttr(a[0], attrName(a[1], "setattr"), a[2]);
            return PyNone.NONE;
        });
        m.def("delattr", (a, k) -> {
            Args.range("delattr", a, k, 2, 2);
            Abstract.delAttr(a[0], attrName(a[1], "delattr"));
            return PyNone.NONE;
        });
        m.def("hasattr", (a, k) -> {
            Args.range("hasattr", a, k, 2, 2);
            return PyBool.of(Abstract.getAttrOrAbsent(a[0], attrName(a[1], "hasattr")) != null);
        });
        m.def("iter", (a, k) -> {
            Args.range("iter", a, k, 1, 2);
            if (a.length == 2) {
                if (!Abstract.isCallable(a[0])) throw Exc.typeError("iter(v, w): v must be callable");
                return new PyIterators.CallIterator(a[0], a[1]);
            }
            return Abstract.iter(a[0]);
        });
        m.def("aiter", (a, k) -> {
            Args.exact("aiter", a, k, 1);
            return dev.gilpy.vm.Awaits.aiterBuiltin(a[0]);
        });
        m.def("anext", (a, k) -> {
            Args.range("anext", a, k, 1, 2);
            return dev.gilpy.vm.Awaits.anextBuiltin(a[0], a.length == 2 ? a[1] : null);
        });
        m.def("next", (a, k) -> {
            Args.range("next", a, k, 1, 2);
            PyObject it = a[0];
            if (!it.type().builtin && it.type().lookup("__next__") == null
                    || it.type().builtin && !isIterator(it)) {
                throw Exc.typeError("'" + it.type().name + "' object is not an iterator");
            }
            if (!it.type().builtin) {
                try {
                    return Abstract.callDunder(it, "__next__");
                } catch (PyException e) {
                    if (a.length == 2 && e.matches(Exc.StopIteration)) return a[1];
                    throw e;
                }
            }
            PyObject v = it.next();
            if (v != null) return v;
            if (a.length == 2) return a[1];
            throw Exc.stopIteration(it instanceof PyReturningIterator r ? r.returnValue() : null);
        });
        m.def("sorted", (a, k) -> {
            PyObject[] p = Args.parse("sorted", a, 0, k, new String[]{"iterable", "key", "reverse"}, 1, 1);
            PyList l = new PyList();
            l.extend(p[0]);
            PyObject sort = Abstract.getAttr(l, "sort");
            List<PyObject> vals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            if (p[1] != null) { vals.add(p[1]); names.add("key"); }
            if (p[2] != null) { vals.add(p[2]); names.add("reverse"); }
            sort.call(vals.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
            return l;
        });
        m.def("reversed", (a, k) -> {
            Args.exact("reversed", a, k, 1);
            return reversed(a[0]);
        });
        m.def("sum", (a, k) -> {
            PyObject[] p = Args.parse("sum", a, 0, k, new String[]{"iterable", "start"}, 1, 2);
            PyObject total = p[1] == null ? PyInt.ZERO : p[1];
            if (total instanceof PyStr) throw Exc.typeError("sum() can't sum strings [use ''.join(seq) instead]");
            PyObject it = Abstract.iter(p[0]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) total = Abstract.binary(dev.gilpy.bytecode.BinaryOps.ADD, total, v);
            return total;
        });
        m.def("min", (a, k) -> minMax("min", a, k, Abstract.LT));
        m.def("max", (a, k) -> minMax("max", a, k, Abstract.GT));
        m.def("any", (a, k) -> {
            Args.exact("any", a, k, 1);
            PyObject it = Abstract.iter(a[0]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) if (Abstract.isTrue(v)) return PyBool.TRUE;
            return PyBool.FALSE;
        });
        m.def("all", (a, k) -> {
            Args.exact("all", a, k, 1);
            PyObject it = Abstract.iter(a[0]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) if (!Abstract.isTrue(v)) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        m.def("divmod", (a, k) -> {
            Args.range("divmod", a, k, 2, 2);
            PyObject q;
            try {
                q = Abstract.binary(dev.gilpy.bytecode.BinaryOps.FLOOR_DIVIDE, a[0], a[1]);
            } catch (PyException e) {
                // the operator is divmod() itself, as CPython's message says
                String text = Abstract.strString(e.value);
                if (e.matches(Exc.TypeError) && text.startsWith("unsupported operand type(s) for //:")) {
                    throw Exc.typeError("unsupported operand type(s) for divmod():" + text.substring(35));
                }
                throw e;
            }
            return PyTuple.of(q, Abstract.binary(dev.gilpy.bytecode.BinaryOps.REMAINDER, a[0], a[1]));
        });
        m.def("pow", (a, k) -> {
            PyObject[] p = Args.parse("pow", a, 0, k, new String[]{"base", "exp", "mod"}, 2, 3);
            if (p[2] == null || p[2] == PyNone.NONE) return Abstract.binary(dev.gilpy.bytecode.BinaryOps.POWER, p[0], p[1]);
            if (p[0] instanceof PyComplex || p[1] instanceof PyComplex) throw Exc.valueError("complex modulo");
            if (!(p[0] instanceof PyInt b && p[1] instanceof PyInt e && p[2] instanceof PyInt mod)) {
                throw Exc.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            if (mod.signum() == 0) throw Exc.valueError("pow() 3rd argument cannot be 0");
            BigInteger bm = mod.bigValue();
            BigInteger r;
            if (e.signum() < 0) {
                try {
                    r = b.bigValue().modInverse(bm.abs()).modPow(e.bigValue().negate(), bm.abs());
                } catch (ArithmeticException ex) {
                    throw Exc.valueError("base is not invertible for the given modulus");
                }
            } else {
                r = b.bigValue().modPow(e.bigValue(), bm.abs());
            }
            if (bm.signum() < 0 && r.signum() > 0) r = r.add(bm);
            return PyInt.of(r);
        });
        m.def("round", (a, k) -> {
            PyObject[] p = Args.parse("round", a, 0, k, new String[]{"number", "ndigits"}, 1, 2);
            PyObject r = p[0].type().lookup("__round__");
            if (r == null) throw Exc.typeError("type " + p[0].type().name + " doesn't define __round__ method");
            return p[1] == null || p[1] == PyNone.NONE ? Abstract.callMethod(r, p[0]) : Abstract.callMethod(r, p[0], p[1]);
        });
        m.def("chr", (a, k) -> {
            Args.exact("chr", a, k, 1);
            long c = Abstract.indexLong(a[0], "'" + a[0].type().name + "' object cannot be interpreted as an integer");
            if (c < 0 || c > 0x10ffff) throw Exc.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) c);
        });
        m.def("ord", (a, k) -> {
            Args.exact("ord", a, k, 1);
            if (a[0] instanceof PyStr s) {
                if (s.length() != 1) {
                    throw Exc.typeError("ord() expected a character, but string of length " + s.length() + " found");
                }
                return PyInt.of(s.codePointAt(0));
            }
            if (a[0] instanceof PyBytes b && b.value.length == 1) return PyInt.of(b.value[0] & 0xff);
            throw Exc.typeError("ord() expected string of length 1, but " + a[0].type().name + " found");
        });
        m.def("hex", (a, k) -> radix("hex", a, k, 16, "0x"));
        m.def("oct", (a, k) -> radix("oct", a, k, 8, "0o"));
        m.def("bin", (a, k) -> radix("bin", a, k, 2, "0b"));
        m.def("format", (a, k) -> {
            Args.range("format", a, k, 1, 2);
            if (a.length > 1 && !(a[1] instanceof PyStr)) {
                throw Exc.typeError("format() argument 2 must be str, not " + a[1].type().name);
            }
            return Abstract.format(a[0], a.length > 1 ? Abstract.strString(a[1]) : "");
        });
        m.def("enumerate", (a, k) -> {
            PyObject[] p = Args.parse("enumerate", a, 0, k, new String[]{"iterable", "start"}, 1, 2);
            return new Iterators.Enumerate(Abstract.iter(p[0]), p[1] == null ? PyInt.ZERO : p[1]);
        });
        m.def("zip", (a, k) -> {
            PyObject[] p = a;
            boolean strict = false;
            int nkw = Args.nkw(k);
            if (nkw > 0) {
                if (nkw != 1 || !k[0].equals("strict")) {
                    throw Exc.typeError("zip() got an unexpected keyword argument '" + k[0] + "'");
                }
                strict = Abstract.isTrue(a[a.length - 1]);
                p = Arrays.copyOf(a, a.length - 1);
            }
            PyObject[] its = new PyObject[p.length];
            for (int i = 0; i < p.length; i++) {
                try {
                    its[i] = Abstract.iter(p[i]);
                } catch (PyException e) {
                    if (e.matches(Exc.TypeError)) {
                        throw Exc.typeError("zip argument #" + (i + 1) + " must support iteration");
                    }
                    throw e;
                }
            }
            return new Iterators.Zip(its, strict);
        });
        m.def("map", (a, k) -> {
            Args.noKw("map", k);
            if (a.length < 2) throw Exc.typeError("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Abstract.iter(a[i]);
            return new Iterators.Map(a[0], its);
        });
        m.def("filter", (a, k) -> {
            Args.range("filter", a, k, 2, 2);
            return new Iterators.Filter(a[0], Abstract.iter(a[1]));
        });
        m.def("vars", (a, k) -> {
            Args.range("vars", a, k, 0, 1);
            if (a.length == 0) return ThreadState.current().frame.localsDict();
            if (a[0] instanceof PyType t) return t.dictSnapshot();
            PyDict dd = a[0].getDict();
            if (dd == null) throw Exc.typeError("vars() argument must have __dict__ attribute");
            return dd;
        });
        m.def("locals", (a, k) -> ThreadState.current().frame.localsDict());
        m.def("globals", (a, k) -> ThreadState.current().frame.globals);
        m.def("dir", (a, k) -> {
            Args.range("dir", a, k, 0, 1);
            if (a.length == 0) {
                PyList l = new PyList();
                PyObject[] keys = ThreadState.current().frame.localsDict().keysArray();
                Arrays.sort(keys, (x, y) -> PyStr.compareCodePoints(x.toString(), y.toString()));
                for (PyObject key : keys) l.append(key);
                return l;
            }
            if (a[0] instanceof PyModule mod) {
                PyList l = new PyList();
                PyObject[] keys = mod.dict.keysArray();
                Arrays.sort(keys, (x, y) -> PyStr.compareCodePoints(x.toString(), y.toString()));
                for (PyObject key : keys) l.append(key);
                return l;
            }
            PyObject custom = a[0].type().builtin ? null : a[0].type().lookup("__dir__");
            if (custom != null && !(custom instanceof PyMethodDescr)) {
                PyList l = new PyList();
                l.extend(Abstract.callMethod(custom, a[0]));
                Abstract.call(Abstract.getAttr(l, "sort"));   // a bound method: no self again
                return l;
            }
            return ObjectMethods.dir(a[0]);
        });
        m.def("input", (a, k) -> {
            Args.range("input", a, k, 0, 1);
            if (a.length == 1) interp.writeStdout(Abstract.strString(a[0]));
            flushStd(interp);
            PyObject in = interp.sysAttr("stdin");
            String line;
            if (in instanceof PyTextIO io) line = interp.gil.blockedWhile(dev.gilpy.trace.BlockReason.IO, io::readline);
            else {
                PyObject r = Abstract.call(Abstract.getAttr(in, "readline"));
                line = Abstract.strString(r);
                if (line.isEmpty()) line = null;
            }
            if (line == null) throw Exc.raise(Exc.EOFError, "EOF when reading a line");
            return new PyStr(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        });
        m.def("open", (a, k) -> open(a, k));
        m.def("exec", (a, k) -> execOrEval("exec", interp, a, k));
        m.def("eval", (a, k) -> execOrEval("eval", interp, a, k));
        m.def("compile", (a, k) -> {
            PyObject[] p = Args.parse("compile", a, 0, k, new String[]{"source", "filename", "mode", "flags",
                    "dont_inherit", "optimize"}, 3, 6);
            String mode = Abstract.strString(p[2]);
            Parsing.Mode pm = switch (mode) {
                case "exec" -> Parsing.Mode.FILE;
                case "eval" -> Parsing.Mode.EVAL;
                case "single" -> Parsing.Mode.SINGLE;
                default -> throw Exc.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
            String filename = Abstract.strString(p[1]);
            String source = p[0] instanceof PyStr src ? src.value : sourceBytes(p[0], filename, "compile");
            return new PyCode(interp.compile(source, filename, pm));
        });
        m.set("exit", new Quitter("exit"));
        m.set("quit", new Quitter("quit"));
        m.set("help", new Helper(interp));
        m.def("__import__", (a, k) -> {
            PyObject[] p = Args.parse("__import__", a, 0, k, new String[]{"name", "globals", "locals", "fromlist",
                    "level"}, 1, 5);
            PyDict g = p[1] instanceof PyDict gd ? gd : new PyDict();
            return interp.importName(Abstract.strString(p[0]), g, p[3] == null ? PyNone.NONE : p[3],
                    p[4] == null ? 0 : ((PyInt) p[4]).intValue());
        });
        // The calls CPython 3.11 counts against the recursion limit (see PyBuiltinFunction.checksRecursion):
        // its METH_O builtins but len, and sorted.
        for (String name : new String[] {"abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id",
                "oct", "ord", "repr", "sorted"}) {
            ((PyBuiltinFunction) m.get(name)).checksRecursion = true;
        }
        return m;
    }

    static PyException exit(PyObject[] a) {
        PyBaseException e = new PyBaseException(Exc.SystemExit);
        if (a.length > 0) e.args = PyTuple.of(a[0]);
        return e.raise();
    }


    static void flushStd(Interpreter interp) {
        PyObject out = interp.sysAttr("stdout");
        if (out instanceof PyTextIO io) io.flush();
        else if (out != null && out != PyNone.NONE) {
            PyObject f = Abstract.getAttrOrNull(out, "flush");
            if (f != null) Abstract.call(f);
        }
    }

    private static String attrName(PyObject o, String fn) {
        if (o instanceof PyStr s) return s.value;
        throw Exc.typeError("attribute name must be string, not '" + o.type().name + "'");
    }


    private static boolean isIterator(PyObject it) {
        if (it instanceof PyIterators.Base || it instanceof PyDict.DictIterator) return true;
        return it.type().lookup("__next__") != null;
    }

    private static PyObject reversed(PyObject seq) {
        if (seq instanceof PyList l && l.type().builtin) return new PyIterators.ReversedListIterator(l);
        PyObject rev = seq.type().lookup("__reversed__");
        if (rev != null) return Abstract.callMethod(rev, seq);
        if (seq instanceof PyDict || seq instanceof PySet || seq.type().lookup("__getitem__") == null
                && !(seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyRange || seq instanceof PyBytes)) {
            throw Exc.typeError("'" + seq.type().name + "' object is not reversible");
        }
        int n = Abstract.len(seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) out[i] = Abstract.getItem(seq, PyInt.of(n - 1 - i));
        return new Iterators.Named("reversed", new PyIterators.ArrayIterator(out, n));
    }

    private static PyObject minMax(String name, PyObject[] a, String[] k, int op) {
        int nkw = Args.nkw(k);
        PyObject key = null, dflt = null;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[a.length - nkw + i];
            switch (k[i]) {
                case "key" -> key = v == PyNone.NONE ? null : v;
                case "default" -> dflt = v;
                default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        int npos = a.length - nkw;
        if (npos == 0) throw Exc.typeError(name + " expected at least 1 argument, got 0");
        PyObject it;
        if (npos == 1) it = Abstract.iter(a[0]);
        else {
            if (dflt != null) {
                throw Exc.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            it = new PyIterators.ArrayIterator(Arrays.copyOf(a, npos), npos);
        }
        PyObject best = null, bestKey = null;
        for (PyObject v; (v = Abstract.next(it)) != null; ) {
            PyObject kv = key == null ? v : Abstract.call(key, v);
            if (best == null || Abstract.compareBool(kv, bestKey, op)) {
                best = v;
                bestKey = kv;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Exc.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private static PyObject radix(String fn, PyObject[] a, String[] k, int radix, String prefix) {
        Args.exact(fn, a, k, 1);
        PyInt i = Abstract.indexOrNull(a[0]);
        if (i == null) throw Exc.typeError("'" + a[0].type().name + "' object cannot be interpreted as an integer");
        BigInteger b = i.bigValue();
        String digits = b.abs().toString(radix);
        return new PyStr((b.signum() < 0 ? "-" : "") + prefix + digits);
    }

    private static PyObject print(PyObject[] a, String[] k) {
        int nkw = Args.nkw(k);
        String sep = " ", end = "\n";
        PyObject file = null;
        boolean flush = false;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[a.length - nkw + i];
            switch (k[i]) {
                case "sep" -> sep = v == PyNone.NONE ? " " : strArg(v, "sep");
                case "end" -> end = v == PyNone.NONE ? "\n" : strArg(v, "end");
                case "file" -> file = v == PyNone.NONE ? null : v;
                case "flush" -> flush = Abstract.isTrue(v);
                default -> throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
            }
        }
        Interpreter interp = Interpreter.get();
        if (file == null) {
            file = interp.sysAttr("stdout");
            if (file == null || file == PyNone.NONE) return PyNone.NONE;
        }
        if (file instanceof PyTextIO io) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.length - nkw; i++) {
                if (i > 0) sb.append(sep);
                sb.append(Abstract.strString(a[i]));
            }
            sb.append(end);
            // CPython calls the stream's C write() (one level against the recursion limit), which calls
            // one level deeper again: a recursion that prints reaches the limit here, as there.
            RecursionDepth write = RecursionDepth.enter(RecursionDepth.IN_CALL);
            try {
                RecursionDepth.enter(RecursionDepth.IN_CALL).leave();
                io.write(sb.toString());
            } finally {
                write.leave();
            }
            if (flush) io.flush();
        } else {
            // CPython: Python/bltinmodule.c builtin_print writes each argument, separator and the end
            // with its own write() call; a user's file object sees those pieces.
            PyObject write = Abstract.getAttr(file, "write");
            for (int i = 0; i < a.length - nkw; i++) {
                if (i > 0) Abstract.call(write, new PyStr(sep));
                Abstract.call(write, new PyStr(Abstract.strString(a[i])));
            }
            Abstract.call(write, new PyStr(end));
            if (flush) Abstract.call(Abstract.getAttr(file, "flush"));
        }
        return PyNone.NONE;
    }

    private static String strArg(PyObject v, String name) {
        if (v instanceof PyStr s) return s.value;
        throw Exc.typeError(name + " must be None or a string, not " + v.type().name);
    }

    private static PyObject open(PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("open", a, 0, k, new String[]{"file", "mode", "buffering", "encoding", "errors",
                "newline", "closefd", "opener"}, 1, 8);
        String file = Abstract.strString(p[0]);
        String mode = p[1] == null ? "r" : Abstract.strString(p[1]);
        checkMode(mode, p);
        // What other file objects of this program have not written yet is in the file before it is opened
        // again (CPython's would be written already, freed by reference counting or flushed; see OpenFiles).
        OpenFiles.flushAll();
        Path path = OsModule.resolve(file);   // against os.chdir's directory, which the JVM cannot change
        try {
            if (Files.isDirectory(path)) throw Exc.osError(Exc.IsADirectoryError, 21, "Is a directory", file);
            if (mode.contains("x") && Files.exists(path)) {
                throw Exc.osError(Exc.FileExistsError, 17, "File exists", file);
            }
            if (mode.contains("b")) return BinaryFile.open(file, mode, mode);
            if (mode.contains("r") && !mode.contains("+")) {
                InputStream in = new FileInputStream(path.toFile());
                return new PyTextIO(file, mode, null, in, false, false, 3);
            }
            boolean append = mode.contains("a");
            OutputStream out = new FileOutputStream(path.toFile(), append);
            PyTextIO f = new PyTextIO(file, mode, out, null, false, false, 3);
            OpenFiles.register(f);
            return f;
        } catch (FileNotFoundException e) {
            if (Files.isDirectory(path)) throw Exc.osError(Exc.IsADirectoryError, 21, "Is a directory", file);
            if (path.getParent() != null && !Files.exists(path.getParent()) || !Files.exists(path)) {
                throw Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", file);
            }
            throw Exc.osError(Exc.PermissionError, 13, "Permission denied", file);
        } catch (IOException e) {
            throw Exc.osError(Exc.OSError, 5, e.getMessage(), file);
        }
    }

    /** CPython's checks of open()'s mode (Modules/_io/_iomodule.c), with its messages. */
    private static void checkMode(String mode, PyObject[] p) {
        int kinds = 0;
        boolean text = false, binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) throw Exc.valueError("invalid mode: '" + mode + "'");
            if ("rwax".indexOf(c) >= 0) kinds++;
            text |= c == 't';
            binary |= c == 'b';
        }
        if (text && binary) throw Exc.valueError("can't have text and binary mode at once");
        if (kinds != 1) throw Exc.valueError("must have exactly one of create/read/write/append mode");
        if (binary) {
            String[] names = {"encoding", "errors", "newline"};
            for (int i = 0; i < 3; i++) {
                if (p[3 + i] != null && p[3 + i] != PyNone.NONE) {
                    throw Exc.valueError("binary mode doesn't take " + (i == 2 ? "a " : "an ") + names[i] + " argument");
                }
            }
        }
    }

    /** compile()/exec()/eval() source given as bytes or bytearray: decoded as PEP 263 says. */
    private static String sourceBytes(PyObject source, String filename, String fn) {
        byte[] b;
        if (source instanceof PyBytes x) b = x.value;
        else if (source instanceof PyByteArray x) b = x.toBytes();
        else throw Exc.typeError(fn + "() arg 1 must be a string, bytes or AST object");
        for (byte x : b) {
            if (x == 0) {
                throw ((PyBaseException) Abstract.call(Exc.SyntaxError, new PyStr("source code string cannot contain null bytes"))).raise();
            }
        }
        return Interpreter.decodeSource(b, filename, at -> String.format(
                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
                b[at] & 0xff, at));
    }

    private static PyObject execOrEval(String fn, Interpreter interp, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse(fn, a, 0, k, new String[]{"source", "globals", "locals"}, 1, 3);
        Frame caller = ThreadState.current().frame;
        // Called with no Python frame (Interpreter.call(exec, ...) from another interpreter): the
        // interpreter's __main__, where code run in it goes.
        PyDict callerGlobals = caller != null ? caller.globals
                : ((dev.gilpy.runtime.PyModule) interp.modules.get(new PyStr("__main__"))).dict;
        PyDict globals = p[1] instanceof PyDict g ? g : callerGlobals;
        PyObject locals = p[2] != null && p[2] != PyNone.NONE ? p[2]
                : (p[1] instanceof PyDict ? globals : caller != null ? caller.localsDict() : callerGlobals);
        CodeObject code;
        if (p[0] instanceof PyCode c) code = c.code;
        else if (p[0] instanceof PyStr || p[0] instanceof PyBytes || p[0] instanceof PyByteArray) {
            String src = p[0] instanceof PyStr s ? s.value : sourceBytes(p[0], "<string>", fn);
            if (fn.equals("eval")) src = src.strip();
            code = interp.compile(src, "<string>", fn.equals("eval") ? Parsing.Mode.EVAL : Parsing.Mode.FILE);
        } else {
            throw Exc.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        PyObject r = interp.exec(code, globals, locals);
        return fn.equals("eval") ? r : PyNone.NONE;
    }

    /**
     * {@code exit} and {@code quit} as CPython's site module makes them: calling one raises SystemExit, and
     * its repr (what a bare {@code exit} at the prompt echoes) says how to leave.
     */
    static final class Quitter extends PyObject {
        static final PyType TYPE = PyType.builtin("Quitter", PyType.OBJECT, null);

        static {
            TYPE.module = "_sitebuiltins";
            TYPE.acceptableBase = false;
        }

        private final String name;

        Quitter(String name) {
            this.name = name;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            Args.range(name, args, kwnames, 0, 1);
            throw exit(args);
        }

        @Override
        public PyObject repr() { return new PyStr("Use " + name + "() or Ctrl-D (i.e. EOF) to exit"); }
    }

    /**
     * The builtin {@code help}, as CPython's site module makes it: a call imports pydoc (only then) and
     * runs {@code pydoc.help(*args)}; the repr says how to use it.
     */
    static final class Helper extends PyObject {
        static final PyType TYPE = PyType.builtin("_Helper", PyType.OBJECT, null);

        static {
            TYPE.module = "_sitebuiltins";
            TYPE.acceptableBase = false;
        }

        private final Interpreter interp;

        Helper(Interpreter interp) {
            this.interp = interp;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject help = Abstract.getAttr(interp.importModule("pydoc"), "help");
            return help.call(args, kwnames);
        }

        @Override
        public PyObject repr() {
            return new PyStr("Type help() for interactive help, or help(object) for help about object.");
        }
    }
}
