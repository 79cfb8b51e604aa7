package dev.gilpy.vm;

import dev.gilpy.ast.Mod;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.compile.CompileError;
import dev.gilpy.compile.Compiler;
import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.concurrent.EvalBreaker;
import dev.gilpy.concurrent.Gil;
import dev.gilpy.concurrent.NoGil;
import dev.gilpy.parse.ParseError;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.ObjectMethods;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTextIO;
import dev.gilpy.runtime.PyTuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One interpreter (CPython's PyInterpreterState): modules, builtins, its GIL, standard streams, and the import
 * system. A process has a main interpreter and any number of sub-interpreters (concurrent.interpreters); nothing
 * per interpreter is static. "The current interpreter" is the one of the calling thread's {@link ThreadState}.
 */
public final class Interpreter {
    /** Makes a built-in module (sys, time, _thread, ...) for an interpreter. */
    @FunctionalInterface
    public interface ModuleProvider { PyModule create(Interpreter interp); }

    /** The main interpreter of the process (the latest one made by a launcher: tests run several in a JVM). */
    private static volatile Interpreter main;
    /** Every interpreter of the process that is not closed, by id (process-wide, as CPython's runtime list). */
    private static final java.util.concurrent.ConcurrentSkipListMap<Long, Interpreter> LIVE =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(1);

    /** A sub-interpreter's GIL as made (kept after it closes, for --gil-stats at exit). */
    public record SubInterpreterGil(long id, Gil gil) {}
    private static final List<SubInterpreterGil> SUB_GILS = new CopyOnWriteArrayList<>();
    // Signal handlers run in the main thread only while it is in the main interpreter (CPython's rule): a
    // signal that arrives during runHere waits until the thread is back.
    static { dev.gilpy.concurrent.SignalTrap.setMainInterpreterCheck(() -> peek() == main); }

    /** 0 for the main interpreter, then 1, 2, ... in creation order (never reused). */
    public final long id;
    /** How the interpreter came to be: concurrent.interpreters' {@code whence} strings. */
    public final String whence;
    /** Threads currently running code in this interpreter through {@link #runHere}. */
    private final java.util.concurrent.atomic.AtomicInteger entered = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean closed;
    /** State of built-in modules that is per interpreter (CPython's module state), by the module's key class. */
    private final Map<Class<?>, Object> moduleStates = new ConcurrentHashMap<>();
    /** Where coroutines not started yet are listed (made on first use; the fast path of PyCoroutine). */
    volatile PyCoroutine.Unawaited.Registry unawaitedCoroutines;

    public final PyDict modules = new PyDict();
    public PyModule builtins;
    public PyDict builtinsDict;
    public volatile int recursionLimit = 1000;
    public volatile Gil gil = new NoGil();
    public PyTextIO stdout, stderr, stdin;
    public final PyList path = new PyList();
    public final List<String> argv = new ArrayList<>();
    /** The command line's flags (sys.flags, sys._xoptions, sys.warnoptions). */
    public volatile Flags flags = Flags.DEFAULT;
    private final Map<String, ModuleProvider> providers = new ConcurrentHashMap<>();
    /** Source text by file name, for traceback lines. */
    private final Map<String, String[]> sources = new ConcurrentHashMap<>();
    /** Run at exit before streams are flushed (threading's wait for non-daemon threads). */
    public final List<Runnable> exitHooks = new CopyOnWriteArrayList<>();
    /** False in multiprocessing children: they end as CPython's forked ones do, without atexit callbacks. */
    public volatile boolean runsAtexit = true;
    private PyObject buildClass;
    /** The main script as run (file, source, code), so a spawned child need not compile it again. */
    public record MainScript(String file, String source, CodeObject code) {}
    public volatile MainScript mainScript;

    /** A main interpreter (the launcher's, or a test's): it becomes the process's main interpreter. */
    public Interpreter() {
        ObjectMethods.init();
        id = 0;
        whence = "runtime init";
        main = this;
        LIVE.put(0L, this);
        SUB_GILS.clear();
    }

    /** A sub-interpreter; the caller installs its modules, streams and GIL before running code in it. */
    public Interpreter(String whence) {
        ObjectMethods.init();
        this.id = NEXT_ID.getAndIncrement();
        this.whence = whence;
        LIVE.put(id, this);
    }

    /** The current interpreter, or null before one exists. */
    public static Interpreter peek() {
        ThreadState ts = ThreadState.bound();
        return ts != null && ts.interp.isLive() ? ts.interp : main;
    }

    /**
     * Not closed, and not an earlier main interpreter of this JVM (tests run several one after another): a
     * thread we did not start may still hold a state bound to one of those.
     */
    boolean isLive() { return LIVE.get(id) == this; }

    /** The calling thread's interpreter (the main one for a thread that never ran Python code). */
    public static Interpreter get() {
        Interpreter i = peek();
        if (i == null) throw new IllegalStateException("no interpreter");
        return i;
    }

    /** The main interpreter. */
    public static Interpreter main() {
        Interpreter i = main;
        if (i == null) throw new IllegalStateException("no interpreter");
        return i;
    }

    public boolean isMain() { return this == main; }

    /** An interpreter that is not closed, or null. */
    public static Interpreter byId(long id) { return LIVE.get(id); }

    /** Every interpreter that is not closed, in creation order. */
    public static List<Interpreter> all() { return List.copyOf(LIVE.values()); }

    public boolean isClosed() { return closed; }

    /** A sub-interpreter's GIL is installed: it is remembered for the statistics at exit. */
    public void installSubInterpreterGil(Gil g) {
        noteFreeThreads(g);
        gil = g;
        SUB_GILS.add(new SubInterpreterGil(id, g));
    }

    /** Without a GIL, objects whose stores are otherwise lock-free must lock from now on. */
    private static void noteFreeThreads(Gil g) {
        if (g.mode() == dev.gilpy.concurrent.GilMode.OFF) dev.gilpy.runtime.PyInstance.threadsRunFree();
    }

    /** The GILs of the sub-interpreters made since the main interpreter was, closed ones included. */
    public static List<SubInterpreterGil> subInterpreterGils() { return List.copyOf(SUB_GILS); }

    /** Whether some thread runs code in this interpreter now (the main interpreter always does). */
    public boolean isRunning() { return isMain() || entered.get() > 0; }

    /** Per-interpreter state of a built-in module, made on first use. */
    @SuppressWarnings("unchecked")
    public <T> T moduleState(Class<T> key, java.util.function.Supplier<T> make) {
        return (T) moduleStates.computeIfAbsent(key, k -> make.get());
    }

    /**
     * Runs {@code action} in this interpreter on the calling thread, as CPython switches the thread state:
     * the thread gives up its current interpreter's GIL, takes this one's, and gets a thread state of this
     * interpreter for the duration. With a process-wide policy (the deterministic scheduler's one baton) there
     * is nothing to switch.
     */
    public <T> T runHere(java.util.function.Supplier<T> action) {
        ThreadState prev = ThreadState.current();
        if (prev.interp == this) return action.get();
        Gil from = prev.interp.gil, to = gil;
        boolean switchGil = from != to;
        ThreadState ts = new ThreadState(this);
        entered.incrementAndGet();
        if (switchGil) from.release();
        ThreadState.swap(ts);
        try {
            if (switchGil) to.acquire();
            try {
                return action.get();
            } finally {
                if (switchGil) to.release();
            }
        } finally {
            ThreadState.swap(prev);
            prev.bytecodes += ts.bytecodes;   // the thread's estimate covers its work in every interpreter
            entered.decrementAndGet();
            if (switchGil) from.acquire();
        }
    }

    /**
     * The main interpreter's main script loaded in this interpreter as {@code __mp_main__} (once), so that
     * functions and classes of the main program can be found by name here; null when the program is no file.
     */
    public PyModule mainScriptModule() {
        PyObject done = modules.get(new PyStr("__mp_main__"));
        if (done instanceof PyModule m) return m;
        MainScript ms = main().mainScript;
        if (ms == null) return null;
        PyModule m = new PyModule("__mp_main__");
        m.set("__file__", new PyStr(ms.file()));
        m.set("__builtins__", builtins);
        PyStr key = new PyStr("__mp_main__");
        modules.put(key, m);
        remember(ms.file(), ms.source());
        try {
            exec(ms.code(), m.dict, m.dict);
        } catch (PyException e) {
            modules.remove(key);
            throw e;
        }
        return m;
    }

    /** Finalizes a sub-interpreter: its exit hooks run (threading waits for its threads), then it is gone. */
    public void close() {
        if (isMain()) throw new IllegalStateException("the main interpreter cannot be closed");
        closed = true;
        LIVE.remove(id);
    }

    public void registerModule(String name, ModuleProvider provider) { providers.put(name, provider); }

    public java.util.Set<String> builtinModuleNames() { return providers.keySet(); }

    public void setBuiltins(PyModule b) {
        this.builtins = b;
        this.builtinsDict = b.dict;
        modules.put(new PyStr("builtins"), b);
    }

    static PyDict builtinsFor(PyDict globals) {
        PyObject b = globals.get(new PyStr("__builtins__"));
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return get().builtinsDict;
    }

    PyObject buildClassFunction() {
        if (buildClass == null) buildClass = builtinsDict.get(new PyStr("__build_class__"));
        return buildClass;
    }

    /** Observes every instruction a thread is about to run under --switch-points any (tests' reference models). */
    @FunctionalInterface
    public interface StepTracer {
        void onStep(Thread thread, CodeObject code, int opcode, int arg);

        /** Before instruction {@code at} of code, with {@code depth} items on its value stack. */
        default void onInstruction(Thread thread, CodeObject code, int at, int depth) {
            onStep(thread, code, code.code[at] & 0xFF, code.code[at] >> 8);
        }
    }

    /** --switch-points shared: only instructions that may touch shared memory are switch points. */
    private boolean sharedStepsOnly;

    /** Global (tests install it around an in-process run). */
    public static volatile StepTracer stepTracer;

    /** The per-instruction switch point of --switch-points any|shared (only reached when Eval.STEP_HOOKS). */
    void step(Frame f, int at, int depth) {
        if (!sharedStepsOnly || SharedAccess.touches(f, at, depth)) gil.step();
        StepTracer t = stepTracer;
        if (t != null) t.onInstruction(Thread.currentThread(), f.code, at, depth);
    }

    /**
     * Installs a GIL implementation; the calling thread must hold the current one (the REPL's
     * {@code :sched SEED|off}, the command line's --gil/--sched). The caller holds the new one on return.
     * Installing a {@link DeterministicScheduler} with SwitchPoints.ANY needs a JVM started with
     * -Dgilpy.stepHooks=true ({@link #stepHooksAvailable}); otherwise only breaker switch points happen.
     */
    public void setGil(Gil next, boolean holding) {
        Gil old = gil;
        if (holding) old.release();
        old.uninstalled();
        // The breaker bit and the stepping flag are process-wide: the policies that need them (the
        // deterministic scheduler) are one object shared by every interpreter of the process.
        EvalBreaker.clear(EvalBreaker.SCHEDULER);
        Eval.stepping = false;
        noteFreeThreads(next);
        gil = next;
        next.installed(Interpreter::pythonLocation);
        if (next.checksEveryBreakerPoint()) EvalBreaker.set(EvalBreaker.SCHEDULER);
        Eval.stepping = next.stepsEveryInstruction();
        sharedStepsOnly = next instanceof DeterministicScheduler ds && ds.switchPoints() == DeterministicScheduler.SwitchPoints.SHARED;
        if (holding) next.acquire();
    }

    /** The REPL's {@code :sched SEED}: a seeded deterministic scheduler (switch points: breaker, or any if available). */
    public DeterministicScheduler setScheduler(long seed, boolean anyInstruction) {
        DeterministicScheduler ds = new DeterministicScheduler(seed, null,
                anyInstruction && Eval.STEP_HOOKS ? DeterministicScheduler.SwitchPoints.ANY
                        : DeterministicScheduler.SwitchPoints.BREAKER, 0);
        setGil(ds, true);
        return ds;
    }

    /** The REPL's {@code :sched off}: back to a real GIL (gilOn) or none. */
    public void clearScheduler(boolean gilOn) {
        setGil(dev.gilpy.concurrent.Gils.create(gilOn), true);
    }

    public static boolean stepHooksAvailable() { return Eval.STEP_HOOKS; }

    /** "file:line" of the calling thread's innermost Python frame. */
    static String pythonLocation() {
        ThreadState ts = ThreadState.current();
        Frame f = ts == null ? null : ts.frame;
        if (f == null) return "?";
        return f.code.filename + ":" + f.code.lineAt(Math.max(0, f.pc - 1));
    }

    /** Called by the eval loop at its check points when the eval breaker is set. */
    void handleBreaker(ThreadState ts) {
        gil.checkpoint();
        // Signal handlers run in the main thread only (CPython: _PyErr_CheckSignalsTstate).
        if (dev.gilpy.concurrent.SignalTrap.pending()) dev.gilpy.concurrent.SignalTrap.dispatchPending();
        PyBaseException exc = ts.asyncExc;
        if (exc != null) {
            ts.asyncExc = null;
            dev.gilpy.concurrent.EvalBreaker.clear(dev.gilpy.concurrent.EvalBreaker.ASYNC_EXC);
            throw exc.raise();
        }
    }

    /**
     * The exit status a SystemExit asks for (CPython: Python/pythonrun.c _Py_HandleSystemExit): its
     * {@code code}; None is 0; an int is taken as a C long, then a C int (one that does not fit a long
     * is -1, exit status 255); anything else is printed to sys.stderr and gives 1.
     */
    public int systemExitStatus(PyBaseException exc) {
        PyObject c;
        try {
            c = Abstract.getAttr(exc, "code");
        } catch (PyException e) {
            c = PyNone.NONE;
        }
        if (c == PyNone.NONE) return 0;
        if (c instanceof PyInt i) return i.isBig() ? -1 : (int) i.value;
        writeStderr(Abstract.strString(c) + "\n");
        stderr.flush();
        return 1;
    }

    void displayHook(PyObject v) {
        PyObject hook = sysAttr("displayhook");
        if (hook != null) {
            Abstract.call(hook, v);
            return;
        }
        if (v == PyNone.NONE) return;
        builtinsDict.put(new PyStr("_"), PyNone.NONE);
        writeStdout(Abstract.reprString(v) + "\n");
        builtinsDict.put(new PyStr("_"), v);
    }

    public PyObject sysAttr(String name) {
        PyObject sys = modules.get(new PyStr("sys"));
        return sys instanceof PyModule m ? m.get(name) : null;
    }

    /** Writes through sys.stdout (which a script may have replaced). */
    public void writeStdout(String s) { writeTo("stdout", stdout, s); }

    public void writeStderr(String s) { writeTo("stderr", stderr, s); }

    private void writeTo(String name, PyTextIO fallback, String s) {
        PyObject f = sysAttr(name);
        if (f == null || f == PyNone.NONE) f = fallback;
        if (f instanceof PyTextIO io) io.write(s);
        else Abstract.call(Abstract.getAttr(f, "write"), new PyStr(s));
    }

    // ------------------------------------------------------------------ compiling and running

    /** Parses and compiles; syntax errors become Python SyntaxError exceptions. */
    public CodeObject compile(String source, String filename, Parsing.Mode mode) {
        return compile(source, filename, mode, false);
    }

    /**
     * A whole program or module (the main script, {@code -c}, an imported module): like {@link #compile},
     * but the code is kept between runs (CPython's __pycache__, extended to the main script): a run of an
     * unchanged script skips the parser, whose cold start alone costs more than CPython's whole start-up.
     * Code whose compilation warned is never kept, so its warnings show on every run.
     */
    public CodeObject compileFile(String source, String filename) {
        CodeObject code = CodeCacheDir.load(filename, source);
        if (code != null) {
            remember(filename, source);
            return code;
        }
        return compile(source, filename, Parsing.Mode.FILE, true);
    }

    private CodeObject compile(String source, String filename, Parsing.Mode mode, boolean keep) {
        remember(filename, source);
        java.util.List<dev.gilpy.compile.CompileWarning> warnings = new java.util.ArrayList<>();
        try {
            Mod mod = Parsing.parse(source, filename, mode, warnings);
            CodeObject code = Compiler.compile(mod, filename, warnings);
            printWarnings(warnings);
            if (keep && warnings.isEmpty()) CodeCacheDir.store(filename, source, code);
            return code;
        } catch (ParseError e) {
            printWarnings(warnings);
            if (e.kind.equals("MemoryError")) throw dev.gilpy.runtime.Sizes.memoryError();
            throw syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset).raise();
        } catch (CompileError e) {
            printWarnings(warnings);
            throw syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, sourceLine(e.filename, e.lineno),
                    e.endLineno, e.endOffset).raise();
        }
    }

    /**
     * Source given as bytes, decoded as PEP 263 says (BOM, coding cookie); a problem is a SyntaxError.
     * {@code undeclared} words the error for non-UTF-8 bytes without a declaration, given the first bad offset.
     */
    public static String decodeSource(byte[] source, String filename, java.util.function.IntFunction<String> undeclared) {
        try {
            return dev.gilpy.parse.SourceDecoding.decode(source, filename, undeclared);
        } catch (ParseError e) {
            throw syntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset).raise();
        }
    }

    /** Compile-time warnings, as the warnings module shows them by default (warnings.formatwarning). */
    private void printWarnings(java.util.List<dev.gilpy.compile.CompileWarning> warnings) {
        for (var w : warnings) {
            StringBuilder sb = new StringBuilder();
            sb.append(w.filename()).append(':').append(w.lineno()).append(": ").append(w.category()).append(": ")
                    .append(w.message()).append('\n');
            String line = sourceLine(w.filename(), w.lineno());
            if (line != null && !line.isBlank()) sb.append("  ").append(line.strip()).append('\n');
            writeStderr(sb.toString());
        }
    }

    public static PyBaseException syntaxError(String kind, String msg, String filename, int lineno, int offset,
                                              String text, int endLineno, int endOffset) {
        dev.gilpy.runtime.PyType t = switch (kind) {
            case "IndentationError" -> Exc.IndentationError;
            case "TabError" -> Exc.TabError;
            default -> Exc.SyntaxError;
        };
        PyObject details = PyTuple.of(new PyStr(filename), PyInt.of(lineno), PyInt.of(offset),
                text == null ? PyNone.NONE : new PyStr(text), PyInt.of(endLineno), PyInt.of(endOffset));
        PyBaseException e = new PyBaseException(t, new PyStr(msg), details);
        PyDict d = e.getDict();
        d.put(new PyStr("msg"), new PyStr(msg));
        d.put(new PyStr("filename"), new PyStr(filename));
        d.put(new PyStr("lineno"), PyInt.of(lineno));
        d.put(new PyStr("offset"), PyInt.of(offset));
        d.put(new PyStr("text"), text == null ? PyNone.NONE : new PyStr(text));
        d.put(new PyStr("end_lineno"), PyInt.of(endLineno));
        d.put(new PyStr("end_offset"), PyInt.of(endOffset));
        return e;
    }

    /** Runs a code object in a namespace (module or exec()). */
    /** The main program is about to run: the compiled tier gets ready in the background. */
    /** See {@link Jit#preload}: before anything else, for a program that may run long. */
    public static void preloadCompiler() { Jit.preload(); }

    public PyObject exec(CodeObject code, PyDict globals, PyObject locals) {
        if (globals.get(new PyStr("__builtins__")) == null) globals.put(new PyStr("__builtins__"), builtins);
        Frame f = new Frame(code, CodeCache.of(code, this), globals, builtinsFor(globals), locals, null);
        return Eval.execute(f, ThreadState.current());
    }

    public void remember(String filename, String source) {
        // <string> and <stdin> show no source lines in tracebacks, as in CPython; the library does.
        if (filename.startsWith(LIB_PREFIX)) sources.put(filename, LIBRARY_LINES.computeIfAbsent(filename, f -> source.split("\n", -1)));
        else if (!filename.startsWith("<")) sources.put(filename, source.split("\n", -1));
    }

    /** A source line for tracebacks, or null. */
    public String sourceLine(String filename, int lineno) {
        String[] lines = sources.get(filename);
        if (lines == null && !filename.startsWith("<")) {
            try {
                lines = Files.readString(Path.of(filename), StandardCharsets.UTF_8).split("\n", -1);
                sources.put(filename, lines);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        if (lines == null || lineno < 1 || lineno > lines.length) return null;
        return lines[lineno - 1];
    }

    // ------------------------------------------------------------------ imports

    /** IMPORT_NAME (CPython's __import__): the top package, or the module itself when fromlist is given. */
    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String full = level > 0 ? resolveRelative(name, globals, level) : name;
        if (full.isEmpty()) throw Exc.valueError("Empty module name");
        PyModule leaf = importModule(full);
        boolean hasFromlist = fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (hasFromlist) {
            if (isPackage(leaf)) {
                for (PyObject item : Abstract.toArray(fromlist)) {
                    String n = Abstract.strString(item);
                    if (!n.equals("*") && leaf.get(n) == null) {
                        try {
                            importModule(full + "." + n);
                        } catch (PyException e) {
                            if (!e.matches(Exc.ModuleNotFoundError)) throw e;
                        }
                    }
                }
            }
            return leaf;
        }
        if (level > 0) return leaf;
        int dot = full.indexOf('.');
        return dot < 0 ? leaf : modules.get(new PyStr(full.substring(0, dot)));
    }

    private static boolean isPackage(PyModule m) { return m.get("__path__") != null; }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.get(new PyStr("__package__"));
        String base;
        if (pkg instanceof PyStr s && !s.value.isEmpty()) base = s.value;
        else {
            PyObject n = globals.get(new PyStr("__name__"));
            base = n instanceof PyStr s ? s.value : "";
            if (globals.get(new PyStr("__path__")) == null) {
                int dot = base.lastIndexOf('.');
                base = dot < 0 ? "" : base.substring(0, dot);
            }
        }
        if (base.isEmpty()) throw Exc.raise(Exc.ImportError, "attempted relative import with no known parent package");
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Exc.raise(Exc.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by its full dotted name, importing parent packages first. */
    public PyModule importModule(String full) {
        PyObject existing = modules.get(new PyStr(full));
        if (existing instanceof PyModule m) return m;
        if (existing != null && existing != PyNone.NONE) return (PyModule) existing;
        int dot = full.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : importModule(full.substring(0, dot));
        // The parent's __init__ may have imported this very module (as CPython, take that one: loading it
        // again would give two module objects, and two of each class in it).
        if (parent != null && modules.get(new PyStr(full)) instanceof PyModule done) return done;
        PyModule m = load(full, parent);
        if (parent != null) parent.set(full.substring(dot + 1), m);
        return m;
    }

    private PyModule load(String full, PyModule parent) {
        ModuleProvider p = providers.get(full);
        if (p != null) {
            PyModule m = p.create(this);
            modules.put(new PyStr(full), m);
            return m;
        }
        Found f = find(full, parent);
        if (f != null) return execModule(full, f.file, f.source, f.pkgPath);
        PyBaseException e = new PyBaseException(Exc.ModuleNotFoundError, new PyStr("No module named '" + full + "'"));
        e.getDict().put(new PyStr("name"), new PyStr(full));
        throw e.raise();
    }

    /**
     * What {@code -m full} runs, found as runpy finds it: the parent packages are imported first, and a
     * package stands for its {@code __main__} submodule. Null when no such module exists; a module built
     * into gilpy (written in Java) has no code and gives a null file and source.
     */
    public record MainModule(String name, String file, String source) {}

    public MainModule findMainModule(String full) {
        if (providers.containsKey(full)) return new MainModule(full, null, null);
        int dot = full.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : importModule(full.substring(0, dot));
        Found f = find(full, parent);
        if (f == null) return null;
        if (f.pkgPath == null) return new MainModule(full, f.file, f.source);
        importModule(full);
        MainModule m = findMainModule(full + ".__main__");
        if (m == null) throw Exc.raise(Exc.ImportError, "No module named " + full + ".__main__; '" + full
                + "' is a package and cannot be directly executed");
        return m;
    }

    /** A module's source as the import system finds it: file name, text, and the package's path (or null). */
    private record Found(String file, String source, String pkgPath) {}

    /** The first match for full along sys.path (or the parent package's __path__); null when there is none. */
    private Found find(String full, PyModule parent) {
        String shortName = full.substring(full.lastIndexOf('.') + 1);
        List<String> dirs = new ArrayList<>();
        if (parent != null) {
            PyObject pp = parent.get("__path__");
            if (pp != null) for (PyObject d : Abstract.toArray(pp)) dirs.add(Abstract.strString(d));
        } else {
            for (PyObject d : path.toArray()) dirs.add(Abstract.strString(d));
        }
        for (String dir : dirs) {
            if (dir.startsWith(LIB_PREFIX)) {
                String res = dir.substring(LIB_PREFIX.length()) + shortName;
                String src = resource(res + ".py");
                if (src != null) return new Found(LIB_PREFIX + res + ".py", src, null);
                src = resource(res + "/__init__.py");
                if (src != null) return new Found(LIB_PREFIX + res + "/__init__.py", src, LIB_PREFIX + res + "/");
                continue;
            }
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path file = base.resolve(shortName + ".py");
            Path pkgInit = base.resolve(shortName).resolve("__init__.py");
            try {
                if (Files.isRegularFile(pkgInit)) {
                    return new Found(pkgInit.toString(), Files.readString(pkgInit), base.resolve(shortName).toString());
                }
                if (Files.isRegularFile(file)) return new Found(file.toString(), Files.readString(file), null);
            } catch (IOException e) {
                throw Exc.raise(Exc.ImportError, "could not read " + file + ": " + e.getMessage());
            }
        }
        return null;
    }

    /**
     * Whether importing full runs only gilpy's own library: a built-in module, or one shipped in the jar that
     * sys.path finds before any file of the user's (the multiprocessing deserializer imports only these on a
     * message's behalf).
     */
    public boolean isLibraryModule(String full) {
        if (providers.containsKey(full)) return true;
        int dot = full.lastIndexOf('.');
        PyModule parent = null;
        if (dot >= 0) {
            String pn = full.substring(0, dot);
            PyObject known = modules.get(new PyStr(pn));
            if (known instanceof PyModule pm) {
                boolean library = providers.containsKey(pn) || pm.get("__file__") instanceof PyStr f && f.value.startsWith(LIB_PREFIX);
                if (!library) return false;
            } else if (!isLibraryModule(pn)) {
                return false;
            }
            parent = importModule(pn);
        }
        Found f = find(full, parent);
        return f != null && f.file.startsWith(LIB_PREFIX);
    }

    /** The standard library written in Python ships inside the jar under this resource folder. */
    public static final String LIB_PREFIX = "<gilpy-lib>/";

    /**
     * The bundled library's sources and their lines, read once per process (they are in the jar): every new
     * interpreter imports the same modules, and gilpy explore makes thousands of interpreters.
     */
    private static final Map<String, java.util.Optional<String>> LIBRARY_SOURCES = new ConcurrentHashMap<>();
    private static final Map<String, String[]> LIBRARY_LINES = new ConcurrentHashMap<>();

    private static String resource(String name) {
        return LIBRARY_SOURCES.computeIfAbsent(name, n -> java.util.Optional.ofNullable(readResource(n))).orElse(null);
    }

    private static String readResource(String name) {
        try (InputStream in = Interpreter.class.getResourceAsStream("/dev/gilpy/lib/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private PyModule execModule(String full, String file, String source, String pkgPath) {
        PyModule m = new PyModule(full);
        m.set("__file__", new PyStr(file));
        m.set("__builtins__", builtins);
        if (pkgPath != null) {
            m.set("__path__", PyList.of(new PyStr(pkgPath)));
            m.set("__package__", new PyStr(full));
        } else {
            int dot = full.lastIndexOf('.');
            m.set("__package__", new PyStr(dot < 0 ? "" : full.substring(0, dot)));
        }
        PyStr key = new PyStr(full);
        modules.put(key, m);
        try {
            exec(moduleCode(source, file), m.dict, m.dict);
        } catch (PyException e) {
            modules.remove(key);
            throw e;
        }
        PyObject replaced = modules.get(key);
        return replaced instanceof PyModule r ? r : m;
    }

    /**
     * The bundled library's code objects, compiled once per process: code objects are immutable (their
     * caches are keyed by the identity of the dicts and types they saw), so every interpreter runs the same
     * ones, as CPython's interpreters share static objects. A sub-interpreter's imports then cost no parsing
     * or unmarshalling.
     */
    private static final Map<String, CodeObject> LIBRARY_CODE = new ConcurrentHashMap<>();

    /** This interpreter's caches of code whose own cache belongs to another interpreter (see CodeCache.of). */
    private final Map<CodeObject, CodeCache> codeCaches = new ConcurrentHashMap<>();

    CodeCache codeCacheOf(CodeObject code) { return codeCaches.computeIfAbsent(code, c -> new CodeCache(c, this)); }

    private CodeObject moduleCode(String source, String file) {
        if (!file.startsWith(LIB_PREFIX)) return compileFile(source, file);
        CodeObject code = LIBRARY_CODE.get(file);
        if (code != null) {
            remember(file, source);
            return code;
        }
        code = compileFile(source, file);
        LIBRARY_CODE.putIfAbsent(file, code);
        return code;
    }

    /** IMPORT_FROM: module.name, or the submodule module.name; an AttributeError (a module __getattr__'s) means absent. */
    PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.getAttrOrAbsent(module, name);
        if (v != null) return v;
        String modName = module instanceof PyModule m ? m.name : "?";
        PyObject sub = modules.get(new PyStr(modName + "." + name));
        if (sub != null) return sub;
        String where = "";
        if (module instanceof PyModule m) {
            PyObject file = m.get("__file__");
            where = file instanceof PyStr f ? " (" + f.value + ")" : " (unknown location)";
        }
        PyBaseException e = new PyBaseException(Exc.ImportError,
                new PyStr("cannot import name '" + name + "' from '" + modName + "'" + where));
        e.getDict().put(new PyStr("name"), new PyStr(modName));
        throw e.raise();
    }

    void importStar(PyObject module, Frame f) {
        PyObject all = Abstract.getAttrOrNull(module, "__all__");
        PyDict target = f.locals instanceof PyDict d ? d : f.globals;
        if (all != null) {
            for (PyObject n : Abstract.toArray(all)) target.put(n, Abstract.getAttr(module, Abstract.strString(n)));
            return;
        }
        PyDict d = module.getDict();
        if (d == null) return;
        for (var e : d.entrySnapshot()) {
            if (e.getKey() instanceof PyStr s && !s.value.startsWith("_")) target.put(s, e.getValue());
        }
    }
}
