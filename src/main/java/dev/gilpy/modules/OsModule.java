package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.io.IOException;
import java.nio.file.*;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The os module and os.path (posixpath). The JVM cannot change its working directory, so chdir is
 * emulated: the os module tracks a current directory that os and os.path functions resolve relative
 * paths against (getcwd reports it), and so does open().
 */
public final class OsModule {
    private OsModule() {}

    /** Process-wide, as in CPython: a chdir in any interpreter moves them all. */
    static volatile String cwd = Path.of("").toAbsolutePath().toString();

    static final PyType ENVIRON = PyType.builtin("_Environ", PyDict.TYPE, null);

    static {
        ENVIRON.module = "os";
        // The mapping methods os.environ needs (dict's own methods may not cover them).
        envMethod("get", (a, k) -> {
            Args.methodRange("get", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        envMethod("pop", (a, k) -> {
            Args.methodRange("pop", a, k, 1, 2);
            PyObject v = ((PyDict) a[0]).remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Exc.keyError(a[1]);
        });
        envMethod("setdefault", (a, k) -> {
            Args.methodRange("setdefault", a, k, 1, 2);
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v != null) return v;
            d.put(a[1], a.length > 2 ? a[2] : PyNone.NONE);
            return d.get(a[1]);
        });
        envMethod("keys", (a, k) -> { PyObject[] v = ((PyDict) a[0]).keysArray(); return new PyList(v, v.length); });
        envMethod("values", (a, k) -> { PyObject[] v = ((PyDict) a[0]).valuesArray(); return new PyList(v, v.length); });
        envMethod("items", (a, k) -> {
            PyList out = new PyList();
            for (var e : ((PyDict) a[0]).entrySnapshot()) out.append(PyTuple.of(e.getKey(), e.getValue()));
            return out;
        });
        envMethod("copy", (a, k) -> ((PyDict) a[0]).copy());
        envMethod("update", (a, k) -> { ((PyDict) a[0]).update(a[1]); return PyNone.NONE; });
    }

    static void envMethod(String name, PyBuiltinFunction.Body body) {
        ENVIRON.def(name, new PyMethodDescr(ENVIRON, name, body));
    }

    static String pathArg(PyObject o, String fname) {
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyBytes b) return new String(b.value, java.nio.charset.StandardCharsets.UTF_8);
        PyObject fs = o.type().lookup("__fspath__");
        if (fs != null) return pathArg(Abstract.callMethod(fs, o), fname);
        throw Exc.typeError(fname + ": path should be string, bytes or os.PathLike, not " + o.type().name);
    }

    static Path resolve(String p) { return Path.of(cwd).resolve(p); }

    static PyException fileError(IOException e, String name) {
        if (e instanceof NoSuchFileException) return Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", name);
        if (e instanceof FileAlreadyExistsException) return Exc.osError(Exc.FileExistsError, 17, "File exists", name);
        if (e instanceof DirectoryNotEmptyException) return Exc.osError(Exc.OSError, 39, "Directory not empty", name);
        if (e instanceof NotDirectoryException) return Exc.osError(Exc.NotADirectoryError, 20, "Not a directory", name);
        if (e instanceof AccessDeniedException) return Exc.osError(Exc.PermissionError, 13, "Permission denied", name);
        return Exc.osError(Exc.OSError, 5, e.getMessage() == null ? "Input/output error" : e.getMessage(), name);
    }

    interface IoAction { void run() throws IOException; }

    static void io(String name, IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw fileError(e, name);
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("os");
        m.set("name", new PyStr("posix"));
        m.set("sep", new PyStr("/"));
        m.set("altsep", PyNone.NONE);
        m.set("extsep", new PyStr("."));
        m.set("pathsep", new PyStr(":"));
        m.set("linesep", new PyStr("\n"));
        m.set("curdir", new PyStr("."));
        m.set("pardir", new PyStr(".."));
        m.set("devnull", new PyStr("/dev/null"));
        m.set("error", Exc.OSError);
        m.set("F_OK", PyInt.of(0));
        m.set("R_OK", PyInt.of(4));
        m.set("W_OK", PyInt.of(2));
        m.set("X_OK", PyInt.of(1));

        PyDict env = new PyDict(ENVIRON) {
            @Override
            public PyObject repr() { return new PyStr("environ(" + super.repr() + ")"); }
        };
        for (Map.Entry<String, String> e : System.getenv().entrySet()) env.put(new PyStr(e.getKey()), new PyStr(e.getValue()));
        m.set("environ", env);
        m.def("getenv", (a, k) -> {
            PyObject[] p = Args.parse("getenv", a, 0, k, new String[]{"key", "default"}, 1, 2);
            if (!(p[0] instanceof PyStr)) throw Exc.typeError("str expected, not " + p[0].type().name);
            PyObject v = env.get(p[0]);
            return v != null ? v : Args.orNone(p[1]);
        });
        m.def("putenv", (a, k) -> { Args.exact("putenv", a, k, 2); env.put(a[0], a[1]); return PyNone.NONE; });
        m.def("unsetenv", (a, k) -> { Args.exact("unsetenv", a, k, 1); env.remove(a[0]); return PyNone.NONE; });
        m.def("getpid", (a, k) -> { Args.exact("getpid", a, k, 0); return PyInt.of(ProcessHandle.current().pid()); });
        m.def("kill", (a, k) -> {
            Args.exact("kill", a, k, 2);
            long pid = Abstract.indexLong(a[0], "'" + a[0].type().name + "' object cannot be interpreted as an integer");
            int sig = Abstract.index(a[1], "'" + a[1].type().name + "' object cannot be interpreted as an integer");
            kill(pid, sig);
            return PyNone.NONE;
        });
        m.def("_exit", (a, k) -> {
            // As CPython: ends the process at once, without exit hooks or flushing buffered output.
            Args.exact("_exit", a, k, 1);
            Runtime.getRuntime().halt(Abstract.index(a[0], "'" + a[0].type().name + "' object cannot be interpreted as an integer"));
            return PyNone.NONE;
        });
        m.def("getppid", (a, k) -> {
            Args.exact("getppid", a, k, 0);
            return PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L));
        });
        m.def("cpu_count", (a, k) -> { Args.exact("cpu_count", a, k, 0); return PyInt.of(Runtime.getRuntime().availableProcessors()); });
        m.def("getcwd", (a, k) -> { Args.exact("getcwd", a, k, 0); return new PyStr(cwd); });
        m.def("fspath", (a, k) -> {
            Args.exact("fspath", a, k, 1);
            if (a[0] instanceof PyStr || a[0] instanceof PyBytes) return a[0];
            PyObject fs = a[0].type().lookup("__fspath__");
            if (fs == null) throw Exc.typeError("expected str, bytes or os.PathLike object, not " + a[0].type().name);
            return Abstract.callMethod(fs, a[0]);
        });
        m.def("chdir", (a, k) -> {
            Args.exact("chdir", a, k, 1);
            String p = pathArg(a[0], "chdir");
            Path target = resolve(p).normalize();
            if (!Files.exists(target)) throw Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", p);
            if (!Files.isDirectory(target)) throw Exc.osError(Exc.NotADirectoryError, 20, "Not a directory", p);
            cwd = target.toString();
            return PyNone.NONE;
        });
        m.def("listdir", (a, k) -> {
            Args.range("listdir", a, k, 0, 1);
            String p = a.length == 0 || a[0] == PyNone.NONE ? "." : pathArg(a[0], "listdir");
            Path dir = resolve(p);
            if (!Files.exists(dir)) throw Exc.osError(Exc.FileNotFoundError, 2, "No such file or directory", p);
            if (!Files.isDirectory(dir)) throw Exc.osError(Exc.NotADirectoryError, 20, "Not a directory", p);
            PyList out = new PyList();
            io(p, () -> {
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                    for (Path e : ds) out.append(new PyStr(e.getFileName().toString()));
                }
            });
            return out;
        });
        m.def("mkdir", (a, k) -> {
            PyObject[] p = Args.parse("mkdir", a, 0, k, new String[]{"path", "mode"}, 1, 2);
            String s = pathArg(p[0], "mkdir");
            io(s, () -> Files.createDirectory(resolve(s)));
            return PyNone.NONE;
        });
        m.def("makedirs", (a, k) -> {
            PyObject[] p = Args.parse("makedirs", a, 0, k, new String[]{"name", "mode", "exist_ok"}, 1, 3);
            String s = pathArg(p[0], "makedirs");
            Path target = resolve(s);
            boolean existOk = p[2] != null && Abstract.isTrue(p[2]);
            if (Files.exists(target)) {
                if (existOk && Files.isDirectory(target)) return PyNone.NONE;
                throw Exc.osError(Exc.FileExistsError, 17, "File exists", s);
            }
            io(s, () -> Files.createDirectories(target));
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body remove = (a, k) -> {
            Args.exact("remove", a, k, 1);
            String s = pathArg(a[0], "remove");
            Path target = resolve(s);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) throw Exc.osError(Exc.IsADirectoryError, 21, "Is a directory", s);
            io(s, () -> Files.delete(target));
            return PyNone.NONE;
        };
        m.def("remove", remove);
        m.def("unlink", remove);
        m.def("rmdir", (a, k) -> {
            Args.exact("rmdir", a, k, 1);
            String s = pathArg(a[0], "rmdir");
            Path target = resolve(s);
            if (Files.exists(target) && !Files.isDirectory(target)) throw Exc.osError(Exc.NotADirectoryError, 20, "Not a directory", s);
            io(s, () -> Files.delete(target));
            return PyNone.NONE;
        });
        PyBuiltinFunction.Body rename = (a, k) -> {
            Args.exact("rename", a, k, 2);
            String s = pathArg(a[0], "rename"), d = pathArg(a[1], "rename");
            try {
                Files.move(resolve(s), resolve(d), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                PyException pe = fileError(e, s);
                pe.value.getDict().put(new PyStr("filename2"), new PyStr(d));
                throw pe;
            }
            return PyNone.NONE;
        };
        m.def("rename", rename);
        m.def("replace", rename);
        m.def("urandom", (a, k) -> {
            Args.exact("urandom", a, k, 1);
            int n = MathModule.toInt(a[0]).intValue();
            if (n < 0) throw Exc.valueError("negative argument not allowed");
            byte[] b = new byte[n];
            new SecureRandom().nextBytes(b);
            return new PyBytes(b);
        });
        m.def("access", (a, k) -> {
            PyObject[] p = Args.parse("access", a, 0, k, new String[]{"path", "mode"}, 2, 2);
            Path t = resolve(pathArg(p[0], "access"));
            int mode = MathModule.toInt(p[1]).intValue();
            boolean ok = Files.exists(t);
            if ((mode & 4) != 0) ok &= Files.isReadable(t);
            if ((mode & 2) != 0) ok &= Files.isWritable(t);
            if ((mode & 1) != 0) ok &= Files.isExecutable(t);
            return PyBool.of(ok);
        });
        m.def("walk", (a, k) -> {
            PyObject[] p = Args.parse("walk", a, 0, k, new String[]{"top", "topdown", "onerror", "followlinks"}, 1, 4);
            String top = pathArg(p[0], "walk");
            boolean topdown = p[1] == null || Abstract.isTrue(p[1]);
            List<PyObject> out = new ArrayList<>();
            walk(top, topdown, out);
            return Abstract.iter(new PyList(out.toArray(new PyObject[0]), out.size()));
        });
        m.def("strerror", (a, k) -> {
            Args.exact("strerror", a, k, 1);
            int code = MathModule.toInt(a[0]).intValue();
            return new PyStr(switch (code) {
                case 2 -> "No such file or directory";
                case 13 -> "Permission denied";
                case 17 -> "File exists";
                case 20 -> "Not a directory";
                case 21 -> "Is a directory";
                case 39 -> "Directory not empty";
                default -> "Unknown error " + code;
            });
        });

        PyModule path = PathModule.create(interp);
        m.set("path", path);
        interp.modules.put(new PyStr("os.path"), path);
        return m;
    }

    static void walk(String top, boolean topdown, List<PyObject> out) {
        Path dir = resolve(top);
        if (!Files.isDirectory(dir)) return;
        PyList dirs = new PyList(), files = new PyList();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                PyStr n = new PyStr(e.getFileName().toString());
                if (Files.isDirectory(e)) dirs.append(n); else files.append(n);
            }
        } catch (IOException e) {
            return;
        }
        PyTuple entry = PyTuple.of(new PyStr(top), dirs, files);
        if (topdown) out.add(entry);
        for (PyObject d : dirs.toArray()) walk(PathModule.join(top, ((PyStr) d).value), topdown, out);
        if (!topdown) out.add(entry);
    }

    /** os.path, written after posixpath's documented behaviour. */
    static final class PathModule {
        static String join(String a, String... rest) {
            StringBuilder sb = new StringBuilder(a);
            for (String b : rest) {
                if (b.startsWith("/")) { sb.setLength(0); sb.append(b); }
                else if (sb.length() == 0 || sb.charAt(sb.length() - 1) == '/') sb.append(b);
                else sb.append('/').append(b);
            }
            return sb.toString();
        }

        static String[] split(String p) {
            int i = p.lastIndexOf('/') + 1;
            String head = p.substring(0, i), tail = p.substring(i);
            if (!head.isEmpty() && !head.matches("/+")) head = head.replaceAll("/+$", "");
            return new String[]{head, tail};
        }

        static String[] splitext(String p) {
            int sep = p.lastIndexOf('/');
            int dot = p.lastIndexOf('.');
            if (dot > sep) {
                int fi = sep + 1;
                while (fi < dot) {
                    if (p.charAt(fi) != '.') return new String[]{p.substring(0, dot), p.substring(dot)};
                    fi++;
                }
            }
            return new String[]{p, ""};
        }

        static String normpath(String p) {
            if (p.isEmpty()) return ".";
            int initial = p.startsWith("/") ? (p.startsWith("//") && !p.startsWith("///") ? 2 : 1) : 0;
            List<String> parts = new ArrayList<>();
            for (String c : p.split("/")) {
                if (c.isEmpty() || c.equals(".")) continue;
                if (!c.equals("..") || (initial == 0 && parts.isEmpty()) || (!parts.isEmpty() && parts.get(parts.size() - 1).equals(".."))) {
                    parts.add(c);
                } else if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            }
            String s = "/".repeat(initial) + String.join("/", parts);
            return s.isEmpty() ? "." : s;
        }

        static String abspath(String p) {
            if (!p.startsWith("/")) p = join(cwd, p);
            return normpath(p);
        }

        static String expanduser(String p) {
            if (!p.startsWith("~")) return p;
            int i = p.indexOf('/', 1);
            if (i < 0) i = p.length();
            String home;
            if (i == 1) {
                home = System.getenv("HOME");
                if (home == null) home = System.getProperty("user.home");
            } else {
                return p;
            }
            home = home.replaceAll("/+$", "");
            String r = home + p.substring(i);
            return r.isEmpty() ? "/" : r;
        }

        static PyStr s(String v) { return new PyStr(v); }

        /** posixpath.commonpath: the longest common sub-path (whole components), absolute or relative. */
        static String commonpath(PyObject[] items) {
            List<List<String>> split = new ArrayList<>();
            Boolean absolute = null;
            for (PyObject o : items) {
                String p = pathArg(o, "commonpath");
                boolean abs = p.startsWith("/");
                if (absolute != null && absolute != abs) throw Exc.valueError("Can't mix absolute and relative paths");
                absolute = abs;
                List<String> parts = new ArrayList<>();
                for (String c : p.split("/")) if (!c.isEmpty() && !c.equals(".")) parts.add(c);
                split.add(parts);
            }
            List<String> common = split.get(0);
            for (List<String> parts : split) {
                int i = 0;
                while (i < common.size() && i < parts.size() && common.get(i).equals(parts.get(i))) i++;
                common = common.subList(0, i);
            }
            return (absolute ? "/" : "") + String.join("/", common);
        }

        static String arg(PyObject[] a, int i, String fname) {
            return pathArg(a[i], fname);
        }

        interface PathPred { boolean test(Path p); }

        static void pred(PyModule m, String name, PathPred pred) {
            m.def(name, (a, k) -> {
                Args.exact(name, a, k, 1);
                if (!(a[0] instanceof PyStr || a[0] instanceof PyBytes) && a[0].type().lookup("__fspath__") == null) {
                    if (a[0] instanceof PyInt) return PyBool.FALSE;
                    throw Exc.typeError("stat: path should be string, bytes, os.PathLike or integer, not " + a[0].type().name);
                }
                String p = pathArg(a[0], name);
                if (p.isEmpty()) return PyBool.FALSE;
                try {
                    return PyBool.of(pred.test(resolve(p)));
                } catch (InvalidPathException e) {
                    return PyBool.FALSE;
                }
            });
        }

        static BasicFileAttributes attrs(String p) {
            try {
                return Files.readAttributes(resolve(p), BasicFileAttributes.class);
            } catch (IOException e) {
                throw fileError(e, p);
            }
        }

        static PyModule create(Interpreter interp) {
            PyModule m = new PyModule("posixpath");
            m.set("sep", s("/"));
            m.set("altsep", PyNone.NONE);
            m.set("extsep", s("."));
            m.set("pathsep", s(":"));
            m.set("curdir", s("."));
            m.set("pardir", s(".."));
            m.set("devnull", s("/dev/null"));
            m.def("join", (a, k) -> {
                Args.noKw("join", k);
                if (a.length == 0) throw Exc.typeError("join() missing 1 required positional argument: 'a'");
                String[] rest = new String[a.length - 1];
                for (int i = 1; i < a.length; i++) {
                    if (!(a[i] instanceof PyStr)) {
                        throw Exc.typeError("join() argument must be str, bytes, or os.PathLike object, not '" + a[i].type().name + "'");
                    }
                    rest[i - 1] = ((PyStr) a[i]).value;
                }
                if (!(a[0] instanceof PyStr)) throw Exc.typeError("expected str, bytes or os.PathLike object, not " + a[0].type().name);
                return s(join(((PyStr) a[0]).value, rest));
            });
            m.def("split", (a, k) -> {
                Args.exact("split", a, k, 1);
                String[] r = split(arg(a, 0, "split"));
                return PyTuple.of(s(r[0]), s(r[1]));
            });
            m.def("splitext", (a, k) -> {
                Args.exact("splitext", a, k, 1);
                String[] r = splitext(arg(a, 0, "splitext"));
                return PyTuple.of(s(r[0]), s(r[1]));
            });
            m.def("basename", (a, k) -> {
                Args.exact("basename", a, k, 1);
                String p = arg(a, 0, "basename");
                return s(p.substring(p.lastIndexOf('/') + 1));
            });
            m.def("dirname", (a, k) -> { Args.exact("dirname", a, k, 1); return s(split(arg(a, 0, "dirname"))[0]); });
            m.def("isabs", (a, k) -> { Args.exact("isabs", a, k, 1); return PyBool.of(arg(a, 0, "isabs").startsWith("/")); });
            m.def("normpath", (a, k) -> { Args.exact("normpath", a, k, 1); return s(normpath(arg(a, 0, "normpath"))); });
            m.def("abspath", (a, k) -> { Args.exact("abspath", a, k, 1); return s(abspath(arg(a, 0, "abspath"))); });
            m.def("realpath", (a, k) -> {
                Args.range("realpath", a, k, 1, 1);
                String abs = abspath(arg(a, 0, "realpath"));
                try {
                    return s(Path.of(abs).toRealPath().toString());
                } catch (IOException e) {
                    return s(abs);
                }
            });
            m.def("expanduser", (a, k) -> { Args.exact("expanduser", a, k, 1); return s(expanduser(arg(a, 0, "expanduser"))); });
            m.def("relpath", (a, k) -> {
                Args.range("relpath", a, k, 1, 2);
                String p = arg(a, 0, "relpath");
                if (p.isEmpty()) throw Exc.valueError("no path specified");
                String start = a.length > 1 && a[1] != PyNone.NONE ? arg(a, 1, "relpath") : ".";
                Path base = Path.of(abspath(start)), target = Path.of(abspath(p));
                String r = base.relativize(target).toString();
                return s(r.isEmpty() ? "." : r);
            });
            m.def("commonprefix", (a, k) -> {
                Args.exact("commonprefix", a, k, 1);
                PyObject[] items = Abstract.toArray(a[0]);
                if (items.length == 0) return s("");
                String pre = Abstract.strString(items[0]);
                for (PyObject o : items) {
                    String x = Abstract.strString(o);
                    int i = 0;
                    while (i < pre.length() && i < x.length() && pre.charAt(i) == x.charAt(i)) i++;
                    pre = pre.substring(0, i);
                }
                return s(pre);
            });
            m.def("normcase", (a, k) -> { Args.exact("normcase", a, k, 1); return s(arg(a, 0, "normcase")); });
            m.def("splitdrive", (a, k) -> {
                Args.exact("splitdrive", a, k, 1);
                return PyTuple.of(s(""), s(arg(a, 0, "splitdrive")));
            });
            m.def("commonpath", (a, k) -> {
                Args.exact("commonpath", a, k, 1);
                PyObject[] items = Abstract.toArray(a[0]);
                if (items.length == 0) throw Exc.valueError("commonpath() arg is an empty sequence");
                return s(commonpath(items));
            });
            m.def("samefile", (a, k) -> {
                Args.exact("samefile", a, k, 2);
                String p1 = arg(a, 0, "samefile"), p2 = arg(a, 1, "samefile");
                try {
                    return PyBool.of(Files.isSameFile(resolve(p1), resolve(p2)));
                } catch (IOException e) {
                    throw fileError(e, Files.exists(resolve(p1)) ? p2 : p1);
                }
            });
            pred(m, "exists", p -> Files.exists(p));
            pred(m, "lexists", p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS));
            pred(m, "isfile", p -> Files.isRegularFile(p));
            pred(m, "isdir", p -> Files.isDirectory(p));
            pred(m, "islink", p -> Files.isSymbolicLink(p));
            m.def("getsize", (a, k) -> { Args.exact("getsize", a, k, 1); return PyInt.of(attrs(arg(a, 0, "getsize")).size()); });
            m.def("getmtime", (a, k) -> {
                Args.exact("getmtime", a, k, 1);
                return new PyFloat(attrs(arg(a, 0, "getmtime")).lastModifiedTime().toMillis() / 1000.0);
            });
            m.def("getatime", (a, k) -> {
                Args.exact("getatime", a, k, 1);
                return new PyFloat(attrs(arg(a, 0, "getatime")).lastAccessTime().toMillis() / 1000.0);
            });
            m.def("getctime", (a, k) -> {
                Args.exact("getctime", a, k, 1);
                return new PyFloat(attrs(arg(a, 0, "getctime")).creationTime().toMillis() / 1000.0);
            });
            return m;
        }
    }

    /**
     * os.kill: to this process, the signal is delivered as the OS would by its current disposition (a
     * Python handler has run when kill returns in the main thread, as in CPython); to another process,
     * kill(1) sends it (the JVM can signal only its own children, and only TERM or KILL).
     */
    static void kill(long pid, int sig) {
        if (sig < 0 || sig >= dev.gilpy.concurrent.SignalTrap.NSIG) throw errno(Exc.OSError, 22, "Invalid argument");
        if (pid == ProcessHandle.current().pid() && sig != 0) {
            if (sig == 9 || sig == 19 || dev.gilpy.concurrent.SignalTrap.name(sig) == null) {
                sendWithKill(pid, sig);
                return;
            }
            SignalModule.deliver(sig);
            dev.gilpy.concurrent.SignalTrap.dispatchPending();
            return;
        }
        sendWithKill(pid, sig);
    }

    private static void sendWithKill(long pid, int sig) {
        if (pid > 0 && ProcessHandle.of(pid).isEmpty()) throw errno(Exc.ProcessLookupError, 3, "No such process");
        if (sig == 0) return;
        try {
            Process p = new ProcessBuilder("kill", "-s", Integer.toString(sig), "--", Long.toString(pid))
                    .redirectErrorStream(true).start();
            String msg = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                if (msg.contains("ermitted")) throw errno(Exc.PermissionError, 1, "Operation not permitted");
                throw errno(Exc.ProcessLookupError, 3, "No such process");
            }
        } catch (java.io.IOException e) {
            throw errno(Exc.OSError, 38, "Function not implemented");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static dev.gilpy.runtime.PyException errno(dev.gilpy.runtime.PyType t, int errno, String text) {
        return new dev.gilpy.runtime.PyBaseException(t, PyInt.of(errno), new PyStr(text)).raise();
    }
}
