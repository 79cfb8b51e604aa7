package dev.gilpy.vm;

import dev.gilpy.Main;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The depths the assembler records ({@link CodeObject#stackDepths}, which compiled code trusts for its JVM
 * locals) are the depths the interpreter really has: programs run with a switch point before every
 * instruction, and the step hook compares the interpreter's stack pointer with the recorded depth. And
 * the eval loop stays small enough for HotSpot to compile it.
 */
class StackDepthsTest {

    /** Golden scripts rich in control flow: loops, handlers, with, generators, comprehensions, classes, closures. */
    private static final List<String> SCRIPTS = List.of("exc_try_finally", "stmt_with", "gen_basic", "comprehensions",
            "func_closures_scopes", "class_basic", "stmt_control_flow", "dunder_context_manager", "exc_chain_context",
            "func_args", "expr_compare_logic", "stmt_augassign", "lex_fstrings", "dict_methods");

    @Provide
    Arbitrary<String> scripts() { return Arbitraries.of(SCRIPTS); }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void theInterpreterSeesTheAssemblersDepthAtEveryInstruction(@ForAll("scripts") String name) throws IOException {
        Path script = Path.of("src/test/resources/conformance", name + ".py");
        assertTrue(Files.exists(script), script.toString());
        List<String> wrong = new ArrayList<>();
        Set<CodeObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        long[] steps = {0};
        Interpreter.StepTracer tracer = new Interpreter.StepTracer() {
            @Override
            public void onStep(Thread thread, CodeObject code, int opcode, int arg) { }

            @Override
            public void onInstruction(Thread thread, CodeObject code, int at, int depth) {
                steps[0]++;
                seen.add(code);
                if (code.stackDepths[at] != depth && wrong.size() < 10) {
                    wrong.add(code.qualname + " at " + at + " (" + Opcode.of(code.code[at]) + "): assembler says "
                            + code.stackDepths[at] + ", the interpreter has " + depth);
                }
            }
        };
        Interpreter.stepTracer = tracer;
        Main.Captured r;
        try {
            r = Main.runCaptured("--sched", "1", "--switch-points", "any", script.toString());
        } finally {
            Interpreter.stepTracer = null;
        }
        assertTrue(steps[0] > 20, name + " ran " + steps[0] + " instructions; stderr: " + r.err());
        if (!wrong.isEmpty()) fail(name + ":\n" + String.join("\n", wrong));
        for (CodeObject co : seen) assertTrue(co.depthsAgree(), co.qualname);
    }

    @Test
    void recordedDepthsThatDoNotFitTheInstructionsAreRejected() {
        CodeObject co = dev.gilpy.compile.Compiler.compile(dev.gilpy.parse.Parsing.parse(
                "def f(x):\n    for i in x:\n        try:\n            x = [i, i] + x\n        except E:\n            pass\n",
                "t.py", dev.gilpy.parse.Parsing.Mode.FILE), "t.py");
        CodeObject f = (CodeObject) java.util.Arrays.stream(co.consts).filter(c -> c instanceof CodeObject).findFirst().get();
        assertTrue(f.depthsAgree());
        for (int i = 0; i < f.code.length; i++) {
            int[] bad = f.stackDepths.clone();
            bad[i] += 1;
            CodeObject b = new CodeObject(f.name, f.qualname, f.filename, f.firstLineno, f.argcount, f.posonlyargcount,
                    f.kwonlyargcount, f.flags, f.stacksize, f.code, f.consts, f.names, f.varnames, f.cellvars,
                    f.freevars, f.cell2arg, f.lines, f.columns, f.endLines, f.endColumns, f.exceptionTable, bad);
            assertFalse(b.depthsAgree(), "depth at " + i + " off by one went unnoticed");
        }
    }

    /** HotSpot does not JIT-compile a method over 8000 bytes of bytecode (-XX:-DontCompileHugeMethods aside). */
    @Test
    void theEvalLoopStaysBelowHotSpotsHugeMethodLimit() throws IOException {
        int size = codeLength(Eval.class, "run");
        assertTrue(size > 500, "Eval.run read as " + size + " bytes");
        assertTrue(size < 8000, "Eval.run is " + size + " bytes of bytecode: HotSpot compiles no method over 8000 "
                + "(move rare instructions to ColdInstructions)");
    }

    /** The code_length of a method's Code attribute, read from the class file (JVMS 4.7.3). */
    static int codeLength(Class<?> c, String method) throws IOException {
        byte[] bytes;
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            bytes = in.readAllBytes();
        }
        ClassReader cr = new ClassReader(bytes);
        char[] buf = new char[cr.getMaxStringLength()];
        int p = cr.header + 6;                  // access, this, super
        p += 2 + 2 * cr.readUnsignedShort(p);   // interfaces
        int fields = cr.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < fields; i++) p = skipMember(cr, p);
        int found = -1;
        int methods = cr.readUnsignedShort(p);
        p += 2;
        for (int i = 0; i < methods; i++) {
            String name = cr.readUTF8(p + 2, buf);
            int attrs = cr.readUnsignedShort(p + 6);
            int a = p + 8;
            for (int k = 0; k < attrs; k++) {
                if (name.equals(method) && cr.readUTF8(a, buf).equals("Code")) {
                    if (found >= 0) fail("two methods named " + method);
                    found = cr.readInt(a + 10);  // name(2) length(4) max_stack(2) max_locals(2) code_length(4)
                }
                a += 6 + cr.readInt(a + 2);
            }
            p = a;
        }
        if (found < 0) fail("no method " + method);
        return found;
    }

    private static int skipMember(ClassReader cr, int p) {
        int attrs = cr.readUnsignedShort(p + 6);
        int a = p + 8;
        for (int k = 0; k < attrs; k++) a += 6 + cr.readInt(a + 2);
        return a;
    }
}
