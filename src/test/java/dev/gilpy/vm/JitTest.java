package dev.gilpy.vm;

import dev.gilpy.Main;
import dev.gilpy.concurrent.GilpyProcess;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled tier against the interpreter: a function's calls before it tiers up run interpreted, the
 * later ones compiled, and every call must give the same result or the same exception.
 */
class JitTest {

    /** Runs source in this JVM's interpreter (the JIT at its default budget). */
    private static Main.Captured run(String source) { return Main.runCaptured("-c", source); }

    @Test
    void aHotLoopMovesToCompiledCodeMidLoopAndKeepsItsState() {
        Main.Captured r = run("""
                import gilpy
                def compute(n):
                    total = 0
                    seen = []
                    for i in range(n):
                        total += i
                        if i % 1000 == 0:
                            seen.append(gilpy.compiled(compute))
                    return total, seen[0], seen[-1]
                print(compute(20000))
                def once():
                    return 1
                once()
                print(gilpy.compiled(once))
                def gen():
                    for i in range(5000):
                        yield i
                g = gen
                print(sum(gen()), gilpy.compiled(g))
                """);
        assertEquals("(199990000, False, True)\nFalse\n12497500 True\n", r.out(), r.err());
    }

    @Test
    void compiledCodeRaisesAndRecoversExactlyAsTheInterpreter() {
        String script = """
                def divide(xs):
                    out = []
                    for x in xs:
                        try:
                            out.append(100 // x)
                        except ZeroDivisionError as e:
                            out.append(str(e))
                            for k in range(2):
                                out.append(k)
                        finally:
                            out.append('f')
                    return out
                def lookup(d, k):
                    return d[k]
                def outer():
                    return lookup({}, 'missing')
                def unbound():
                    if False:
                        x = 1
                    return x
                def reraise():
                    try:
                        raise ValueError('first')
                    except ValueError:
                        raise
                for i in range(3):
                    print(divide([1, 0, 5]))
                    for f in (unbound, reraise):
                        try:
                            f()
                        except Exception as e:
                            print(type(e).__name__, e)
                outer()
                """;
        GilpyProcess.Result off = GilpyProcess.run(script, "-X", "jit=off");
        GilpyProcess.Result eager = GilpyProcess.run(script, "-X", "jit=eager");
        assertEquals(1, off.code(), off.err());
        assertTrue(off.err().contains("KeyError: 'missing'"), off.err());
        assertEquals(off.out(), eager.out());
        assertEquals(off.code(), eager.code());
        // each run has its own temporary folder
        assertEquals(off.err().replaceAll("gilpy-test\\d+", "T"), eager.err().replaceAll("gilpy-test\\d+", "T"));
    }

    @Test
    void aSeededScheduleInterleavesCompiledCodeExactlyAsInterpretedCode() {
        String script = """
                import threading
                counter = 0
                order = []
                def work(name):
                    global counter
                    for i in range(300):
                        v = counter
                        counter = v + 1
                        if i % 50 == 0:
                            order.append(name)
                ts = [threading.Thread(target=work, args=(n,)) for n in 'abc']
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(counter, ''.join(order))
                """;
        for (String seed : new String[] {"1", "7", "42"}) {
            GilpyProcess.Result off = GilpyProcess.run(script, "--sched", seed, "-X", "jit=off");
            GilpyProcess.Result eager = GilpyProcess.run(script, "--sched", seed, "-X", "jit=eager");
            assertEquals(0, off.code(), off.err());
            assertEquals(off.out(), eager.out(), "seed " + seed);
        }
    }

    /**
     * Generators and coroutines suspend and resume at the same switch points in both tiers (the RESUME after
     * each yield checks the breaker, as in the interpreter), so a seeded schedule of threads driving them
     * interleaves identically, racy counter included.
     */
    @Test
    void aSeededScheduleInterleavesCompiledGeneratorsExactlyAsInterpretedOnes() {
        String script = """
                import threading
                counter = 0
                order = []
                def produce(n):
                    global counter
                    for i in range(n):
                        v = counter
                        x = yield v
                        counter = v + 1
                def relay(name):
                    for i, v in enumerate(produce(200)):
                        if i % 40 == 0:
                            order.append(name)
                def coro_work(name):
                    async def inner(k):
                        global counter
                        v = counter
                        counter = v + k
                        return k
                    async def outer():
                        t = 0
                        for k in range(100):
                            t += await inner(1)
                            if k % 25 == 0:
                                order.append(name)
                        return t
                    try:
                        outer().send(None)
                    except StopIteration as e:
                        return e.value
                ts = [threading.Thread(target=relay, args=(n,)) for n in 'ab']
                ts += [threading.Thread(target=coro_work, args=(n,)) for n in 'CD']
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()
                print(counter, ''.join(order))
                """;
        for (String seed : new String[] {"1", "42"}) {
            GilpyProcess.Result off = GilpyProcess.run(script, "--sched", seed, "-X", "jit=off");
            GilpyProcess.Result eager = GilpyProcess.run(script, "--sched", seed, "-X", "jit=eager");
            assertEquals(0, off.code(), off.err());
            assertEquals(off.out(), eager.out(), "seed " + seed);
        }
    }

