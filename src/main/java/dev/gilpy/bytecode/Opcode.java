package dev.gilpy.bytecode;

import java.util.function.IntUnaryOperator;

import static dev.gilpy.bytecode.Opcode.Facts.*;

/**
 * Every instruction of gilpy's bytecode: the single source of truth for its operand kind, whether it
 * jumps, and its stack effect. Names follow CPython 3.11 (Include/opcode.h, Python/bytecodes.c); where
 * our semantics differ from 3.11 the Javadoc says so.
 *
 * <p>An instruction is one {@code int}: {@code opcode.ordinal() | arg << 8}. Jump arguments are absolute
 * instruction indexes (CPython's are relative); {@code dis} shows byte offsets as 2 * index, as CPython.
 *
 * <p>Stack diagrams read {@code (inputs -- outputs)}, the rightmost item being the top of the stack.
 * The eval breaker (GIL drop requests, signals) is checked only by the instructions whose
 * {@link #checksBreaker} is true: function entry, backward jumps and after a call, as in CPython 3.10+.
 *
 * <p>Each constant states every fact the rest of gilpy needs (see {@link Facts}): the assembler reads the
 * stack effects and the jump kinds, the interpreter dispatches on {@link #hot}, the compiled tier reads
 * all of them, and {@code OpcodeNumbers} (generated from this enum at build time) gives the eval loop the
 * ordinals as compile-time constants. To add an instruction: a constant here, its case in
 * {@code vm/Eval.run} (hot) or {@code vm/ColdInstructions} (cold), and, if hot, in {@code vm/Jit};
 * {@code OpcodeTiersTest} fails until every tier handles it.
 */
public enum Opcode {
    /** ( -- ) does nothing. */
    NOP(Arg.NONE, 0, HOT),
    /** ( -- ) function entry; checks the eval breaker. arg: 0 at start, 1 after a yield. */
    RESUME(Arg.NUMBER, 0, HOT | BREAKER),
    /** (v -- ) */
    POP_TOP(Arg.NONE, -1, HOT),
    /** ( -- NULL) marks "no self" below a callable, for CALL. */
    PUSH_NULL(Arg.NONE, 1, HOT),
    /** (... v[i] ... v1 -- ... v[i] ... v1 v[i]) copy the i-th item (1 = top). */
    COPY(Arg.NUMBER, 1, HOT),
    /** swap the top with the i-th item (i >= 2). */
    SWAP(Arg.NUMBER, 0, HOT),

    /** ( -- co_consts[i]) */
    LOAD_CONST(Arg.CONST, 1, HOT),
    /** ( -- fast[i]) UnboundLocalError if unset. */
    LOAD_FAST(Arg.LOCAL, 1, HOT),
    /** (v -- ) fast[i] = v */
    STORE_FAST(Arg.LOCAL, -1, HOT),
    /** ( -- ) */
    DELETE_FAST(Arg.LOCAL, 0, COLD),
    /** ( -- v) locals, then globals, then builtins (module and class bodies). */
    LOAD_NAME(Arg.NAME, 1, HOT),
    /** (v -- ) */
    STORE_NAME(Arg.NAME, -1, HOT),
    /** ( -- ) */
    DELETE_NAME(Arg.NAME, 0, COLD),
    /** ( -- [NULL] v) arg = namei << 1 | pushNull: globals then builtins; pushes NULL first if the low bit is set. */
    LOAD_GLOBAL(Arg.GLOBAL, a -> 1 + (a & 1), HOT),
    /** (v -- ) */
    STORE_GLOBAL(Arg.NAME, -1, COLD),
    /** ( -- ) */
    DELETE_GLOBAL(Arg.NAME, 0, COLD),
    /** ( -- cell_contents) i indexes cellvars then freevars. */
    LOAD_DEREF(Arg.FREE, 1, HOT),
    /** (v -- ) */
    STORE_DEREF(Arg.FREE, -1, HOT),
    /** ( -- ) */
    DELETE_DEREF(Arg.FREE, 0, COLD),
    /** ( -- cell) the cell itself, to build a closure tuple. */
    LOAD_CLOSURE(Arg.FREE, 1, COLD),
    /** ( -- v) class bodies: the class namespace first, then the cell. */
    LOAD_CLASSDEREF(Arg.FREE, 1, COLD),

