package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyObject;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.lang.invoke.MethodHandles;
import java.util.ArrayDeque;
import java.util.Arrays;

import static org.objectweb.asm.Opcodes.*;

/**
 * The second tier. A hot code object becomes a JVM class whose {@code run} performs its instructions one
 * after another with the dispatch compiled away: the stack depth at each instruction is known statically,
 * so value-stack item k is JVM local variable STK + k; jumps are JVM jumps; and each instruction with any
 * meaning beyond moving values calls the same {@link Eval} helper the interpreter calls. Python's local
 * variables stay in the frame's array, and the value stack moves there whenever the interpreter or a
 * helper needs it (calls, cold instructions, exceptions), so a frame passes between the tiers at
 * instruction boundaries: the interpreter hands a hot loop over at its head, and compiled code hands an
 * exception with a handler back to the interpreter ({@link Eval#resumeAfter}). Generators stay
 * interpreted.
 *
 * <p>-X jit=off turns this tier off, -X jit=eager compiles every suitable code object at its first call
 * (the test suite runs every golden script that way too). Switch points and the eval breaker are checked
 * exactly where the interpreter checks them, so scheduling, GIL statistics and bytecode counts are the same.
 * A scheduler with a switch point before every instruction ({@link Eval#stepping}) needs the interpreter:
 * compiled code then hands its frame back at entry and at loop heads.
 */
final class Jit {

    private static final String MODE = System.getProperty("gilpy.jit", "on");
    static final boolean ENABLED = !MODE.equals("off");
    /** A code object's tier-up budget: about 1000 loop iterations, or 60 calls (each costs CALL_COST). */
    static final int BUDGET = MODE.equals("eager") ? 0 : 1000;
    static final int CALL_COST = 16;
    /** Longer code is left to the interpreter: HotSpot does not compile methods over 8000 bytes of bytecode. */
    private static final int MAX_INSTRUCTIONS = 600, MAX_JVM_BYTES = 7900;

    // Names spelled without ASM's Type, so that reading BUDGET at start-up loads no ASM class (ASM's class
    // files predate Java 6 and stay out of the AOT cache).
    private static String internalName(Class<?> c) { return c.getName().replace('.', '/'); }

    private static String descriptor(Class<?> c) {
        return c.isArray() ? "[" + descriptor(c.getComponentType()) : "L" + internalName(c) + ";";
    }

    private static final String FRAME = internalName(Frame.class);
    private static final String TS = internalName(ThreadState.class);
    private static final String EVAL = internalName(Eval.class);
    private static final String OBJ = descriptor(PyObject.class);
    private static final String OBJ_ARR = descriptor(PyObject[].class);
    private static final String OPS = "dev/gilpy/runtime/Ops";
    private static final String SUPER = internalName(CompiledCode.class);
    private static final String PYEXC = internalName(PyException.class);
    private static final String FUNCTION = internalName(PyFunction.class);

    // JVM locals of the generated run(Frame f, ThreadState ts)
    private static final int F = 1, T = 2, S = 3, CONSTS = 4, AT = 5, RERAISE = 6, KW = 7, TMP = 8, COND = 9, EXC = 10;
    /** Stack item k of the Python value stack lives in JVM local STK + k. */
    private static final int STK = 11;

    /**
     * What the generated class depends on, and nothing else: the instructions, the exception table, the stack
     * size and the number of local variables. Constants, names and caches are read through the frame.
     */
    private record Shape(int[] code, int[] exceptionTable, int stacksize, int nlocals, int hash) {
        Shape(CodeObject co) {
            this(co.code, co.exceptionTable, co.stacksize, co.varnames.length,
                    31 * (31 * Arrays.hashCode(co.code) + Arrays.hashCode(co.exceptionTable)) + co.stacksize);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && s.hash == hash && s.stacksize == stacksize && s.nlocals == nlocals
                    && Arrays.equals(s.code, code) && Arrays.equals(s.exceptionTable, exceptionTable);
        }

        @Override
        public int hashCode() { return hash; }
    }

