package dev.gilpy.bytecode;

import java.util.function.IntUnaryOperator;

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
 */
public enum Opcode {
    /** ( -- ) does nothing. */
    NOP(Arg.NONE, 0),
    /** ( -- ) function entry; checks the eval breaker. arg: 0 at start, 1 after a yield. */
    RESUME(Arg.NUMBER, 0, true),
    /** (v -- ) */
    POP_TOP(Arg.NONE, -1),
    /** ( -- NULL) marks "no self" below a callable, for CALL. */
    PUSH_NULL(Arg.NONE, 1),
    /** (... v[i] ... v1 -- ... v[i] ... v1 v[i]) copy the i-th item (1 = top). */
    COPY(Arg.NUMBER, 1),
    /** swap the top with the i-th item (i >= 2). */
    SWAP(Arg.NUMBER, 0),

    /** ( -- co_consts[i]) */
    LOAD_CONST(Arg.CONST, 1),
    /** ( -- fast[i]) UnboundLocalError if unset. */
    LOAD_FAST(Arg.LOCAL, 1),
    /** (v -- ) fast[i] = v */
    STORE_FAST(Arg.LOCAL, -1),
    /** ( -- ) */
    DELETE_FAST(Arg.LOCAL, 0),
    /** ( -- v) locals, then globals, then builtins (module and class bodies). */
    LOAD_NAME(Arg.NAME, 1),
    /** (v -- ) */
    STORE_NAME(Arg.NAME, -1),
    /** ( -- ) */
    DELETE_NAME(Arg.NAME, 0),
    /** ( -- [NULL] v) arg = namei << 1 | pushNull: globals then builtins; pushes NULL first if the low bit is set. */
    LOAD_GLOBAL(Arg.GLOBAL, a -> 1 + (a & 1)),
    /** (v -- ) */
    STORE_GLOBAL(Arg.NAME, -1),
    /** ( -- ) */
    DELETE_GLOBAL(Arg.NAME, 0),
    /** ( -- cell_contents) i indexes cellvars then freevars. */
    LOAD_DEREF(Arg.FREE, 1),
    /** (v -- ) */
    STORE_DEREF(Arg.FREE, -1),
    /** ( -- ) */
    DELETE_DEREF(Arg.FREE, 0),
    /** ( -- cell) the cell itself, to build a closure tuple. */
    LOAD_CLOSURE(Arg.FREE, 1),
    /** ( -- v) class bodies: the class namespace first, then the cell. */
    LOAD_CLASSDEREF(Arg.FREE, 1),

    /** (obj -- obj.name) */
    LOAD_ATTR(Arg.NAME, 0),
    /** (v obj -- ) obj.name = v */
    STORE_ATTR(Arg.NAME, -2),
    /** (obj -- ) */
    DELETE_ATTR(Arg.NAME, -1),
    /** (obj -- meth self) if obj.name is a plain method found on the type, else (obj -- NULL attr). */
    LOAD_METHOD(Arg.NAME, 1),

    /** (a b -- a op b) arg is a {@link BinaryOps} code: 0..12 plain, 13..25 in-place. */
    BINARY_OP(Arg.BINOP, -1),
    /** (v -- -v) */
    UNARY_NEGATIVE(Arg.NONE, 0),
    /** (v -- +v) */
    UNARY_POSITIVE(Arg.NONE, 0),
    /** (v -- not v) */
    UNARY_NOT(Arg.NONE, 0),
    /** (v -- ~v) */
    UNARY_INVERT(Arg.NONE, 0),
    /** (a b -- a op b) arg is a {@link CompareOps} code. */
    COMPARE_OP(Arg.COMPARE, -1),
    /** (a b -- a is b) arg 1 means "is not". */
    IS_OP(Arg.NUMBER, -1),
    /** (a b -- a in b) arg 1 means "not in". */
    CONTAINS_OP(Arg.NUMBER, -1),

    /** (container key -- container[key]) */
    BINARY_SUBSCR(Arg.NONE, -1),
    /** (v container key -- ) container[key] = v */
    STORE_SUBSCR(Arg.NONE, -3),
    /** (container key -- ) */
    DELETE_SUBSCR(Arg.NONE, -2),
    /** (start stop [step] -- slice) arg is 2 or 3. */
    BUILD_SLICE(Arg.NUMBER, a -> 1 - a),

