package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyObject;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;

import static org.objectweb.asm.Opcodes.*;

/**
 * The second tier. A hot code object becomes a JVM class whose {@code run} performs its instructions one
 * after another with the dispatch compiled away: the stack depth at each instruction is known statically,
 * so value-stack item k is JVM local variable STK + k; jumps are JVM jumps; and each instruction with any
 * meaning beyond moving values calls the same {@link Instructions} helper the interpreter calls. Python's local
 * variables stay in the frame's array, and the value stack moves there whenever the interpreter or a
 * helper needs it (calls, cold instructions, exceptions), so a frame passes between the tiers at
 * instruction boundaries: the interpreter hands a hot loop over at its head, and compiled code hands an
 * exception with a handler back to the interpreter ({@link Eval#resumeAfter}).
 *
 * <p>Generators, coroutines and async generators compile too, with no machinery of their own: YIELD_VALUE
 * leaves the method as RETURN_VALUE does, with the stack below the yielded value in the frame's array and
 * f.pc at the instruction after it, and that instruction is an entry point (as a loop head is), where the
 * next resume comes back in with the stack reloaded. So a suspended frame looks the same whichever tier
 * ran it, and each resume (through {@link Eval#execute}) picks the tier afresh: a generator that began
 * interpreted resumes compiled once its code has tiered up. An exception thrown in at a yield (throw(),
 * close()) is raised by the interpreter, which finds its handler as for any exception compiled code raises.
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
    /**
     * Code up to MAX_INSTRUCTIONS becomes one JVM method; longer code is compiled in pieces of about PIECE
     * instructions, one method each (HotSpot does not compile methods over 8000 bytes of bytecode, and a
     * piece that still comes out longer than MAX_JVM_BYTES is halved). Beyond MAX_TOTAL it stays interpreted.
     */
    private static final int MAX_INSTRUCTIONS = 600, PIECE = 400, MIN_PIECE = 16, MAX_TOTAL = 60000,
            MAX_JVM_BYTES = 7900;

    // Names spelled without ASM's Type, so that reading BUDGET at start-up loads no ASM class (ASM's class
    // files predate Java 6 and stay out of the AOT cache).
    private static String internalName(Class<?> c) { return c.getName().replace('.', '/'); }

    private static final String SUPER = internalName(CompiledCode.class);
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

    /**
     * Whether code of co's shape already has a compiled form in this process: the same source compiled again
     * (in each sub-interpreter, or by exec) then tiers up at its first call instead of repeating the
     * interpreter's warm-up, which in a new interpreter ran every loop ~1000 times interpreted and kept the
     * eval loop itself hot for HotSpot.
     */
    static boolean shapeCompiled(CodeObject co) {
        if (SHARED.isEmpty()) return false;   // start-up: nothing compiled yet, no hashing
        java.lang.ref.WeakReference<CompiledCode> ref = SHARED.get(new Shape(co));
        return ref != null && ref.get() != null;
    }

    /** The compiled form of co (shared with code objects of the same shape), or null when it stays interpreted. */
    static CompiledCode compile(CodeObject co) {
        if (!ENABLED) return null;
        if (co.code.length > MAX_TOTAL) {
            JitStats.FAILED.increment();
            return null;
        }
        Shape key = new Shape(co);
        java.lang.ref.WeakReference<CompiledCode> ref = SHARED.get(key);
        CompiledCode cc = ref == null ? null : ref.get();
        if (cc != null) {
            JitStats.COMPILED.increment();
            return cc;
        }
        cc = generate(co);
        if (cc == null) return null;
        JitStats.COMPILED.increment();
        if (SHARED.size() > 4096) SHARED.values().removeIf(r -> r.get() == null);
        // Two threads may compile the same shape at once: the first one stored wins, so both use one class.
        ref = SHARED.merge(key, new java.lang.ref.WeakReference<>(cc), (old, neu) -> old.get() != null ? old : neu);
        CompiledCode stored = ref.get();
        return stored != null ? stored : cc;
    }

    private static CompiledCode generate(CodeObject co) {
        Linked.link();   // outside the try below: a missing helper is a bug to report, not a shape to skip
        for (int word : co.code) {
            if (refusal(Opcode.of(word)) != null) {
                JitStats.REFUSED.increment();
                return null;
            }
        }
        int[] depth = co.stackDepths;   // the assembler's: stack item k before instruction i is local STK + k
        try {
            int n = co.code.length;
            CompiledCode cc = n <= MAX_INSTRUCTIONS ? piece(co, depth, 0, n) : null;
            if (cc == null) cc = pieces(co, depth);
            if (cc == null) JitStats.FAILED.increment();
            return cc;
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError v && !(v instanceof StackOverflowError)) throw v;
            JitStats.FAILED.increment();
            return null;   // a code shape we cannot compile stays interpreted
        }
    }

    /** Instructions [lo, hi) of co as one generated class; null when its method would be too large. */
    private static CompiledCode piece(CodeObject co, int[] depth, int lo, int hi) throws Throwable {
        Jit j = new Jit(co, depth, lo, hi);
        byte[] bytes = j.generate();
        if (bytes == null) return null;
        MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
        CompiledCode cc = (CompiledCode) lookup.findConstructor(lookup.lookupClass(),
                java.lang.invoke.MethodType.methodType(void.class)).invoke();
        cc.setEntries(j.entries);
        return cc;
    }

    /**
     * Long code in pieces: each a class of its own that leaves (returning {@link Eval#TRANSFER} with f.pc
     * at the next instruction and its stack in the frame) where control passes to another piece. Cuts fall
     * where the stack is empty and, where possible, outside loops, so a hot loop stays within one method.
     */
    private static CompiledCode pieces(CodeObject co, int[] depth) throws Throwable {
        int n = co.code.length;
        int[] crossing = new int[n + 1];   // > 0 where a cut would split a loop
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.of(co.code[i]);
            if (op.jump == Opcode.Jump.BACKWARD) {
                crossing[Opcode.argOf(co.code[i]) + 1]++;
                crossing[i + 1]--;
            }
        }
        for (int i = 1; i <= n; i++) crossing[i] += crossing[i - 1];
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        java.util.List<CompiledCode> parts = new java.util.ArrayList<>();
        int lo = 0, size = PIECE;
        while (lo < n) {
            int hi = cut(depth, crossing, lo, Math.min(n, lo + size), n);
            CompiledCode cc = piece(co, depth, lo, hi);
            if (cc == null) {   // too many JVM bytes: try a smaller piece here
                if (size <= MIN_PIECE) return null;
                size /= 2;
                continue;
            }
            starts.add(lo);
            parts.add(cc);
            lo = hi;
            size = PIECE;
        }
        JitStats.PIECES.add(parts.size());
        return new Pieces(starts.stream().mapToInt(Integer::intValue).toArray(), parts.toArray(new CompiledCode[0]), n);
    }

    /** Where a piece starting at lo ends: at most max, preferring an empty stack outside loops, then an empty stack. */
    private static int cut(int[] depth, int[] crossing, int lo, int max, int n) {
        if (max >= n) return n;
        int floor = lo + Math.max(1, (max - lo) / 2);
        for (int b = max; b > floor; b--) if (depth[b] == 0 && crossing[b] == 0) return b;
        for (int b = max; b > floor; b--) if (depth[b] == 0) return b;
        return max;
    }

    /** A long code object's compiled form: runs the piece holding f.pc (the frame moves between them). */
    private static final class Pieces extends CompiledCode {
        private final int[] starts;
        private final CompiledCode[] parts;

        Pieces(int[] starts, CompiledCode[] parts, int n) {
            this.starts = starts;
            this.parts = parts;
            boolean[] all = new boolean[n];
            for (int k = 0; k < parts.length; k++) {
                int end = k + 1 < starts.length ? starts[k + 1] : n;
                for (int pc = starts[k]; pc < end; pc++) all[pc] = parts[k].enters(pc);
            }
            setEntries(all);
        }

        @Override
        public PyObject run(Frame f, ThreadState ts) {
            int pc = f.pc, k = Arrays.binarySearch(starts, pc);
            return parts[k >= 0 ? k : -k - 2].run(f, ts);
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
                Linked.link();   // the helpers' look-ups, off the main thread too
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

    /** Why this tier leaves code with {@code op} to the interpreter, or null if it compiles it. */
    static String refusal(Opcode op) {
        if (op.pseudo) return "a pseudo-instruction never reaches a code object";
        return null;
    }

    private final CodeObject co;
    private final int[] depth;
    private final int base;
    private final Label[] labels;
    private final boolean[] entries;
    private MethodVisitor mv;

    private Jit(CodeObject co, int[] depth, int lo, int hi) {
        this.co = co;
        this.depth = depth;
        this.base = co.varnames.length;
        this.lo = lo;
        this.hi = hi;
        this.labels = new Label[co.code.length];
        this.entries = new boolean[co.code.length];
        entries[lo] = true;
        boolean whole = lo == 0 && hi == co.code.length;
        for (int i = 0; i < co.code.length; i++) {   // (every instruction is reachable: see CodeObject.stackDepths)
            labels[i] = new Label();
            Opcode op = Opcode.of(co.code[i]);
            int target = Opcode.argOf(co.code[i]);
            // the loop heads where the interpreter may hand a frame over (its backward jumps that check the
            // breaker); in a piece also every jump target, where another piece may hand it over
            if (op.jump == Opcode.Jump.BACKWARD && op.checksBreaker || !whole && op.jump != Opcode.Jump.NONE) {
                if (target >= lo && target < hi) entries[target] = true;
            }
            // where a suspended generator resumes: after each yield, and after a SEND loop that throw()
            // ended in the delegate (PyGenerator.throwInto continues at the SEND's target)
            if (op == Opcode.YIELD_VALUE && i + 1 >= lo && i + 1 < hi) entries[i + 1] = true;
            if (op == Opcode.SEND && target >= lo && target < hi) entries[target] = true;
        }
    }

    /** Instructions [lo, hi) are compiled here; a jump elsewhere leaves the method (see {@link #to}). */
    private final int lo, hi;

    /** The label a jump to target goes to: the instruction's, or (outside this piece) an exit to it. */
    private Label to(int target) {
        if (target >= lo && target < hi) return labels[target];
        return exits.computeIfAbsent(target, t -> new Label());
    }

    private final java.util.TreeMap<Integer, Label> exits = new java.util.TreeMap<>();

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

        mv = cw.visitMethod(ACC_PUBLIC, "run", Linked.COMPILED_RUN.descriptor, null, null);
        mv.visitCode();
        Label tryStart = new Label(), tryEnd = new Label(), onException = new Label();
        Label fallback = new Label(), end = new Label();
        Label onOutOfMemory = new Label();
        mv.visitTryCatchBlock(tryStart, tryEnd, onException, "java/lang/RuntimeException");
        mv.visitTryCatchBlock(tryStart, tryEnd, onOutOfMemory, "java/lang/OutOfMemoryError");
        mv.visitVarInsn(ALOAD, F);
        get(Linked.VALUES);
        mv.visitVarInsn(ASTORE, S);
        mv.visitVarInsn(ALOAD, F);
        get(Linked.CONSTS);
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
            get(Linked.STEPPING);
            mv.visitJumpInsn(IFNE, fallback);
        }
        // A suspended generator with an exception thrown in: the interpreter raises it at the yield.
        if (suspends()) {
            mv.visitVarInsn(ALOAD, F);
            get(Linked.PENDING_THROW);
            mv.visitJumpInsn(IFNONNULL, fallback);
        }
        int nEntries = 0;
        for (boolean e : entries) if (e) nEntries++;
        int[] keys = new int[nEntries];
        Label[] targets = new Label[nEntries];
        for (int i = 0, k = 0; i < entries.length; i++) {
            if (!entries[i]) continue;
            keys[k] = i;
            targets[k++] = depth[i] == 0 ? labels[i] : new Label();
        }
        Label missed = new Label();
        mv.visitVarInsn(ALOAD, F);
        get(Linked.PC);
        mv.visitLookupSwitchInsn(missed, keys, targets);
        for (int k = 0; k < nEntries; k++) {
            int pc = keys[k];
            if (targets[k] == fallback || targets[k] == labels[pc]) continue;
            mv.visitLabel(targets[k]);
            reload(depth[pc], depth[pc]);
            mv.visitJumpInsn(GOTO, labels[pc]);
        }

        mv.visitLabel(tryStart);
        for (int i = lo; i < hi; i++) {
            mv.visitLabel(labels[i]);
            Opcode op = Opcode.of(co.code[i]);
            int arg = Opcode.argOf(co.code[i]);
            instruction(i, op, arg, depth[i]);
            if (op.fallsThrough) forget(depth[i] + op.stackEffect(arg), depth[i]);
        }
        if (hi < co.code.length) mv.visitJumpInsn(GOTO, to(hi));   // falling through into the next piece
        mv.visitLabel(tryEnd);

        for (var exit : exits.entrySet()) {   // another piece continues: its stack goes into the frame
            int pc = exit.getKey();
            mv.visitLabel(exit.getValue());
            spill(0, depth[pc]);
            mv.visitVarInsn(ALOAD, F);
            iconst(base + depth[pc]);
            put(Linked.SP);
            setFramePc(pc);
            get(Linked.TRANSFER);
            mv.visitInsn(ARETURN);
        }

        for (var leave : leaves.entrySet()) {   // stepping began: the interpreter continues at a loop head
            int pc = leave.getKey();
            mv.visitLabel(leave.getValue());
            spill(0, depth[pc]);
            mv.visitVarInsn(ALOAD, F);
            iconst(base + depth[pc]);
            put(Linked.SP);
            setFramePc(pc);
            mv.visitJumpInsn(GOTO, fallback);
        }
        mv.visitLabel(missed);   // not an entry point: counted (a tier-up failure), then the interpreter
        call(Linked.MISSED_ENTRY);
        mv.visitLabel(fallback);   // the interpreter takes the frame from here
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, T);
        call(Linked.RUN);
        mv.visitInsn(ARETURN);

        // An exception: the whole stack goes back into the frame (unwinding clears what is above the
        // handler's depth), then Eval.resumeAfter(f, ts, exc, at, reraise) runs the handler, if any.
        // C1 (tiers 1-3) refuses a method whose handler entry normal flow also reaches, so the OutOfMemory
        // path below joins after the handler's entry, not at it.
        Label handle = new Label();
        mv.visitLabel(onException);
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitLabel(handle);
        spill(0, co.stacksize);
        mv.visitVarInsn(ALOAD, F);
        mv.visitVarInsn(ALOAD, T);
        mv.visitVarInsn(ALOAD, EXC);
        mv.visitVarInsn(ILOAD, AT);
        mv.visitVarInsn(ILOAD, RERAISE);
        call(Linked.RESUME_AFTER);
        mv.visitInsn(ARETURN);
        // The heap ran out: drop the OutOfMemoryError, then a MemoryError raised at this instruction.
        mv.visitLabel(onOutOfMemory);
        mv.visitInsn(POP);
        call(Linked.OUT_OF_MEMORY);
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitJumpInsn(GOTO, handle);
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        if (end.getOffset() > MAX_JVM_BYTES) return null;
        return cw.toByteArray();
    }

    /** Whether the code can be suspended at a yield, and so resumed with an exception thrown in. */
    private boolean suspends() {
        for (int w : co.code) if (Opcode.of(w) == Opcode.YIELD_VALUE) return true;
        return false;
    }

    // ---- emitting one instruction; d is the stack depth before it, stack item k lives in local STK + k

    private void instruction(int i, Opcode op, int arg, int d) {
        iconst(i);
        mv.visitVarInsn(ISTORE, AT);
        switch (op) {
            case NOP, POP_TOP -> { }
            case RESUME -> checkBreaker(op);
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
                call(Linked.LOCAL);
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
                call(Linked.LOAD_GLOBAL);
                st(d + (arg & 1));
            }
            case UNPACK_SEQUENCE -> {   // item k of seq goes to stack item d - 1 + (arg - 1 - k)
                ld(d - 1);
                iconst(arg);
                call(Linked.UNPACK);
                for (int k = 0; k < arg; k++) {
                    mv.visitInsn(DUP);
                    iconst(arg - 1 - k);
                    mv.visitInsn(AALOAD);
                    st(d - 1 + k);
                }
                mv.visitInsn(POP);
            }
            case LOAD_NAME -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                call(Linked.LOAD_NAME);
                st(d);
            }
            case STORE_NAME -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                ld(d - 1);
                call(Linked.STORE_NAME);
            }
            case LOAD_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                call(Linked.LOAD_DEREF);
                st(d);
            }
            case STORE_DEREF -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                ld(d - 1);
                call(Linked.STORE_DEREF);
            }
            case LOAD_ATTR -> {
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(arg);
                call(Linked.LOAD_ATTR);
                st(d - 1);
            }
            case STORE_ATTR -> {
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                ld(d - 2);
                iconst(arg);
                call(Linked.STORE_ATTR);
            }
            case LOAD_METHOD -> {
                Label attr = new Label(), done = new Label();
                mv.visitVarInsn(ALOAD, F);
                ld(d - 1);
                iconst(arg);
                call(Linked.METHOD_OF);
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
                call(Linked.LOAD_ATTR);
                st(d);
                mv.visitInsn(ACONST_NULL);
                st(d - 1);
                mv.visitLabel(done);
            }
            case BINARY_OP -> binary(Linked.BINARY_OP, arg, d);
            case COMPARE_OP -> binary(Linked.COMPARE_OP, arg, d);
            case IS_OP -> binary(Linked.IS_OP, arg, d);
            case CONTAINS_OP -> binary(Linked.CONTAINS_OP, arg, d);
            case BINARY_SUBSCR -> {
                ld(d - 2);
                ld(d - 1);
                call(Linked.GET_ITEM);
                st(d - 2);
            }
            case STORE_SUBSCR -> {
                ld(d - 2);
                ld(d - 1);
                ld(d - 3);
                call(Linked.SET_ITEM);
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
                call(op == Opcode.BUILD_TUPLE ? Linked.NEW_TUPLE : Linked.NEW_LIST);
                st(d - arg);
            }
            case LIST_APPEND -> {
                ld(d - 1 - arg);
                ld(d - 1);
                call(Linked.LIST_APPEND);
            }
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> mv.visitJumpInsn(GOTO, to(arg));
            case JUMP_BACKWARD -> {
                countBytecodes(i + 1 - arg);
                checkBreaker(op);
                leaveIfStepping(arg);
                mv.visitJumpInsn(GOTO, to(arg));
            }
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
                 POP_JUMP_FORWARD_IF_NOT_NONE -> {
                condition(op, d - 1);
                forget(d - 1, d);
                mv.visitJumpInsn(IFNE, to(arg));
            }
            case POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                // as the interpreter: count if taken, check the breaker either way, then jump
                condition(op, d - 1);
                forget(d - 1, d);
                mv.visitVarInsn(ISTORE, COND);
                Label noCount = new Label(), fall = new Label();
                mv.visitVarInsn(ILOAD, COND);
                mv.visitJumpInsn(IFEQ, noCount);
                countBytecodes(i + 1 - arg);
                mv.visitLabel(noCount);
                checkBreaker(op);
                mv.visitVarInsn(ILOAD, COND);
                mv.visitJumpInsn(IFEQ, fall);
                leaveIfStepping(arg);
                mv.visitJumpInsn(GOTO, to(arg));
                mv.visitLabel(fall);
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                ld(d - 1);
                call(Linked.TRUTH);
                mv.visitJumpInsn(op == Opcode.JUMP_IF_TRUE_OR_POP ? IFNE : IFEQ, to(arg));
            }
            case GET_ITER -> {
                ld(d - 1);
                call(Linked.ITER);
                st(d - 1);
            }
            case FOR_ITER -> {
                ld(d - 1);
                call(Linked.FOR_ITER);
                mv.visitVarInsn(ASTORE, TMP);
                mv.visitVarInsn(ALOAD, TMP);
                Label next = new Label();
                mv.visitJumpInsn(IFNONNULL, next);
                forget(d - 1, d);   // the exhausted iterator
                mv.visitJumpInsn(GOTO, to(arg));
                mv.visitLabel(next);
                mv.visitVarInsn(ALOAD, TMP);
                st(d);
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, TMP);
            }
            case KW_NAMES -> {
                mv.visitVarInsn(ALOAD, F);
                iconst(arg);
                call(Linked.KWNAMES);
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
                    call(Linked.TAKES);
                    mv.visitJumpInsn(IFEQ, general);
                    mv.visitVarInsn(ALOAD, fnLocal());
                    mv.visitVarInsn(ALOAD, T);
                    call(Linked.NEW_FRAME);
                    mv.visitVarInsn(ASTORE, frameLocal());
                    for (int k = 0; k < arg; k++) {
                        mv.visitVarInsn(ALOAD, frameLocal());
                        get(Linked.VALUES);
                        iconst(k);
                        ld(callBase + 2 + k);
                        mv.visitInsn(AASTORE);
                    }
                    mv.visitVarInsn(ALOAD, fnLocal());
                    mv.visitVarInsn(ALOAD, frameLocal());
                    mv.visitVarInsn(ALOAD, T);
                    call(Linked.ENTER);
                    st(callBase);
                    mv.visitInsn(ACONST_NULL);   // nor the callee's frame, once it returned
                    mv.visitVarInsn(ASTORE, frameLocal());
                    mv.visitJumpInsn(GOTO, done);
                    mv.visitLabel(general);
                    for (int k = callBase; k < d; k++) ld(k);
                    mv.visitVarInsn(ALOAD, T);
                    call(Linked.CALL_N[arg]);
                    st(callBase);
                    mv.visitLabel(done);
                    checkBreaker(op);
                    break;
                }
                // otherwise the callable and arguments go where the interpreter has them, for Calls.call
                spill(callBase, d);
                setFramePc(i + 1);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + callBase);
                iconst(arg);
                mv.visitVarInsn(ALOAD, KW);
                call(Linked.CALL);
                st(callBase);
                mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ASTORE, KW);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + callBase);
                iconst(base + d);
                call(Linked.CLEAR);
                checkBreaker(op);
            }
            case RETURN_VALUE -> {
                countBytecodes(i + 1);
                mv.visitVarInsn(ALOAD, F);
                iconst(base + d - 1);
                put(Linked.SP);
                setFramePc(i + 1);
                ld(d - 1);
                mv.visitInsn(ARETURN);
            }
            case YIELD_VALUE -> {   // suspends: the stack below the value into the frame, as the interpreter leaves it
                spill(0, d - 1);
                mv.visitVarInsn(ALOAD, F);
                iconst(base + d - 1);
                iconst(i + 1);
                ld(d - 1);
                call(Linked.YIELD_VALUE);
                mv.visitInsn(ARETURN);
            }
            case SEND -> {   // (receiver v -- receiver yielded), or (receiver v -- retval) and jump
                Label yielded = new Label();
                ld(d - 2);
                ld(d - 1);
                call(Linked.SEND);
                forget(d - 1, d);
                mv.visitInsn(DUP);
                mv.visitTypeInsn(INSTANCEOF, internalName(PyObject.class));
                mv.visitJumpInsn(IFNE, yielded);
                mv.visitTypeInsn(CHECKCAST, internalName(Calls.Returned.class));
                call(Linked.RETURNED_VALUE);
                st(d - 2);
                mv.visitJumpInsn(GOTO, to(arg));
                mv.visitLabel(yielded);
                mv.visitTypeInsn(CHECKCAST, internalName(PyObject.class));
                st(d - 1);
            }
            case END_ASYNC_FOR -> {   // (aiter exc -- ): the loop ends on StopAsyncIteration, else exc goes on
                Label ends = new Label();
                ld(d - 1);
                call(Linked.ENDS_ASYNC_FOR);
                mv.visitJumpInsn(IFNE, ends);
                mv.visitInsn(ICONST_1);
                mv.visitVarInsn(ISTORE, RERAISE);
                ld(d - 1);
                call(Linked.RERAISE_EXC);
                mv.visitInsn(ATHROW);
                mv.visitLabel(ends);
            }
            case RAISE_VARARGS -> {
                if (arg == 0) {
                    mv.visitVarInsn(ALOAD, T);
                    call(Linked.RERAISES);
                    mv.visitVarInsn(ISTORE, RERAISE);
                }
                iconst(arg);
                if (arg >= 1) ld(d - arg);
                else mv.visitInsn(ACONST_NULL);
                if (arg == 2) ld(d - 1);
                else mv.visitInsn(ACONST_NULL);
                mv.visitVarInsn(ALOAD, T);
                call(Linked.RAISE_VARARGS);
                mv.visitInsn(ATHROW);
            }
            case RERAISE -> {
                mv.visitInsn(ICONST_1);
                mv.visitVarInsn(ISTORE, RERAISE);
                ld(d - 1);
                call(Linked.RERAISE_EXC);
                mv.visitInsn(ATHROW);
            }
            default -> {
                // A hot instruction must have its own case above (OpcodeTiersTest checks that it does).
                if (op.hot || refusal(op) != null) throw new IllegalStateException("no compiled form of " + op);
                // The cold instructions: ColdInstructions.execute on the frame's array, exactly as the
                // interpreter calls it, with the stack moved there and back.
                spill(0, d);
                setFramePc(i + 1);
                iconst(co.code[i]);
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, S);
                iconst(base + d);
                mv.visitVarInsn(ALOAD, T);
                call(Linked.COLD);
                mv.visitInsn(POP);
                int after = d + op.stackEffect(arg);
                reload(after, Math.max(d, after));
            }
        }
    }

    /**
     * Stack items [from, to) popped: their locals are cleared, or they would keep dead objects alive (weak
     * references not cleared, finalizers late) wherever the JVM treats every local as live: in its bytecode
     * interpreter, and in long-running module code. C2 drops these stores where nothing reads the local.
     */
    private void forget(int from, int to) {
        for (int k = from; k < to; k++) {
            mv.visitInsn(ACONST_NULL);
            st(k);
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
            call(Linked.CLEAR);
        }
    }

    /** item[d-2] = helper(arg, item[d-2], item[d-1]) */
    private void binary(Target helper, int arg, int d) {
        iconst(arg);
        ld(d - 2);
        ld(d - 1);
        call(helper);
        st(d - 2);
    }

    /** Leaves on the JVM stack whether the POP_JUMP_* instruction jumps on stack item k. */
    private void condition(Opcode op, int k) {
        iconst(op.ordinal());
        ld(k);
        call(Linked.POP_JUMP_TAKEN);
    }

    /**
     * Only in JVMs with step hooks: at a loop head, hand the frame to the interpreter while stepping. The
     * hand-over code sits outside the try range, so what the interpreter raises is not unwound twice.
     */
    private void leaveIfStepping(int target) {
        if (!Eval.STEP_HOOKS) return;
        get(Linked.STEPPING);
        mv.visitJumpInsn(IFNE, leaves.computeIfAbsent(target, t -> new Label()));
    }

    private final java.util.TreeMap<Integer, Label> leaves = new java.util.TreeMap<>();

    /** The eval-breaker check, where the interpreter makes it: only in the instructions whose fact says so. */
    private void checkBreaker(Opcode op) {
        if (!op.checksBreaker) return;
        mv.visitVarInsn(ALOAD, T);
        call(Linked.CHECK_BREAKER);
    }

    private void countBytecodes(int n) {
        mv.visitVarInsn(ALOAD, T);
        mv.visitInsn(DUP);
        get(Linked.BYTECODES);
        mv.visitLdcInsn((long) n);
        mv.visitInsn(LADD);
        put(Linked.BYTECODES);
    }

    private void setFramePc(int pc) {
        mv.visitVarInsn(ALOAD, F);
        iconst(pc);
        put(Linked.PC);
    }

    private void ld(int k) { mv.visitVarInsn(ALOAD, STK + k); }

    /** Scratch JVM locals above the stack's: the callee and its new frame in CALL. */
    private int fnLocal() { return STK + co.stacksize; }

    private int frameLocal() { return STK + co.stacksize + 1; }

    private void st(int k) { mv.visitVarInsn(ASTORE, STK + k); }

    private void call(Target t) { mv.visitMethodInsn(t.invoke, t.owner, t.name, t.descriptor, false); }

    private void get(Field f) { mv.visitFieldInsn(f.isStatic ? GETSTATIC : GETFIELD, f.owner, f.name, f.descriptor); }

    private void put(Field f) { mv.visitFieldInsn(f.isStatic ? PUTSTATIC : PUTFIELD, f.owner, f.name, f.descriptor); }

    /** A field generated code reads or writes, found with its type when {@link Linked} loads. */
    private record Field(boolean isStatic, String owner, String name, String descriptor) {
        static Field of(Class<?> owner, String name, Class<?> type, boolean isStatic) {
            try {
                java.lang.reflect.Field f = owner.getDeclaredField(name);
                if (f.getType() != type || java.lang.reflect.Modifier.isStatic(f.getModifiers()) != isStatic) {
                    throw new NoSuchFieldException(f + " is not " + (isStatic ? "static " : "") + type.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("compiled code uses " + owner.getName() + "." + name + ": " + e, e);
            }
            return new Field(isStatic, internalName(owner), name, type.descriptorString());
        }
    }

    /** A method generated code calls, with the descriptor of the method found (not spelled by hand). */
    private record Target(int invoke, String owner, String name, String descriptor) {
        static Target of(Class<?> owner, String name, Class<?> returns, Class<?>... params) {
            return find(owner, name, false, returns, params);
        }

        static Target virtual(Class<?> owner, String name, Class<?> returns, Class<?>... params) {
            return find(owner, name, true, returns, params);
        }

        private static Target find(Class<?> owner, String name, boolean virtual, Class<?> returns, Class<?>... params) {
            MethodType type = MethodType.methodType(returns, params);
            // Reflection, not MethodHandles.Lookup: the same check without spinning method-handle classes.
            try {
                java.lang.reflect.Method m = owner.getDeclaredMethod(name, params);
                if (m.getReturnType() != returns || java.lang.reflect.Modifier.isStatic(m.getModifiers()) == virtual) {
                    throw new NoSuchMethodException(m + " is not " + (virtual ? "" : "static ") + type);
                }
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("compiled code calls " + owner.getName() + "." + name + type + ": " + e, e);
            }
            return new Target(virtual ? INVOKEVIRTUAL : INVOKESTATIC, internalName(owner), name,
                    type.toMethodDescriptorString());
        }
    }

    /**
     * Everything generated code calls, looked up (name and exact type) when this class loads: a helper
     * renamed or retyped fails here, on the first compilation (or the start-up preload), never halfway
     * through a program. A class of its own so that reading {@link #BUDGET} at start-up looks nothing up.
     */
    private static final class Linked {
        private static final Class<?> O = PyObject.class, OS = PyObject[].class, FR = Frame.class,
                TSC = ThreadState.class, I = int.class, V = void.class, Z = boolean.class;
        private static final Class<Instructions> IN = Instructions.class;

        static final Target LOCAL = Target.of(IN, "local", O, O, FR, I);
        static final Target LOAD_GLOBAL = Target.of(IN, "loadGlobal", O, FR, I, I);
        static final Target UNPACK = Target.of(Builders.class, "unpack", OS, O, I);
        static final Target LOAD_NAME = Target.of(IN, "loadName", O, FR, I);
        static final Target STORE_NAME = Target.of(IN, "storeName", V, FR, I, O);
        static final Target LOAD_DEREF = Target.of(IN, "loadDeref", O, FR, I);
        static final Target STORE_DEREF = Target.of(IN, "storeDeref", V, FR, I, O);
        static final Target LOAD_ATTR = Target.of(IN, "loadAttr", O, FR, O, I);
        static final Target STORE_ATTR = Target.of(IN, "storeAttr", V, FR, O, O, I);
        static final Target METHOD_OF = Target.of(IN, "methodOf", O, FR, O, I);
        static final Target BINARY_OP = Target.of(IN, "binaryOp", O, I, O, O);
        static final Target COMPARE_OP = Target.of(IN, "compareOp", O, I, O, O);
        static final Target IS_OP = Target.of(IN, "isOp", O, I, O, O);
        static final Target CONTAINS_OP = Target.of(IN, "containsOp", O, I, O, O);
        static final Target NEW_TUPLE = Target.of(IN, "newTuple", O, OS);
        static final Target NEW_LIST = Target.of(IN, "newList", O, OS);
        static final Target LIST_APPEND = Target.of(IN, "listAppend", V, O, O);
        static final Target TRUTH = Target.of(IN, "truth", Z, O);
        static final Target POP_JUMP_TAKEN = Target.of(IN, "popJumpTaken", Z, I, O);
        static final Target FOR_ITER = Target.of(IN, "forIter", O, O);
        static final Target ENTER = Target.of(IN, "enter", O, PyFunction.class, FR, TSC);
        /** CALL with 0..3 positional arguments, by argument count. */
        static final Target[] CALL_N = {
            Target.of(IN, "call0", O, O, O, TSC),
            Target.of(IN, "call1", O, O, O, O, TSC),
            Target.of(IN, "call2", O, O, O, O, O, TSC),
            Target.of(IN, "call3", O, O, O, O, O, O, TSC),
        };
        static final Target CALL = Target.of(IN, "call", O, OS, I, I, String[].class);
        static final Target CLEAR = Target.of(IN, "clear", V, OS, I, I);
        static final Target RERAISES = Target.of(IN, "reraises", Z, TSC);
        static final Target RAISE_VARARGS = Target.of(IN, "raiseVarargs", PyException.class, I, O, O, TSC);
        static final Target RERAISE_EXC = Target.of(IN, "reraise", PyException.class, O);
        static final Target CHECK_BREAKER = Target.of(IN, "checkBreaker", V, TSC);
        static final Target MISSED_ENTRY = Target.of(JitStats.class, "missedEntry", V);
        static final Target YIELD_VALUE = Target.of(IN, "yieldValue", O, FR, I, I, O);
        static final Target SEND = Target.of(Calls.class, "send", Object.class, O, O);
        static final Target RETURNED_VALUE = Target.virtual(Calls.Returned.class, "value", O);
        static final Target ENDS_ASYNC_FOR = Target.of(Awaits.class, "endsAsyncFor", Z, O);
        static final Target GET_ITEM = Target.of(Abstract.class, "getItem", O, O, O);
        static final Target SET_ITEM = Target.of(Abstract.class, "setItem", V, O, O, O);
        static final Target ITER = Target.of(Abstract.class, "iter", O, O);
        static final Target COLD = Target.of(ColdInstructions.class, "execute", I, I, FR, OS, I, TSC);
        static final Target RUN = Target.of(Eval.class, "run", O, FR, TSC);
        /** The method each generated class implements. */
        static final Target COMPILED_RUN = Target.virtual(CompiledCode.class, "run", O, FR, TSC);
        static final Target RESUME_AFTER = Target.of(Eval.class, "resumeAfter", O, FR, TSC, RuntimeException.class, I, Z);
        static final Target OUT_OF_MEMORY = Target.of(Eval.class, "outOfMemoryRaised", RuntimeException.class);
        static final Target KWNAMES = Target.virtual(FR, "kwnames", String[].class, I);
        static final Target TAKES = Target.virtual(PyFunction.class, "takes", Z, I);
        static final Target NEW_FRAME = Target.virtual(PyFunction.class, "newFrame", FR, TSC);

        static final Field VALUES = Field.of(FR, "values", OS, false);
        static final Field CONSTS = Field.of(FR, "consts", OS, false);
        static final Field PC = Field.of(FR, "pc", I, false);
        static final Field SP = Field.of(FR, "sp", I, false);
        static final Field PENDING_THROW = Field.of(FR, "pendingThrow", dev.gilpy.runtime.PyBaseException.class, false);
        static final Field BYTECODES = Field.of(TSC, "bytecodes", long.class, false);
        static final Field STEPPING = Field.of(Eval.class, "stepping", Z, true);
        static final Field TRANSFER = Field.of(Eval.class, "TRANSFER", O, true);

        /** Loads (and so checks) the targets. */
        static void link() { }
    }

    private void iconst(int v) {
        if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
        else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
        else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
        else mv.visitLdcInsn(v);
    }

}
