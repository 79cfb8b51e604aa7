package dev.gilpy.runtime;

/** Argument checking for functions written in Java, with CPython's error wording. */
public final class Args {
    private Args() {}

    public static final String[] NO_KW = new String[0];

    public static int nkw(String[] kwnames) { return kwnames == null ? 0 : kwnames.length; }

    public static void noKw(String fname, String[] kwnames) {
        if (nkw(kwnames) > 0) throw Exc.typeError(fname + "() takes no keyword arguments");
    }

    /** Exactly n positional arguments and no keywords. */
    public static void exact(String fname, PyObject[] args, String[] kwnames, int n) {
        noKw(fname, kwnames);
        if (args.length != n) {
            if (n == 0) throw Exc.typeError(fname + "() takes no arguments (" + args.length + " given)");
            if (n == 1) throw Exc.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
            throw Exc.typeError(fname + " expected " + n + " arguments, got " + args.length);
        }
    }

    /** Between min and max positional arguments, no keywords. */
    public static void range(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKw(fname, kwnames);
        if (args.length < min) {
            throw Exc.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + args.length);
        }
        if (args.length > max) {
            throw Exc.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + args.length);
        }
    }

    /** Method form: args[0] is self and is not counted. */
    public static void methodRange(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKw(fname, kwnames);
        int n = args.length - 1;
        if (n < min || n > max) {
            if (max == 0) throw Exc.typeError(fname + "() takes no arguments (" + n + " given)");
            if (min == max && min == 1) {
                throw Exc.typeError(fname + "() takes exactly one argument (" + n + " given)");
            }
            if (n < min) {
                throw Exc.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                        + ", got " + n);
            }
            throw Exc.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /**
     * Binds positional and keyword arguments to named parameters. The result has one slot per name,
     * null where nothing was given; the first {@code required} names must be given.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        return parse(fname, args, 0, kwnames, names, required, names.length);
    }

    /**
     * As above, starting at args[offset] (1 skips self), with at most maxPositional of the names fillable
     * by position (the rest are keyword-only).
     */
    public static PyObject[] parse(String fname, PyObject[] args, int offset, String[] kwnames, String[] names,
                                   int required, int maxPositional) {
        int nkw = nkw(kwnames);
        int npos = args.length - nkw - offset;
        if (npos > maxPositional) {
            throw Exc.typeError(fname + "() takes at most " + maxPositional + " positional argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, offset, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = 0; i < names.length; i++) if (names[i].equals(kw)) { idx = i; break; }
            if (idx < 0) throw Exc.typeError("'" + kw + "' is an invalid keyword argument for " + fname + "()");
            if (out[idx] != null) {
                throw Exc.typeError("argument for " + fname + "() given by name ('" + kw + "') and position ("
                        + (idx + 1) + ")");
            }
            out[idx] = args[offset + npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Exc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    public static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    /** {first, rest...}: the argument array of a call with a bound self (or cls) in front. */
    public static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] full = new PyObject[rest.length + 1];
        full[0] = first;
        System.arraycopy(rest, 0, full, 1, rest.length);
        return full;
    }
}
