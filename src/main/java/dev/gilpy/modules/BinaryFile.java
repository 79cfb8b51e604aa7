package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;

/**
 * A file open() opened in binary mode: io.BufferedReader ('rb'), io.BufferedWriter ('wb', 'ab', 'xb') or
 * io.BufferedRandom (a '+' mode), with CPython's methods and messages. Reads and writes go through one buffer
 * each (at most one holds data at a time); the logical position is the file's, less what was read ahead, plus
 * what waits to be written.
 */
final class BinaryFile extends PyObject implements OpenFiles.Buffered {
    static final PyType READER = PyType.builtin("BufferedReader", PyType.OBJECT, null);
    static final PyType WRITER = PyType.builtin("BufferedWriter", PyType.OBJECT, null);
    static final PyType RANDOM = PyType.builtin("BufferedRandom", PyType.OBJECT, null);
    private static final int BUFFER = 8192;

    static {
        for (PyType t : new PyType[]{READER, WRITER, RANDOM}) {
            t.module = "_io";
            t.acceptableBase = false;
            methods(t);
        }
    }

    private final PyType type;
    private final String name, mode;
    private final RandomAccessFile raf;
    private final boolean readable, writable, append;
    private boolean closed;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;

    private BinaryFile(PyType type, String name, String mode, RandomAccessFile raf, boolean readable, boolean writable,
                       boolean append) {
        this.type = type;
        this.name = name;
        this.mode = mode;
        this.raf = raf;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /** open(file, mode) for a binary mode already checked by open(): r, w, a or x, maybe with '+'. */
    static BinaryFile open(String file, String mode, String shownMode) throws IOException {
        boolean plus = mode.indexOf('+') >= 0;
        char kind = mode.replaceAll("[b+t]", "").charAt(0);
        RandomAccessFile raf = new RandomAccessFile(OsModule.resolve(file).toFile(), kind == 'r' && !plus ? "r" : "rw");
        if (kind == 'w') raf.setLength(0);
        if (kind == 'a') raf.seek(raf.length());
        boolean readable = kind == 'r' || plus, writable = kind != 'r' || plus;
        PyType t = plus ? RANDOM : kind == 'r' ? READER : WRITER;
        BinaryFile f = new BinaryFile(t, file, shownMode, raf, readable, writable, kind == 'a');
        if (writable) OpenFiles.register(f);
        return f;
    }

    @Override
    public PyType type() { return type; }

    @Override
    public PyObject repr() { return new PyStr("<_io." + type.name + " name=" + PyStr.repr(name) + ">"); }

    private static RuntimeException unsupported(String what) {
        PyObject cls = Abstract.getAttr(Interpreter.get().importModule("io"), "UnsupportedOperation");
        throw ((PyBaseException) Abstract.call(cls, new PyStr(what))).raise();
    }

    private static RuntimeException ioError(IOException e) {
        throw Exc.raise(Exc.OSError, String.valueOf(e.getMessage()));
    }

    private void checkOpen(String msg) {
        if (closed) throw Exc.valueError(msg);
    }

    private void checkReadable() {
        if (!readable) throw unsupported("read");
        checkOpen("read of closed file");
    }

    // ------------------------------------------------------------------ buffers

    private void flushWrites() throws IOException {
        if (wbuf.size() == 0) return;
        if (append) raf.seek(raf.length());
        raf.write(wbuf.toByteArray());
        wbuf.reset();
    }

    /** Gives back what was read ahead, so that the file's position is the logical one. */
    private void dropReadAhead() throws IOException {
        if (rpos < rlen) raf.seek(raf.getFilePointer() - (rlen - rpos));
        rpos = rlen = 0;
    }

    private boolean fill() throws IOException {
        if (rbuf.length < BUFFER) rbuf = new byte[BUFFER];
        int r = raf.read(rbuf, 0, rbuf.length);
        rpos = 0;
        rlen = Math.max(r, 0);
        return r > 0;
    }

    private long tell() throws IOException { return raf.getFilePointer() - (rlen - rpos) + wbuf.size(); }

    @Override
    public void flushQuietly() {
        synchronized (this) {
            if (closed) return;
            try {
                flushWrites();
            } catch (IOException e) {
                // at exit, or before another open(): nothing to report it to
            }
        }
    }

    // ------------------------------------------------------------------ operations

    synchronized byte[] read(long n) throws IOException {
        checkReadable();
        flushWrites();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n < 0) {
            out.write(rbuf, rpos, rlen - rpos);
            rpos = rlen = 0;
            long left = raf.length() - raf.getFilePointer();
            if (left > 0) {
                byte[] rest = new byte[(int) Math.min(left, Integer.MAX_VALUE - 16)];
                int got = raf.read(rest);
                if (got > 0) out.write(rest, 0, got);
            }
            return out.toByteArray();
        }
        while (out.size() < n) {
            if (rpos == rlen && !fill()) break;
            int take = (int) Math.min(n - out.size(), rlen - rpos);
            out.write(rbuf, rpos, take);
            rpos += take;
        }
        return out.toByteArray();
    }

