package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.concurrent.EvalBreaker;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Numbers;
import dev.gilpy.runtime.Ops;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyIterators;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PySlice;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.TracebackEntry;

/**
 * The eval loop: one Java call of {@link #run} per Python call. Each case is a few lines; the real work
 * lives in {@link Ops} and the helpers at the bottom. Stack diagrams are in {@link Opcode}.
 */
public final class Eval {
    private Eval() {}

    /**
     * Whether this JVM compiles the per-instruction hook in at all (system property gilpy.stepHooks,
     * which the launcher sets only for --switch-points any; the test JVM sets it too).
     */
    public static final boolean STEP_HOOKS = Boolean.getBoolean("gilpy.stepHooks");
    /** The hook is active: a deterministic scheduler with --switch-points any is installed. */
    static volatile boolean stepping;

    /** Runs a frame on the current thread's frame chain, with the recursion limit enforced. */
    static PyObject execute(Frame f, ThreadState ts) {
        if (++ts.depth > ts.interp.recursionLimit) {
            ts.depth--;
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded");
        }
        f.back = ts.frame;
        ts.frame = f;
        try {
            return run(f, ts);
        } catch (StackOverflowError e) {
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded");
        } finally {
            ts.frame = f.back;
            ts.depth--;
        }
    }