    /**
     * Tier-up must not fail silently: a long function whose later loops call a global function hands its frame
     * to compiled code once and stays there (no missed hand-over, no refusal), as counted by gilpy.jit_stats().
     */
    @Test
    void aLongFunctionTiersUpOnceAndEveryHandOverSucceeds() {
        Main.Captured r = run("""
                import gilpy
                def f(x):
                    return x
                def main(n):
                    t = 0
                    for i in range(n):
                        t += i
                    for i in range(n):
                        t -= i // 2
                    for i in range(n):
                        t += f(i)
                    k = 0
                    while k < n:
                        k += 1
                        t ^= k
                    return t
                before = gilpy.jit_stats()
                print(main(20000), gilpy.compiled(main), gilpy.compiled(f))
                after = gilpy.jit_stats()
                print({k: after[k] - before[k] for k in ("transfers", "missed", "failed", "refused")})
                print(after["compiled"] - before["compiled"] >= 2)
                """);
        assertEquals("299972048 True True\n{'transfers': 1, 'missed': 0, 'failed': 0, 'refused': 0}\nTrue\n",
                r.out(), r.err());
    }

    /** Module-level loops tier up as function loops do, and module code longer than one method compiles in pieces. */
    @Test
    void moduleLevelLoopsTierUpAndLongModulesCompileInPieces() {
        StringBuilder src = new StringBuilder("""
                import gilpy
                before = gilpy.jit_stats()
                class P:
                    def get(self):
                        return self.x
                p = P()
                t = 0
                for i in range(5000):
                    p.x = i
                    t += p.get()
                """);
        for (int k = 0; k < 60; k++) {   // a long module body: several pieces, loops in later ones
            src.append("for i in range(300):\n    a, b, c = i, i + ").append(k).append(", i * 2\n    t += a + b - c\n");
        }
        src.append("""
                after = gilpy.jit_stats()
                print(t, after["transfers"] > before["transfers"], after["pieces"] > before["pieces"],
                      after["missed"] - before["missed"], after["failed"] - before["failed"])
                """);
        Main.Captured r = run(src.toString());
        assertEquals("13028500 True True 0 0\n", r.out(), r.err());
    }