    synchronized byte[] readline(long limit) throws IOException {
        checkReadable();
        flushWrites();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rpos == rlen && !fill()) break;
            byte b = rbuf[rpos++];
            out.write(b);
            if (b == '\n') break;
        }
        return out.toByteArray();
    }

    synchronized int write(byte[] b) throws IOException {
        checkOpen("write to closed file");
        if (!writable) throw unsupported("write");
        dropReadAhead();
        wbuf.write(b);
        if (wbuf.size() >= BUFFER) flushWrites();
        return b.length;
    }

    synchronized long seek(long pos, int whence) throws IOException {
        checkOpen("seek of closed file");
        if (whence < 0 || whence > 2) throw Exc.valueError("whence value " + whence + " unsupported");
        long base = whence == 0 ? 0 : whence == 1 ? tell() : -1;
        flushWrites();
        if (whence == 2) base = raf.length();
        long target = base + pos;
        if (target < 0) throw Exc.osError(Exc.OSError, 22, "Invalid argument", null);
        rpos = rlen = 0;
        raf.seek(target);
        return target;
    }

    synchronized long truncate(Long size) throws IOException {
        checkOpen("truncate of closed file");
        if (!writable) throw unsupported("truncate");
        long at = size == null ? tell() : size;
        flushWrites();
        long pos = tell();
        dropReadAhead();
        raf.setLength(at);
        raf.seek(pos);
        return at;
    }

    synchronized void flush() throws IOException {
        checkOpen("flush of closed file");
        flushWrites();
    }

    synchronized void close() throws IOException {
        if (closed) return;
        try {
            flushWrites();
        } finally {
            closed = true;
            raf.close();
        }
    }

    @Override
    public PyObject iter() {
        checkOpen("I/O operation on closed file.");
        return this;
    }

    @Override
    public PyObject next() {
        try {
            if (closed) throw Exc.valueError("I/O operation on closed file.");
            byte[] line = readline(-1);
            return line.length == 0 ? null : new PyBytes(line);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Override
    public PyObject lookupAttr(String attr) {
        return switch (attr) {
            case "name" -> new PyStr(name);
            case "mode" -> new PyStr(mode);
            case "closed" -> PyBool.of(closed);
            default -> super.lookupAttr(attr);
        };
    }

    // ------------------------------------------------------------------ the Python face

    private interface Op {
        PyObject apply(BinaryFile f, PyObject[] a) throws IOException;
    }

    private static void def(PyType t, String name, int min, int max, Op op) {
        t.def(name, new PyMethodDescr(t, name, (a, k) -> {
            Args.methodRange(name, a, k, min, max);
            try {
                return op.apply((BinaryFile) a[0], a);
            } catch (IOException e) {
                throw ioError(e);
            }
        }));
    }

    private static long size(PyObject[] a, int i) {
        return a.length > i && a[i] != PyNone.NONE ? Abstract.index(a[i], "argument should be integer or None, not '"
                + a[i].type().name + "'") : -1;
    }

    private static byte[] bytesLike(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    private static void methods(PyType t) {
        def(t, "read", 0, 1, (f, a) -> new PyBytes(f.read(size(a, 1))));
        def(t, "read1", 0, 1, (f, a) -> new PyBytes(f.read(size(a, 1))));
        def(t, "readline", 0, 1, (f, a) -> new PyBytes(f.readline(size(a, 1))));
        def(t, "readlines", 0, 1, (f, a) -> {
            long hint = size(a, 1), total = 0;
            PyList out = new PyList();
            for (byte[] line; (line = f.readline(-1)).length > 0; ) {
                out.append(new PyBytes(line));
                total += line.length;
                if (hint > 0 && total >= hint) break;
            }
            return out;
        });
        def(t, "write", 1, 1, (f, a) -> PyInt.of(f.write(bytesLike(a[1]))));
        def(t, "writelines", 1, 1, (f, a) -> {
            PyObject it = Abstract.iter(a[1]);
            for (PyObject v; (v = Abstract.next(it)) != null; ) f.write(bytesLike(v));
            return PyNone.NONE;
        });
        def(t, "seek", 1, 2, (f, a) -> PyInt.of(f.seek(Abstract.index(a[1], "an integer is required"),
                a.length > 2 ? Abstract.index(a[2], "an integer is required") : 0)));
        def(t, "tell", 0, 0, (f, a) -> {
            f.checkOpen("I/O operation on closed file");
            return PyInt.of(f.tell());
        });
        def(t, "truncate", 0, 1, (f, a) -> PyInt.of(f.truncate(a.length > 1 && a[1] != PyNone.NONE
                ? Long.valueOf(Abstract.index(a[1], "an integer is required")) : null)));
        def(t, "flush", 0, 0, (f, a) -> {
            f.flush();
            return PyNone.NONE;
        });
        def(t, "close", 0, 0, (f, a) -> {
            f.close();
            return PyNone.NONE;
        });
        def(t, "readable", 0, 0, (f, a) -> {
            f.checkOpen("I/O operation on closed file.");
            return PyBool.of(f.readable);
        });
        def(t, "writable", 0, 0, (f, a) -> {
            f.checkOpen("I/O operation on closed file.");
            return PyBool.of(f.writable);
        });
        def(t, "seekable", 0, 0, (f, a) -> {
            f.checkOpen("I/O operation on closed file.");
            return PyBool.TRUE;
        });
        def(t, "isatty", 0, 0, (f, a) -> PyBool.FALSE);
        def(t, "__enter__", 0, 0, (f, a) -> {
            f.checkOpen("I/O operation on closed file.");
            return f;
        });
        def(t, "__exit__", 0, 3, (f, a) -> {
            f.close();
            return PyNone.NONE;
        });
        def(t, "__iter__", 0, 0, (f, a) -> f.iter());
        def(t, "__next__", 0, 0, (f, a) -> {
            PyObject v = f.next();
            if (v == null) throw Exc.stopIteration(null);
            return v;
        });
    }
}
