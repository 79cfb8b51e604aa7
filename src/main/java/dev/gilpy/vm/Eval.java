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
            CodeCache c = f.cache;
            CompiledCode cc = c.compiled;
            if (cc == null && (c.budget -= Jit.CALL_COST) < 0) cc = c.tierUp(f.code);
            PyObject r = cc != null ? cc.run(f, ts) : run(f, ts);
            while (r == TRANSFER) r = c.compiled.run(f, ts);
            return r;
        } catch (StackOverflowError e) {
            throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded");
        } catch (PyException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            FatalError.note(ts, e);
            throw e;
        } finally {
            ts.frame = f.back;
            ts.depth--;
        }
    }

    /**
     * What {@link #run} returns instead of a result when it hands its frame over to the frame's compiled
     * code at a loop head (f.pc, f.sp saved); {@link #execute} then continues there.
     */
    static final PyObject TRANSFER = new PyObject() {
        @Override
        public dev.gilpy.runtime.PyType type() { return dev.gilpy.runtime.PyType.OBJECT; }
    };

    /**
     * The interpreter: runs f from f.pc until it returns, yields, or (returning {@link #TRANSFER}) hands a
     * hot loop over to compiled code. Exceptions leave through {@link #unwind}, as in compiled code.
     */
    @SuppressWarnings("fallthrough")
    static PyObject run(Frame f, ThreadState ts) {
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
                        case Op.RESUME -> checkBreaker(ts);
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
                        case Op.LOAD_FAST -> s[sp++] = local(s[arg], f, arg);
                        case Op.STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[sp] = null;
                        }
                        case Op.LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) s[sp++] = null;
                            s[sp++] = loadGlobal(f, pc - 1, arg);
                        }
                        case Op.LOAD_DEREF -> s[sp++] = loadDeref(f, arg);
                        case Op.STORE_DEREF -> {
                            storeDeref(f, arg, s[--sp]);
                            s[sp] = null;
                        }
                        case Op.LOAD_ATTR -> s[sp - 1] = loadAttr(f, s[sp - 1], arg);
                        case Op.STORE_ATTR -> {
                            storeAttr(f, s[sp - 1], s[sp - 2], arg);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case Op.LOAD_METHOD -> {
                            PyObject obj = s[sp - 1];
                            PyObject meth = methodOf(f, obj, arg);
                            if (meth != null) {
                                s[sp - 1] = meth;
                                s[sp++] = obj;
                            } else {
                                s[sp - 1] = null;
                                s[sp++] = loadAttr(f, obj, arg);
                            }
                        }
                        case Op.BINARY_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = binaryOp(arg, s[sp - 1], b);
                        }
                        case Op.COMPARE_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = compareOp(arg, s[sp - 1], b);
                        }
                        case Op.IS_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = isOp(arg, s[sp - 1], b);
                        }
                        case Op.CONTAINS_OP -> {
                            PyObject container = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = containsOp(arg, s[sp - 1], container);
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
                            s[sp] = newTuple(take(s, sp, arg));
                            sp++;
                        }
                        case Op.BUILD_LIST -> {
                            sp -= arg;
                            s[sp] = newList(take(s, sp, arg));
                            sp++;
                        }
                        case Op.LIST_APPEND -> {
                            PyObject x = s[--sp];
                            s[sp] = null;
                            listAppend(s[sp - arg], x);
                        }
                        case Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT -> pc = arg;
                        case Op.JUMP_BACKWARD -> {
                            ts.bytecodes += pc - arg;
                            pc = arg;
                            checkBreaker(ts);
                            if (--f.cache.budget < 0 && tierUp(f, arg)) {
                                f.sp = sp;
                                f.pc = pc;
                                return TRANSFER;
                            }
                        }
                        case Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_FORWARD_IF_NONE,
                             Op.POP_JUMP_FORWARD_IF_NOT_NONE -> {
                            if (popJumpTaken(word & 0xFF, s[--sp])) pc = arg;
                            s[sp] = null;
                        }
                        case Op.POP_JUMP_BACKWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_NONE,
                             Op.POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                            boolean jump = popJumpTaken(word & 0xFF, s[--sp]);
                            if (jump) {
                                ts.bytecodes += pc - arg;
                                pc = arg;
                            }
                            s[sp] = null;
                            checkBreaker(ts);
                            if (jump && --f.cache.budget < 0 && tierUp(f, arg)) {
                                f.sp = sp;
                                f.pc = pc;
                                return TRANSFER;
                            }
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
                            PyObject x = forIter(s[sp - 1]);
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
                            PyObject r = call(s, base, arg, kwnames);
                            kwnames = null;
                            while (sp > base) s[--sp] = null;
                            s[sp++] = r;
                            checkBreaker(ts);
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
                            PyObject cause = arg == 2 ? s[--sp] : null;
                            PyObject exc = arg >= 1 ? s[--sp] : null;
                            reraise = arg == 0 && reraises(ts);
                            throw raiseVarargs(arg, exc, cause, ts);
                        }
                        case Op.RERAISE -> {
                            PyObject exc = s[--sp];
                            s[sp] = null;
                            reraise = true;
                            throw reraise(exc);
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
                sp = unwind(f, ts, e, pc - 1, sp, reraise);
                pc = f.pc;
                kwnames = null;
            } catch (RuntimeException e) {
                if (!isInternalError(e)) throw e;
                pending = internalError(co, pc - 1, e);
            } catch (OutOfMemoryError e) {
                pending = outOfMemory();   // raised at this instruction, so except and finally run
            }
        }
    }

    // ---- The Java heap running out inside an instruction is Python's MemoryError there (CPython:
    // PyErr_NoMemory where the allocation fails). Whatever the failed instruction was building is
    // garbage once the OutOfMemoryError is dropped, so raising and handling have room again; when the
    // heap is full of live objects the reserve below gives them room.

    private static final int MEMORY_RESERVE_BYTES = 2 << 20;
    /** Headroom for raising and handling a MemoryError. Process-wide, as the heap is. */
    private static byte[] processMemoryReserve = new byte[MEMORY_RESERVE_BYTES];
    /** The reserve was given up; POP_EXCEPT takes it again once an except clause has handled the error. */
    static volatile boolean memoryReserveSpent;

    /** A MemoryError for an OutOfMemoryError the caller has already dropped. */
    static PyBaseException outOfMemory() {
        processMemoryReserve = null;
        memoryReserveSpent = true;
        return new PyBaseException(Exc.MemoryError);
    }

    /** {@link #outOfMemory} for compiled code, whose handler takes a RuntimeException. */
    static RuntimeException outOfMemoryRaised() { return outOfMemory().raise(); }

    /** After an except clause: the reserve again, if the handler made room for it (else next time). */
    static void retakeMemoryReserve() {
        try {
            processMemoryReserve = new byte[MEMORY_RESERVE_BYTES];
            memoryReserveSpent = false;
        } catch (OutOfMemoryError stillFull) {
            // the program still holds the heap: it runs on without headroom and tries again later
        }
    }

    /** The Java exceptions that can only mean a bug of ours in an instruction (not a Python error). */
    private static boolean isInternalError(RuntimeException e) {
        return e instanceof InterpreterError || e instanceof ClassCastException || e instanceof NullPointerException
                || e instanceof ArrayIndexOutOfBoundsException || e instanceof NegativeArraySizeException
                || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
    }

    /** A bug of ours: surfaced as a Python SystemError naming where, never a Java trace. */
    static PyBaseException internalError(CodeObject co, int at, RuntimeException e) {
        return new PyBaseException(Exc.SystemError, new PyStr("internal error in " + co.qualname
                + " at pc " + at + " (" + Opcode.of(co.code[Math.max(0, at)]) + "): " + e));
    }

    /**
     * An exception raised by instruction {@code at}: adds the traceback entry (unless re-raised), then
     * finds the handler covering {@code at}. Returns the stack pointer with the exception pushed and
     * f.pc set to the handler; rethrows e when no handler covers {@code at}. {@code sp} bounds the stack.
     */
    static int unwind(Frame f, ThreadState ts, PyException e, int at, int sp, boolean reraise) {
        CodeObject co = f.code;
        PyObject[] s = f.values;
        PyBaseException exc = e.value;
        if (!reraise) {
            if (!exc.hasTraceback()) {
                chainContext(exc, ts.handled);
                if (exc.type().isSubtypeOf(Exc.NameError)) {
                    exc.nameScope = new PyBaseException.NameScope(co.varnames, f.globals, f.builtins);
                }
            }
            int[] where = co.positionsAt(at);
            exc.addTraceback(new TracebackEntry(co.filename, where[0], co.name, where[1], where[2], where[3]));
        }
        int handler = findHandler(co.exceptionTable, at);
        if (handler < 0) {
            while (sp > f.stackBase) s[--sp] = null;
            f.sp = sp;
            f.pc = at + 1;
            f.finished = true;
            throw e;
        }
        int[] table = co.exceptionTable;
        int depth = f.stackBase + table[handler + 3];
        while (sp > depth) s[--sp] = null;
        s[sp++] = exc;
        f.pc = table[handler + 2];
        return sp;
    }

    /**
     * Compiled code raised at instruction {@code at} (its stack already back in the frame): the handler,
     * if any, runs in the interpreter. The Java exceptions the interpreter reports as internal errors are
     * reported the same way; others pass through. The stack bound is the code's whole stack.
     */
    static PyObject resumeAfter(Frame f, ThreadState ts, RuntimeException e, int at, boolean reraise) {
        PyException pe;
        if (e instanceof PyException p) {
            pe = p;
        } else if (isInternalError(e)) {
            pe = internalError(f.code, at, e).raise();
            reraise = false;
        } else {
            throw e;
        }
        f.sp = unwind(f, ts, pe, at, f.stackBase + f.code.stacksize, reraise);
        return run(f, ts);
    }

    /** Hot loop: compiles f's code (once) and says whether the loop at {@code target} can continue there. */
    private static boolean tierUp(Frame f, int target) {
        if (STEP_HOOKS && stepping) return false;   // every instruction is a switch point: stay here
        CompiledCode cc = f.cache.tierUp(f.code);
        return cc != null && cc.enters(target);
    }

    // ---- The meaning of the instructions with more than stack shuffling, shared by the interpreter
    // above and the code Jit generates (which calls these with the same stack slots).

    static void checkBreaker(ThreadState ts) {
        if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
    }

    static PyObject local(PyObject x, Frame f, int i) {
        if (x == null) throw unboundLocal(f.code.varnames[i]);
        return x;
    }

    static PyObject loadGlobal(Frame f, int at, int arg) {
        return f.cache.loadGlobal(at, f.names[arg >> 1], f.globals, f.builtins);
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject x = f.cells[i].value;
        if (x == null) throw unboundDeref(f.code, i);
        return x;
    }

    static void storeDeref(Frame f, int i, PyObject v) { f.cells[i].value = v; }

    static PyObject loadAttr(Frame f, PyObject owner, int arg) {
        PyObject v = f.cache.loadAttr(owner, arg);
        return v != null ? v : Ops.getAttr(owner, f.names[arg].value);
    }

    static void storeAttr(Frame f, PyObject owner, PyObject v, int arg) {
        if (!f.cache.storeAttr(owner, arg, v)) Ops.setAttr(owner, f.names[arg].value, v);
    }

    /**
     * LOAD_METHOD: the plain function to call with obj in front (pushed as method, obj), or null when
     * the attribute must be looked up as usual (pushed as NULL, attribute).
     */
    static PyObject methodOf(Frame f, PyObject obj, int arg) { return f.cache.method(obj, arg); }

    static PyObject binaryOp(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            PyObject r = Numbers.intBinary(arg, x, y);
            if (r != null) return r;
        }
        return Ops.binaryOp(arg, a, b);
    }

    static PyObject compareOp(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && !x.isBig() && !y.isBig()) {
            return PyBool.of(Ops.cmpResult(Long.compare(x.value, y.value), arg));
        }
        return Ops.richCompare(a, b, arg);
    }

    static PyObject isOp(int arg, PyObject a, PyObject b) { return PyBool.of((a == b) ^ (arg != 0)); }

    static PyObject containsOp(int arg, PyObject item, PyObject container) {
        return PyBool.of(Ops.contains(container, item) ^ (arg != 0));
    }

    static PyObject newTuple(PyObject[] items) { return PyTuple.of(items); }

    static PyObject newList(PyObject[] items) { return new PyList(items, items.length); }

    static void listAppend(PyObject list, PyObject x) { ((PyList) list).append(x); }

    /** Whether a POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE,NONE,NOT_NONE} jumps on v. */
    static boolean popJumpTaken(int op, PyObject v) {
        return switch (op) {
            case Op.POP_JUMP_FORWARD_IF_TRUE, Op.POP_JUMP_BACKWARD_IF_TRUE -> truth(v);
            case Op.POP_JUMP_FORWARD_IF_FALSE, Op.POP_JUMP_BACKWARD_IF_FALSE -> !truth(v);
            case Op.POP_JUMP_FORWARD_IF_NONE, Op.POP_JUMP_BACKWARD_IF_NONE -> v == PyNone.NONE;
            default -> v != PyNone.NONE;
        };
    }

    static PyObject forIter(PyObject it) {
        return it instanceof PyIterators.RangeIterator r ? r.next() : Ops.next(it);
    }

    /** CALL with the callable (or NULL, callable) at s[base] and argc arguments above. */
    static PyObject call(PyObject[] s, int base, int argc, String[] kwnames) {
        if (s[base] == null) return Calls.call(s[base + 1], s, base + 2, argc, kwnames);
        return Calls.call(s[base], s, base + 1, argc + 1, kwnames);
    }

    // CALL with up to three positional arguments, as compiled code makes it: the stack items go straight
    // into the callee's frame when it is a plain function (s0 is NULL or the callable; see CALL).
    // Compiled code inlines the plain-function case itself (Jit's CALL) and calls these for the rest.

    /** Runs fn in f, a frame from fn.newFrame with the arguments in place; the frame is kept for reuse. */
    static PyObject enter(PyFunction fn, Frame f, ThreadState ts) {
        PyObject r = fn.start(f, ts);
        fn.release(f, ts);
        return r;
    }

    static PyObject call0(PyObject s0, PyObject s1, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(0)) {
                Frame f = fn.newFrame(ts);
                return enter(fn, f, ts);
            }
            return Calls.call(s1, new PyObject[0], 0, 0, null);
        }
        return call1(null, s0, s1, ts);
    }

    static PyObject call1(PyObject s0, PyObject s1, PyObject a, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(1)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                return enter(fn, f, ts);
            }
            return Calls.call(s1, new PyObject[] {a}, 0, 1, null);
        }
        return call2(null, s0, s1, a, ts);
    }

    static PyObject call2(PyObject s0, PyObject s1, PyObject a, PyObject b, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(2)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                f.values[1] = b;
                return enter(fn, f, ts);
            }
            return Calls.call(s1, new PyObject[] {a, b}, 0, 2, null);
        }
        return call3(null, s0, s1, a, b, ts);
    }

    static PyObject call3(PyObject s0, PyObject s1, PyObject a, PyObject b, PyObject c, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(3)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                f.values[1] = b;
                f.values[2] = c;
                return enter(fn, f, ts);
            }
            return Calls.call(s1, new PyObject[] {a, b, c}, 0, 3, null);
        }
        return Calls.call(s0, new PyObject[] {s1, a, b, c}, 0, 4, null);
    }

    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) s[i] = null;
    }

    /** RAISE_VARARGS 0 re-raises the handled exception as it is (no new traceback entry). */
    static boolean reraises(ThreadState ts) { return ts.handled != null; }

    static PyException raiseVarargs(int arg, PyObject exc, PyObject cause, ThreadState ts) {
        if (arg == 0) {
            if (ts.handled == null) return Exc.runtimeError("No active exception to reraise");
            return ts.handled.raise();
        }
        PyBaseException e = makeException(exc, null);
        if (arg == 2) {
            e.cause = cause == PyNone.NONE ? null : makeException(cause, null);
            e.suppressContext = true;
        }
        return e.raise();
    }

    static PyException reraise(PyObject exc) { return ((PyBaseException) exc).raise(); }

    static PyObject[] take(PyObject[] s, int from, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, from, a, 0, n);
        java.util.Arrays.fill(s, from, from + n, null);
        return a;
    }

    static boolean truth(PyObject o) {
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

    static PyException notDefined(String name) {
        PyException e = Exc.nameError("name '" + name + "' is not defined");
        e.value.getDict().put(new PyStr("name"), new PyStr(name));   // NameError.name, as CPython sets it
        return e;
    }

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
