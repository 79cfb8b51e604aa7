package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * zlib on java.util.zip, which wraps the zlib library itself: at the same level and strategy the deflate
 * stream is byte-for-byte CPython's. The gzip container (wbits 16+15, and 32+15 to detect it when reading) is
 * written and parsed here, since Deflater only knows zlib and raw streams. Java's Deflater has no window-size
 * setting, so only the 32 KiB window (wbits 15) is offered for compressing; decompressing takes any window.
 */
public final class ZlibModule {
    private ZlibModule() {}

    public static final PyType ERROR = PyType.builtin("error", Exc.Exception, PyBaseException::new);
    static final PyType COMPRESS = PyType.builtin("Compress", PyType.OBJECT, null);
    static final PyType DECOMPRESS = PyType.builtin("Decompress", PyType.OBJECT, null);

    static {
        ERROR.module = "zlib";
        ERROR.constructor = (cls, args, kw) -> {
            PyBaseException e = new PyBaseException(cls);
            e.args = new PyTuple(args.clone());
            return e;
        };
        COMPRESS.module = "zlib";
        DECOMPRESS.module = "zlib";
        COMPRESS.constructor = (cls, a, k) -> { throw Exc.typeError("cannot create 'zlib.Compress' instances"); };
        DECOMPRESS.constructor = (cls, a, k) -> { throw Exc.typeError("cannot create 'zlib.Decompress' instances"); };
    }

    static RuntimeException error(String msg) { return new PyBaseException(ERROR, new PyStr(msg)).raise(); }

    static byte[] data(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : (int) Abstract.indexLong(o, "an integer is required");
    }

    /** The container a wbits value names. */
    enum Wrap { ZLIB, RAW, GZIP, AUTO }

    static Wrap compressWrap(int wbits) {
        if (wbits == 15) return Wrap.ZLIB;
        if (wbits == -15) return Wrap.RAW;
        if (wbits == 31) return Wrap.GZIP;
        if ((wbits >= 9 && wbits <= 14) || (wbits >= -14 && wbits <= -9) || (wbits >= 25 && wbits <= 30)) {
            throw error("Error -2 while compressing data: gilpy compresses with a 32 KiB window only (wbits 15, -15 or 31)");
        }
        throw Exc.valueError("Invalid initialization option");
    }

