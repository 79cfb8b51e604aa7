package dev.gilpy;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.GlobalInterpreterLock;
import dev.gilpy.concurrent.NoGil;
import dev.gilpy.modules.Modules;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Ops;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTextIO;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.InterpreterThread;
import dev.gilpy.vm.ThreadState;
import dev.gilpy.vm.Traceback;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The command line, shaped like CPython's: {@code gilpy [options] [script.py | -c CODE | -m MODULE | -] [args]}. */
@Command(name = "gilpy", mixinStandardHelpOptions = false, sortOptions = false,
        description = "A Python 3.11 subset on the JVM with a switchable, observable GIL.")
public final class Main {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help message and exit")
    boolean help;
    @Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
    boolean version;
    @Option(names = "-c", paramLabel = "CMD", description = "program passed in as string (terminates option list)")
    String command;
    @Option(names = "-m", paramLabel = "MOD", description = "run library module as a script (terminates option list)")
    String module;
    @Option(names = "--gil", paramLabel = "on|off", description = "serialise threads with a GIL (on, the default) or run them in parallel (off)")
    String gil;
    @Option(names = "-X", paramLabel = "OPT", description = "implementation-specific option: gil=0|1")
    List<String> xoptions = new ArrayList<>();
    @Option(names = "-i", description = "inspect interactively after running the script")
    boolean inspect;
    @Option(names = "-u", description = "unbuffered stdout and stderr")
    boolean unbuffered;
    @Option(names = "-q", description = "don't print the version banner on interactive start-up")
    boolean quiet;