    /** (obj -- obj.name) */
    LOAD_ATTR(Arg.NAME, 0, HOT),
    /** (v obj -- ) obj.name = v */
    STORE_ATTR(Arg.NAME, -2, HOT),
    /** (obj -- ) */
    DELETE_ATTR(Arg.NAME, -1, COLD),
    /** (obj -- meth self) if obj.name is a plain method found on the type, else (obj -- NULL attr). */
    LOAD_METHOD(Arg.NAME, 1, HOT),

    /** (a b -- a op b) arg is a {@link BinaryOps} code: 0..12 plain, 13..25 in-place. */
    BINARY_OP(Arg.BINOP, -1, HOT),
    /** (v -- -v) */
    UNARY_NEGATIVE(Arg.NONE, 0, COLD),
    /** (v -- +v) */
    UNARY_POSITIVE(Arg.NONE, 0, COLD),
    /** (v -- not v) */
    UNARY_NOT(Arg.NONE, 0, COLD),
    /** (v -- ~v) */
    UNARY_INVERT(Arg.NONE, 0, COLD),
    /** (a b -- a op b) arg is a {@link CompareOps} code. */
    COMPARE_OP(Arg.COMPARE, -1, HOT),
    /** (a b -- a is b) arg 1 means "is not". */
    IS_OP(Arg.NUMBER, -1, HOT),
    /** (a b -- a in b) arg 1 means "not in". */
    CONTAINS_OP(Arg.NUMBER, -1, HOT),

    /** (container key -- container[key]) */
    BINARY_SUBSCR(Arg.NONE, -1, HOT),
    /** (v container key -- ) container[key] = v */
    STORE_SUBSCR(Arg.NONE, -3, HOT),
    /** (container key -- ) */
    DELETE_SUBSCR(Arg.NONE, -2, COLD),
    /** (start stop [step] -- slice) arg is 2 or 3. */
    BUILD_SLICE(Arg.NUMBER, a -> 1 - a, COLD),

    /** (v1 .. vn -- tuple) */
    BUILD_TUPLE(Arg.NUMBER, a -> 1 - a, HOT),
    /** (v1 .. vn -- list) */
    BUILD_LIST(Arg.NUMBER, a -> 1 - a, HOT),
    /** (v1 .. vn -- set) */
    BUILD_SET(Arg.NUMBER, a -> 1 - a, COLD),
    /** (k1 v1 .. kn vn -- dict) */
    BUILD_MAP(Arg.NUMBER, a -> 1 - 2 * a, COLD),
    /** (v1 .. vn keys -- dict) keys is a constant tuple of n keys. */
    BUILD_CONST_KEY_MAP(Arg.NUMBER, a -> -a, COLD),
    /** (s1 .. sn -- s1+..+sn) */
    BUILD_STRING(Arg.NUMBER, a -> 1 - a, COLD),
    /** (list ... v -- list ...) list is the i-th item after v is popped. Comprehensions. */
    LIST_APPEND(Arg.NUMBER, -1, HOT),
    /** (set ... v -- set ...) */
    SET_ADD(Arg.NUMBER, -1, COLD),
    /** (dict ... k v -- dict ...) */
    MAP_ADD(Arg.NUMBER, -2, COLD),
    /** (list ... it -- list ...) list.extend(it) */
    LIST_EXTEND(Arg.NUMBER, -1, COLD),
    /** (set ... it -- set ...) */
    SET_UPDATE(Arg.NUMBER, -1, COLD),
    /** (dict ... m -- dict ...) dict.update(m), for {**m} displays. */
    DICT_UPDATE(Arg.NUMBER, -1, COLD),
    /** (dict ... m -- dict ...) like DICT_UPDATE but a repeated key is a TypeError, for f(**m). */
    DICT_MERGE(Arg.NUMBER, -1, COLD),
    /** (list -- tuple) */
    LIST_TO_TUPLE(Arg.NONE, 0, COLD),
    /** (seq -- vn .. v1) v1 ends on top. */
    UNPACK_SEQUENCE(Arg.NUMBER, a -> a - 1, HOT),
    /** (seq -- ...) arg = before | after << 8; pushes after + 1 + before items, the starred list among them. */
    UNPACK_EX(Arg.NUMBER, a -> (a & 0xFF) + (a >> 8), COLD),
    /** (v [spec] -- str) arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg & 4: a spec is on the stack. */
    FORMAT_VALUE(Arg.NUMBER, a -> (a & 4) != 0 ? -1 : 0, COLD),