    /** (v1 .. vn -- tuple) */
    BUILD_TUPLE(Arg.NUMBER, a -> 1 - a),
    /** (v1 .. vn -- list) */
    BUILD_LIST(Arg.NUMBER, a -> 1 - a),
    /** (v1 .. vn -- set) */
    BUILD_SET(Arg.NUMBER, a -> 1 - a),
    /** (k1 v1 .. kn vn -- dict) */
    BUILD_MAP(Arg.NUMBER, a -> 1 - 2 * a),
    /** (v1 .. vn keys -- dict) keys is a constant tuple of n keys. */
    BUILD_CONST_KEY_MAP(Arg.NUMBER, a -> -a),
    /** (s1 .. sn -- s1+..+sn) */
    BUILD_STRING(Arg.NUMBER, a -> 1 - a),
    /** (list ... v -- list ...) list is the i-th item after v is popped. Comprehensions. */
    LIST_APPEND(Arg.NUMBER, -1),
    /** (set ... v -- set ...) */
    SET_ADD(Arg.NUMBER, -1),
    /** (dict ... k v -- dict ...) */
    MAP_ADD(Arg.NUMBER, -2),
    /** (list ... it -- list ...) list.extend(it) */
    LIST_EXTEND(Arg.NUMBER, -1),
    /** (set ... it -- set ...) */
    SET_UPDATE(Arg.NUMBER, -1),
    /** (dict ... m -- dict ...) dict.update(m), for {**m} displays. */
    DICT_UPDATE(Arg.NUMBER, -1),
    /** (dict ... m -- dict ...) like DICT_UPDATE but a repeated key is a TypeError, for f(**m). */
    DICT_MERGE(Arg.NUMBER, -1),
    /** (list -- tuple) */
    LIST_TO_TUPLE(Arg.NONE, 0),
    /** (seq -- vn .. v1) v1 ends on top. */
    UNPACK_SEQUENCE(Arg.NUMBER, a -> a - 1),
    /** (seq -- ...) arg = before | after << 8; pushes after + 1 + before items, the starred list among them. */
    UNPACK_EX(Arg.NUMBER, a -> (a & 0xFF) + (a >> 8)),
    /** (v [spec] -- str) arg & 3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg & 4: a spec is on the stack. */
    FORMAT_VALUE(Arg.NUMBER, a -> (a & 4) != 0 ? -1 : 0),

    /** ( -- ) */
    JUMP_FORWARD(Arg.JUMP, 0),
    /** ( -- ) checks the eval breaker. */
    JUMP_BACKWARD(Arg.JUMP, 0, true),
    /** ( -- ) a backward jump that must not be interrupted (inside yield from). */
    JUMP_BACKWARD_NO_INTERRUPT(Arg.JUMP, 0),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_FALSE(Arg.JUMP, -1),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_TRUE(Arg.JUMP, -1),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_NONE(Arg.JUMP, -1),
    /** (v -- ) */
    POP_JUMP_FORWARD_IF_NOT_NONE(Arg.JUMP, -1),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_FALSE(Arg.JUMP, -1, true),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_TRUE(Arg.JUMP, -1, true),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_NONE(Arg.JUMP, -1, true),
    /** (v -- ) checks the eval breaker. */
    POP_JUMP_BACKWARD_IF_NOT_NONE(Arg.JUMP, -1, true),
    /** (v -- v) and jump if v is false, else (v -- ). */
    JUMP_IF_FALSE_OR_POP(Arg.JUMP, -1, 0),
    /** (v -- v) and jump if v is true, else (v -- ). */
    JUMP_IF_TRUE_OR_POP(Arg.JUMP, -1, 0),

    /** (iterable -- iterator) */
    GET_ITER(Arg.NONE, 0),
    /** (it -- it next); when exhausted (it -- ) and jump. */
    FOR_ITER(Arg.JUMP, 1, -1),

