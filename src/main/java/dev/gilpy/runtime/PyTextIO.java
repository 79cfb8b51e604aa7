package dev.gilpy.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text file object (io.TextIOWrapper's face): sys.stdout, sys.stderr, sys.stdin and files from open().
 * Each write() is one synchronized append, so one print() call is never torn by another thread's.
 */
public final class PyTextIO extends PyObject implements OpenFiles.Buffered {
    public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", PyType.OBJECT, null);

    static {
        TYPE.acceptableBase = false;
        TYPE.def("write", new PyMethodDescr(TYPE, "write", (a, k) -> {
            Args.methodRange("write", a, k, 1, 1);
            if (!(a[1] instanceof PyStr s)) {
                throw Exc.typeError("write() argument must be str, not " + a[1].type().name);
            }
            ((PyTextIO) a[0]).write(s.value);
            return PyInt.of(s.length());
        }));
        TYPE.def("flush", new PyMethodDescr(TYPE, "flush", (a, k) -> {
            ((PyTextIO) a[0]).flush();
            return PyNone.NONE;
        }));
        TYPE.def("close", new PyMethodDescr(TYPE, "close", (a, k) -> {
            ((PyTextIO) a[0]).close();
            return PyNone.NONE;
        }));
        TYPE.def("read", new PyMethodDescr(TYPE, "read", (a, k) -> {
            Args.methodRange("read", a, k, 0, 1);
            int n = a.length > 1 && a[1] != PyNone.NONE ? ((PyInt) a[1]).intValue() : -1;
            return new PyStr(((PyTextIO) a[0]).read(n));
        }));
        TYPE.def("readline", new PyMethodDescr(TYPE, "readline", (a, k) -> {
            String line = ((PyTextIO) a[0]).readline();
            return new PyStr(line == null ? "" : line);
        }));
        TYPE.def("readlines", new PyMethodDescr(TYPE, "readlines", (a, k) -> {
            PyList out = new PyList();
            PyTextIO f = (PyTextIO) a[0];
            for (String line; (line = f.readline()) != null; ) out.append(new PyStr(line));
            return out;
        }));
        TYPE.def("writelines", new PyMethodDescr(TYPE, "writelines", (a, k) -> {
            PyObject it = Abstract.iter(a[1]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) ((PyTextIO) a[0]).write(Abstract.strString(v));
            return PyNone.NONE;
        }));
        TYPE.def("isatty", new PyMethodDescr(TYPE, "isatty", (a, k) -> PyBool.of(((PyTextIO) a[0]).tty)));
        TYPE.def("fileno", new PyMethodDescr(TYPE, "fileno", (a, k) -> PyInt.of(((PyTextIO) a[0]).fd)));
        TYPE.def("readable", new PyMethodDescr(TYPE, "readable", (a, k) -> PyBool.of(((PyTextIO) a[0]).in != null)));
        TYPE.def("writable", new PyMethodDescr(TYPE, "writable", (a, k) -> PyBool.of(((PyTextIO) a[0]).out != null)));
        TYPE.def("__enter__", new PyMethodDescr(TYPE, "__enter__", (a, k) -> a[0]));
        TYPE.def("__exit__", new PyMethodDescr(TYPE, "__exit__", (a, k) -> {
            ((PyTextIO) a[0]).close();
            return PyNone.NONE;
        }));
        TYPE.def("__iter__", new PyMethodDescr(TYPE, "__iter__", (a, k) -> a[0]));
        TYPE.def("__next__", new PyMethodDescr(TYPE, "__next__", (a, k) -> {
            PyObject v = a[0].next();
            if (v == null) throw Exc.stopIteration(null);
            return v;
        }));
    }

    public final String name;
    public final String mode;
    private final OutputStream out;
    private final BufferedReader in;
    /** Text not yet written; shared by the text objects over one standard stream (see {@link #sharing}). */
    private final StringBuilder buffer;
    /** Flush at every newline (a terminal), or only when the buffer fills / at flush(). */
    public volatile boolean lineBuffered;
    /** Every write goes out at once (-u, PYTHONUNBUFFERED: CPython's write_through). */
    public volatile boolean writeThrough;
    public final boolean tty;
    private final int fd;
    private volatile boolean closed;

    /**
     * Whether file descriptor 0, 1 or 2 of this process is a terminal (CPython's isatty), decided per
     * descriptor: System.console() looks at stdin and stdout together, and a child's stdin is a pipe.
     */
    public static boolean isTerminal(int fd) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fd <= 1 && System.console() != null;   // no /proc (not Linux): the JVM's own guess
        }
    }

    public PyTextIO(String name, String mode, OutputStream out, InputStream in, boolean lineBuffered, boolean tty, int fd) {
        this.name = name;
        this.mode = mode;
        this.out = out;
        this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.buffer = new StringBuilder();
        this.lineBuffered = lineBuffered;
        this.tty = tty;
        this.fd = fd;
    }

    private PyTextIO(PyTextIO other) {
        this.name = other.name;
        this.mode = other.mode;
        this.out = other.out;
        this.in = other.in;
        this.buffer = other.buffer;
        this.lineBuffered = other.lineBuffered;
        this.writeThrough = other.writeThrough;
        this.tty = other.tty;
        this.fd = other.fd;
    }

    /**
     * Another text object over the same standard stream (a sub-interpreter's sys.stdout): a Python object of its
     * own (attributes, closed state), on the same file descriptor as in CPython. It shares this one's buffer and
     * reader, so the output of all interpreters keeps the order it was written in and input is never read ahead
     * by one and lost to another.
     */
    public PyTextIO sharing() {
        if (fd > 2) throw new IllegalStateException("only a standard stream is shared");
        return new PyTextIO(this);
    }

    @Override
    public PyType type() { return TYPE; }

    public void write(String s) {
        synchronized (buffer) {
            if (closed) throw Exc.valueError("I/O operation on closed file.");
            if (out == null) throw Exc.raise(Exc.OSError, "not writable");
            buffer.append(s);
            if (writeThrough || buffer.length() > 8192 || (lineBuffered && s.indexOf('\n') >= 0)) flush();
        }
    }

    public void flush() {
        synchronized (buffer) {
            if (out == null || buffer.length() == 0) return;
            try {
                out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The reader went away (a closed pipe): drop the output, as CPython does at exit.
            }
            buffer.setLength(0);
        }
    }

    @Override
    public void flushQuietly() {
        if (!closed) flush();
    }

    public void close() {
        synchronized (buffer) {
            if (closed) return;
            flush();
            closed = true;
            try {
                if (out != null && fd > 2) out.close();
                if (in != null && fd > 2) in.close();
            } catch (IOException e) {
                throw Exc.raise(Exc.OSError, e.getMessage());
            }
        }
    }

    public boolean isClosed() { return closed; }

    /** The file descriptor (0, 1, 2 for the standard streams; above 2 for files gilpy opened). */
    public int fd() { return fd; }

    /** One line including its newline; null at end of file. */
    public String readline() {
        if (in == null) throw Exc.raise(Exc.OSError, "not readable");
        if (closed) throw Exc.valueError("I/O operation on closed file.");
        try {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') break;
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, e.getMessage());
        }
    }

    public String read(int n) {
        if (in == null) throw Exc.raise(Exc.OSError, "not readable");
        if (closed) throw Exc.valueError("I/O operation on closed file.");
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            int r;
            while ((n < 0 || sb.length() < n) && (r = in.read(buf, 0, n < 0 ? buf.length : Math.min(buf.length, n - sb.length()))) > 0) {
                sb.append(buf, 0, r);
            }
            return sb.toString();
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, e.getMessage());
        }
    }

    @Override
    public PyObject next() {
        String line = readline();
        return line == null ? null : new PyStr(line);
    }

    @Override
    public PyObject iter() { return this; }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "name" -> new PyStr(name);
            case "mode" -> new PyStr(mode);
            case "closed" -> PyBool.of(closed);
            case "encoding" -> new PyStr("utf-8");
            case "line_buffering" -> PyBool.of(lineBuffered);
            default -> super.lookupAttr(attr);
        };
    }

    @Override
    public PyObject repr() {
        return new PyStr("<_io.TextIOWrapper name=" + PyStr.repr(name) + " mode=" + PyStr.repr(mode)
                + " encoding='utf-8'>");
    }
}
