package dev.gilpy.repl;

import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyType;
import dev.gilpy.vm.Interpreter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Tab completion for the REPL: names (globals, builtins), keywords, attributes after a dot, REPL
 * commands after a leading colon, and file paths after {@code :run}. Also the JLine parser, which
 * only cuts out the word under the cursor: the REPL itself decides when an input is complete.
 */
final class Completion implements Completer, Parser {
    static final List<String> KEYWORDS = List.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private final Interpreter interp;
    private final PyDict globals;
    private final List<String> commands;

    Completion(Interpreter interp, PyDict globals, List<String> commands) {
        this.interp = interp;
        this.globals = globals;
        this.commands = commands;
    }

    // ------------------------------------------------------------------ the parser

    /** The word under the cursor: a path after ":run", a command after ":", else a dotted name. */
    static int wordStart(String before) {
        if (before.startsWith(":")) {
            int sp = before.lastIndexOf(' ');
            return sp < 0 ? 0 : sp + 1;
        }
        int i = before.length();
        while (i > 0) {
            char c = before.charAt(i - 1);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.') i--;
            else break;
        }
        return i;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int cur = Math.max(0, Math.min(cursor, line.length()));
        String before = line.substring(0, cur);
        int start = wordStart(before);
        int end = cur;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && "()[]{},;:=+-*/%<>!&|^~'\"".indexOf(line.charAt(end)) < 0) end++;
        String word = line.substring(start, end);
        int wordCursor = cur - start;
        return new CompletingParsedLine() {
            @Override public String word() { return word; }
            @Override public int wordCursor() { return wordCursor; }
            @Override public int wordIndex() { return 0; }
            @Override public List<String> words() { return List.of(word); }
            @Override public String line() { return line; }
            @Override public int cursor() { return cur; }
            @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
            @Override public int rawWordCursor() { return wordCursor; }
            @Override public int rawWordLength() { return word.length(); }
        };
    }

    // ------------------------------------------------------------------ the completer

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        String before = line.line().substring(0, line.cursor());
        String prefix = line.word().substring(0, line.wordCursor());
        boolean paths = before.startsWith(":");
        for (String s : candidates(before, prefix)) {
            boolean complete = paths && !s.endsWith("/");
            out.add(new Candidate(s, display(s, paths), null, null, null, null, complete));
        }
    }

    /** What the list shows: a file's whole name (a directory with '/'), or a dotted name's last part. */
    static String display(String s, boolean path) {
        if (path) {
            String t = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
            return t.substring(t.lastIndexOf('/') + 1) + (s.endsWith("/") ? "/" : "");
        }
        return s.substring(s.lastIndexOf('.') + 1);
    }

    /** `import a.b`, `from a.b`, `import x, a.b`: the word under the cursor is a module name. */
    private static final java.util.regex.Pattern MODULE_POSITION =
            java.util.regex.Pattern.compile("\\s*(import\\s+([\\w.]+\\s*,\\s*)*|from\\s+)[\\w.]*");

    /** The modules importable now: gilpy's built-in and library modules, and *.py files and packages on sys.path. */
    private List<String> moduleNames() {
        TreeSet<String> names = new TreeSet<>(interp.builtinModuleNames());
        for (PyObject d : interp.path.toArray()) {
            String dir = d instanceof PyStr s ? s.value : "";
            if (dir.startsWith(Interpreter.LIB_PREFIX)) {
                names.addAll(libraryModuleNames());
                continue;
            }
            try (Stream<Path> s = Files.list(Path.of(dir.isEmpty() ? "." : dir))) {
                s.forEach(p -> {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".py")) names.add(n.substring(0, n.length() - 3));
                    else if (Files.isRegularFile(p.resolve("__init__.py"))) names.add(n);
                });
            } catch (IOException | RuntimeException e) {
                // An unreadable directory has no modules to offer.
            }
        }
        names.removeIf(n -> !n.matches("[A-Za-z_]\\w*"));
        return new ArrayList<>(names);
    }

    /** Completions of {@code prefix}, the word that ends {@code before} (the line up to the cursor). */
    List<String> candidates(String before, String prefix) {
        TreeSet<String> res = new TreeSet<>();
        if (before.startsWith(":")) {
            if (before.indexOf(' ') < 0) {
                for (String c : commands) if (c.startsWith(prefix)) res.add(c);
            } else if (before.startsWith(":run ")) {
                res.addAll(paths(prefix));
            }
            return new ArrayList<>(res);
        }
        if (MODULE_POSITION.matcher(before).matches() && prefix.indexOf('.') < 0) {
            for (String n : moduleNames()) if (n.startsWith(prefix)) res.add(n);
            return new ArrayList<>(res);
        }
        int dot = prefix.lastIndexOf('.');
        if (dot < 0) {
            for (String k : KEYWORDS) if (k.startsWith(prefix)) res.add(k);
            addNames(res, globals, prefix, "");
            addNames(res, interp.builtinsDict, prefix, "");
            return new ArrayList<>(res);
        }
        String head = prefix.substring(0, dot);
        String tail = prefix.substring(dot + 1);
        PyObject obj = resolve(head);
        if (obj == null) return List.of();
        for (String n : attributeNames(obj)) {
            if (n.startsWith(tail) && (tail.startsWith("_") || !n.startsWith("_"))) res.add(head + "." + n);
        }
        return new ArrayList<>(res);
    }

    private static void addNames(TreeSet<String> res, PyDict d, String prefix, String qual) {
        if (d == null) return;
        for (PyObject k : d.keysArray()) {
            if (k instanceof PyStr s && s.value.startsWith(prefix) && (prefix.startsWith("_") || !s.value.startsWith("_"))) {
                res.add(qual + s.value);
            }
        }
    }

    /**
     * The object a plain dotted name refers to, found without running any Python code: module and
     * instance dictionaries and type attributes only (no properties, no __getattr__). Null if unknown.
     */
    PyObject resolve(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        for (String p : parts) if (p.isEmpty() || !Character.isJavaIdentifierStart(p.charAt(0))) return null;
        PyObject o = globals.get(new PyStr(parts[0]));
        if (o == null && interp.builtinsDict != null) o = interp.builtinsDict.get(new PyStr(parts[0]));
        for (int i = 1; i < parts.length && o != null; i++) o = plainAttr(o, parts[i]);
        return o;
    }

    static PyObject plainAttr(PyObject o, String name) {
        if (o instanceof PyModule m) return m.get(name);
        PyDict d = safeDict(o);
        if (d != null) {
            PyObject v = d.get(new PyStr(name));
            if (v != null) return v;
        }
        if (o instanceof PyType t) return t.lookup(name);
        return null;
    }

    private static PyDict safeDict(PyObject o) {
        try {
            return o.getDict();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<String> attributeNames(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = safeDict(o);
        if (d != null) for (PyObject k : d.keysArray()) if (k instanceof PyStr s) names.add(s.value);
        if (!(o instanceof PyModule)) {
            PyType t = o instanceof PyType pt ? pt : o.type();
            for (PyType c : t.mro()) names.addAll(c.ownAttrNames());
        }
        return new ArrayList<>(names);
    }

    /** The modules of gilpy's library written in Python (resources under dev/gilpy/lib), read once. */
    static synchronized List<String> libraryModuleNames() {
        if (libraryModules == null) {
            List<String> names = new ArrayList<>();
            try {
                java.net.URI uri = Interpreter.class.getResource("/dev/gilpy/lib/threading.py").toURI();
                Path lib;
                if (uri.getScheme().equals("jar")) {
                    java.nio.file.FileSystem fs;
                    try {
                        fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                        fs = java.nio.file.FileSystems.getFileSystem(uri);
                    }
                    lib = fs.getPath("/dev/gilpy/lib");
                } else {
                    lib = Path.of(uri).getParent();
                }
                try (Stream<Path> s = Files.list(lib)) {
                    s.forEach(p -> {
                        String n = p.getFileName().toString().replaceAll("/$", "");
                        names.add(n.endsWith(".py") ? n.substring(0, n.length() - 3) : n);
                    });
                }
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                // Completion only: without the listing, library modules are not offered.
            }
            libraryModules = List.copyOf(names);
        }
        return libraryModules;
    }

    private static List<String> libraryModules;

    /** The golden tests' expectation files next to scripts (x.out, x.err, x.code, x.out.re): never run. */
    private static final java.util.regex.Pattern TEST_EXPECTATIONS = java.util.regex.Pattern.compile("\\.(out|err|code|re)$");

    /** File and directory names completing {@code prefix}; directories end with '/'. */
    static List<String> paths(String prefix) {
        int slash = prefix.lastIndexOf('/');
        String dirPart = slash < 0 ? "" : prefix.substring(0, slash + 1);
        String namePart = prefix.substring(slash + 1);
        String expanded = dirPart.startsWith("~/") ? Repl.home() + dirPart.substring(1) : dirPart;
        Path dir = Path.of(expanded.isEmpty() ? "." : expanded);
        List<String> res = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(p -> {
                String n = p.getFileName().toString();
                if (!n.startsWith(namePart) || (n.startsWith(".") && !namePart.startsWith("."))) return;
                if (TEST_EXPECTATIONS.matcher(n).find() && !Files.isDirectory(p)) return;
                res.add(dirPart + n + (Files.isDirectory(p) ? "/" : ""));
            });
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        res.sort(null);
        return res;
    }
}