    /**
     * Compiled forms by shape, shared by every code object of that shape in the process. Each sub-interpreter
     * compiles its source into code objects of its own; without this each would get a class of its own, and
     * HotSpot would profile and compile every one from scratch (two interpreters running the same loop paid
     * two warm-ups competing for the cores, which made them slower than two threads of one interpreter).
     * Weak values: a class lives as long as some code object uses it.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Shape, java.lang.ref.WeakReference<CompiledCode>> SHARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The compiled form of co (shared with code objects of the same shape), or null when it stays interpreted. */
    static CompiledCode compile(CodeObject co) {
        if (!ENABLED || co.suspends() || co.code.length > MAX_INSTRUCTIONS) return null;
        Shape key = new Shape(co);
        java.lang.ref.WeakReference<CompiledCode> ref = SHARED.get(key);
        CompiledCode cc = ref == null ? null : ref.get();
        if (cc != null) return cc;
        cc = generate(co);
        if (cc == null) return null;
        if (SHARED.size() > 4096) SHARED.values().removeIf(r -> r.get() == null);
        // Two threads may compile the same shape at once: the first one stored wins, so both use one class.
        ref = SHARED.merge(key, new java.lang.ref.WeakReference<>(cc), (old, neu) -> old.get() != null ? old : neu);
        CompiledCode stored = ref.get();
        return stored != null ? stored : cc;
    }

