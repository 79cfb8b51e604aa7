package dev.gilpy.repl;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Disassembler;
import dev.gilpy.concurrent.EvalBreaker;
import dev.gilpy.concurrent.SignalTrap;
import dev.gilpy.vm.FatalError;
import dev.gilpy.concurrent.Gil;
import dev.gilpy.concurrent.Gils;
import dev.gilpy.parse.Parsing;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyMethod;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTextIO;
import dev.gilpy.vm.Interpreter;
import dev.gilpy.vm.PyCode;
import dev.gilpy.vm.PyFunction;
import dev.gilpy.vm.ThreadState;
import dev.gilpy.vm.Traceback;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The interactive loop: {@code >>>}/{@code ...} prompts, echo of expression values, tracebacks that
 * do not end the session, Ctrl-C, and the {@code :commands}. On a terminal it reads through JLine
 * (history, editing, completion, colour); otherwise it reads plain lines from stdin and writes the
 * prompts to stderr, like CPython's {@code python -i < file}.
 */
public final class Repl {
    static final List<String> COMMANDS = List.of(":help", ":gil", ":sched", ":run", ":samples", ":time", ":dis");

    private final Interpreter interp;
    private final PyModule main;
    private final ThreadState ts;
    private boolean gilOn;
    private Terminal terminal;
    private LineReader reader;
    private boolean color;
    private volatile boolean running;

    /** Thrown by the loop to leave the REPL with an exit code (exit(), sys.exit, Ctrl-D). */
    private static final class Leave extends RuntimeException {
        final int code;