    /** (NULL|meth callable|self arg1 .. argn -- result) see CPython 3.11 CALL; keyword names from KW_NAMES. Checks the breaker after the call. */
    CALL(Arg.NUMBER, a -> -a - 1, true),
    /** ( -- ) the next CALL's last len(consts[i]) arguments are keywords with these names. */
    KW_NAMES(Arg.CONST, 0),
    /** (NULL callable args [kwargs] -- result) arg & 1: a kwargs dict is present. Checks the breaker. */
    CALL_FUNCTION_EX(Arg.NUMBER, a -> (a & 1) != 0 ? -3 : -2, true),
    /** ([defaults] [kwdefaults] [annotations] [closure] code -- function) arg flags 1, 2, 4, 8. */
    MAKE_FUNCTION(Arg.NUMBER, a -> -Integer.bitCount(a & 0xF)),
    /** (v -- ) returns v to the caller. */
    RETURN_VALUE(Arg.NONE, -1),
    /** ( -- builtins.__build_class__) */
    LOAD_BUILD_CLASS(Arg.NONE, 1),

    /** (level fromlist -- module) */
    IMPORT_NAME(Arg.NAME, -1),
    /** (module -- module module.name) */
    IMPORT_FROM(Arg.NAME, 1),
    /** (module -- ) from module import * */
    IMPORT_STAR(Arg.NONE, -1),

    /** (... -- ) arg 0: re-raise the handled exception; 1: (exc -- ); 2: (exc cause -- ). */
    RAISE_VARARGS(Arg.NUMBER, a -> -a),
    /** (exc -- ) re-raise exc without adding a traceback entry (the end of a finally or except). */
    RERAISE(Arg.NUMBER, -1),
    /** (exc -- prev exc) exc becomes the exception being handled; prev is what was handled before. */
    PUSH_EXC_INFO(Arg.NONE, 1),
    /** (prev -- ) restores the exception being handled. */
    POP_EXCEPT(Arg.NONE, -1),
    /** (exc type -- exc bool) isinstance test used by except clauses. */
    CHECK_EXC_MATCH(Arg.NONE, 0),
    /** ( -- AssertionError) */
    LOAD_ASSERTION_ERROR(Arg.NONE, 1),
    /** (mgr -- exit enter_result) exit is mgr.__exit__ bound. */
    BEFORE_WITH(Arg.NONE, 1),
    /** (exit prev exc -- exit prev exc result) result = exit(type(exc), exc, tb). 3.11 also keeps lasti; we do not. */
    WITH_EXCEPT_START(Arg.NONE, 1),

    /** (v -- sent) suspends the generator, yielding v; resumes with the sent value. */
    YIELD_VALUE(Arg.NONE, 0),
    /** (receiver v -- receiver r) sends v into receiver; when it returns, (receiver v -- retval) and jump. */
    SEND(Arg.JUMP, 0, -1),
    /** (v -- iter) iter(v), unless v is already a generator. */
    GET_YIELD_FROM_ITER(Arg.NONE, 0),
    /** (v -- ) interactive mode: sys.displayhook(v). */
    PRINT_EXPR(Arg.NONE, -1),
    /** ( -- ) module and class bodies with annotations: locals['__annotations__'] = {} unless present. */
    SETUP_ANNOTATIONS(Arg.NONE, 0),

    // ---- coroutines and async generators (CPython 3.11's opcodes; all run in ColdOps) ----
    /** ( -- None) first instruction of a generator, coroutine or async generator. The call made the
     *  object already (vm/PyFunction); the first resume starts here and pushes the None a first send()
     *  carries, which the POP_TOP after it drops. */
    RETURN_GENERATOR(Arg.NONE, 1),
    /** (v -- awaitable) the iterator an await drives: a coroutine itself, else v.__await__().
     *  arg only picks the error message: 0 await, 1 after __aenter__, 2 after __aexit__. */
    GET_AWAITABLE(Arg.NUMBER, 0),
    /** (aiterable -- aiter) aiterable.__aiter__() */
    GET_AITER(Arg.NONE, 0),
    /** (aiter -- aiter awaitable) the awaitable of aiter.__anext__() */
    GET_ANEXT(Arg.NONE, 1),
    /** (aiter exc -- ) handler of an async for's __anext__: ends the loop on StopAsyncIteration, else re-raises. */
    END_ASYNC_FOR(Arg.NONE, -2),
    /** (mgr -- bound_aexit aenter_result) async with: looks up __aenter__/__aexit__ and calls __aenter__. */
    BEFORE_ASYNC_WITH(Arg.NONE, 1),
    /** (v -- wrapped) marks what an async generator yields, as against what an await inside it passes up. */
    ASYNC_GEN_WRAP(Arg.NONE, 0),

