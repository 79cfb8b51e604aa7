package dev.gilpy;

import dev.gilpy.modules.SysModule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * gilpy's command line, defined once: the {@link #OPTIONS} table drives parsing, {@code --help} and the
 * error messages; {@link #ENVIRONMENT} and {@link #SUBCOMMANDS} document the rest. Parsing follows
 * CPython's {@code _PyOS_GetOpt}: short options combine ({@code -uc CMD}, {@code -iq}), a short option's
 * value may be glued to it ({@code -c=print(3)} is the program {@code =print(3)}), {@code -c} and
 * {@code -m} end the option list, and so do {@code -}, {@code --} and the first non-option (the script).
 */
public final class Options {
    /** A usage error: the message, then the usage line and exit status 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /** What an option does with its value (null for a flag). */
    @FunctionalInterface
    interface Setter {
        void apply(Options o, String value) throws UsageError;
    }

    /**
     * One option: a short letter (0: none) and/or a long name, the label of its value (null: a flag),
     * its help text (lines after the first are continuation lines), and what it sets.
     */
    record Opt(char letter, String longName, String arg, String help, Setter set) {
        String label() {
            String n = letter != 0 ? "-" + letter : "--" + longName;
            return arg == null ? n : n + " " + arg;
        }
    }

    public static final String USAGE = "usage: gilpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /** CPython's options, in the order of {@code python3 --help}; then gilpy's own. */
    static final List<Opt> OPTIONS = List.of(
            new Opt('b', null, null, "issue warnings about str(bytes_instance), str(bytearray_instance)\n"
                    + "and comparing bytes/bytearray with str (accepted; gilpy never warns). (-bb: issue errors)",
                    (o, v) -> o.bytesWarning++),
            new Opt('B', null, null, "don't write .pyc files on import (gilpy never does: its code cache lives in\n"
                    + "$TMPDIR, see GILPY_CODE_CACHE); also PYTHONDONTWRITEBYTECODE=x",
                    (o, v) -> o.dontWriteBytecode = true),
            new Opt('c', null, "cmd", "program passed in as string (terminates option list)", (o, v) -> o.command = v),
            new Opt('d', null, null, "turn on parser debugging output (for experts only, only works on\n"
                    + "debug builds: accepted, no effect)", (o, v) -> o.debug++),
            new Opt('E', null, null, "ignore PYTHON* environment variables (such as PYTHON_GIL)",
                    (o, v) -> o.ignoreEnvironment = true),
            new Opt('h', "help", null, "print this help message and exit (also -? or --help)", (o, v) -> o.help = "all"),
            new Opt('?', null, null, null, (o, v) -> o.help = "all"),
            new Opt('i', null, null, "inspect interactively after running script; forces a prompt even\n"
                    + "if stdin does not appear to be a terminal; also PYTHONINSPECT=x", (o, v) -> o.inspect = o.interactive = true),
            new Opt('I', null, null, "isolate Python from the user's environment (implies -E, -P and -s)",
                    (o, v) -> o.isolated = o.ignoreEnvironment = o.safePath = o.noUserSite = true),
            new Opt('m', null, "mod", "run library module as a script (terminates option list)", (o, v) -> o.module = v),
            new Opt('O', null, null, "remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x",
                    (o, v) -> o.optimize++),
            new Opt('\0', "OO", null, null, null),   // help line only: -OO is -O twice
            new Opt('P', null, null, "don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH",
                    (o, v) -> o.safePath = true),
            new Opt('q', null, null, "don't print version and copyright messages on interactive startup",
                    (o, v) -> o.quiet = true),
            new Opt('s', null, null, "don't add user site directory to sys.path (gilpy has none); also PYTHONNOUSERSITE",
                    (o, v) -> o.noUserSite = true),
            new Opt('S', null, null, "don't imply 'import site' on initialization (gilpy has no site module)",
                    (o, v) -> o.noSite = true),
            new Opt('u', null, null, "force the stdout and stderr streams to be unbuffered;\n"
                    + "this option has no effect on stdin; also PYTHONUNBUFFERED=x", (o, v) -> o.unbuffered = true),
            new Opt('v', null, null, "verbose (trace import statements: accepted, no effect); also PYTHONVERBOSE=x\n"
                    + "can be supplied multiple times to increase verbosity", (o, v) -> o.verbose++),
            new Opt('V', "version", null, "print the version number and exit (also --version)\n"
                    + "when given twice, print more information about the build", (o, v) -> o.version++),
            new Opt('W', null, "arg", "warning control; arg is action:message:category:module:lineno\n"
                    + "(gilpy uses the action); also PYTHONWARNINGS=arg", (o, v) -> o.warnOptions.add(v)),
            new Opt('x', null, null, "skip first line of source, allowing use of non-Unix forms of #!cmd",
                    (o, v) -> o.skipFirstLine = true),
            new Opt('X', null, "opt", "set implementation-specific option: gil=0|1, jit=on|off|eager,\n"
                    + "int_max_str_digits=N; any other is kept in sys._xoptions", (o, v) -> o.xOptions.add(v)),
            new Opt('\0', "check-hash-based-pycs", "always|default|never", "control how Python invalidates hash-based .pyc files\n"
                    + "(accepted; gilpy's code cache checks every entry's source)", (o, v) -> {
                        if (!List.of("always", "default", "never").contains(v)) {
                            throw new UsageError("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
                        }
                    }),
            new Opt('\0', "help-env", null, "print help about environment variables and exit", (o, v) -> o.help = "env"),
            new Opt('\0', "help-xoptions", null, "print help about implementation-specific -X options and exit",
                    (o, v) -> o.help = "xoptions"),
            new Opt('\0', "help-all", null, "print complete help information and exit", (o, v) -> o.help = "all"),
            // gilpy's own options
            new Opt('\0', "gil", "on|off", "serialise threads with a GIL (on, the default) or run them in\n"
                    + "parallel (off); also -X gil=1|0, PYTHON_GIL=1|0", (o, v) -> o.gil = v),
            new Opt('\0', "sched", "SEED", "deterministic scheduling: one thread at a time, switches chosen by\n"
                    + "a PRNG seeded with SEED, virtual clock", (o, v) -> o.sched = parseLong("--sched", v)),
            new Opt('\0', "schedule", "D,D,...", "deterministic scheduling with explicit switch decisions\n"
                    + "(0 = keep running, k = k-th next runnable thread)", (o, v) -> o.schedule = v),
            new Opt('\0', "switch-points", "breaker|any|user|user-any|shared|user-shared", "deterministic mode: switch only at eval-breaker points (default),\n"
                    + "between any two instructions, or before those touching shared memory;\n"
                    + "user, user-any, user-shared: the same in the program's\n"
                    + "own code only (the bundled library runs atomically)", (o, v) -> o.switchPoints = v),
            new Opt('\0', "switch-every", "N", "deterministic mode: switch round robin every N switch points",
                    (o, v) -> o.switchEvery = (int) parseLong("--switch-every", v)),
            new Opt('\0', "gil-stats", null, "print per-thread GIL statistics and the GIL load to stderr at exit",
                    (o, v) -> o.gilStats = true),
            new Opt('\0', "gil-trace", "FILE.json", "write a Chrome/Perfetto trace of GIL transitions at exit",
                    (o, v) -> o.gilTrace = v),
            new Opt('\0', "gil-timeline", "FILE.svg", "draw an SVG timeline of the threads' GIL states at exit",
                    (o, v) -> o.gilTimeline = v),
            new Opt('\0', "gil-trace-buffer", "N", "trace events kept per thread (ring buffer; oldest dropped),\n"
                    + "default 131072", (o, v) -> o.gilTraceBuffer = (int) parseLong("--gil-trace-buffer", v)));

    /** Where CPython's own options end and gilpy's begin in {@link #OPTIONS} (for the help's headings). */
    private static final String FIRST_GILPY_OPTION = "gil";

    /** An environment variable gilpy reads, with its help text. */
    record Env(String name, String help) {}

    static final List<Env> ENVIRONMENT = List.of(
            new Env("PYTHON_GIL", "1 or 0: the GIL on or off (as --gil; -X gil= and --gil win)"),
            new Env("PYTHONUNBUFFERED", "if non-empty, same as -u"),
            new Env("PYTHONINSPECT", "if non-empty, same as -i"),
            new Env("PYTHONOPTIMIZE", "if non-empty, same as -O (an integer: that many -O)"),
            new Env("PYTHONDONTWRITEBYTECODE", "if non-empty, same as -B"),
            new Env("PYTHONPATH", "directories (':'-separated) put on sys.path before the library"),
            new Env("PYTHONSAFEPATH", "if non-empty, same as -P"),
            new Env("PYTHONNOUSERSITE", "if non-empty, same as -s"),
            new Env("PYTHONVERBOSE", "if non-empty, same as -v"),
            new Env("PYTHONWARNINGS", "comma-separated -W options"),
            new Env("PYTHONINTMAXSTRDIGITS", "limit of int<->str conversion digits (as -X int_max_str_digits)"),
            new Env("GILPY_JAVA_OPTS", "extra JVM options for ./gilpy (word-split), e.g. -Xmx2g"),
            new Env("GILPY_AOT", "0: do not use the AOT cache / CDS archive (./gilpy)"),
            new Env("GILPY_CODE_CACHE", "0: do not keep compiled code in $TMPDIR/gilpy-$USER-code"),
            new Env("GILPY_MP_SPARES", "number of warm multiprocessing child JVMs kept ready"),
            new Env("GILPY_MP_HANDSHAKE_TIMEOUT", "seconds a multiprocessing connection has to prove the authkey (30)"),
            new Env("GILPY_DEBUG", "1: add the Java stack trace to an internal error"),
            new Env("NO_COLOR", "if set, the REPL does not use colour"));

    /** A launcher subcommand: {@code gilpy NAME ARGS...}; add new ones here. */
    record Subcommand(String name, String synopsis, String help, Function<String[], Integer> main) {}

    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("timeline", "gilpy timeline [--merge] TRACE.json ... -o OUT.svg|OUT.json [--crop] [--title T]",
                    "draw traces as an SVG timeline, or merge them into one JSON",
                    dev.gilpy.trace.Timeline::main),
            new Subcommand("explore", "gilpy explore [--runs N | --time S] [--strategy random|pct|dfs] ... script.py [arg] ...",
                    "run a script under many schedules: each outcome, its count, how to replay it",
                    dev.gilpy.explore.ExploreCommand::main));

    // The parsed command line.
    String command, module, script;
    List<String> scriptArgs = new ArrayList<>();
    /** null, or which help to print: "all", "env", "xoptions". */
    String help;
    int version, optimize, verbose, bytesWarning, debug;
    boolean inspect, interactive, unbuffered, quiet, dontWriteBytecode, ignoreEnvironment, isolated, safePath, noUserSite, noSite,
            skipFirstLine, gilStats;
    List<String> warnOptions = new ArrayList<>();
    List<String> xOptions = new ArrayList<>();
    String gil, schedule, switchPoints, gilTrace, gilTimeline;
    Long sched;
    Integer switchEvery;
    int gilTraceBuffer = dev.gilpy.trace.GilRecorder.DEFAULT_CAPACITY;

    private static final Map<Character, Opt> BY_LETTER = new LinkedHashMap<>();
    private static final Map<String, Opt> BY_NAME = new LinkedHashMap<>();

    static {
        for (Opt o : OPTIONS) {
            if (o.set == null) continue;
            if (o.letter != 0) BY_LETTER.put(o.letter, o);
            if (o.longName != null) BY_NAME.put(o.longName, o);
        }
    }

    /** Parses a command line (the arguments after the launcher's name). */
    static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        int i = 0;
        options:
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.equals("-") || !a.startsWith("-")) break;
            i++;
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                Opt opt = BY_NAME.get(name);
                if (opt == null || opt.letter != 0 && opt.arg != null) throw new UsageError("unknown option " + a);
                if (opt.arg == null && value != null) throw new UsageError("option --" + name + " takes no argument");
                if (opt.arg != null && value == null) {
                    if (i >= args.length) throw new UsageError("Argument expected for the --" + name + " option");
                    value = args[i++];
                }
                opt.set.apply(o, value);
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                Opt opt = BY_LETTER.get(a.charAt(k));
                if (opt == null) throw new UsageError("Unknown option: -" + a.charAt(k));
                if (opt.arg == null) {
                    opt.set.apply(o, null);
                    continue;
                }
                String value;
                if (k + 1 < a.length()) value = a.substring(k + 1);
                else if (i < args.length) value = args[i++];
                else throw new UsageError("Argument expected for the -" + opt.letter + " option");
                opt.set.apply(o, value);
                if (o.command != null || o.module != null) break options;
                break;
            }
        }
        if (o.command == null && o.module == null && i < args.length) o.script = args[i++];
        while (i < args.length) o.scriptArgs.add(args[i++]);
        return o;
    }

    private static long parseLong(String option, String v) throws UsageError {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageError(option + " expects an integer, not '" + v + "'");
        }
    }

    /** An environment variable, unless -E/-I said to ignore PYTHON* ones; null when unset or empty. */
    String env(String name) {
        if (ignoreEnvironment && name.startsWith("PYTHON")) return null;
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The PYTHON* variables that mirror options (CPython's config: an option and its variable add up). */
    void applyEnvironment() {
        if (env("PYTHONINSPECT") != null) inspect = true;
        if (env("PYTHONUNBUFFERED") != null) unbuffered = true;
        if (env("PYTHONDONTWRITEBYTECODE") != null) dontWriteBytecode = true;
        if (env("PYTHONSAFEPATH") != null) safePath = true;
        if (env("PYTHONNOUSERSITE") != null) noUserSite = true;
        optimize = Math.max(optimize, levelOf(env("PYTHONOPTIMIZE")));
        verbose = Math.max(verbose, levelOf(env("PYTHONVERBOSE")));
        String w = env("PYTHONWARNINGS");
        if (w != null) {
            List<String> fromEnv = new ArrayList<>();
            for (String part : w.split(",")) if (!part.isBlank()) fromEnv.add(part.trim());
            fromEnv.addAll(warnOptions);   // -W options come after PYTHONWARNINGS (they win)
            warnOptions = fromEnv;
        }
    }

    /** PYTHONPATH's directories as CPython puts them on sys.path: absolute, an empty entry meaning the current one. */
    List<String> pythonPath() {
        String v = env("PYTHONPATH");
        List<String> dirs = new ArrayList<>();
        if (v == null) return dirs;
        for (String entry : v.split(java.io.File.pathSeparator, -1)) {
            dirs.add(java.nio.file.Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return dirs;
    }

    /** CPython's reading of PYTHONOPTIMIZE/PYTHONVERBOSE: an integer gives that level, other text 1. */
    private static int levelOf(String v) {
        if (v == null) return 0;
        try {
            return Math.max(0, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** sys._xoptions: {@code -X name} is True, {@code -X name=value} the string. */
    Map<String, Object> xOptionMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String x : xOptions) {
            int eq = x.indexOf('=');
            if (eq < 0) m.put(x, Boolean.TRUE);
            else m.put(x.substring(0, eq), x.substring(eq + 1));
        }
        return m;
    }

    /** The last -X value for key ({@code -X key=value}), or null. */
    String xOption(String key) {
        Object v = xOptionMap().get(key);
        return v instanceof String s ? s : null;
    }

    /** The usage error's text, as CPython prints it. */
    static String usageError(String message) {
        return message + "\n" + USAGE + "\nTry `gilpy -h' for more information.\n";
    }

    /** {@code --help}: CPython's layout, from the tables. */
    static String help(String which) {
        StringBuilder sb = new StringBuilder();
        if (which.equals("env")) return environmentHelp(sb).toString();
        if (which.equals("xoptions")) return xoptionsHelp(sb).toString();
        sb.append(USAGE).append('\n');
        for (Subcommand s : SUBCOMMANDS) sb.append("       ").append(s.synopsis).append('\n');
        sb.append("Options (and corresponding environment variables):\n");
        int firstGilpy = OPTIONS.indexOf(BY_NAME.get(FIRST_GILPY_OPTION));
        int width = 0;
        for (Opt o : OPTIONS.subList(firstGilpy, OPTIONS.size())) width = Math.max(width, o.label().length() + 1);
        width = Math.min(width, 24);   // a longer label gets its text on the lines below it
        for (Opt o : OPTIONS) {
            if (o.help == null) {
                if ("OO".equals(o.longName)) {
                    appendEntry(sb, "-OO", "do -O changes and also discard docstrings", 7);
                }
                continue;
            }
            if (FIRST_GILPY_OPTION.equals(o.longName)) sb.append("\ngilpy options (the GIL, deterministic scheduling, tracing):\n");
            boolean gilpyOption = OPTIONS.indexOf(o) >= firstGilpy;
            String label = o.label();
            if (!gilpyOption && o.letter == 0 && o.arg != null) {   // CPython: the text under a long label
                sb.append(label).append(":\n");
                for (String line : o.help.split("\n")) sb.append(" ".repeat(9)).append(line).append('\n');
                continue;
            }
            appendEntry(sb, label, o.help, gilpyOption ? width : o.letter == 0 ? 15 : 7);
        }
        sb.append("\nArguments:\n");
        appendEntry(sb, "file", "program read from script file", 7);
        appendEntry(sb, "-", "program read from stdin (default; interactive mode if a tty)", 7);
        sb.append("arg ...: arguments passed to program in sys.argv[1:]\n");
        sb.append("\nSubcommands:\n");
        for (Subcommand s : SUBCOMMANDS) appendEntry(sb, s.name, s.help + " (gilpy " + s.name + " -h)", 9);
        sb.append('\n');
        environmentHelp(sb);
        sb.append('\n');
        xoptionsHelp(sb);
        return sb.toString();
    }

    private static StringBuilder environmentHelp(StringBuilder sb) {
        sb.append("Environment variables that change behavior:\n");
        int width = 0;
        for (Env e : ENVIRONMENT) width = Math.max(width, e.name.length() + 1);
        for (Env e : ENVIRONMENT) appendEntry(sb, e.name, e.help, width);
        return sb;
    }

    private static StringBuilder xoptionsHelp(StringBuilder sb) {
        sb.append("The following implementation-specific options are available:\n");
        appendEntry(sb, "-X gil=[0|1]", "the GIL off or on (as --gil off|on)", 0);
        appendEntry(sb, "-X jit=[on|off|eager]", "the compiling tier: on (default), off, or compile at the first call", 0);
        appendEntry(sb, "-X int_max_str_digits=number", "limit the size of int<->str conversions (0 disables the limit)", 0);
        sb.append("Any other -X option is accepted and kept in sys._xoptions.\n");
        return sb;
    }

    /** One "label : text" entry, continuation lines indented under the text as in CPython's help. */
    private static void appendEntry(StringBuilder sb, String label, String text, int width) {
        String[] lines = text.split("\n");
        int from = 0;
        if (label.length() > width && width > 0) {
            sb.append(label).append(":\n");
        } else {
            sb.append(label).append(" ".repeat(Math.max(0, width - label.length()))).append(": ").append(lines[0]).append('\n');
            from = 1;
        }
        for (int i = from; i < lines.length; i++) sb.append(" ".repeat(width + 2)).append(lines[i]).append('\n');
    }

    /** {@code -V}: the version line; {@code -VV}: with the build. */
    static String versionText(int times) {
        return times > 1 ? SysModule.versionLine() + " [Java " + Runtime.version() + "]" : SysModule.versionLine();
    }
}
