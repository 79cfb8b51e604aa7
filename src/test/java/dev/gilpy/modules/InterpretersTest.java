package dev.gilpy.modules;

import dev.gilpy.Main;
import net.jqwik.api.*;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Sub-interpreters (concurrent.interpreters) in one JVM: isolation, and values that cross only as copies. */
class InterpretersTest {

    static Main.Captured run(String source, String... options) {
        try {
            Path dir = Files.createTempDirectory("gilpy-interp");
            Path p = dir.resolve("t.py");
            Files.writeString(p, source);
            String[] args = new String[options.length + 1];
            System.arraycopy(options, 0, args, 0, options.length);
            args[options.length] = p.toString();
            return Main.runCaptured(args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module of the library that a program can import without starting other processes. */
    static final String MODULES = "sys os os.path time math random _thread threading queue collections collections.abc "
            + "itertools functools operator string types copy abc dis warnings logging gilpy concurrent.futures "
            + "concurrent.interpreters __future__ _warnings subprocess builtins";

    /**
     * A new interpreter compiles the script's source into code objects of its own; code whose shape the
     * process already compiled starts in compiled code at its first call, other code warms up as usual.
     */
    @Test
    void codeAnotherInterpreterCompiledStartsCompiled() {
        var r = run("""
                import gilpy
                from concurrent import interpreters
                HOT = "def f(n):\\n    t = 0\\n    for i in range(n):\\n        t += i\\n    return t\\n"
                COLD = "def g(n):\\n    t = 1\\n    for i in range(n):\\n        t *= 1\\n    return t\\n"
                exec(HOT)
                print(f(5000), gilpy.compiled(f))
                it = interpreters.create()
                q = interpreters.create_queue()
                it.prepare_main(q=q)
                it.exec("import gilpy\\n" + HOT + COLD + "q.put((f(10), gilpy.compiled(f), g(10), gilpy.compiled(g)))")
                print(q.get())
                it.close()
                """);
        assertEquals("12497500 True\n(45, True, 1, False)\n", r.out(), r.err());
    }

    @Test
    void fiftyInterpretersMutatingEveryModuleLeakNothing() {
        var r = run("""
                import sys
                from concurrent import interpreters
                NAMES = %s.split()
                def mutate_all(tag):
                    # Import every module, then write a marker into each module in sys.modules, builtins,
                    # sys.path/argv, the warnings filters and the random state.
                    for n in NAMES:
                        __import__(n)
                    import builtins, random, warnings
                    for name, m in list(sys.modules.items()):
                        setattr(m, 'marker', tag)
                    builtins.marker_builtin = tag
                    sys.path.append(tag)
                    sys.argv.append(tag)
                    random.seed(tag)
                    warnings.simplefilter('ignore')
                    sys.modules['only_in_' + tag] = sys

                def check(tag):
                    import builtins
                    wrong = []
                    for name, m in list(sys.modules.items()):
                        if name.startswith('only_in_') and name != 'only_in_' + tag:
                            wrong.append('sys.modules has ' + name)
                        seen = getattr(m, 'marker', tag)
                        if seen != tag:
                            wrong.append(name + '.marker is ' + repr(seen))
                    if getattr(builtins, 'marker_builtin', tag) != tag:
                        wrong.append('builtins')
                    others = [p for p in sys.path if isinstance(p, str) and p.startswith('interp-') and p != tag]
                    if others or [a for a in sys.argv if a.startswith('interp-') and a != tag]:
                        wrong.append('sys.path/argv')
                    return wrong

                def draw():
                    import random
                    return random.random()

                def expected(tag):
                    import random
                    state = random.getstate()
                    random.seed(tag)
                    v = random.random()
                    random.setstate(state)
                    return v
                if __name__ == '__main__':
                    q = interpreters.create_queue()
                    interps = [interpreters.create() for _ in range(50)]
                    for i, interp in enumerate(interps):
                        interp.call(mutate_all, f'interp-{i}')
                    problems = []
                    for i, interp in enumerate(interps):
                        problems += interp.call(check, f'interp-{i}')
                        # The random state is each interpreter's own too.
                        problems += [] if interp.call(draw) == expected(f'interp-{i}') else [f'random of {i}']
                    problems += check('main-tag')
                    import random
                    print(len(interpreters.list_all()), 'interpreters')
                    print('problems:', problems[:5])
                    print('main untouched:', not hasattr(sys, 'marker'), not hasattr(random, 'marker'))
                    for interp in interps:
                        interp.close()
                    print(interpreters.list_all())

                """.formatted("'" + MODULES + "'"));
        assertEquals("", r.err());
        assertEquals("51 interpreters\nproblems: []\nmain untouched: True True\n[Interpreter(0)]\n", r.out());
        assertEquals(0, r.code());
    }

    // ------------------------------------------------------------------ nothing crosses by reference

    /** A Python literal of random nested values (containers are what could be shared by mistake). */
    @Provide
    Arbitrary<String> literals() {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.longs().map(Object::toString),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> "float(" + d + ")"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8).map(s -> "'" + s + "'"),
                Arbitraries.of("None", "True", "False", "b'xy'", "frozenset({1, 2})"));
        return Arbitraries.recursive(() -> leaf, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]"),
                inner.list().ofMaxSize(4).map(l -> "(" + String.join(", ", l) + (l.size() == 1 ? ",)" : ")")),
                inner.list().ofMaxSize(4).map(l -> {
                    StringBuilder b = new StringBuilder("{");
                    for (int i = 0; i < l.size(); i++) b.append(i == 0 ? "" : ", ").append("'k").append(i).append("': ").append(l.get(i));
                    return b.append("}").toString();
                }),
                Arbitraries.integers().between(0, 50).list().ofMaxSize(4).map(l -> l.isEmpty() ? "set()"
                        : "{" + l.stream().map(Object::toString).collect(Collectors.joining(", ")) + "}")), 4);
    }

    @Property(tries = 8)
    @Label("values sent to another interpreter are copies: mutating either side afterwards changes nothing on the other")
    void noObjectGraphCrossesByReference(@ForAll @net.jqwik.api.constraints.Size(max = 6) List<@From("literals") String> values) {
        String source = """
                from concurrent import interpreters

                MUTATE = '''
                def mutate(v, seen=None):
                    seen = set() if seen is None else seen
                    if id(v) in seen:
                        return
                    seen.add(id(v))
                    if isinstance(v, list):
                        for x in v: mutate(x, seen)
                        v.append('MUTATED')
                    elif isinstance(v, dict):
                        for x in list(v.values()): mutate(x, seen)
                        v['MUTATED'] = 1
                    elif isinstance(v, set):
                        v.add(-1)
                    elif isinstance(v, tuple):
                        for x in v: mutate(x, seen)

                def canon(v):
                    # The value's shape and contents, independent of set iteration order.
                    if isinstance(v, list): return ['L'] + [canon(x) for x in v]
                    if isinstance(v, tuple): return ('T',) + tuple(canon(x) for x in v)
                    if isinstance(v, dict): return ['D'] + [(k, canon(x)) for k, x in v.items()]
                    if isinstance(v, frozenset): return ['F'] + sorted(v)
                    if isinstance(v, set): return ['S'] + sorted(v)
                    return [type(v).__name__, repr(v)]

                def containers(v, out):
                    if isinstance(v, (list, dict, set)):
                        out.append(v)
                    if isinstance(v, (list, tuple, set, frozenset)):
                        for x in v: containers(x, out)
                    elif isinstance(v, dict):
                        for x in v.values(): containers(x, out)
                    return out
                '''
                exec(MUTATE)

                def echo(v):
                    return v

                if __name__ == '__main__':
                    q = interpreters.create_queue()
                    sub = interpreters.create()
                    sub.prepare_main(q=q, MUTATE=MUTATE)
                    sub.exec('exec(MUTATE)')
                    bad = []
                    for src in VALUES:
                        before = repr(canon(eval(src)))
                        # main -> sub (prepare_main), then main mutates its object
                        v = eval(src)
                        sub.prepare_main(v=v)
                        mutate(v)
                        sub.exec('q.put(repr(canon(v)))')
                        if q.get() != before: bad.append(('prepare_main', src))
                        # through a queue: the received graph shares no container with the sent one
                        v = eval(src)
                        q.put(v)
                        w = q.get()
                        mutate(v)
                        ids = {id(c) for c in containers(v, [])}
                        if repr(canon(w)) != before or any(id(c) in ids for c in containers(w, [])): bad.append(('queue', src))
                        # sub -> main: the sub-interpreter mutates after sending
                        sub.prepare_main(src=src)
                        sub.exec('w = eval(src); q.put(w); mutate(w)')
                        if repr(canon(q.get())) != before: bad.append(('from sub', src))
                        # call(): arguments and the result are copies
                        v = eval(src)
                        r = sub.call(echo, v)
                        mutate(v)
                        if repr(canon(r)) != before: bad.append(('call', src))
                    sub.close()
                    print('bad:', bad)
                """.replace("VALUES", "[" + values.stream().map(s -> "'" + s.replace("'", "\\'") + "'")
                .collect(Collectors.joining(", ")) + "]");
        var r = run(source);
        assertEquals("", r.err(), source);
        assertEquals("bad: []\n", r.out(), source);
    }
}
