package dev.gilpy.vm;

import java.util.List;
import java.util.Map;

/**
 * What the command line asked for, as {@code sys.flags} reports it (CPython 3.11's fields, in its order),
 * plus {@code sys._xoptions} and {@code sys.warnoptions}. Set once by the launcher before the sys module is
 * made; every other interpreter (sub-interpreters, a multiprocessing child) gets the defaults.
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
}
