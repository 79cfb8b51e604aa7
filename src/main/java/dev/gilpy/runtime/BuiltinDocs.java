package dev.gilpy.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.11's {@code __doc__} and {@code __text_signature__} of the built-ins (functions, types, the
 * types' methods) and of the Java modules' functions, recorded from CPython into the resource
 * builtin_docs.txt by src/build/python/record_builtin_docs.py. Keys: "len", "str.join", "math.sqrt", "int".
 * Read on first use only (help() and __doc__ are rare; start-up does not pay for them).
 */
public final class BuiltinDocs {
    private BuiltinDocs() {}

    private record Entry(String signature, String doc) {}

    private static volatile Map<String, Entry> entries;

    /** The docstring recorded for key, or None. */
    public static PyObject doc(String key) {
        Entry e = table().get(key);
        return e == null || e.doc == null ? PyNone.NONE : new PyStr(e.doc);
    }

    /** The text signature recorded for key ("($self, value, /)"), or None. */
    public static PyObject textSignature(String key) {
        Entry e = table().get(key);
        return e == null || e.signature == null ? PyNone.NONE : new PyStr(e.signature);
    }

    /** The key of a function of module (builtins: the bare name). */
    public static String functionKey(String module, String name) {
        return module == null || module.equals("builtins") ? name : module + "." + name;
    }

    private static Map<String, Entry> table() {
        Map<String, Entry> t = entries;
        if (t == null) {
            synchronized (BuiltinDocs.class) {
                if (entries == null) entries = load();
                t = entries;
            }
        }
        return t;
    }

    private static Map<String, Entry> load() {
        Map<String, Entry> t = new HashMap<>();
        try (InputStream in = BuiltinDocs.class.getResourceAsStream("/dev/gilpy/builtin_docs.txt")) {
            if (in == null) return t;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String key = null, sig = null;
            StringBuilder doc = null;
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("== ")) {
                    if (key != null) t.put(key, new Entry(sig, doc == null ? null : doc.toString()));
                    if (line == null) break;
                    key = line.substring(3);
                    sig = null;
                    doc = null;
                } else if (doc == null && sig == null && line.startsWith("-- ")) {
                    sig = line.substring(3);
                } else if (doc == null) {
                    doc = new StringBuilder(line);
                } else {
                    doc.append('\n').append(line);
                }
            }
        } catch (IOException e) {
            // a jar without the resource: no docstrings, as a CPython built with --without-doc-strings
        }
        return t;
    }
}