    /** ( -- ) */
    JUMP_FORWARD(Arg.JUMP, 0, HOT | FORWARD | ALWAYS),
    /** ( -- ) checks the eval breaker. */
    JUMP_BACKWARD(Arg.JUMP, 0, HOT | BACKWARD | ALWAYS | BREAKER),
    /** ( -- ) a backward jump that must not be interrupted (inside yield from). */
    JUMP_BACKWARD_NO_INTERRUPT(Arg.JUMP, 0, HOT | BACKWARD | ALWAYS),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_FALSE(Arg.JUMP, -1, HOT | FORWARD),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_TRUE(Arg.JUMP, -1, HOT | FORWARD),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_NONE(Arg.JUMP, -1, HOT | FORWARD),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_NOT_NONE(Arg.JUMP, -1, HOT | FORWARD),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_FALSE(Arg.JUMP, -1, HOT | BACKWARD | BREAKER),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_TRUE(Arg.JUMP, -1, HOT | BACKWARD | BREAKER),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_NONE(Arg.JUMP, -1, HOT | BACKWARD | BREAKER),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_NOT_NONE(Arg.JUMP, -1, HOT | BACKWARD | BREAKER),
    /** (v -- v) and jump if v is false, else (v -- ). */
    JUMP_IF_FALSE_OR_POP(Arg.JUMP, -1, 0, HOT | FORWARD),
    /** (v -- v) and jump if v is true, else (v -- ). */
    JUMP_IF_TRUE_OR_POP(Arg.JUMP, -1, 0, HOT | FORWARD),

    /** (iterable -- iterator) */
    GET_ITER(Arg.NONE, 0, HOT),
    /** (it -- it next); when exhausted (it -- ) and jump. */
    FOR_ITER(Arg.JUMP, 1, -1, HOT | FORWARD),

    /** (NULL|meth callable|self arg1 .. argn -- result) see CPython 3.11 CALL; keyword names from KW_NAMES. Checks the breaker after the call. */
    CALL(Arg.NUMBER, a -> -a - 1, HOT | BREAKER),
    /** ( -- ) the next CALL's last len(consts[i]) arguments are keywords with these names. */
    KW_NAMES(Arg.CONST, 0, HOT),
    /** (NULL callable args [kwargs] -- result) arg & 1: a kwargs dict is present. Checks the breaker. */
    CALL_FUNCTION_EX(Arg.NUMBER, a -> (a & 1) != 0 ? -3 : -2, COLD | BREAKER),
    /** ([defaults] [kwdefaults] [annotations] [closure] code -- function) arg flags 1, 2, 4, 8. */
    MAKE_FUNCTION(Arg.NUMBER, a -> -Integer.bitCount(a & 0xF), COLD),
    /** (v -- ) returns v to the caller. */
    RETURN_VALUE(Arg.NONE, -1, HOT | TERMINATES),
    /** ( -- builtins.__build_class__) */
    LOAD_BUILD_CLASS(Arg.NONE, 1, COLD),

