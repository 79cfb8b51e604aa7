package dev.gilpy.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the command line asked for, as {@code sys.flags} reports it (CPython 3.11's fields, in its order),
 * plus {@code sys._xoptions} and {@code sys.warnoptions}. Set once by the launcher before the sys module is
 * made; sub-interpreters get the defaults, a multiprocessing child the flags its command line carries
 * ({@link #interpreterArgs}, as CPython's children get them).
 */
public record Flags(int debug, int inspect, int interactive, int optimize, int dontWriteBytecode, int noUserSite,
                    int noSite, int ignoreEnvironment, int verbose, int bytesWarning, int quiet, int hashRandomization,
                    int isolated, boolean devMode, int utf8Mode, int warnDefaultEncoding, boolean safePath,
                    int intMaxStrDigits, Map<String, Object> xOptions, List<String> warnOptions) {
    /**
     * No options. hash_randomization 0: str hashes are Java's, the same in every run; utf8_mode 1: gilpy's
     * text I/O is always UTF-8; int_max_str_digits -1: not set (the default limit applies).
     */
    public static final Flags DEFAULT = new Flags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 1, 0, false, -1,
            Map.of(), List.of());

    /** CPython's field names of sys.flags, in the order of the values of {@link #values()}. */
    public static final String[] FIELDS = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
            "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
            "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};

    /** The fields as Java values (Integer or Boolean), in {@link #FIELDS} order. */
    public Object[] values() {
        return new Object[]{debug, inspect, interactive, optimize, dontWriteBytecode, noUserSite, noSite,
                ignoreEnvironment, verbose, bytesWarning, quiet, hashRandomization, isolated, devMode, utf8Mode,
                warnDefaultEncoding, safePath, intMaxStrDigits};
    }

    /** The -X options a child is given, as CPython's subprocess._args_from_interpreter_flags passes them. */
    private static final String[] CHILD_X_OPTIONS = {"faulthandler", "tracemalloc", "importtime", "showrefcount", "utf8"};

    /** The flags of this process's main interpreter (set by the launcher), which its children inherit. */
    public static volatile Flags ofProcess = DEFAULT;

    /**
     * The command-line options that give a child process these flags, as CPython's
     * {@code subprocess._args_from_interpreter_flags} makes them: -O, -d, -B, -S, -v, -b, -q repeated by
     * level, -I (or -E, -s, -P), every -W, and the -X options CPython passes on.
     */
    public List<String> interpreterArgs() {
        List<String> args = new ArrayList<>();
        if (optimize > 0) args.add("-" + "O".repeat(optimize));
        int[] levels = {debug, dontWriteBytecode, noSite, verbose, bytesWarning, quiet};
        String letters = "dBSvbq";
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] > 0) args.add("-" + String.valueOf(letters.charAt(i)).repeat(levels[i]));
        }
        if (isolated > 0) {
            args.add("-I");
        } else {
            if (ignoreEnvironment > 0) args.add("-E");
            if (noUserSite > 0) args.add("-s");
            if (safePath) args.add("-P");
        }
        // (CPython drops the -W entries that -b and -X dev add to sys.warnoptions; gilpy's list has only the
        // user's, so all of them go.)
        for (String w : warnOptions) args.add("-W" + w);
        if (devMode) args.addAll(List.of("-X", "dev"));
        for (String x : CHILD_X_OPTIONS) {
            Object v = xOptions.get(x);
            if (v != null) args.addAll(List.of("-X", v == Boolean.TRUE ? x : x + "=" + v));
        }
        return args;
    }

    /** The flags of a child started with {@link #interpreterArgs} (exactly the options that method makes). */
    public static Flags fromInterpreterArgs(List<String> args) {
        int[] n = new int[128];
        Map<String, Object> x = new LinkedHashMap<>();
        List<String> warn = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-X") && i + 1 < args.size()) {
                String v = args.get(++i);
                int eq = v.indexOf('=');
                if (eq < 0) x.put(v, Boolean.TRUE);
                else x.put(v.substring(0, eq), v.substring(eq + 1));
            } else if (a.startsWith("-W")) {
                warn.add(a.substring(2));
            } else if (a.startsWith("-") && a.length() > 1) {
                for (char c : a.substring(1).toCharArray()) if (c < 128) n[c]++;
            }
        }
        boolean dev = x.containsKey("dev");
        int isolated = n['I'] > 0 ? 1 : 0;
        return new Flags(n['d'], 0, 0, n['O'], n['B'] > 0 ? 1 : 0, n['s'] > 0 || isolated > 0 ? 1 : 0,
                n['S'] > 0 ? 1 : 0, n['E'] > 0 || isolated > 0 ? 1 : 0, n['v'], n['b'], n['q'] > 0 ? 1 : 0, 0,
                isolated, dev, 1, 0, n['P'] > 0 || isolated > 0, -1, Map.copyOf(x), List.copyOf(warn));
    }
}