    private static CompiledCode generate(CodeObject co) {
        int[] depth = depths(co);
        if (depth == null) return null;
        try {
            Jit j = new Jit(co, depth);
            byte[] bytes = j.generate();
            if (bytes == null) return null;
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            CompiledCode cc = (CompiledCode) lookup.findConstructor(lookup.lookupClass(),
                    java.lang.invoke.MethodType.methodType(void.class)).invoke();
            cc.setEntries(j.entries);
            return cc;
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError v && !(v instanceof StackOverflowError)) throw v;
            return null;   // a code shape we cannot compile stays interpreted
        }
    }

    /**
     * Loads, verifies and runs ASM once on a background thread, at the very start of a script's run: ASM's
     * class files predate Java 6, so they come from the jar through the old type-inferring verifier, which
     * put ~50 ms on the first compile of a hot function (the first fib(20) of a run took 20-35 ms instead
     * of 1). Generates a small class with a branch and a handler, as compiled code has, and throws it away.
     */
    public static void preload() {
        if (!ENABLED) return;
        Thread t = new Thread(() -> {
            try {
                ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
                cw.visit(V21, ACC_FINAL, "dev/gilpy/vm/Preload", null, "java/lang/Object", null);
                MethodVisitor mv = cw.visitMethod(ACC_STATIC, "f", "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
                mv.visitCode();
                Label start = new Label(), end = new Label(), handler = new Label(), other = new Label();
                mv.visitTryCatchBlock(start, end, handler, "java/lang/RuntimeException");
                mv.visitLabel(start);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitJumpInsn(IFNULL, other);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Object", "toString", "()Ljava/lang/String;", false);
                mv.visitLabel(end);
                mv.visitInsn(ARETURN);
                mv.visitLabel(handler);
                mv.visitLabel(other);
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ARETURN);
                mv.visitMaxs(0, 0);
                mv.visitEnd();
                cw.visitEnd();
                cw.toByteArray();
            } catch (Throwable ignored) {
                // only a warm-up: the real compile reports nothing either
            }
        }, "jit-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The stack depth before each reachable instruction (-1: unreachable); null if any is unsupported. */
    static int[] depths(CodeObject co) {
        int[] code = co.code;
        int n = code.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.add(new int[] {0, 0});
        int[] table = co.exceptionTable;
        for (int i = 0; i + 3 < table.length; i += 4) work.add(new int[] {table[i + 2], table[i + 3] + 1});
        while (!work.isEmpty()) {
            int[] w = work.poll();
            int pc = w[0], d = w[1];
            while (true) {
                if (pc < 0 || pc >= n || d < 0 || d > co.stacksize) return null;
                if (depth[pc] >= 0) {
                    if (depth[pc] != d) return null;
                    break;
                }
                depth[pc] = d;
                Opcode op = Opcode.of(code[pc]);
                int arg = Opcode.argOf(code[pc]);
                if (op == Opcode.YIELD_VALUE || op == Opcode.SEND || op == Opcode.END_ASYNC_FOR || op.pseudo) return null;
                if (op.jumps) work.add(new int[] {arg, d + op.jumpStackEffect(arg)});
                if (op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE
                        || op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD
                        || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT) {
                    break;
                }
                d += op.stackEffect(arg);
                pc++;
            }
        }
        return depth;
    }

    private final CodeObject co;
    private final int[] depth;
    private final int base;
    private final Label[] labels;
    private final boolean[] entries;
    private MethodVisitor mv;

    private Jit(CodeObject co, int[] depth) {
        this.co = co;
        this.depth = depth;
        this.base = co.varnames.length;
        this.labels = new Label[co.code.length];
        this.entries = new boolean[co.code.length];
        entries[0] = true;
        for (int i = 0; i < co.code.length; i++) {
            if (depth[i] < 0) continue;
            labels[i] = new Label();
            Opcode op = Opcode.of(co.code[i]);
            if (op == Opcode.JUMP_BACKWARD || op.name().startsWith("POP_JUMP_BACKWARD")) {
                entries[Opcode.argOf(co.code[i])] = true;
            }
        }
    }

    private byte[] generate() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V21, ACC_FINAL | ACC_SUPER, "dev/gilpy/vm/Compiled", null, SUPER, null);
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + FRAME + ";L" + TS + ";)" + OBJ, null, null);
        mv.visitCode();
        Label tryStart = new Label(), tryEnd = new Label(), onException = new Label();
        Label fallback = new Label(), end = new Label();
        Label onOutOfMemory = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, onException, "java/lang/RuntimeException");
        mv.visitTryCatchBlock(tryStart, tryEnd, onOutOfMemory, "java/lang/OutOfMemoryError");
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "values", OBJ_ARR);
        mv.visitVarInsn(ASTORE, S);
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "consts", OBJ_ARR);
        mv.visitVarInsn(ASTORE, CONSTS);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, AT);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, RERAISE);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, KW);
        mv.visitInsn(ACONST_NULL);
        mv.visitVarInsn(ASTORE, TMP);
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, COND);
        for (int k = 0; k < co.stacksize; k++) {   // every stack local always holds a PyObject or null
            mv.visitInsn(ACONST_NULL);
            mv.visitVarInsn(ASTORE, STK + k);
        }
        // Enter at f.pc: the start, or a loop head the interpreter hands over (its stack moves into locals).
        if (Eval.STEP_HOOKS) {
            mv.visitFieldInsn(GETSTATIC, EVAL, "stepping", "Z");
            mv.visitJumpInsn(IFNE, fallback);
        }
        int nEntries = 0;
        for (boolean e : entries) if (e) nEntries++;
        int[] keys = new int[nEntries];
        Label[] targets = new Label[nEntries];
        for (int i = 0, k = 0; i < entries.length; i++) {
            if (!entries[i]) continue;
            keys[k] = i;
            targets[k++] = labels[i] == null ? fallback : depth[i] == 0 ? labels[i] : new Label();
        }
        mv.visitVarInsn(ALOAD, F);
        mv.visitFieldInsn(GETFIELD, FRAME, "pc", "I");
        mv.visitLookupSwitchInsn(fallback, keys, targets);
        for (int k = 0; k < nEntries; k++) {
            int pc = keys[k];
            if (targets[k] == fallback || targets[k] == labels[pc]) continue;
            mv.visitLabel(targets[k]);
            reload(depth[pc], depth[pc]);
            mv.visitJumpInsn(GOTO, labels[pc]);
        }

        mv.visitLabel(tryStart);
        for (int i = 0; i < co.code.length; i++) {
            if (depth[i] < 0) continue;
            mv.visitLabel(labels[i]);
            instruction(i, Opcode.of(co.code[i]), Opcode.argOf(co.code[i]), depth[i]);
        }
        mv.visitLabel(tryEnd);

        for (var leave : leaves.entrySet()) {   // stepping began: the interpreter continues at a loop head
            int pc = leave.getKey();
            mv.visitLabel(leave.getValue());
            spill(0, depth[pc]);
            mv.visitVarInsn(ALOAD, F);
            iconst(base + depth[pc]);
            mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
            setFramePc(pc);
            mv.visitJumpInsn(GOTO, fallback);
        }
        mv.visitLabel(fallback);   // not an entry point: the interpreter takes the frame from here
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, T);
        mv.visitMethodInsn(INVOKESTATIC, EVAL, "run", "(L" + FRAME + ";L" + TS + ";)" + OBJ, false);
        mv.visitInsn(ARETURN);

        // An exception: the whole stack goes back into the frame (unwinding clears what is above the
        // handler's depth), then Eval.resumeAfter(f, ts, exc, at, reraise) runs the handler, if any.
        mv.visitLabel(onException);
        mv.visitVarInsn(ASTORE, EXC);
        spill(0, co.stacksize);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, T);
        mv.visitVarInsn(ALOAD, EXC);
        mv.visitVarInsn(ILOAD, AT);
        mv.visitVarInsn(ILOAD, RERAISE);
        mv.visitMethodInsn(INVOKESTATIC, EVAL, "resumeAfter",
                "(L" + FRAME + ";L" + TS + ";Ljava/lang/RuntimeException;IZ)" + OBJ, false);
        mv.visitInsn(ARETURN);
        // The heap ran out: drop the OutOfMemoryError, then a MemoryError raised at this instruction.
        mv.visitLabel(onOutOfMemory);
        mv.visitInsn(POP);
        mv.visitMethodInsn(INVOKESTATIC, EVAL, "outOfMemoryRaised", "()Ljava/lang/RuntimeException;", false);
        mv.visitJumpInsn(GOTO, onException);
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        if (end.getOffset() > MAX_JVM_BYTES) return null;
        return cw.toByteArray();
    }

    // ---- emitting one instruction; d is the stack depth before it, stack item k lives in local STK + k

    private void instruction(int i, Opcode op, int arg, int d) {
        iconst(i);
        mv.visitVarInsn(ISTORE, AT);
        switch (op) {
            case NOP, POP_TOP -> { }
            case RESUME -> checkBreaker();
            case PUSH_NULL -> {
                mv.visitInsn(ACONST_NULL);
                st(d);
            }
            case COPY -> {
                ld(d - arg);
                st(d);
            }
            case SWAP -> {
                ld(d - 1);
                ld(d - arg);
                st(d - 1);
                st(d - arg);
            }
            case LOAD_CONST -> {
                mv.visitVarInsn(ALOAD, CONSTS);
                iconst(arg);
                mv.visitInsn(AALOAD);
                st(d);
            }
            case LOAD_FAST -> {
                mv.visitVarInsn(ALOAD, S);
                iconst(arg);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                eval("local", "(" + OBJ + "L" + FRAME + ";I)" + OBJ);
                st(d);
            }
            case STORE_FAST -> {
                mv.visitVarInsn(ALOAD, S);
                iconst(arg);
                ld(d - 1);
                mv.visitInsn(AASTORE);
            }
            case LOAD_GLOBAL -> {
                if ((arg & 1) != 0) {
                    mv.visitInsn(ACONST_NULL);
                    st(d);
                }
                mv.visitVarInsn(ALOAD, F);
                iconst(i);
                iconst(arg);
                eval("loadGlobal", "(L" + FRAME + ";II)" + OBJ);
                st(d + (arg & 1));
            }
            case LOAD_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                eval("loadDeref", "(L" + FRAME + ";I)" + OBJ);
                st(d);
            }
            case STORE_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                ld(d - 1);
                eval("storeDeref", "(L" + FRAME + ";I" + OBJ + ")V");
            }
            case LOAD_ATTR -> {
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(arg);
                eval("loadAttr", "(L" + FRAME + ";" + OBJ + "I)" + OBJ);
                st(d - 1);
            }
            case STORE_ATTR -> {
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                ld(d - 2);
                iconst(arg);
                eval("storeAttr", "(L" + FRAME + ";" + OBJ + OBJ + "I)V");
            }
            case LOAD_METHOD -> {
                Label attr = new Label(), done = new Label();
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(arg);
                eval("methodOf", "(L" + FRAME + ";" + OBJ + "I)" + OBJ);
                mv.visitVarInsn(ASTORE, TMP);
                mv.visitVarInsn(ALOAD, TMP);
                mv.visitJumpInsn(IFNULL, attr);
                ld(d - 1);
                st(d);
                mv.visitVarInsn(ALOAD, TMP);
                st(d - 1);
                mv.visitJumpInsn(GOTO, done);
                mv.visitLabel(attr);
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(arg);
                eval("loadAttr", "(L" + FRAME + ";" + OBJ + "I)" + OBJ);
                st(d);
                mv.visitInsn(ACONST_NULL);
                st(d - 1);
                mv.visitLabel(done);
            }
            case BINARY_OP -> binary("binaryOp", arg, d);
            case COMPARE_OP -> binary("compareOp", arg, d);
            case IS_OP -> binary("isOp", arg, d);
            case CONTAINS_OP -> binary("containsOp", arg, d);
            case BINARY_SUBSCR -> {
                ld(d - 2);
                ld(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "getItem", "(" + OBJ + OBJ + ")" + OBJ, false);
                st(d - 2);
            }
            case STORE_SUBSCR -> {
                ld(d - 2);
                ld(d - 1);
                ld(d - 3);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V", false);
            }
            case BUILD_TUPLE, BUILD_LIST -> {
                iconst(arg);
                mv.visitTypeInsn(ANEWARRAY, internalName(PyObject.class));
                for (int k = 0; k < arg; k++) {
                    mv.visitInsn(DUP);
                    iconst(k);
                    ld(d - arg + k);
                    mv.visitInsn(AASTORE);
                }
                eval(op == Opcode.BUILD_TUPLE ? "newTuple" : "newList", "(" + OBJ_ARR + ")" + OBJ);
                st(d - arg);
            }
            case LIST_APPEND -> {
                ld(d - 1 - arg);
                ld(d - 1);
                eval("listAppend", "(" + OBJ + OBJ + ")V");
            }
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> mv.visitJumpInsn(GOTO, labels[arg]);
            case JUMP_BACKWARD -> {
                countBytecodes(i + 1 - arg);
                checkBreaker();
                leaveIfStepping(arg);
                mv.visitJumpInsn(GOTO, labels[arg]);
            }
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE -> {
                condition(op, d - 1);
                mv.visitJumpInsn(IFNE, labels[arg]);
            }
            case POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                // as the interpreter: count if taken, check the breaker either way, then jump
                condition(op, d - 1);
                mv.visitVarInsn(ISTORE, COND);
                Label noCount = new Label(), fall = new Label();
                mv.visitVarInsn(ILOAD, COND);
                mv.visitJumpInsn(IFEQ, noCount);
                countBytecodes(i + 1 - arg);
                mv.visitLabel(noCount);
                checkBreaker();
                mv.visitVarInsn(ILOAD, COND);
                mv.visitJumpInsn(IFEQ, fall);
                leaveIfStepping(arg);
                mv.visitJumpInsn(GOTO, labels[arg]);
                mv.visitLabel(fall);
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                ld(d - 1);
                eval("truth", "(" + OBJ + ")Z");
                mv.visitJumpInsn(op == Opcode.JUMP_IF_TRUE_OR_POP ? IFNE : IFEQ, labels[arg]);
            }
            case GET_ITER -> {
                ld(d - 1);
                mv.visitMethodInsn(INVOKESTATIC, OPS, "iter", "(" + OBJ + ")" + OBJ, false);
                st(d - 1);
            }
            case FOR_ITER -> {
                ld(d - 1);
                eval("forIter", "(" + OBJ + ")" + OBJ);
                mv.visitVarInsn(ASTORE, TMP);
                mv.visitVarInsn(ALOAD, TMP);
                mv.visitJumpInsn(IFNULL, labels[arg]);
                mv.visitVarInsn(ALOAD, TMP);
                st(d);
            }
            case KW_NAMES -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "kwnames", "(I)[Ljava/lang/String;", false);
                mv.visitVarInsn(ASTORE, KW);
            }
            case CALL -> {
                int callBase = d - arg - 2;
                if (arg <= 3 && (i == 0 || Opcode.of(co.code[i - 1]) != Opcode.KW_NAMES)) {
                    // positional arguments only: straight from the stack locals into the callee's frame
                    setFramePc(i + 1);
                    Label general = new Label(), done = new Label();
                    // NULL, a plain Python function, arguments that fill its parameters: Eval.callN's
                    // first case, written out here so that the JVM need not inline callN to see it
                    ld(callBase);
                    mv.visitJumpInsn(IFNONNULL, general);
                    ld(callBase + 1);
                    mv.visitTypeInsn(INSTANCEOF, FUNCTION);
                    mv.visitJumpInsn(IFEQ, general);
                    ld(callBase + 1);
                    mv.visitTypeInsn(CHECKCAST, FUNCTION);
                    mv.visitVarInsn(ASTORE, fnLocal());
                    mv.visitVarInsn(ALOAD, fnLocal());
                    iconst(arg);
                    mv.visitMethodInsn(INVOKEVIRTUAL, FUNCTION, "takes", "(I)Z", false);
                    mv.visitJumpInsn(IFEQ, general);
                    mv.visitVarInsn(ALOAD, fnLocal());
                    mv.visitVarInsn(ALOAD, T);
                    mv.visitMethodInsn(INVOKEVIRTUAL, FUNCTION, "newFrame", "(L" + TS + ";)L" + FRAME + ";", false);
                    mv.visitVarInsn(ASTORE, frameLocal());
                    for (int k = 0; k < arg; k++) {
                        mv.visitVarInsn(ALOAD, frameLocal());
                        mv.visitFieldInsn(GETFIELD, FRAME, "values", OBJ_ARR);
                        iconst(k);
                        ld(callBase + 2 + k);
                        mv.visitInsn(AASTORE);
                    }
                    mv.visitVarInsn(ALOAD, fnLocal());
                    mv.visitVarInsn(ALOAD, frameLocal());
                    mv.visitVarInsn(ALOAD, T);
                    eval("enter", "(L" + FUNCTION + ";L" + FRAME + ";L" + TS + ";)" + OBJ);
                    st(callBase);
                    mv.visitJumpInsn(GOTO, done);
                    mv.visitLabel(general);
                    for (int k = callBase; k < d; k++) ld(k);
                    mv.visitVarInsn(ALOAD, T);
                    eval("call" + arg, "(" + OBJ.repeat(arg + 2) + "L" + TS + ";)" + OBJ);
                    st(callBase);
                    mv.visitLabel(done);
                    checkBreaker();
                    break;
                }
                // otherwise the callable and arguments go where the interpreter has them, for Calls.call
                spill(callBase, d);
                setFramePc(i + 1);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + callBase);
                iconst(arg);
                mv.visitVarInsn(ALOAD, KW);
                eval("call", "(" + OBJ_ARR + "II[Ljava/lang/String;)" + OBJ);
                st(callBase);
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, KW);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + callBase);
                iconst(base + d);
                eval("clear", "(" + OBJ_ARR + "II)V");
                checkBreaker();
            }
            case RETURN_VALUE -> {
                countBytecodes(i + 1);
                mv.visitVarInsn(ALOAD, F);
                iconst(base + d - 1);
                mv.visitFieldInsn(PUTFIELD, FRAME, "sp", "I");
                setFramePc(i + 1);
                ld(d - 1);
                mv.visitInsn(ARETURN);
            }
            case RAISE_VARARGS -> {
                if (arg == 0) {
                    mv.visitVarInsn(ALOAD, T);
                    eval("reraises", "(L" + TS + ";)Z");
                    mv.visitVarInsn(ISTORE, RERAISE);
                }
                iconst(arg);
                if (arg >= 1) ld(d - arg);
                else mv.visitInsn(ACONST_NULL);
                if (arg == 2) ld(d - 1);
                else mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ALOAD, T);
                eval("raiseVarargs", "(I" + OBJ + OBJ + "L" + TS + ";)L" + PYEXC + ";");
                mv.visitInsn(ATHROW);
            }
            case RERAISE -> {
                mv.visitInsn(ICONST_1);
                mv.visitVarInsn(ISTORE, RERAISE);
                ld(d - 1);
                eval("reraise", "(" + OBJ + ")L" + PYEXC + ";");
                mv.visitInsn(ATHROW);
            }
            case YIELD_VALUE, SEND, END_ASYNC_FOR -> throw new IllegalStateException("generators are not compiled");
            default -> {
                // The cold instructions: ColdOps.execute on the frame's array, exactly as the interpreter
                // calls it, with the stack moved there and back.
                spill(0, d);
                setFramePc(i + 1);
                iconst(co.code[i]);
                mv.visitMethodInsn(INVOKESTATIC, internalName(Opcode.class), "of",
                        "(I)" + descriptor(Opcode.class), false);
                iconst(arg);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + d);
                mv.visitVarInsn(ALOAD, T);
                mv.visitMethodInsn(INVOKESTATIC, internalName(ColdOps.class), "execute",
                        "(" + descriptor(Opcode.class) + "IL" + FRAME + ";" + OBJ_ARR + "IL" + TS + ";)I",
                        false);
                mv.visitInsn(POP);
                int after = d + op.stackEffect(arg);
                reload(after, Math.max(d, after));
            }
        }
    }

    /** Stack items [from, to) into the frame's array, where the interpreter keeps them. */
    private void spill(int from, int to) {
        for (int k = from; k < to; k++) {
            mv.visitVarInsn(ALOAD, S);
            iconst(base + k);
            ld(k);
            mv.visitInsn(AASTORE);
        }
    }

    /** Stack items [0, n) from the frame's array into locals; the array's slots [0, clear) emptied. */
    private void reload(int n, int clear) {
        for (int k = 0; k < n; k++) {
            mv.visitVarInsn(ALOAD, S);
            iconst(base + k);
            mv.visitInsn(AALOAD);
            st(k);
        }
        if (clear > 0) {
            mv.visitVarInsn(ALOAD, S);
            iconst(base);
            iconst(base + clear);
            eval("clear", "(" + OBJ_ARR + "II)V");
        }
    }

    /** item[d-2] = Eval.name(arg, item[d-2], item[d-1]) */
    private void binary(String name, int arg, int d) {
        iconst(arg);
        ld(d - 2);
        ld(d - 1);
        eval(name, "(I" + OBJ + OBJ + ")" + OBJ);
        st(d - 2);
    }

    /** Leaves on the JVM stack whether the POP_JUMP_* instruction jumps on stack item k. */
    private void condition(Opcode op, int k) {
        iconst(op.ordinal());
        ld(k);
        eval("popJumpTaken", "(I" + OBJ + ")Z");
    }

    /**
     * Only in JVMs with step hooks: at a loop head, hand the frame to the interpreter while stepping. The
     * hand-over code sits outside the try range, so what the interpreter raises is not unwound twice.
     */
    private void leaveIfStepping(int target) {
        if (!Eval.STEP_HOOKS) return;
        mv.visitFieldInsn(GETSTATIC, EVAL, "stepping", "Z");
        mv.visitJumpInsn(IFNE, leaves.computeIfAbsent(target, t -> new Label()));
    }

    private final java.util.TreeMap<Integer, Label> leaves = new java.util.TreeMap<>();

    private void checkBreaker() {
        mv.visitVarInsn(ALOAD, T);
        eval("checkBreaker", "(L" + TS + ";)V");
    }

    private void countBytecodes(int n) {
        mv.visitVarInsn(ALOAD, T);
        mv.visitInsn(DUP);
        mv.visitFieldInsn(GETFIELD, TS, "bytecodes", "J");
        mv.visitLdcInsn((long) n);
        mv.visitInsn(LADD);
        mv.visitFieldInsn(PUTFIELD, TS, "bytecodes", "J");
    }

    private void setFramePc(int pc) {
        mv.visitVarInsn(ALOAD, F);
        iconst(pc);
        mv.visitFieldInsn(PUTFIELD, FRAME, "pc", "I");
    }

    private void ld(int k) { mv.visitVarInsn(ALOAD, STK + k); }

    /** Scratch JVM locals above the stack's: the callee and its new frame in CALL. */
    private int fnLocal() { return STK + co.stacksize; }

    private int frameLocal() { return STK + co.stacksize + 1; }

    private void st(int k) { mv.visitVarInsn(ASTORE, STK + k); }

    private void eval(String name, String desc) { mv.visitMethodInsn(INVOKESTATIC, EVAL, name, desc, false); }

    private void iconst(int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

}