    /** (level fromlist -- module) */
    IMPORT_NAME(Arg.NAME, -1, COLD),
    /** (module -- module module.name) */
    IMPORT_FROM(Arg.NAME, 1, COLD),
    /** (module -- ) from module import * */
    IMPORT_STAR(Arg.NONE, -1, COLD),

    /** (... -- ) arg 0: re-raise the handled exception; 1: (exc -- ); 2: (exc cause -- ). */
    RAISE_VARARGS(Arg.NUMBER, a -> -a, HOT | TERMINATES),
    /** (exc -- ) re-raise exc without adding a traceback entry (the end of a finally or except). */
    RERAISE(Arg.NUMBER, -1, HOT | TERMINATES),
    /** (exc -- prev exc) exc becomes the exception being handled; prev is what was handled before. */
    PUSH_EXC_INFO(Arg.NONE, 1, COLD),
    /** (prev -- ) restores the exception being handled. */
    POP_EXCEPT(Arg.NONE, -1, COLD),
    /** (exc type -- exc bool) isinstance test used by except clauses. */
    CHECK_EXC_MATCH(Arg.NONE, 0, COLD),
    /**
     * (exc type -- rest match) except*: splits exc (a naked exception is wrapped in a group) by type, and the
     * match becomes the exception being handled; when nothing matches, (exc type -- exc None).
     */
    CHECK_EG_MATCH(Arg.NONE, 0, COLD),
    /** (orig raised -- exc) end of except*: what to re-raise (None: nothing) from the original and what was raised. */
    PREP_RERAISE_STAR(Arg.NONE, -1, COLD),
    /** ( -- AssertionError) */
    LOAD_ASSERTION_ERROR(Arg.NONE, 1, COLD),
    /** (mgr -- exit enter_result) exit is mgr.__exit__ bound. */
    BEFORE_WITH(Arg.NONE, 1, COLD),
    /** (exit prev exc -- exit prev exc result) result = exit(type(exc), exc, tb). 3.11 also keeps lasti; we do not. */
    WITH_EXCEPT_START(Arg.NONE, 1, COLD),

    /** (v -- sent) suspends the generator, yielding v; resumes with the sent value. */
    YIELD_VALUE(Arg.NONE, 0, HOT),
    /** (receiver v -- receiver r) sends v into receiver; when it returns, (receiver v -- retval) and jump. */
    SEND(Arg.JUMP, 0, -1, HOT | FORWARD),
    /** (v -- iter) iter(v), unless v is already a generator. */
    GET_YIELD_FROM_ITER(Arg.NONE, 0, COLD),
    /** (v -- ) interactive mode: sys.displayhook(v). */
    PRINT_EXPR(Arg.NONE, -1, COLD),
    /** ( -- ) module and class bodies with annotations: locals['__annotations__'] = {} unless present. */
    SETUP_ANNOTATIONS(Arg.NONE, 0, COLD),

    // ---- coroutines and async generators (CPython 3.11's opcodes; all run in ColdOps) ----
    /** ( -- None) first instruction of a generator, coroutine or async generator. The call made the
     *  object already (vm/PyFunction); the first resume starts here and pushes the None a first send()
     *  carries, which the POP_TOP after it drops. */
    RETURN_GENERATOR(Arg.NONE, 1, COLD),
    /** (v -- awaitable) the iterator an await drives: a coroutine itself, else v.__await__().
     *  arg only picks the error message: 0 await, 1 after __aenter__, 2 after __aexit__. */
    GET_AWAITABLE(Arg.NUMBER, 0, COLD),
    /** (aiterable -- aiter) aiterable.__aiter__() */
    GET_AITER(Arg.NONE, 0, COLD),
    /** (aiter -- aiter awaitable) the awaitable of aiter.__anext__() */
    GET_ANEXT(Arg.NONE, 1, COLD),
    /** (aiter exc -- ) handler of an async for's __anext__: ends the loop on StopAsyncIteration, else re-raises. */
    END_ASYNC_FOR(Arg.NONE, -2, HOT),
    /** (mgr -- bound_aexit aenter_result) async with: looks up __aenter__/__aexit__ and calls __aenter__. */
    BEFORE_ASYNC_WITH(Arg.NONE, 1, COLD),
    /** (v -- wrapped) marks what an async generator yields, as against what an await inside it passes up. */
    ASYNC_GEN_WRAP(Arg.NONE, 0, COLD),