    static Wrap decompressWrap(int wbits) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) return Wrap.ZLIB;
        if (wbits >= -15 && wbits <= -8) return Wrap.RAW;
        if (wbits >= 24 && wbits <= 31) return Wrap.GZIP;
        if (wbits >= 40 && wbits <= 47) return Wrap.AUTO;
        throw error("Error -2 while preparing to decompress data: inconsistent stream state");
    }

    /** A deflate stream in progress, with the gzip header and trailer when asked for. */
    static final class Compressor {
        final Deflater deflater;
        final boolean gzip;
        final int level;
        final CRC32 crc = new CRC32();
        long size;
        boolean headerDone, finished;

        Compressor(int level, int wbits, int strategy) {
            if (level < -1 || level > 9) throw error("Bad compression level");
            Wrap w = compressWrap(wbits);
            this.level = level;
            this.gzip = w == Wrap.GZIP;
            deflater = new Deflater(level, w != Wrap.ZLIB);
            switch (strategy) {
                case 0 -> deflater.setStrategy(Deflater.DEFAULT_STRATEGY);
                case 1 -> deflater.setStrategy(Deflater.FILTERED);
                case 2 -> deflater.setStrategy(Deflater.HUFFMAN_ONLY);
                default -> throw Exc.valueError("Invalid initialization option");
            }
        }

        private void header(ByteArrayOutputStream out) {
            if (!gzip || headerDone) return;
            headerDone = true;
            // zlib's own gzip header: no name, no time; XFL says best (2) or fastest (4) compression; OS 3 (Unix).
            int xfl = level == 9 ? 2 : level == 1 || level == 0 ? 4 : 0;
            out.writeBytes(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
        }

        byte[] compress(byte[] in) {
            if (finished) throw error("Error -2 while compressing data: inconsistent stream state");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            if (gzip) {
                crc.update(in);
                size += in.length;
            }
            deflater.setInput(in);
            byte[] buf = new byte[Math.max(64, Math.min(in.length + 64, 1 << 16))];
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }

        byte[] flush(int mode) {
            if (mode == 0) return new byte[0];
            if (finished) throw error("Error -2 while flushing: inconsistent stream state");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            header(out);
            byte[] buf = new byte[1 << 14];
            if (mode == 4) {
                deflater.finish();
                while (!deflater.finished()) out.write(buf, 0, deflater.deflate(buf));
                finished = true;
                deflater.end();
                if (gzip) {
                    long c = crc.getValue();
                    for (int i = 0; i < 4; i++) out.write((int) (c >>> (8 * i)));
                    for (int i = 0; i < 4; i++) out.write((int) (size >>> (8 * i)));
                }
            } else {
                int flush = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
                int n;
                do {
                    n = deflater.deflate(buf, 0, buf.length, flush);
                    out.write(buf, 0, n);
                } while (n == buf.length);
            }
            return out.toByteArray();
        }
    }

    static final class PyCompress extends PyObject {
        final Compressor c;

        PyCompress(Compressor c) { this.c = c; }

        @Override
        public PyType type() { return COMPRESS; }
    }

    /** Decompression of one stream; for gzip the header is parsed before and the trailer checked after. */
    static final class Decompressor {
        final Wrap wrap;
        Inflater inflater;
        byte[] pending = new byte[0];      // input not yet given to the inflater (gzip header/trailer)
        boolean gzip, inBody, eof;
        final CRC32 crc = new CRC32();
        long size;
        byte[] unused = new byte[0];
        byte[] tail = new byte[0];
        byte[] zdict;

        Decompressor(int wbits) {
            wrap = decompressWrap(wbits);
            if (wrap == Wrap.ZLIB || wrap == Wrap.RAW) {
                inflater = new Inflater(wrap == Wrap.RAW);
                inBody = true;
            }
        }

        /** Parses a gzip header at the start of b; returns its length, or -1 if b is too short for it. */
        static int gzipHeader(byte[] b) {
            if (b.length < 10) return -1;
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) throw error("Error -3 while decompressing data: incorrect header check");
            if (b[2] != 8) throw error("Error -3 while decompressing data: unknown compression method");
            int flags = b[3] & 0xff, p = 10;
            if ((flags & 4) != 0) {
                if (b.length < p + 2) return -1;
                p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
            }
            for (int bit : new int[]{8, 16}) {
                if ((flags & bit) != 0) {
                    while (p < b.length && b[p] != 0) p++;
                    if (p >= b.length) return -1;
                    p++;
                }
            }
            if ((flags & 2) != 0) p += 2;
            return p <= b.length ? p : -1;
        }

        byte[] decompress(byte[] in, int maxLength) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unused = concat(unused, in);
                return new byte[0];
            }
            byte[] input = concat(pending, in);
            pending = new byte[0];
            if (!inBody) {
                boolean isGzip = wrap == Wrap.GZIP || (input.length >= 1 && (input[0] & 0xff) == 0x1f);
                if (isGzip) {
                    int h = gzipHeader(input);
                    if (h < 0) {
                        pending = input;
                        return new byte[0];
                    }
                    gzip = true;
                    inflater = new Inflater(true);
                    input = java.util.Arrays.copyOfRange(input, h, input.length);
                } else {
                    inflater = new Inflater(false);
                }
                inBody = true;
            }
            inflater.setInput(input);
            byte[] buf = new byte[1 << 14];
            try {
                while (!inflater.finished()) {
                    int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room <= 0) break;
                    int n = inflater.inflate(buf, 0, room);
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (zdict == null) throw error("Error 2 while decompressing data");
                            inflater.setDictionary(zdict);
                            continue;
                        }
                        if (inflater.needsInput()) break;
                    }
                    out.write(buf, 0, n);
                    if (gzip) crc.update(buf, 0, n);
                    size += n;
                }
            } catch (DataFormatException e) {
                throw error("Error -3 while decompressing data: " + e.getMessage());
            }
            int rest = inflater.getRemaining();
            byte[] left = java.util.Arrays.copyOfRange(input, input.length - rest, input.length);
            if (inflater.finished()) {
                if (gzip) {
                    if (left.length < 8) {
                        pending = left;      // the trailer comes with the next piece
                        tail = new byte[0];
                        return finishedTrailerPending(out);
                    }
                    checkTrailer(left);
                    left = java.util.Arrays.copyOfRange(left, 8, left.length);
                }
                eof = true;
                unused = left;
                tail = new byte[0];
                inflater.end();
            } else {
                tail = maxLength > 0 ? left : new byte[0];
            }
            return out.toByteArray();
        }

        private byte[] finishedTrailerPending(ByteArrayOutputStream out) {
            return out.toByteArray();
        }

        void checkTrailer(byte[] t) {
            long c = 0, n = 0;
            for (int i = 3; i >= 0; i--) c = (c << 8) | (t[i] & 0xff);
            for (int i = 7; i >= 4; i--) n = (n << 8) | (t[i] & 0xff);
            if (c != crc.getValue()) throw error("Error -3 while decompressing data: incorrect data check");
            if (n != (size & 0xffffffffL)) throw error("Error -3 while decompressing data: incorrect length check");
        }

        /** The stream is complete (whole-buffer decompress: anything else is an error). */
        boolean complete() { return eof; }
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        if (b.length == 0) return a;
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    static final class PyDecompress extends PyObject {
        final Decompressor d;

        PyDecompress(Decompressor d) { this.d = d; }

        @Override
        public PyType type() { return DECOMPRESS; }
    }

    static {
        COMPRESS.def("compress", new PyMethodDescr(COMPRESS, "compress", (a, k) -> {
            Args.methodRange("compress", a, k, 1, 1);
            PyCompress self = (PyCompress) a[0];
            byte[] in = data(a[1]);
            synchronized (self) { return new PyBytes(self.c.compress(in)); }
        }));
        COMPRESS.def("flush", new PyMethodDescr(COMPRESS, "flush", (a, k) -> {
            PyObject[] p = Args.parse("flush", a, 1, k, new String[]{"mode"}, 0, 1);
            PyCompress self = (PyCompress) a[0];
            synchronized (self) { return new PyBytes(self.c.flush(intArg(p[0], 4))); }
        }));
        DECOMPRESS.def("decompress", new PyMethodDescr(DECOMPRESS, "decompress", (a, k) -> {
            PyObject[] p = Args.parse("decompress", a, 1, k, new String[]{"data", "max_length"}, 1, 2);
            int max = intArg(p[1], 0);
            if (max < 0) throw Exc.valueError("max_length must be non-negative");
            PyDecompress self = (PyDecompress) a[0];
            byte[] in = data(p[0]);
            synchronized (self) { return new PyBytes(self.d.decompress(in, max)); }
        }));
        DECOMPRESS.def("flush", new PyMethodDescr(DECOMPRESS, "flush", (a, k) -> {
            PyObject[] p = Args.parse("flush", a, 1, k, new String[]{"length"}, 0, 1);
            PyDecompress self = (PyDecompress) a[0];
            synchronized (self) {
                byte[] t = self.d.tail;
                self.d.tail = new byte[0];
                return new PyBytes(self.d.eof ? new byte[0] : self.d.decompress(t, 0));
            }
        }));
        DECOMPRESS.def("unused_data", new PyGetSet("unused_data", o -> new PyBytes(((PyDecompress) o).d.unused), null));
        DECOMPRESS.def("unconsumed_tail", new PyGetSet("unconsumed_tail", o -> new PyBytes(((PyDecompress) o).d.tail), null));
        DECOMPRESS.def("eof", new PyGetSet("eof", o -> PyBool.of(((PyDecompress) o).d.eof), null));
    }

    /** Whole-buffer decompression: the stream must end in data (CPython's "incomplete or truncated stream"). */
    static byte[] decompressAll(byte[] in, int wbits) {
        Decompressor d = new Decompressor(wbits);
        byte[] out = d.decompress(in, 0);
        if (!d.complete()) throw error("Error -5 while decompressing data: incomplete or truncated stream");
        return out;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("zlib");
        m.set("error", ERROR);
        m.set("Compress", COMPRESS);
        m.set("Decompress", DECOMPRESS);
        Object[][] consts = {{"DEFLATED", 8}, {"DEF_BUF_SIZE", 16384}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15},
                {"Z_BEST_COMPRESSION", 9}, {"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1},
                {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1}, {"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3},
                {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0}, {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1},
                {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6}};
        for (Object[] c : consts) m.set((String) c[0], PyInt.of((Integer) c[1]));
        m.set("ZLIB_VERSION", new PyStr("1.2.13"));
        m.set("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));
        m.def("crc32", (a, k) -> {
            Args.range("crc32", a, k, 1, 2);
            byte[] b = data(a[0]);
            long start = a.length > 1 ? Abstract.indexLong(a[1], "an integer is required") & 0xffffffffL : 0;
            return PyInt.of(crc32(b, start));
        });
        m.def("adler32", (a, k) -> {
            Args.range("adler32", a, k, 1, 2);
            byte[] b = data(a[0]);
            long start = a.length > 1 ? Abstract.indexLong(a[1], "an integer is required") & 0xffffffffL : 1;
            return PyInt.of(adler32(b, start));
        });
        m.def("compress", (a, k) -> {
            PyObject[] p = Args.parse("compress", a, 0, k, new String[]{"data", "level", "wbits"}, 1, 3);
            byte[] in = data(p[0]);
            Compressor c = new Compressor(intArg(p[1], -1), intArg(p[2], 15), 0);
            byte[][] out = new byte[1][];
            Runnable work = () -> out[0] = concat(c.compress(in), c.flush(4));
            if (in.length >= 4096) interp.gil.releasedWhile(() -> { work.run(); return null; });
            else work.run();
            return new PyBytes(out[0]);
        });
        m.def("decompress", (a, k) -> {
            PyObject[] p = Args.parse("decompress", a, 0, k, new String[]{"data", "wbits", "bufsize"}, 1, 3);
            byte[] in = data(p[0]);
            int wbits = intArg(p[1], 15);
            if (p[2] != null && intArg(p[2], 0) < 0) throw Exc.valueError("bufsize must be non-negative");
            byte[][] out = new byte[1][];
            if (in.length >= 4096) interp.gil.releasedWhile(() -> { out[0] = decompressAll(in, wbits); return null; });
            else out[0] = decompressAll(in, wbits);
            return new PyBytes(out[0]);
        });
        m.def("compressobj", (a, k) -> {
            PyObject[] p = Args.parse("compressobj", a, 0, k,
                    new String[]{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6);
            if (intArg(p[1], 8) != 8) throw Exc.valueError("Invalid initialization option");
            int mem = intArg(p[3], 8);
            if (mem < 1 || mem > 9) throw Exc.valueError("Invalid initialization option");
            Compressor c = new Compressor(intArg(p[0], -1), intArg(p[2], 15), intArg(p[4], 0));
            if (p[5] != null) c.deflater.setDictionary(data(p[5]));
            return new PyCompress(c);
        });
        m.def("decompressobj", (a, k) -> {
            PyObject[] p = Args.parse("decompressobj", a, 0, k, new String[]{"wbits", "zdict"}, 0, 2);
            Decompressor d = new Decompressor(intArg(p[0], 15));
            if (p[1] != null) d.zdict = data(p[1]);
            return new PyDecompress(d);
        });
        return m;
    }

    static long crc32(byte[] b, long start) {
        if (start == 0) {
            CRC32 c = new CRC32();
            c.update(b);
            return c.getValue();
        }
        // Continue from a given value: the table-free bitwise form of the same polynomial.
        long crc = ~start & 0xffffffffL;
        for (byte x : b) {
            crc ^= x & 0xff;
            for (int i = 0; i < 8; i++) crc = (crc >>> 1) ^ (0xEDB88320L & -(crc & 1));
        }
        return ~crc & 0xffffffffL;
    }

    static long adler32(byte[] b, long start) {
        long s1 = start & 0xffff, s2 = (start >>> 16) & 0xffff;
        if (start == 1) {
            Adler32 a = new Adler32();
            a.update(b);
            return a.getValue();
        }
        for (byte x : b) {
            s1 = (s1 + (x & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }
}
