package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.compile.Compiler;
import dev.gilpy.parse.Parsing;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every instruction is handled by both tiers, as its {@link Opcode} facts say: the eval loop's switch has a
 * case for exactly the hot ones, {@link ColdInstructions} for exactly the cold ones, the interpreter's cases
 * check the eval breaker exactly where the fact says, and the compiled tier compiles code with each
 * instruction or names why it does not. Read from the class files (javac turns each switch into a table
 * of opcode numbers) and by compiling real code, so an opcode added to the enum alone fails here.
 */
class OpcodeTiersTest {

    private static final Set<Opcode> REAL = EnumSet.noneOf(Opcode.class);

    static {
        for (Opcode op : Opcode.values()) if (!op.pseudo) REAL.add(op);
    }

    @Test
    void theEvalLoopHasACaseForEveryHotInstructionAndNoOther() throws IOException {
        Set<Opcode> hot = EnumSet.noneOf(Opcode.class);
        for (Opcode op : REAL) if (op.hot) hot.add(op);
        assertEquals(names(hot), names(cases(method(Eval.class, "run")).keySet()));
    }

    @Test
    void coldInstructionsHasACaseForEveryColdInstructionAndNoOther() throws IOException {
        Set<Opcode> cold = EnumSet.noneOf(Opcode.class);
        for (Opcode op : REAL) if (!op.hot) cold.add(op);
        assertEquals(names(cold), names(cases(method(ColdInstructions.class, "execute")).keySet()));
    }

    @Test
    void theEvalLoopChecksTheBreakerInExactlyTheInstructionsThatSaySo() throws IOException {
        MethodNode run = method(Eval.class, "run");
        Set<String> checking = new TreeSet<>(), wanted = new TreeSet<>();
        for (Map.Entry<Opcode, List<AbstractInsnNode>> e : cases(run).entrySet()) {
            if (e.getKey().checksBreaker) wanted.add(e.getKey().name());
            for (AbstractInsnNode insn : e.getValue()) {
                if (insn instanceof MethodInsnNode m && m.name.equals("checkBreaker")) checking.add(e.getKey().name());
            }
        }
        assertEquals(wanted, checking);
    }

    /** Small programs that together use every instruction (module, class and function bodies; one interactive line). */
    private static final String[] SAMPLES = {
        """
        from os.path import *
        from os import path
        import os
        x: int = 1
        del x
        y = [1, 2]
        z = {1: 2, **{3: 4}}
        s = {*y, 3}
        w = {'a': 1, 'b': 2}
        def f(a, *args, b=1, **kw):
            global y
            y = -a + (+a) + (~a)
            del y
            q = not a
            c = a[1:2:3]
            del a[0]
            del a.b
            del q
            t = (*args, 1)
            u = [i for i in args]
            v = {i for i in args}
            m = {i: i for i in args}
            p, *r = args
            g, h = args
            e = f"{a!r:>{b}}"
            f(*args, **kw)
            f(1, b=2)
            k = lambda: a
            a.x = a.y
            a.meth(1)
            a[1] = a[2]
            if a is None or a is not b: pass
            if a in b and b not in a: pass
            if a == b: pass
            while a: a = a - 1
            while not a: a = 1
            while a is None: a = 1
            while a is not None: a = None
            if a is None: a = 1
            q = a and b
            q = a or b
            if a < b < 3: pass
            for i in a: return i
            for i in a: pass
            assert a, b
            try:
                raise ValueError from None
            except ValueError as e:
                pass
            finally:
                a += 1
            try:
                b()
            except* ValueError as e:
                pass
            with a as b:
                pass
            return a if b else None
        def g():
            n = 1
            def inner():
                nonlocal n
                n = 2
                del n
                return n
            return inner
        def outer():
            v = 1
            class D:
                w = v
            return D
        class C:
            a: int
            def m(self):
                return __class__
            def n(self):
                return self.a
        def gen():
            yield 1
            yield from range(2)
        async def agen():
            yield 1
        async def co(a, cm):
            async with cm as x:
                await a
            async for i in a:
                pass
            return [j async for j in agen()]
        """,
    };