    // ---- pseudo-instructions: emitted by codegen, removed or rewritten by the assembler ----
    /** pseudo: protect the following code; on an exception jump to target with the stack as it is here. */
    SETUP_FINALLY(Arg.JUMP, 0, 1, PSEUDO | FORWARD),
    /** pseudo: like SETUP_FINALLY, for the cleanup of an except/with handler. */
    SETUP_CLEANUP(Arg.JUMP, 0, 1, PSEUDO | FORWARD),
    /** pseudo: like SETUP_FINALLY for a with block; the handler's stack drops the __enter__ result
     *  (depth here - 1) before the exception is pushed, leaving exit below it. */
    SETUP_WITH(Arg.JUMP, 0, 0, PSEUDO | FORWARD),
    /** pseudo: ends the innermost SETUP_* region. */
    POP_BLOCK(Arg.NONE, 0, PSEUDO),
    /** pseudo: becomes JUMP_FORWARD or JUMP_BACKWARD. */
    JUMP(JUMP_FORWARD, JUMP_BACKWARD),
    /** pseudo: becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT. */
    JUMP_NO_INTERRUPT(JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT),
    /** pseudo: becomes POP_JUMP_FORWARD_IF_FALSE or POP_JUMP_BACKWARD_IF_FALSE. */
    POP_JUMP_IF_FALSE(POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE),
    /** pseudo */
    POP_JUMP_IF_TRUE(POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE),
    /** pseudo */
    POP_JUMP_IF_NONE(POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE),
    /** pseudo */
    POP_JUMP_IF_NOT_NONE(POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE);

    /** What an instruction's argument means, for the disassembler. */
    public enum Arg { NONE, NUMBER, CONST, LOCAL, NAME, GLOBAL, FREE, JUMP, BINOP, COMPARE }

    /** Where control can go after an instruction, besides (unless {@link #fallsThrough} is false) the next one. */
    public enum Jump {
        /** Nowhere else. */
        NONE,
        /** To its argument, a later instruction. */
        FORWARD,
        /** To its argument, an earlier (or the same) instruction: a loop. */
        BACKWARD,
        /** A pseudo-jump: the assembler picks the forward or backward form once labels are placed. */
        EITHER
    }

    /**
     * The facts of each instruction as flags, so that each constant above states them in one line.
     * (A nested class: the constants cannot name static fields of their own enum.)
     */
    static final class Facts {
        private Facts() {}

        /** Interpreted by the eval loop's own switch (vm/Eval.run); else by vm/ColdInstructions. */
        static final int HOT = 1;
        /** The default: not worth a case in the eval loop. */
        static final int COLD = 0;
        /** Checks the eval breaker (GIL drop requests, signals, pending calls). */
        static final int BREAKER = 2;
        /** Jumps forward to its argument (see {@link Jump}). */
        static final int FORWARD = 4;
        /** Jumps backward to its argument. */
        static final int BACKWARD = 8;
        /** With a jump: always jumps (never falls through). */
        static final int ALWAYS = 16;
        /** Ends the code's flow: no next instruction (return, raise). */
        static final int TERMINATES = 32;
        /** Never reaches a CodeObject: the assembler removes or rewrites it. */
        static final int PSEUDO = 64;
    }

