package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.TracebackEntry;

import static dev.gilpy.bytecode.OpcodeNumbers.*;
import static dev.gilpy.vm.Instructions.*;   // the shared meaning of the instructions

/**
 * The eval loop: one Java call of {@link #run} per Python call. It switches on the instruction word with the
 * generated {@code OpcodeNumbers}: a case for each hot instruction ({@link Opcode#hot}), a few lines each, the
 * real work in {@link Instructions} (shared with compiled code) and {@link Abstract}; the cold ones go to
 * {@link ColdInstructions}. Stack diagrams are in {@link Opcode}.
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
                    if (STEP_HOOKS && stepping) ts.interp.step(f, pc - 1, sp - f.stackBase);
                    final int arg = word >> 8;
                    switch (word & 0xFF) {
                        case NOP -> { }
                        case RESUME -> checkBreaker(ts);
                        case POP_TOP -> s[--sp] = null;
                        case PUSH_NULL -> s[sp++] = null;
                        case COPY -> {
                            s[sp] = s[sp - arg];
                            sp++;
                        }
                        case SWAP -> {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                        }
                        case LOAD_CONST -> s[sp++] = consts[arg];
                        case LOAD_FAST -> s[sp++] = local(s[arg], f, arg);
                        case STORE_FAST -> {
                            s[arg] = s[--sp];
                            s[sp] = null;
                        }
                        // module and class bodies: hot, since short scripts run their loops at module level
                        case LOAD_NAME -> s[sp++] = loadName(f, names[arg]);
                        case STORE_NAME -> {
                            storeName(f, names[arg], s[--sp]);
                            s[sp] = null;
                        }
                        case UNPACK_SEQUENCE -> {   // hot: a, b = ... and for-loop targets
                            PyObject[] items = Builders.unpack(s[--sp], arg);
                            for (int i = arg - 1; i >= 0; i--) s[sp++] = items[i];
                        }
                        case LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) s[sp++] = null;
                            s[sp++] = loadGlobal(f, pc - 1, arg);
                        }
                        case LOAD_DEREF -> s[sp++] = loadDeref(f, arg);
                        case STORE_DEREF -> {
                            storeDeref(f, arg, s[--sp]);
                            s[sp] = null;
                        }
                        case LOAD_ATTR -> s[sp - 1] = loadAttr(f, s[sp - 1], arg);
                        case STORE_ATTR -> {
                            storeAttr(f, s[sp - 1], s[sp - 2], arg);
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case LOAD_METHOD -> {
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
                        case BINARY_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = binaryOp(arg, s[sp - 1], b);
                        }
                        case COMPARE_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = compareOp(arg, s[sp - 1], b);
                        }
                        case IS_OP -> {
                            PyObject b = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = isOp(arg, s[sp - 1], b);
                        }
                        case CONTAINS_OP -> {
                            PyObject container = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = containsOp(arg, s[sp - 1], container);
                        }
                        case BINARY_SUBSCR -> {
                            PyObject key = s[--sp];
                            s[sp] = null;
                            s[sp - 1] = Abstract.getItem(s[sp - 1], key);
                        }
                        case STORE_SUBSCR -> {
                            Abstract.setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                        }
                        case BUILD_TUPLE -> {
                            sp -= arg;
                            s[sp] = newTuple(take(s, sp, arg));
                            sp++;
                        }
                        case BUILD_LIST -> {
                            sp -= arg;
                            s[sp] = newList(take(s, sp, arg));
                            sp++;
                        }
                        case LIST_APPEND -> {
                            PyObject x = s[--sp];
                            s[sp] = null;
                            listAppend(s[sp - arg], x);
                        }
                        case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> pc = arg;
                        case JUMP_BACKWARD -> {
                            ts.bytecodes += pc - arg;
                            pc = arg;
                            checkBreaker(ts);
                            if (--f.cache.budget < 0 && tierUp(f, arg)) {
                                f.sp = sp;
                                f.pc = pc;
                                return TRANSFER;
                            }
                        }
                        case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                             POP_JUMP_FORWARD_IF_NOT_NONE -> {
                            if (popJumpTaken(word & 0xFF, s[--sp])) pc = arg;
                            s[sp] = null;
                        }
                        case POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_NONE,
                             POP_JUMP_BACKWARD_IF_NOT_NONE -> {
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
                        case JUMP_IF_FALSE_OR_POP -> {
                            if (!truth(s[sp - 1])) pc = arg;
                            else s[--sp] = null;
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
                            if (truth(s[sp - 1])) pc = arg;
                            else s[--sp] = null;
                        }
                        case GET_ITER -> s[sp - 1] = Abstract.iter(s[sp - 1]);
                        case FOR_ITER -> {
                            PyObject x = forIter(s[sp - 1]);
                            if (x != null) {
                                s[sp++] = x;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                        }
                        case KW_NAMES -> kwnames = f.kwnames(arg);
                        case CALL -> {
                            int base = sp - arg - 2;
                            f.pc = pc; // callees (warnings, sys._getframe) can read the caller's line
                            PyObject r = call(s, base, arg, kwnames);
                            kwnames = null;
                            while (sp > base) s[--sp] = null;
                            s[sp++] = r;
                            checkBreaker(ts);
                        }
                        case RETURN_VALUE -> {
                            ts.bytecodes += pc;
                            PyObject r = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            return r;
                        }
                        case RAISE_VARARGS -> {
                            PyObject cause = arg == 2 ? s[--sp] : null;
                            PyObject exc = arg >= 1 ? s[--sp] : null;
                            reraise = arg == 0 && reraises(ts);
                            throw raiseVarargs(arg, exc, cause, ts);
                        }
                        case RERAISE -> {
                            PyObject exc = s[--sp];
                            s[sp] = null;
                            reraise = true;
                            throw reraise(exc);
                        }
                        case END_ASYNC_FOR -> {
                            PyObject exc = s[--sp];
                            s[sp] = null;
                            if (!Awaits.endsAsyncFor(exc)) {
                                reraise = true;
                                throw reraise(exc);
                            }
                            s[--sp] = null;
                        }
                        case YIELD_VALUE -> {
                            PyObject r = s[--sp];
                            s[sp] = null;
                            return yieldValue(f, sp, pc, r);
                        }
                        case SEND -> {
                            PyObject value = s[--sp];
                            s[sp] = null;
                            PyObject receiver = s[sp - 1];
                            Object result = Calls.send(receiver, value);
                            if (result instanceof PyObject yielded) {
                                s[sp++] = yielded;
                            } else {
                                s[sp - 1] = ((Calls.Returned) result).value();
                                pc = arg;
                            }
                        }
                        default -> {
                            // the rare instructions (Opcode.hot false), kept out of this method to keep it small
                            f.pc = pc; // callees (warnings, tracebacks) can read the caller's line
                            sp = ColdInstructions.execute(word, f, s, sp, ts);
                        }
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
            // tb_frame: the frame object keeps the frame from being reused for another call (CPython's
            // traceback holds its frame alive the same way). Not for a MemoryError: the frames' locals
            // would keep what filled the heap alive while the error is reported (tb_frame is None there).
            PyObject frame = exc.type().isSubtypeOf(Exc.MemoryError) ? null : new PyFrameObject(f);
            exc.addTraceback(new TracebackEntry(co.filename, where[0], co.name, where[1], where[2], where[3],
                    frame, 2 * at));
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
        if (cc == null) return false;
        boolean enters = cc.enters(target);
        (enters ? JitStats.TRANSFERS : JitStats.MISSED).increment();
        return enters;
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

}