        Leave(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    public Repl(Interpreter interp, PyModule main, boolean gilOn) {
        this.interp = interp;
        this.main = main;
        this.gilOn = gilOn;
        this.ts = ThreadState.current();
    }

    /**
     * Runs the REPL on the calling (interpreter main) thread until exit; returns the exit code. The
     * caller still runs the interpreter's exit hooks and flushes the streams.
     */
    public int run(boolean quiet) {
        boolean tty = Runner.isTerminal(0) && Runner.isTerminal(1);
        if (tty) {
            try {
                openTerminal();
            } catch (IOException | RuntimeException e) {
                terminal = null;
                reader = null;
            }
        }
        try {
            if (!quiet) {
                String banner = dev.gilpy.modules.SysModule.versionLine() + " [GIL " + (gilOn ? "on" : "off") + "] on "
                        + System.getProperty("os.name", "unknown").toLowerCase(Locale.ROOT) + "\n"
                        + "Type \":help\" for help, \"exit()\" to leave.\n";
                err(banner);
            }
            return loop();
        } finally {
            if (reader != null) {
                try {
                    reader.getHistory().save();
                } catch (IOException | RuntimeException ignored) {
                    // History is best effort.
                }
            }
            if (terminal != null) {
                try {
                    terminal.close();
                } catch (IOException ignored) {
                    // Leaving anyway.
                }
            }
        }
    }

    private void openTerminal() throws IOException {
        terminal = TerminalBuilder.builder().system(true).nativeSignals(true)
                .signalHandler(Terminal.SignalHandler.SIG_IGN).build();
        if (terminal.getType() != null && terminal.getType().startsWith("dumb")) {
            terminal.close();
            terminal = null;
            return;
        }
        terminal.handle(Terminal.Signal.INT, s -> interruptRunning());
        color = System.getenv("NO_COLOR") == null;
        Completion completion = new Completion(interp, main.dict, COMMANDS);
        Path history = Path.of(home(), ".gilpy_history");
        reader = LineReaderBuilder.builder().terminal(terminal).appName("gilpy")
                .parser(completion).completer(completion)
                .history(new DefaultHistory())
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.LIST_MAX, 200)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                // A block is one buffer (its lines after the first behind "... "), so it is one history entry.
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, styledPrompt("... "))
                .build();
        reader.getWidgets().put("gilpy-accept", this::acceptOrContinue);
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference("gilpy-accept"), "\r", "\n");
        reader.getWidgets().put("gilpy-tab", () -> {
            if (reader.getBuffer().upToCursor().isBlank()) {
                reader.getBuffer().write("    ");
                return true;
            }
            reader.callWidget(LineReader.COMPLETE_WORD);
            return true;
        });
        reader.getKeyMaps().get(LineReader.EMACS).bind(new Reference("gilpy-tab"), "\t");
    }

    /**
     * Enter: the input so far is run when it is complete (or a :command); otherwise a new line is added
     * to the same buffer, indented like the last one, one level deeper after a line ending in ':'. Enter
     * on a line of only spaces ends a block, as a blank line does in CPython's REPL.
     */
    private boolean acceptOrContinue() {
        String buf = reader.getBuffer().toString();
        int nl = buf.lastIndexOf('\n');
        String last = buf.substring(nl + 1);
        if (nl >= 0 && last.isBlank()) {
            String ended = buf.substring(0, nl + 1);
            reader.getBuffer().clear();
            reader.getBuffer().write(ended);
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        }
        if (buf.isBlank() || buf.strip().startsWith(":") || !Parsing.isIncomplete(buf + "\n")) {
            reader.getBuffer().cursor(buf.length());
            reader.callWidget(LineReader.ACCEPT_LINE);
            return true;
        }
        reader.getBuffer().cursor(buf.length());
        reader.getBuffer().write("\n" + indentAfter(last));
        return true;
    }

    /** The indentation for the line after {@code line}: the same, one level (4 spaces) more after ':'. */
    static String indentAfter(String line) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String code = line.strip();
        int hash = code.indexOf('#');
        if (hash >= 0 && code.indexOf('\'') < 0 && code.indexOf('"') < 0) code = code.substring(0, hash).strip();
        return code.endsWith(":") ? indent + "    " : indent;
    }

    private String styledPrompt(String prompt) {
        return color ? new AttributedString(prompt, AttributedStyle.BOLD.foreground(AttributedStyle.GREEN)).toAnsi(terminal)
                : prompt;
    }

    /**
     * Splits an input of several statements (a paste, with or without blank lines between them) into the
     * top-level statements, each run on its own as CPython 3.13's REPL does: a new statement starts at a
     * line in column 0 once what came before is complete (else/elif/except/finally continue theirs).
     */
    static List<String> statements(String source) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            boolean startsStatement = !line.isBlank() && !Character.isWhitespace(line.charAt(0))
                    && !line.startsWith("#") && !line.matches("(else|elif|except|finally)\\b.*");
            if (startsStatement && !cur.toString().isBlank() && !Parsing.isIncomplete(cur + "\n")) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.toString().isBlank() && line.isBlank()) continue;
            cur.append(line).append('\n');
        }
        if (!cur.toString().isBlank()) out.add(cur.toString());
        return out;
    }

    /** $HOME as CPython's os.path.expanduser sees it, else the JVM's idea of home. */
    static String home() {
        String h = System.getenv("HOME");
        return h != null && !h.isEmpty() ? h : System.getProperty("user.home");
    }

    /**
     * JLine's terminal takes SIGINT while it is open: Ctrl-C in running code goes to the one signal path
     * (SignalTrap), so it raises KeyboardInterrupt (or runs a Python handler) even in a blocking wait.
     * Without JLine the interpreter's own SIGINT handling is in place.
     */
    private void interruptRunning() {
        if (running) SignalTrap.trip(SignalTrap.SIGINT);
    }

    // ------------------------------------------------------------------ the loop

    private int loop() {
        List<String> lines = new ArrayList<>();
        while (true) {
            String prompt = lines.isEmpty() ? ">>> " : "... ";
            String line;
            try {
                line = readLine(prompt);
            } catch (UserInterruptException e) {
                lines.clear();
                err("\nKeyboardInterrupt\n");
                continue;
            } catch (PyException e) {
                // A signal while waiting for a line without JLine: its handler raised (Ctrl-C: KeyboardInterrupt).
                lines.clear();
                if (e.value.type().isSubtypeOf(Exc.KeyboardInterrupt)) err("\nKeyboardInterrupt\n");
                else report(e.value);
                continue;
            } catch (EndOfFileException e) {
                if (terminal != null) err("\n");
                return 0;
            }
            if (line == null) {
                if (terminal == null) err("\n");
                return 0;
            }
            if (reader != null && !line.strip().startsWith(":")) {
                // The line editor returns whole inputs (a block, a paste): run each statement of it.
                try {
                    for (String stmt : statements(line)) if (!execute(stmt)) break;
                } catch (Leave l) {
                    return l.code;
                }
                continue;
            }
            if (lines.isEmpty()) {
                if (line.isBlank()) continue;
                String stripped = line.strip();
                if (stripped.startsWith(":")) {
                    try {
                        command(stripped);
                    } catch (Leave l) {
                        return l.code;
                    }
                    continue;
                }
            }
            lines.add(line);
            String source = String.join("\n", lines) + "\n";
            if (Parsing.isIncomplete(source)) continue;
            lines.clear();
            try {
                execute(source);
            } catch (Leave l) {
                return l.code;
            }
        }
    }

    private String readLine(String prompt) {
        flushOut();
        if (reader != null) {
            String shown = styledPrompt(prompt);
            Gil gil = interp.gil;
            return gil.releasedWhile(() -> reader.readLine(shown));
        }
        err(prompt);
        Gil gil = interp.gil;
        String l = gil.releasedWhile(() -> interp.stdin.readline());
        if (l == null || l.isEmpty()) return null;
        return l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    }

    /** Compiles one interactive input and runs it; exceptions print a traceback. False after one. */
    private boolean execute(String source) {
        try {
            CodeObject code = interp.compile(source, "<stdin>", Parsing.Mode.SINGLE);
            runInterruptibly(() -> interp.exec(code, main.dict, main.dict));
            return true;
        } catch (PyException e) {
            report(e.value);
        } catch (Leave l) {
            throw l;
        } catch (Throwable t) {
            // The last resort (FatalError): reported, and the session goes on with a new prompt.
            FatalError.print(t, ts, interp);
        } finally {
            flushOut();
        }
        return false;
    }

    private void runInterruptibly(Runnable body) {
        running = true;
        try {
            body.run();
        } finally {
            running = false;
            ts.asyncExc = null;
            EvalBreaker.clear(EvalBreaker.ASYNC_EXC);
        }
    }

    /** SystemExit leaves the REPL; anything else prints its traceback. */
    private void report(PyBaseException exc) {
        if (exc.type().isSubtypeOf(Exc.SystemExit)) throw new Leave(exitCode(exc));
        flushOut();
        try {
            PyObject hook = interp.sysAttr("excepthook");
            if (hook != null && hook != interp.sysAttr("__excepthook__")) {
                Abstract.call(hook, exc.type(), exc, PyNone.NONE);
                return;
            }
        } catch (PyException e) {
            // Fall back to the built-in format below.
        }
        String tb = Traceback.format(exc, interp);
        if (color && interp.sysAttr("stderr") == interp.stderr) tb = colourTraceback(tb);
        interp.writeStderr(tb);
        interp.stderr.flush();
    }

    private int exitCode(PyBaseException exc) {
        flushOut();
        return interp.systemExitStatus(exc);
    }

    private String colourTraceback(String tb) {
        String[] ls = tb.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        int last = ls.length - 1;
        while (last > 0 && ls[last].isEmpty()) last--;
        for (int i = 0; i < ls.length; i++) {
            AttributedStyle st = i == last ? AttributedStyle.BOLD.foreground(AttributedStyle.RED)
                    : ls[i].startsWith("  File") ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)
                    : AttributedStyle.DEFAULT;
            sb.append(ls[i].isEmpty() ? "" : new AttributedString(ls[i], st).toAnsi(terminal));
            if (i < ls.length - 1) sb.append('\n');
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ output

    private void flushOut() {
        try {
            PyObject out = interp.sysAttr("stdout");
            if (out instanceof PyTextIO io) io.flush();
        } catch (PyException ignored) {
            // A broken sys.stdout should not end the session.
        }
        interp.stdout.flush();
    }

    /** REPL chatter (banner, prompts without a terminal, messages) goes to stderr, as CPython's. */
    private void err(String s) {
        flushOut();
        interp.stderr.write(s);
        interp.stderr.flush();
    }

    private void out(String s) {
        flushOut();
        interp.stdout.write(s);
        interp.stdout.flush();
    }

    // ------------------------------------------------------------------ commands

    private void command(String line) {
        String[] parts = line.split("\\s+", 2);
        String name = parts[0];
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (name) {
            case ":help", ":h", ":?" -> help();
            case ":gil" -> gil(arg);
            case ":sched" -> sched(arg);
            case ":run" -> run(arg);
            case ":samples" -> samples();
            case ":time" -> time(arg);
            case ":dis" -> dis(arg);
            default -> err("unknown command " + name + " (type :help for the list)\n");
        }
    }

    private void help() {
        out("""
                Python statements and expressions run as in CPython's REPL; a block ends with an empty line.
                Commands:
                  :help                      this list
                  :gil                       show the GIL mode
                  :gil on|off                switch the GIL (only while no other thread is alive)
                  :sched SEED [any]          deterministic scheduling: one thread at a time, switches chosen by a
                                             PRNG seeded with SEED, virtual clock ("any": between any two
                                             instructions, as --switch-points any)
                  :sched off                 back to the GIL mode of :gil
                  :run [--gil on|off] FILE [ARGS]
                                             run FILE as __main__ in a fresh namespace, show the wall time
                  :samples                   list the sample programs (samples/)
                  :time STATEMENT            run STATEMENT here and show its wall time
                  :dis NAME|EXPRESSION       disassemble a function, or the bytecode of an expression
                exit() or Ctrl-D leaves; Ctrl-C cancels the line or interrupts running code.
                After a line ending in ':' the next line is indented; Enter on an empty indented line ends the
                block. A block is one history entry (Up recalls it whole); a paste of several statements runs
                each in turn. Tab completes names, keywords, attributes after a dot, module names after
                import/from and file names after :run.
                """);
    }

    private void gil(String arg) {
        if (arg.isEmpty()) {
            out("GIL " + (gilOn ? "on" : "off") + "\n");
            return;
        }
        Boolean want = parseMode(arg);
        if (want == null) {
            err(":gil expects on or off, not '" + arg + "'\n");
            return;
        }
        if (want == gilOn) {
            out("GIL already " + (gilOn ? "on" : "off") + "\n");
            return;
        }
        int others = otherThreads();
        if (others > 0) {
            err("cannot switch the GIL while " + others + " other thread" + (others == 1 ? " is" : "s are")
                    + " alive; join them first\n");
            return;
        }
        switchGil(want);
        out("GIL " + (gilOn ? "on" : "off") + "\n");
    }

    /** The seed of the deterministic scheduler in use, or null; whether it switches between any instructions. */
    private Long schedSeed;
    private boolean schedAny;

    private void sched(String arg) {
        if (arg.isEmpty()) {
            out(schedSeed == null ? "deterministic scheduling off (GIL " + (gilOn ? "on" : "off") + ")\n"
                    : "deterministic scheduling with seed " + schedSeed + "\n");
            return;
        }
        int others = otherThreads();
        if (others > 0) {
            err("cannot change the scheduler while " + others + " other thread" + (others == 1 ? " is" : "s are")
                    + " alive; join them first\n");
            return;
        }
        String[] words = arg.split("\\s+");
        if (words[0].equals("off")) {
            interp.clearScheduler(gilOn);
            schedSeed = null;
            out("deterministic scheduling off (GIL " + (gilOn ? "on" : "off") + ")\n");
            return;
        }
        long seed;
        try {
            seed = Long.parseLong(words[0]);
        } catch (NumberFormatException e) {
            err(":sched expects a seed (an integer) or off, not '" + words[0] + "'\n");
            return;
        }
        boolean any = words.length > 1 && words[1].equals("any");
        if (any && !Interpreter.stepHooksAvailable()) {
            // Only an in-process REPL (tests) can lack the hook: Main compiles it in for interactive sessions.
            err("switch points 'any' need gilpy started with --switch-points any; using breaker points\n");
        }
        interp.setScheduler(seed, any);
        schedSeed = seed;
        schedAny = any && Interpreter.stepHooksAvailable();
        out("deterministic scheduling with seed " + seed + "\n");
    }

    private static Boolean parseMode(String s) {
        return switch (s) {
            case "on", "1" -> Boolean.TRUE;
            case "off", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Live threads other than this one, as threading counts them (0 when threading is not imported). */
    private int otherThreads() {
        PyObject threading = interp.modules.get(new PyStr("threading"));
        if (!(threading instanceof PyModule m)) return 0;
        try {
            PyObject f = m.get("active_count");
            if (f == null) return 0;
            return Math.max(0, Abstract.index(Abstract.call(f), "active_count") - 1);
        } catch (PyException e) {
            return 0;
        }
    }

    /** The main thread holds the current GIL: hand it over to a fresh one of the other kind. */
    private void switchGil(boolean on) {
        interp.setGil(Gils.create(on), true);
        schedSeed = null;
        gilOn = on;
    }

    private void run(String arg) {
        List<String> words = new ArrayList<>(Arrays.asList(arg.isEmpty() ? new String[0] : arg.split("\\s+")));
        Boolean mode = null;
        if (!words.isEmpty() && words.get(0).startsWith("--gil")) {
            String w = words.remove(0);
            String v = w.contains("=") ? w.substring(w.indexOf('=') + 1) : words.isEmpty() ? "" : words.remove(0);
            mode = parseMode(v);
            if (mode == null) {
                err(":run --gil expects on or off\n");
                return;
            }
        }
        if (words.isEmpty()) {
            err("usage: :run [--gil on|off] FILE [ARGS]\n");
            return;
        }
        String file = words.get(0);
        Path path = Path.of(file.startsWith("~/") ? home() + file.substring(1) : file);
        if (!Files.isRegularFile(path)) {
            Path inSamples = samplesDir() == null ? null : samplesDir().resolve(file);
            if (inSamples != null && Files.isRegularFile(inSamples)) path = inSamples;
            else {
                err("can't open file '" + path.toAbsolutePath() + "': [Errno 2] No such file or directory\n");
                return;
            }
        }
        boolean restoreMode = gilOn;
        if (mode != null && mode != gilOn) {
            int others = otherThreads();
            if (others > 0) {
                err("cannot switch the GIL while other threads are alive\n");
                return;
            }
            switchGil(mode);
        }
        PyObject oldMain = interp.modules.get(new PyStr("__main__"));
        PyObject argv = interp.sysAttr("argv");
        List<PyObject> oldArgv = argv == null ? List.of() : Arrays.asList(Abstract.toArray(argv));
        List<String> newArgv = new ArrayList<>(words);
        newArgv.set(0, path.toString());
        Runner.setArgv(interp, newArgv);
        PyModule fresh = Runner.newMain(interp, path.toString());
        long t0 = System.nanoTime();
        String outcome = "";
        try {
            Path p = path;
            runInterruptibly(() -> {
                try {
                    Runner.execFile(interp, fresh, p);
                } catch (IOException e) {
                    throw Exc.raise(Exc.OSError, e.getMessage());
                }
            });
        } catch (PyException e) {
            if (e.value.type().isSubtypeOf(Exc.SystemExit)) {
                int c = exitCode(e.value);
                if (c != 0) outcome = ", exit code " + c;
            } else {
                report(e.value);
                outcome = ", " + e.value.type().name;
            }
        } finally {
            long t1 = System.nanoTime();
            flushOut();
            interp.modules.put(new PyStr("__main__"), oldMain);
            if (argv instanceof dev.gilpy.runtime.PyList l) {
                PyObject[] items = oldArgv.toArray(new PyObject[0]);
                l.setContents(items, items.length);
            }
            String modeNote = schedSeed != null ? "deterministic seed " + schedSeed + (schedAny ? ", switch points any" : "")
                    : "GIL " + (gilOn ? "on" : "off");
            if (gilOn != restoreMode) switchGil(restoreMode);
            err(String.format(Locale.ROOT, "[%s: %.3f s wall, %s%s]\n", path.getFileName(), (t1 - t0) / 1e9,
                    modeNote, outcome));
        }
    }

    /** samples/ under the current directory, else under the gilpy install root. */
    static Path samplesDir() {
        Path cwd = Path.of("samples");
        if (Files.isDirectory(cwd)) return cwd;
        try {
            Path jar = Path.of(Repl.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("samples"))) return p.resolve("samples");
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    /** How :samples groups the sample programs: a heading and the file names it takes (first match wins). */
    private static final List<String[]> SAMPLE_GROUPS = List.of(
            new String[]{"Start here", "tour\\.py"},
            new String[]{"Examples from the seed articles", "seed\\d+_.*"},
            new String[]{"Races and atomicity (try --sched SEED)", "(race|dis)_.*"},
            new String[]{"Seeing the GIL (pictures: --gil-timeline)", "convoy.*"},
            new String[]{"Other", ".*"});

    private void samples() {
        Path dir = samplesDir();
        if (dir == null) {
            err("no samples/ directory here or in the gilpy install\n");
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            err("cannot list " + dir + ": " + e.getMessage() + "\n");
            return;
        }
        int width = terminal != null && terminal.getWidth() > 40 ? terminal.getWidth() : 100;
        int nameWidth = 2 + files.stream().mapToInt(p -> p.getFileName().toString().length()).max().orElse(10);
        StringBuilder sb = new StringBuilder();
        List<Path> left = new ArrayList<>(files);
        for (String[] g : SAMPLE_GROUPS) {
            List<Path> in = left.stream().filter(p -> p.getFileName().toString().matches(g[1])).toList();
            if (in.isEmpty()) continue;
            left.removeAll(in);
            sb.append(g[0]).append(":\n");
            for (Path p : in) {
                String name = p.getFileName().toString();
                String line = "  " + name + " ".repeat(nameWidth - name.length()) + description(p);
                if (line.length() > width - 1) line = line.substring(0, width - 2) + "…";
                sb.append(line).append('\n');
            }
        }
        sb.append("Run one with :run ").append(dir).append("/NAME.py\n");
        out(sb.toString());
    }

    /**
     * A sample's one-line description: the first sentence of its leading comment, without the seed
     * file's internal id ("Seed 001 (001_818a...txt), ...") or the test harness's "# regen:" line.
     */
    static String description(Path p) {
        StringBuilder text = new StringBuilder();
        try {
            for (String l : Files.readAllLines(p)) {
                String t = l.strip();
                if (t.startsWith("#!")) continue;
                if (!t.startsWith("#")) break;
                if (t.matches("#\\s*regen:.*")) continue;   // the test harness's directive, not prose
                text.append(t.replaceFirst("^#+\\s*", "")).append(' ');
            }
        } catch (IOException | RuntimeException ignored) {
            // No description.
        }
        String d = text.toString().strip().replaceFirst("^Seed \\d+ \\([^)]*\\)[,:]?\\s*", "");
        int end = d.indexOf(". ");
        if (end < 0 && d.endsWith(".")) end = d.length() - 1;
        d = end > 0 ? d.substring(0, end) : d;
        return d.isEmpty() ? d : Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    private void time(String stmt) {
        if (stmt.isEmpty()) {
            err("usage: :time STATEMENT\n");
            return;
        }
        long t0 = System.nanoTime();
        execute(stmt + "\n");
        long t1 = System.nanoTime();
        err(String.format(Locale.ROOT, "[wall time: %s, GIL %s]\n", human((t1 - t0) / 1e9), gilOn ? "on" : "off"));
    }

    static String human(double s) {
        if (s >= 1) return String.format(Locale.ROOT, "%.3f s", s);
        if (s >= 1e-3) return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        return String.format(Locale.ROOT, "%.1f us", s * 1e6);
    }

    private void dis(String what) {
        if (what.isEmpty()) {
            err("usage: :dis NAME|EXPRESSION\n");
            return;
        }
        try {
            PyObject o = new Completion(interp, main.dict, COMMANDS).resolve(what);
            if (o instanceof PyMethod m) o = m.func;
            CodeObject code = o instanceof PyFunction f ? f.code : o instanceof PyCode c ? c.code : null;
            if (code == null && o != null) {
                // A name for something without bytecode (len, a built-in type, a module written in Java):
                // say so, instead of disassembling the expression that loads it.
                err(what + (o instanceof dev.gilpy.runtime.PyBuiltinFunction ? " is a built-in function (written in Java)"
                        : o instanceof dev.gilpy.runtime.PyType ? " is a class: :dis one of its methods (" + what + ".NAME)"
                        : " is a " + o.type().name + " object") + ": it has no bytecode to show\n");
                return;
            }
            if (code == null) code = interp.compile(what, "<dis>", Parsing.Mode.EVAL);
            out(Disassembler.disassemble(code));
        } catch (PyException e) {
            report(e.value);
        }
    }
}