    public final Arg arg;
    /** Whether and where the instruction may transfer control to its argument. */
    public final Jump jump;
    /** True if the instruction may transfer control to its argument ({@link #jump} is not NONE). */
    public final boolean jumps;
    /** False when control never reaches the next instruction: an unconditional jump, a return or a raise. */
    public final boolean fallsThrough;
    /** True if the instruction checks the eval breaker: function entry, backward jumps, after a call. */
    public final boolean checksBreaker;
    /** True if the eval loop's own switch interprets it; false for the rare ones vm/ColdInstructions does. */
    public final boolean hot;
    /** True for pseudo-instructions, which never reach a CodeObject. */
    public final boolean pseudo;
    /** For a pseudo-jump: the real instruction it becomes when its target is later / earlier. */
    public final Opcode forwardForm, backwardForm;
    private final IntUnaryOperator effect;
    private final int jumpEffect;

    Opcode(Arg arg, int effect, int facts) { this(arg, a -> effect, Integer.MIN_VALUE, facts, null, null); }

    Opcode(Arg arg, IntUnaryOperator effect, int facts) { this(arg, effect, Integer.MIN_VALUE, facts, null, null); }

    /** A jump whose stack effect differs when it jumps. */
    Opcode(Arg arg, int fallThroughEffect, int jumpEffect, int facts) {
        this(arg, a -> fallThroughEffect, jumpEffect, facts, null, null);
    }

    /** A pseudo-jump with the stack effect and the fall-through of its real forms. */
    Opcode(Opcode forward, Opcode backward) {
        this(Arg.JUMP, forward.effect, forward.jumpEffect,
                Facts.PSEUDO | (forward.fallsThrough ? 0 : Facts.ALWAYS), forward, backward);
    }

    Opcode(Arg arg, IntUnaryOperator effect, int jumpEffect, int facts, Opcode forward, Opcode backward) {
        this.arg = arg;
        this.effect = effect;
        this.jumpEffect = jumpEffect;
        this.hot = (facts & Facts.HOT) != 0;
        this.checksBreaker = (facts & Facts.BREAKER) != 0;
        this.pseudo = (facts & Facts.PSEUDO) != 0;
        this.forwardForm = forward;
        this.backwardForm = backward;
        boolean fwd = (facts & Facts.FORWARD) != 0, bwd = (facts & Facts.BACKWARD) != 0;
        this.jump = forward != null ? Jump.EITHER : fwd ? Jump.FORWARD : bwd ? Jump.BACKWARD : Jump.NONE;
        this.jumps = jump != Jump.NONE;
        this.fallsThrough = (facts & (Facts.ALWAYS | Facts.TERMINATES)) == 0;
        // The facts must agree with each other: a wrong table fails at class load, not in a running program.
        if (jumps != (arg == Arg.JUMP) || fwd && bwd || (facts & Facts.ALWAYS) != 0 && !jumps
                || (facts & Facts.TERMINATES) != 0 && jumps || hot && pseudo
                || checksBreaker && jump == Jump.FORWARD) {
            throw new ExceptionInInitializerError("inconsistent facts for " + name());
        }
    }

    /** True if control never goes on from here: no next instruction and no jump (return, raise). */
    public boolean terminates() { return !fallsThrough && !jumps; }

    /** The change in stack depth when execution falls through to the next instruction. */
    public int stackEffect(int oparg) { return effect.applyAsInt(oparg); }

    /** The change in stack depth when the instruction jumps to its target. */
    public int jumpStackEffect(int oparg) {
        return jumpEffect == Integer.MIN_VALUE ? stackEffect(oparg) : jumpEffect;
    }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int word) { return VALUES[word & 0xFF]; }

    /** How many instructions there are (real and pseudo): the valid opcode numbers are below it. */
    public static int count() { return VALUES.length; }

    public static int argOf(int word) { return word >> 8; }

    public static int encode(Opcode op, int arg) { return op.ordinal() | (arg << 8); }
}