    // ---- pseudo-instructions: emitted by codegen, removed or rewritten by the assembler ----
    /** pseudo: protect the following code; on an exception jump to target with the stack as it is here. */
    SETUP_FINALLY(Arg.JUMP, 0, 1, true),
    /** pseudo: like SETUP_FINALLY, for the cleanup of an except/with handler. */
    SETUP_CLEANUP(Arg.JUMP, 0, 1, true),
    /** pseudo: like SETUP_FINALLY for a with block; the handler's stack drops the __enter__ result
     *  (depth here - 1) before the exception is pushed, leaving exit below it. */
    SETUP_WITH(Arg.JUMP, 0, 0, true),
    /** pseudo: ends the innermost SETUP_* region. */
    POP_BLOCK(Arg.NONE, 0, 0, true),
    /** pseudo: becomes JUMP_FORWARD or JUMP_BACKWARD. */
    JUMP(Arg.JUMP, 0, 0, true),
    /** pseudo: becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT. */
    JUMP_NO_INTERRUPT(Arg.JUMP, 0, 0, true),
    /** pseudo: becomes POP_JUMP_FORWARD_IF_FALSE or POP_JUMP_BACKWARD_IF_FALSE. */
    POP_JUMP_IF_FALSE(Arg.JUMP, -1, -1, true),
    /** pseudo */
    POP_JUMP_IF_TRUE(Arg.JUMP, -1, -1, true),
    /** pseudo */
    POP_JUMP_IF_NONE(Arg.JUMP, -1, -1, true),
    /** pseudo */
    POP_JUMP_IF_NOT_NONE(Arg.JUMP, -1, -1, true);

    /** What an instruction's argument means, for the disassembler. */
    public enum Arg { NONE, NUMBER, CONST, LOCAL, NAME, GLOBAL, FREE, JUMP, BINOP, COMPARE }

    public final Arg arg;
    /** True if the instruction may transfer control to its argument. */
    public final boolean jumps;
    /** True if the instruction checks the eval breaker. */
    public final boolean checksBreaker;
    /** True for pseudo-instructions, which never reach a CodeObject. */
    public final boolean pseudo;
    private final IntUnaryOperator effect;
    private final int jumpEffect;

    Opcode(Arg arg, int effect) { this(arg, a -> effect, false); }

    Opcode(Arg arg, int effect, boolean checksBreaker) { this(arg, a -> effect, checksBreaker); }

    Opcode(Arg arg, IntUnaryOperator effect) { this(arg, effect, false); }

    Opcode(Arg arg, IntUnaryOperator effect, boolean checksBreaker) {
        this.arg = arg;
        this.effect = effect;
        this.jumps = arg == Arg.JUMP;
        this.jumpEffect = Integer.MIN_VALUE;
        this.checksBreaker = checksBreaker;
        this.pseudo = false;
    }

    /** A jump whose stack effect differs when it jumps. */
    Opcode(Arg arg, int fallThroughEffect, int jumpEffect) {
        this(arg, fallThroughEffect, jumpEffect, false);
    }

    Opcode(Arg arg, int fallThroughEffect, int jumpEffect, boolean pseudo) {
        this.arg = arg;
        this.effect = a -> fallThroughEffect;
        this.jumps = arg == Arg.JUMP;
        this.jumpEffect = jumpEffect;
        this.checksBreaker = false;
        this.pseudo = pseudo;
    }

    /** The change in stack depth when execution falls through to the next instruction. */
    public int stackEffect(int oparg) { return effect.applyAsInt(oparg); }

    /** The change in stack depth when the instruction jumps to its target. */
    public int jumpStackEffect(int oparg) {
        return jumpEffect == Integer.MIN_VALUE ? stackEffect(oparg) : jumpEffect;
    }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int word) { return VALUES[word & 0xFF]; }

    public static int argOf(int word) { return word >> 8; }

    public static int encode(Opcode op, int arg) { return op.ordinal() | (arg << 8); }
}