    /**
     * Generated classes must be compilable by every tier of HotSpot: a method C1 refuses (as it refused any
     * whose exception handler normal flow also reached) runs in the JVM's bytecode interpreter until C2 gets to
     * it, which made a loop up to 36x slower on a busy machine. A child JVM prints its compilations; none of a
     * generated class may be skipped, and some must happen (so the check cannot pass vacuously).
     */
    @Test
    void everyJvmTierCompilesTheGeneratedClasses() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("gilpy-jit");
        java.nio.file.Path script = dir.resolve("t.py");
        java.nio.file.Files.writeString(script, """
                def f(x):
                    return x + 1
                def main(n):
                    t = 0
                    for i in range(n):
                        try:
                            t += f(i) // (i % 7)
                        except ZeroDivisionError:
                            t -= 1
                    for i in range(n):
                        t += f(i)
                    return t
                print(main(150000))
                """);
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"), "-XX:+UseSerialGC",
                "-Xbatch", "-XX:+PrintCompilation", "-cp", System.getProperty("java.class.path"), "dev.gilpy.Main",
                script.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        List<String> generated = out.lines().filter(l -> l.contains("dev.gilpy.vm.Compiled/")).toList();
        assertTrue(out.contains("\n15187577858\n"), out);
        assertTrue(generated.stream().noneMatch(l -> l.contains("COMPILE SKIPPED")), String.join("\n", generated));
        assertTrue(generated.stream().anyMatch(l -> l.matches("\\s*\\d+\\s+\\d+\\s+[%!sbn ]*[123]\\s.*")),
                "C1 compiled no generated class:\n" + String.join("\n", generated));
    }

    @Test
    void aBadJitOptionIsAUsageError() {
        GilpyProcess.Result r = GilpyProcess.run("print(1)\n", "-X", "jit=fast");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("-X jit expects on, off or eager, not 'fast'"), r.err());
        assertEquals("", r.out());
    }

    // ---- differential property: random straight-line, branching and looping functions

    private static final List<String> VARS = List.of("a", "b", "c");

    @Provide
    Arbitrary<String> functions() {
        Arbitrary<String> var = Arbitraries.of(VARS);
        Arbitrary<String> atom = Arbitraries.oneOf(var, Arbitraries.integers().between(-9, 9).map(String::valueOf));
        Arbitrary<String> op = Arbitraries.of("+", "-", "*", "//", "%", "<", "==", "and", "or", "is", "is not");
        Arbitrary<String> expr = Combinators.combine(atom, op, atom).as((x, o, y) -> "(" + x + " " + o + " " + y + ")");
        // % keeps the numbers small however often the loops multiply them
        Arbitrary<String> assign = Combinators.combine(var, expr).as((v, e) -> v + " = " + e + " % 9973");
        Arbitrary<String> simple = Arbitraries.oneOf(assign, assign,
                expr.map(e -> "out.append(" + e + ")"),
                Combinators.combine(var, expr).as((v, e) -> v + " += " + e));
        Arbitrary<String> block = Arbitraries.oneOf(
                simple,
                Combinators.combine(expr, simple, simple).as((e, s1, s2) ->
                        "if " + e + ":\n    " + s1 + "\nelse:\n    " + s2),
                Combinators.combine(Arbitraries.integers().between(0, 4), simple).as((n, s) ->
                        "for i in range(" + n + "):\n    " + s + "\n    out.append(i)"),
                Combinators.combine(simple, Arbitraries.of("ZeroDivisionError", "TypeError")).as((s, e) ->
                        "try:\n    " + s + "\nexcept " + e + " as exc:\n    out.append(str(exc))"),
                simple.map(s -> "n = 0\nwhile n < 3:\n    n += 1\n    " + s));
        return block.list().ofMinSize(1).ofMaxSize(6).map(blocks -> {
            StringBuilder sb = new StringBuilder("def f(a, b, c):\n    out = []\n");
            for (String b : blocks) sb.append("    ").append(b.replace("\n", "\n    ")).append('\n');
            sb.append("    return out, a, b, c\n");
            return sb.toString();
        });
    }

    @Property(tries = 60)
    void interpretedAndCompiledCallsAgree(@ForAll("functions") String function) {
        assertCallsAgree(function);
    }

    /** Functions longer than one JVM method may be (Jit.MAX_INSTRUCTIONS): compiled in pieces, same results. */
    @Provide
    Arbitrary<String> longFunctions() {
        return functions().list().ofMinSize(40).ofMaxSize(45).map(fs -> {
            StringBuilder sb = new StringBuilder("def f(a, b, c):\n    out = []\n");
            for (String one : fs) {   // the bodies of several generated functions, one after another
                String body = one.substring(one.indexOf('\n', one.indexOf("out = []")) + 1, one.lastIndexOf("    return"));
                sb.append(body);
            }
            sb.append("    return out, a, b, c\n");
            return sb.toString();
        });
    }

    @Property(tries = 8)
    void longFunctionsCompileInPiecesAndAgree(@ForAll("longFunctions") String function) {
        assertTrue(codeOf(function).code.length > 600, "long enough to need pieces:\n" + function);
        assertCallsAgree(function);
    }

    private static void assertCallsAgree(String function) {
        String script = function + """
                import gilpy
                results = []
                for k in range(100):
                    try:
                        results.append(repr(f(k % 7 - 3, 5, -2)))
                    except Exception as e:
                        results.append(type(e).__name__ + ': ' + str(e))
                for k in range(100):
                    if results[k] != results[k % 7]:
                        print('call', k, 'gave', results[k], 'but call', k % 7, 'gave', results[k % 7])
                print(gilpy.compiled(f))
                """;
        Main.Captured r = run(script);
        assertEquals("True\n", r.out(), "function:\n" + function + "\nstderr:\n" + r.err());
    }

    /**
     * Code objects of one shape (the same source compiled again, e.g. in each sub-interpreter) share one
     * compiled class, and each still runs with its own constants, names and globals.
     */
    @Test
    void codeObjectsOfOneShapeShareTheirCompiledFormAndKeepTheirOwnConstants() {
        Main.Captured r = run("""
                import gilpy
                from concurrent import interpreters
                SRC = "def f(n):\\n    t = 0\\n    for i in range(n):\\n        t += i * %s + k\\n    return t\\n"
                fs = []
                for c, k in ((2, 1), (3, 0), (2.5, 0)):
                    ns = {"k": eval(str(k))}
                    exec(SRC % c, ns)
                    fs.append(ns["f"])
                print(fs[0](5000), fs[1](5000), fs[2](3000), [gilpy.compiled(f) for f in fs])
                it = interpreters.create()
                it.exec("k = 5\\n" + SRC % 7 + "r = f(5000)")
                q = interpreters.create_queue()
                it.prepare_main(q=q)
                it.exec("q.put(r)")
                print(q.get(), fs[0](5000))
                """);
        assertEquals("25000000 37492500 11246250.0 [True, True, True]\n87507500 25000000\n", r.out(), r.err());
        dev.gilpy.bytecode.CodeObject a = codeOf("def f(n):\n    return n + 1\n"), b = codeOf("def g(m):\n    return m + 1\n");
        dev.gilpy.bytecode.CodeObject c = codeOf("def h(n):\n    return n - 1\n");
        assertTrue(Jit.compile(a) == Jit.compile(b), "same shape, one class");
        assertTrue(Jit.compile(a) != Jit.compile(c), "another instruction, another class");
    }

    /**
     * Generator, coroutine and async-generator code compiles, and every resume after tier-up runs the
     * compiled form: a resume at an instruction the compiled form cannot enter would be counted as missed,
     * and code left interpreted would show in "refused", "failed" or gilpy.compiled.
     */
    @Test
    void generatorsCoroutinesAndAsyncGeneratorsCompileAndResumeCompiled() {
        Main.Captured r = run("""
                import gilpy
                before = gilpy.jit_stats()
                def numbers(n):
                    i = 0
                    while i < n:
                        got = yield i
                        i += 1 if got is None else got
                def tree(depth):
                    if depth:
                        yield from tree(depth - 1)
                        yield depth
                        yield from tree(depth - 1)
                class Step:
                    def __await__(self):
                        return (yield 'step')
                async def leaf(i):
                    return await Step() + i
                async def ticks(n):
                    for i in range(n):
                        yield await leaf(i)
                async def main(n):
                    total = 0
                    async for v in ticks(n):
                        total += v
                    return total
                def drive(coro):
                    value = None
                    try:
                        while True:
                            coro.send(value)
                            value = 1
                    except StopIteration as e:
                        return e.value
                g = numbers(10 ** 9)
                first = [next(g) for _ in range(3)]
                print(first, g.send(10), gilpy.compiled(numbers))
                print(sum(numbers(3000)), g.send(None), gilpy.compiled(numbers))
                print(sum(tree(10)), gilpy.compiled(tree))
                print(drive(main(2000)), [gilpy.compiled(f) for f in (leaf, ticks, main)])
                def genexprs():
                    return sum(sum(x for x in range(i)) for i in range(300))
                mid = gilpy.jit_stats()
                print(genexprs(), gilpy.jit_stats()["compiled"] - mid["compiled"])
                after = gilpy.jit_stats()
                print({k: after[k] - before[k] for k in ("missed", "failed", "refused")})
                """);
        assertEquals("[0, 1, 2] 12 False\n4498500 13 True\n2036 True\n2001000 [True, True, True]\n4455100 2\n"
                + "{'missed': 0, 'failed': 0, 'refused': 0}\n", r.out(), r.err());
    }

    // ---- differential property: random generators driven by random send/throw/close sequences

    @Provide
    Arbitrary<String> generators() {
        Arbitrary<String> atom = Arbitraries.oneOf(Arbitraries.of("a", "b"), Arbitraries.integers().between(-3, 3).map(String::valueOf));
        Arbitrary<String> expr = Combinators.combine(atom, Arbitraries.of("+", "-", "*", "//", "%"), atom)
                .as((x, o, y) -> "(" + x + " " + o + " " + y + ")");
        Arbitrary<String> simple = Arbitraries.oneOf(
                expr.map(e -> "out.append((yield " + e + "))"),
                expr.map(e -> "x = yield " + e + "\nif x is not None:\n    a = x % 97"),
                expr.map(e -> "a = " + e + " % 97"),
                Arbitraries.integers().between(0, 3).map(n -> "out.append((yield from sub(" + n + ")))"));
        Arbitrary<String> block = Arbitraries.oneOf(
                simple,
                Combinators.combine(Arbitraries.integers().between(0, 3), simple).as((n, x) ->
                        "for i in range(" + n + "):\n    " + x.replace("\n", "\n    ") + "\n    out.append(i)"),
                Combinators.combine(simple, simple, Arbitraries.of("KeyError", "ZeroDivisionError", "Exception")).as((x, y, e) ->
                        "try:\n    " + x.replace("\n", "\n    ") + "\nexcept " + e + " as exc:\n    out.append(repr(exc))\n"
                                + "    " + y.replace("\n", "\n    ")),
                Combinators.combine(simple, simple).as((x, y) ->
                        "try:\n    " + x.replace("\n", "\n    ") + "\nfinally:\n    out.append('finally')\n"
                                + "    " + y.replace("\n", "\n    ")),
                simple.map(x -> "n = 0\nwhile n < 2:\n    n += 1\n    " + x.replace("\n", "\n    ")));
        return block.list().ofMinSize(1).ofMaxSize(5).map(blocks -> {
            StringBuilder sb = new StringBuilder("def gen(a, b):\n    out = []\n");
            for (String b : blocks) sb.append("    ").append(b.replace("\n", "\n    ")).append('\n');
            sb.append("    return out, a, b\n");
            return sb.toString();
        });
    }

    /** Operations on a generator: n next, s send, k/z/v throw KeyError/ZeroDivisionError/ValueError, c close, r send(13). */
    @Provide
    Arbitrary<List<String>> driving() {
        return Arbitraries.strings().withChars("nnnssskzvcr").ofMinLength(1).ofMaxLength(12).list().ofSize(7);
    }

    /**
     * A generator resumed in both tiers, and handed from one to the other between resumes, behaves the same:
     * each of 150 runs is driven by one of seven operation sequences, the early runs interpreted, the later
     * ones compiled (the code tiers up part-way through a run), and every run must log what the first run
     * with the same sequence logged.
     */
    @Property(tries = 40)
    void interpretedAndCompiledGeneratorsAgree(@ForAll("generators") String generator, @ForAll("driving") List<String> ops) {
        String script = generator + """
                import gilpy
                def sub(n):
                    for i in range(n):
                        got = yield ('sub', i)
                        if got == 13:
                            raise KeyError('sub')
                    return n * 10
                OPS = %s
                def drive(k):
                    g = gen(k %% 7 - 3, 5)
                    log = []
                    for op in 'n' + OPS[k %% 7]:
                        try:
                            if op == 'n': log.append(next(g))
                            elif op == 's': log.append(g.send(k %% 7))
                            elif op == 'r': log.append(g.send(13))
                            elif op == 'k': log.append(g.throw(KeyError('k')))
                            elif op == 'z': log.append(g.throw(ZeroDivisionError('z')))
                            elif op == 'v': log.append(g.throw(ValueError('v')))
                            else:
                                g.close()
                                log.append('closed')
                        except StopIteration as e:
                            log.append(('stop', e.value))
                        except (Exception, GeneratorExit) as e:
                            log.append(type(e).__name__ + ': ' + str(e))
                    return repr(log)
                results = [drive(k) for k in range(150)]
                for k in range(150):
                    if results[k] != results[k %% 7]:
                        print('run', k, 'logged', results[k], 'but run', k %% 7, 'logged', results[k %% 7])
                print(gilpy.compiled(gen))
                """.formatted(ops.stream().map(o -> "'" + o + "'").toList());
        Main.Captured r = run(script);
        assertEquals("True\n", r.out(), "generator:\n" + generator + "\nops: " + ops + "\nstderr:\n" + r.err());
    }

    /** The code object of the first function the source defines. */
    private static dev.gilpy.bytecode.CodeObject codeOf(String source) {
        dev.gilpy.bytecode.CodeObject module = dev.gilpy.process.InterpreterFixture.interpreter()
                .compile(source, "<test>", dev.gilpy.parse.Parsing.Mode.FILE);
        for (Object k : module.consts) if (k instanceof dev.gilpy.bytecode.CodeObject co) return co;
        throw new AssertionError("no function in " + source);
    }
}