    /** The script, "-", or nothing; then its arguments. */
    String script;
    List<String> scriptArgs = new ArrayList<>();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--mp-child")) {
            System.exit(dev.gilpy.process.Child.main(args));
        }
        System.exit(run(args));
    }

    /** Runs gilpy with these arguments and returns the process exit code. */
    public static int run(String[] args) {
        Main opts = new Main();
        int split = splitOptions(args);
        CommandLine cl = new CommandLine(opts);
        cl.setUnmatchedOptionsArePositionalParams(false);
        try {
            cl.parseArgs(Arrays.copyOfRange(args, 0, split));
        } catch (CommandLine.ParameterException e) {
            System.err.println("gilpy: " + e.getMessage());
            System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            System.err.println("Try `gilpy -h' for more information.");
            return 2;
        }
        if (opts.help) {
            cl.usage(System.out);
            return 0;
        }
        if (opts.version) {
            System.out.println("gilpy 0.1.0 (Python 3.11.7 subset)");
            return 0;
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(split, args.length));
        if (opts.command == null && opts.module == null && !rest.isEmpty()) opts.script = rest.remove(0);
        opts.scriptArgs = rest;
        Boolean gilOn = opts.gilMode();
        if (gilOn == null) return 2;
        return opts.start(gilOn);
    }

    /** Index of the first argument that belongs to the program (script name and after). */
    private static int splitOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-c") || a.equals("-m")) return Math.min(args.length, i + 2);
            if (a.startsWith("-c") && a.length() > 2 || a.startsWith("-m") && a.length() > 2) return i + 1;
            if (a.equals("--gil") || a.equals("-X")) {
                i++;
                continue;
            }
            if (a.equals("-") || !a.startsWith("-")) return i;
        }
        return args.length;
    }

    /** --gil beats -X gil= which beats PYTHON_GIL; null after printing a usage error. */
    private Boolean gilMode() {
        String v = null;
        String env = System.getenv("PYTHON_GIL");
        if (env != null && !env.isEmpty()) v = env;
        for (String x : xoptions) if (x.startsWith("gil=")) v = x.substring(4);
        if (gil != null) v = gil;
        if (v == null) return Boolean.TRUE;
        switch (v) {
            case "on", "1" -> { return Boolean.TRUE; }
            case "off", "0" -> { return Boolean.FALSE; }
            default -> {
                System.err.println("gilpy: --gil expects on or off (or -X gil=1|0, PYTHON_GIL=1|0), not '" + v + "'");
                System.err.println("usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...");
                return null;
            }
        }
    }

    private int start(boolean gilOn) {
        Interpreter interp = new Interpreter();
        interp.gil = gilOn ? new GlobalInterpreterLock() : new NoGil();
        boolean ttyOut = System.console() != null;
        interp.stdout = new PyTextIO("<stdout>", "w", new FileOutputStream(FileDescriptor.out), null,
                unbuffered || ttyOut, ttyOut, 1);
        interp.stderr = new PyTextIO("<stderr>", "w", new FileOutputStream(FileDescriptor.err), null, true, ttyOut, 2);
        interp.stdin = new PyTextIO("<stdin>", "r", null, new FileInputStream(FileDescriptor.in), false, ttyOut, 0);
        if (command != null) interp.argv.add("-c");
        else if (module != null) interp.argv.add(module);
        else interp.argv.add(script == null ? "" : script);
        interp.argv.addAll(scriptArgs);
        String dir = "";
        if (script != null && !script.equals("-")) {
            Path parent = Path.of(script).toAbsolutePath().getParent();
            dir = parent == null ? "" : parent.toString();
        } else if (command != null || module != null) {
            dir = Path.of("").toAbsolutePath().toString();
        }
        interp.path.append(new PyStr(dir));
        interp.path.append(new PyStr(Interpreter.LIB_PREFIX));
        Modules.install(interp);
        final int[] code = {0};
        ThreadState ts = new ThreadState(interp);
        Thread main = new InterpreterThread(ts, () -> code[0] = runMain(interp), "MainThread");
        main.start();
        try {
            main.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return code[0];
    }

    private int runMain(Interpreter interp) {
        interp.gil.acquire();
        try {
            return runMainHoldingGil(interp);
        } finally {
            interp.gil.release();
        }
    }

    private int runMainHoldingGil(Interpreter interp) {
        int rc;
        try {
            String source;
            String filename;
            if (command != null) {
                source = command;
                filename = "<string>";
            } else if (script == null || script.equals("-")) {
                source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                filename = "<stdin>";
            } else {
                // CPython 3.9+: the main script's __file__ is absolute (not normalised).
                filename = Path.of(script).isAbsolute() ? script
                        : Path.of("").toAbsolutePath() + java.io.File.separator + script;
                source = readScript(script);
                if (source == null) return 2;
            }
            PyModule main = new PyModule("__main__");
            main.set("__builtins__", interp.builtins);
            if (!filename.startsWith("<")) main.set("__file__", new PyStr(filename));
            interp.modules.put(new PyStr("__main__"), main);
            CodeObject code = interp.compile(source, filename, Parsing.Mode.FILE);
            interp.exec(code, main.dict, main.dict);
            rc = 0;
        } catch (PyException e) {
            rc = handleUncaught(interp, e.value);
        } catch (IOException e) {
            System.err.println("gilpy: " + e.getMessage());
            rc = 1;
        }
        rc = shutdown(interp, rc);
        return rc;
    }

    /** Exit hooks (threading waits for its threads), then flush the streams. */
    public static int shutdown(Interpreter interp, int rc) {
        for (Runnable r : interp.exitHooks) {
            try {
                r.run();
            } catch (PyException e) {
                rc = handleUncaught(interp, e.value);
            }
        }
        flush(interp);
        return rc;
    }

    private static void flush(Interpreter interp) {
        try {
            PyObject out = interp.sysAttr("stdout");
            if (out instanceof PyTextIO io) io.flush();
            else if (out != null && out != PyNone.NONE) Ops.call(Ops.getAttr(out, "flush"));
        } catch (PyException ignored) {
            // Nothing sensible to report at exit.
        }
        interp.stdout.flush();
        interp.stderr.flush();
    }

    /** SystemExit gives its code; anything else prints a traceback and gives 1. */
    public static int handleUncaught(Interpreter interp, PyBaseException exc) {
        if (exc.type().isSubtypeOf(Exc.SystemExit)) {
            PyObject c = exc.args.size() == 0 ? PyNone.NONE : exc.args.size() == 1 ? exc.args.get(0) : exc.args;
            if (c == PyNone.NONE) return 0;
            if (c instanceof PyInt i) return (int) i.value;
            flush(interp);
            interp.writeStderr(Ops.strString(c) + "\n");
            return 1;
        }
        flush(interp);
        try {
            PyObject hook = interp.sysAttr("excepthook");
            if (hook != null && hook != interp.sysAttr("__excepthook__")) Ops.call(hook, exc.type(), exc, PyNone.NONE);
            else interp.writeStderr(Traceback.format(exc, interp));
        } catch (PyException e) {
            interp.writeStderr(Traceback.format(exc, interp));
        }
        interp.stderr.flush();
        return exc.type().isSubtypeOf(Exc.KeyboardInterrupt) ? 130 : 1;
    }

    /** The script's text; null (after CPython's message) when it cannot be read. */
    private static String readScript(String script) throws IOException {
        Path p = Path.of(script);
        byte[] bytes;
        try {
            if (Files.isDirectory(p)) {
                System.err.println("gilpy: can't find '__main__' module in '" + script + "'");
                return null;
            }
            bytes = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            System.err.println("gilpy: can't open file '" + p.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = 0;
            int line = 1;
            // Find the first byte that is not valid UTF-8 to name it as CPython does.
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') line++;
                if ((bytes[i] & 0x80) != 0) {
                    bad = bytes[i] & 0xff;
                    break;
                }
            }
            PyBaseException se = Interpreter.syntaxError("SyntaxError", String.format(
                    "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                            + "see https://peps.python.org/pep-0263/ for details", bad, script, line),
                    script, line, 0, null, line, 0);
            throw se.raise();
        }
    }
}