    @Test
    void theCompiledTierCompilesEveryInstructionOrSaysWhyNot() {
        List<CodeObject> all = new ArrayList<>();
        for (String src : SAMPLES) collect(Compiler.compile(Parsing.parse(src, "t.py", Parsing.Mode.FILE), "t.py"), all);
        collect(Compiler.compile(Parsing.parse("1 + 1\n", "<stdin>", Parsing.Mode.SINGLE), "<stdin>"), all);
        // no compiler output has a NOP (CPython's optimizer drops them too): a hand-made one
        all.add(new CodeObject("nop", "nop", "t.py", 1, 0, 0, 0, 0, 1,
                new int[] {Opcode.encode(Opcode.RESUME, 0), Opcode.encode(Opcode.NOP, 0),
                        Opcode.encode(Opcode.LOAD_CONST, 0), Opcode.encode(Opcode.RETURN_VALUE, 0)},
                new Object[] {null}, new String[0], new String[0], new String[0], new String[0], new int[0],
                new int[] {1, 1, 1, 1}, new int[] {0, 0, 0, 0}, new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 1},
                new int[0], new int[] {0, 0, 0, 1}));
        all.sort(java.util.Comparator.comparingInt(c -> c.code.length));
        List<String> problems = new ArrayList<>();
        for (Opcode op : REAL) {
            List<CodeObject> using = all.stream().filter(c -> uses(c, op)).toList();
            if (using.isEmpty()) {
                problems.add(op + ": no sample uses it (add one to SAMPLES)");
                continue;
            }
            String why = Jit.refusal(op);
            if (why != null) {
                assertTrue(!why.isBlank());
                for (CodeObject c : using) {
                    if (Jit.compile(c) != null) problems.add(op + " is refused (" + why + ") but " + c.qualname + " compiled");
                }
                continue;
            }
            boolean compiled = false;
            for (CodeObject c : using) {
                if (Jit.compile(c) != null) {
                    compiled = true;
                    break;
                }
            }
            if (!compiled) problems.add(op + ": no code using it compiles, and Jit.refusal gives no reason");
        }
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }

    private static boolean uses(CodeObject c, Opcode op) {
        for (int w : c.code) if (Opcode.of(w) == op) return true;
        return false;
    }

    private static void collect(CodeObject co, List<CodeObject> into) {
        into.add(co);
        for (Object k : co.consts) if (k instanceof CodeObject c) collect(c, into);
    }

    static MethodNode method(Class<?> c, String name) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, 0);
            for (MethodNode m : node.methods) if (m.name.equals(name)) return m;
        }
        throw new AssertionError("no method " + name + " in " + c);
    }

    /**
     * The cases of the method's switch on an opcode number (its largest switch), each with the instructions
     * from its label to the next case's (javac lays out arrow-switch cases in order, each ending in a jump).
     */
    static Map<Opcode, List<AbstractInsnNode>> cases(MethodNode m) {
        AbstractInsnNode best = null;
        int bestSize = -1;
        for (AbstractInsnNode insn : m.instructions) {
            int size = insn instanceof TableSwitchInsnNode t ? t.labels.size()
                    : insn instanceof LookupSwitchInsnNode l ? l.labels.size() : -1;
            if (size > bestSize) {
                best = insn;
                bestSize = size;
            }
        }
        Map<Integer, LabelNode> byKey = new TreeMap<>();
        LabelNode dflt;
        if (best instanceof TableSwitchInsnNode t) {
            dflt = t.dflt;
            for (int k = t.min; k <= t.max; k++) if (t.labels.get(k - t.min) != t.dflt) byKey.put(k, t.labels.get(k - t.min));
        } else {
            LookupSwitchInsnNode l = (LookupSwitchInsnNode) best;
            dflt = l.dflt;
            for (int i = 0; i < l.keys.size(); i++) byKey.put(l.keys.get(i), l.labels.get(i));
        }
        TreeSet<Integer> starts = new TreeSet<>();
        for (LabelNode l : byKey.values()) starts.add(m.instructions.indexOf(l));
        starts.add(m.instructions.indexOf(dflt));
        Map<Opcode, List<AbstractInsnNode>> out = new TreeMap<>();
        Opcode[] all = Opcode.values();
        for (Map.Entry<Integer, LabelNode> e : byKey.entrySet()) {
            int from = m.instructions.indexOf(e.getValue());
            Integer to = starts.higher(from);
            List<AbstractInsnNode> body = new ArrayList<>();
            for (int i = from; i < (to == null ? m.instructions.size() : to); i++) body.add(m.instructions.get(i));
            out.put(all[e.getKey()], body);
        }
        return out;
    }

    private static Set<String> names(Set<Opcode> ops) {
        Set<String> s = new TreeSet<>();
        for (Opcode op : ops) s.add(op.name());
        return s;
    }
}