    @SuppressWarnings("fallthrough")
    private static PyObject run(Frame f, ThreadState ts) {
        final CodeObject co = f.code;
        final int[] code = co.code;
        final PyObject[] s = f.values;
        final PyObject[] consts = f.consts;
        final PyStr[] names = f.names;
        int sp = f.sp;
        int pc = f.pc;
        String[] kwnames = null;
        PyBaseException pending = f.pendingThrow;
        f.pendingThrow = null;
        while (true) {
            boolean reraise = false;
            try {
                if (pending != null) {
                    PyBaseException p = pending;
                    pending = null;
                    throw p.raise();
                }
                while (true) {
                    final int word = code[pc++];
                    // --switch-points any: a switch point before every instruction. STEP_HOOKS is a
                    // static final read once at class load, so the JIT drops this line entirely in
                    // ordinary runs.
                    if (STEP_HOOKS && stepping) ts.interp.step(f, word);
                    final int arg = word >> 8;
                    switch (word & 0xFF) {
                        case Op.NOP -> { }
                        case Op.RESUME -> {
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.POP_TOP -> s[--sp] = null;
                        case Op.PUSH_NULL -> s[sp++] = null;
                        case Op.COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case Op.SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case Op.LOAD_CONST -> s[sp++] = consts[arg];
                        case Op.LOAD_FAST -> {
                            PyObject x = s[arg];
                            if (x == null) throw unboundLocal(co.varnames[arg]);
                            s[sp++] = x;
                        }
                        case Op.STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[sp] = null;
                        }
                        case Op.LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) s[sp++] = null;
                            s[sp++] = f.cache.loadGlobal(pc - 1, names[arg >> 1], f.globals, f.builtins);
                        }
                        case Op.LOAD_DEREF -> {
                            PyObject x = f.cells[arg].value;
                            if (x == null) throw unboundDeref(co, arg);
                            s[sp++] = x;
                        }
                        case Op.STORE_DEREF -> {
                            f.cells[arg].value = s[--sp];
                            s[sp] = null;
                        }
                        case Op.LOAD_ATTR -> s[sp - 1] = Ops.getAttr(s[sp - 1], names[arg].value);
                        case Op.STORE_ATTR -> {
                            Ops.setAttr(s[sp - 1], names[arg].value, s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.LOAD_METHOD -> {
                            PyObject obj = s[sp - 1];
                            PyObject meth = Calls.lookupMethod(obj, names[arg]);
                            if (meth != null) {
                                s[sp - 1] = meth;
                                s[sp++] = obj;
                            } else {
                                s[sp - 1] = null;
                                s[sp++] = Ops.getAttr(obj, names[arg].value);
                            }
                        }
                        case Op.BINARY_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            PyObject a = s[sp - 1];
                            PyObject r = null;
                            if (a instanceof PyInt x && b instanceof PyInt y) {
                                r = Numbers.intBinary(arg, x, y);
                            }
                            s[sp - 1] = r != null ? r : Ops.binaryOp(arg, a, b);
                        }
                        case Op.COMPARE_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            PyObject a = s[sp - 1];
                            if (a instanceof PyInt x && b instanceof PyInt y && !x.isBig() && !y.isBig()) {
                                s[sp - 1] = PyBool.of(Ops.cmpResult(Long.compare(x.value, y.value), arg));
                            } else {
                                s[sp - 1] = Ops.richCompare(a, b, arg);
                            }
                        }
                        case Op.IS_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of((s[sp - 1] == b) ^ (arg != 0));
                        }
                        case Op.CONTAINS_OP -> {
                            PyObject container = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = PyBool.of(Ops.contains(container, s[sp - 1]) ^ (arg != 0));
                        }
                        case Op.BINARY_SUBSCR -> {
                            PyObject key = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Ops.getItem(s[sp - 1], key);
                        }
                        case Op.STORE_SUBSCR -> {
                            Ops.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.BUILD_TUPLE -> {
                            sp -= arg;
                            s[sp] = PyTuple.of(take(s, sp, arg));
                            sp++;
                        }
                        case Op.BUILD_LIST -> {
                            sp -= arg;
                            s[sp] = new PyList(take(s, sp, arg), arg);
                            sp++;
                        }
                        case Op.LIST_APPEND -> {
                            PyObject x = s[--sp];
                            s[sp] = null;
                            ((PyList) s[sp - arg]).append(x);
                        }
                        case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> pc = arg;
                        case Op.JUMP_BACKWARD -> {
                            ts.bytecodes += pc - arg;
                            pc = arg;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.POP_JUMP_FORWARD_IF_FALSE -> {
                            if (!truth(s[--sp])) pc = arg;
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_FORWARD_IF_TRUE -> {
                            if (truth(s[--sp])) pc = arg;
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_FORWARD_IF_NONE -> {
                            if (s[--sp] == PyNone.NONE) pc = arg;
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_FORWARD_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.NONE) pc = arg;
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_BACKWARD_IF_FALSE -> {
                            if (!truth(s[--sp])) {
                                ts.bytecodes += pc - arg;
                                pc = arg;
                            }
                            s[sp] = null;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.POP_JUMP_BACKWARD_IF_TRUE -> {
                            if (truth(s[--sp])) {
                                ts.bytecodes += pc - arg;
                                pc = arg;
                            }
                            s[sp] = null;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.POP_JUMP_BACKWARD_IF_NONE -> {
                            if (s[--sp] == PyNone.NONE) {
                                ts.bytecodes += pc - arg;
                                pc = arg;
                            }
                            s[sp] = null;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                            if (s[--sp] != PyNone.NONE) {
                                ts.bytecodes += pc - arg;
                                pc = arg;
                            }
                            s[sp] = null;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.JUMP_IF_FALSE_OR_POP -> {
                            if (!truth(s[sp - 1])) pc = arg;
                            else s[--sp] = null;
                        }
                        case Op.JUMP_IF_TRUE_OR_POP -> {
                            if (truth(s[sp - 1])) pc = arg;
                            else s[--sp] = null;
                        }
                        case Op.GET_ITER -> s[sp - 1] = Ops.iter(s[sp - 1]);
                        case Op.FOR_ITER -> {
                            PyObject it = s[sp - 1];
                            PyObject x = it instanceof PyIterators.RangeIterator r ? r.next() : Ops.next(it);
                            if (x != null) {
                                s[sp++] = x;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                        }
                        case Op.KW_NAMES -> kwnames = f.kwnames(arg);
                        case Op.CALL -> {
                            int base = sp - arg - 2;
                            f.pc = pc; // callees (warnings, sys._getframe) can read the caller's line
                            PyObject r;
                            if (s[base] == null) r = Calls.call(s[base + 1], s, base + 2, arg, kwnames);
                            else r = Calls.call(s[base], s, base + 1, arg + 1, kwnames);
                            kwnames = null;
                            while (sp > base) s[--sp] = null;
                            s[sp++] = r;
                            if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
                        }
                        case Op.RETURN_VALUE -> {
                            ts.bytecodes += pc;
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            return r;
                        }
                        case Op.RAISE_VARARGS -> {
                            if (arg == 0) {
                                if (ts.handled == null) throw Exc.runtimeError("No active exception to reraise");
                                reraise = true;
                                throw ts.handled.raise();
                            }
                            PyObject cause = arg == 2 ? s[--sp] : null;
                            PyBaseException exc = makeException(s[--sp], null);
                            if (arg == 2) {
                                exc.cause = cause == PyNone.NONE ? null : makeException(cause, null);
                                exc.suppressContext = true;
                            }
                            throw exc.raise();
                        }
                        case Op.RERAISE -> {
                            PyObject exc = s[--sp];
                            s[sp] = null;
                            reraise = true;
                            throw ((PyBaseException) exc).raise();
                        }
                        case Op.YIELD_VALUE -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            return r;
                        }
                        case Op.SEND -> {
                            PyObject value = s[--sp];
                            s[sp] = null;
                            PyObject receiver = s[sp - 1];
                            PyObject[] result = Calls.send(receiver, value);
                            if (result[0] != null) {
                                s[sp++] = result[0];
                            } else {
                                s[sp - 1] = result[1];
                                pc = arg;
                            }
                        }
                        case Op.DELETE_FAST, Op.LOAD_NAME, Op.STORE_NAME, Op.DELETE_NAME, Op.STORE_GLOBAL,
                             Op.DELETE_GLOBAL, Op.DELETE_DEREF, Op.LOAD_CLOSURE, Op.LOAD_CLASSDEREF, Op.DELETE_ATTR,
                             Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT, Op.UNARY_INVERT, Op.DELETE_SUBSCR,
                             Op.BUILD_SLICE, Op.BUILD_SET, Op.BUILD_MAP, Op.BUILD_CONST_KEY_MAP, Op.BUILD_STRING,
                             Op.SET_ADD, Op.MAP_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE,
                             Op.LIST_TO_TUPLE, Op.UNPACK_SEQUENCE, Op.UNPACK_EX, Op.FORMAT_VALUE,
                             Op.CALL_FUNCTION_EX, Op.MAKE_FUNCTION, Op.LOAD_BUILD_CLASS, Op.IMPORT_NAME,
                             Op.IMPORT_FROM, Op.IMPORT_STAR, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH,
                             Op.LOAD_ASSERTION_ERROR, Op.BEFORE_WITH, Op.WITH_EXCEPT_START, Op.GET_YIELD_FROM_ITER,
                             Op.PRINT_EXPR, Op.SETUP_ANNOTATIONS
                                -> {
                            f.pc = pc; // callees (warnings, tracebacks) can read the caller's line
                            sp = ColdOps.execute(Opcode.of(word), arg, f, s, sp, ts);
                        }
                        default -> throw new InterpreterError("bad opcode " + Opcode.of(word) + " at pc "
                                + (pc - 1) + " in " + co.qualname);
                    }
                }
            } catch (PyException e) {
                int at = pc - 1;
                PyBaseException exc = e.value;
                if (!reraise) {
                    if (exc.traceback().isEmpty()) chainContext(exc, ts.handled);
                    int[] where = co.positionsAt(at);
                    exc.addTraceback(new TracebackEntry(co.filename, where[0], co.name, where[1], where[2], where[3]));
                }
                int handler = findHandler(co.exceptionTable, at);
                if (handler < 0) {
                    while (sp > f.stackBase) s[--sp] = null;
                    f.sp = sp;
                    f.pc = pc;
                    f.finished = true;
                    throw e;
                }
                int[] table = co.exceptionTable;
                int depth = f.stackBase + table[handler + 3];
                while (sp > depth) s[--sp] = null;
                s[sp++] = exc;
                pc = table[handler + 2];
                kwnames = null;
            } catch (InterpreterError | ClassCastException | NullPointerException | ArrayIndexOutOfBoundsException
                     | NegativeArraySizeException | IllegalStateException | UnsupportedOperationException e) {
                // A bug of ours: surface it as a Python SystemError naming where, never a Java trace.
                pending = new PyBaseException(Exc.SystemError, new PyStr("internal error in " + co.qualname
                        + " at pc " + (pc - 1) + " (" + Opcode.of(code[Math.max(0, pc - 1)]) + "): " + e));
            }
        }
    }

    static PyObject[] take(PyObject[] s, int from, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, from, a, 0, n);
        java.util.Arrays.fill(s, from, from + n, null);
        return a;
    }

    private static boolean truth(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        return Ops.isTrue(o);
    }

    /** The first exception-table entry covering pc, as an index into the table; -1 if none. */
    private static int findHandler(int[] table, int pc) {
        for (int i = 0; i + 3 < table.length; i += 4) {
            if (pc >= table[i] && pc < table[i + 1]) return i;
        }
        return -1;
    }

    // CPython: Python/errors.c _PyErr_SetObject — the implicit __context__, without creating a cycle.
    private static void chainContext(PyBaseException exc, PyBaseException handled) {
        if (handled == null || handled == exc || exc.context != null) return;
        PyBaseException o = handled;
        while (o != null) {
            if (o.context == exc) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        exc.context = handled;
    }

    /** raise X: X may be an exception class (instantiated with no arguments) or instance. */
    static PyBaseException makeException(PyObject typeOrValue, PyObject value) {
        if (typeOrValue instanceof dev.gilpy.runtime.PyType t && t.isSubtypeOf(Exc.BaseException)) {
            PyObject inst = value == null || value == PyNone.NONE ? Ops.call(t)
                    : value instanceof PyBaseException be && be.type().isSubtypeOf(t) ? be : Ops.call(t, value);
            if (!(inst instanceof PyBaseException be)) {
                throw Exc.typeError("calling " + Ops.reprString(t) + " should have returned an instance of "
                        + "BaseException, not " + inst.type().name);
            }
            return be;
        }
        if (typeOrValue instanceof PyBaseException be) return be;
        throw Exc.typeError("exceptions must derive from BaseException");
    }

    static PyException unboundLocal(String name) {
        return Exc.raise(Exc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundDeref(CodeObject co, int i) {
        if (i < co.cellvars.length) return unboundLocal(co.cellvars[i]);
        return Exc.nameError("cannot access free variable '" + co.freevars[i - co.cellvars.length]
                + "' where it is not associated with a value in enclosing scope");
    }

    static PyException notDefined(String name) { return Exc.nameError("name '" + name + "' is not defined"); }

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        if (f.locals instanceof PyDict d) v = d.get(name);
        else v = mappingGet(f.locals, name);
        if (v != null) return v;
        v = f.globals.get(name);
        if (v != null) return v;
        v = f.builtins.get(name);
        if (v != null) return v;
        throw notDefined(name.value);
    }

    private static PyObject mappingGet(PyObject mapping, PyObject key) {
        try {
            return Ops.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(Exc.KeyError)) return null;
            throw e;
        }
    }

    static void storeName(Frame f, PyStr name, PyObject value) {
        if (f.locals instanceof PyDict d && d.type().builtin) d.put(name, value);
        else Ops.setItem(f.locals, name, value);
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals instanceof PyDict d && d.type().builtin) {
            if (d.remove(name) == null) throw notDefined(name.value);
        } else {
            Ops.delItem(f.locals, name);
        }
    }

    static PyObject loadClassDeref(Frame f, int i) {
        CodeObject co = f.code;
        String name = i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
        PyObject v = f.locals instanceof PyDict d ? d.get(new PyStr(name)) : mappingGet(f.locals, new PyStr(name));
        if (v != null) return v;
        PyCell cell = f.cells[i];
        if (cell.value == null) throw unboundDeref(co, i);
        return cell.value;
    }

}
