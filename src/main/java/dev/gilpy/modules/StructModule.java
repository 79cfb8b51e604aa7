package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * _struct: packing values into bytes by a format string, as CPython 3.11's Modules/_struct.c on x86-64 Linux
 * (native '@' sizes and alignment of an LP64 C compiler; '=', '<', '>', '!' standard sizes, no alignment),
 * with its error messages. lib/struct.py re-exports it, as CPython's struct.py does.
 */
public final class StructModule {
    private StructModule() {}

    public static final PyType ERROR = PyType.builtin("error", Exc.Exception, PyBaseException::new);

    static {
        ERROR.module = "struct";
        ERROR.constructor = (cls, args, kw) -> {
            PyBaseException e = new PyBaseException(cls);
            e.args = new PyTuple(args.clone());
            return e;
        };
    }

    static RuntimeException error(String msg) { return new PyBaseException(ERROR, new PyStr(msg)).raise(); }

    /** One code of a format: its letter, offset, size (per value) and, for s/p, the byte count. */
    record Item(char code, int offset, int size) {}

    /** A parsed format: its items (pad bytes excluded), total size, byte order. */
    static final class Format {
        final String text;
        final List<Item> items = new ArrayList<>();
        int size;
        boolean little, nativeMode;

        Format(String text) {
            this.text = text;
            int i = 0;
            char order = text.isEmpty() ? '@' : text.charAt(0);
            if ("@=<>!".indexOf(order) >= 0) i = 1;
            else order = '@';
            nativeMode = order == '@';
            little = order == '<' || ((order == '@' || order == '=') && java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN);
            int off = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) { i++; continue; }
                long count = 1;
                boolean counted = false;
                if (c >= '0' && c <= '9') {
                    count = 0;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) {
                        count = count * 10 + (text.charAt(i++) - '0');
                        if (count > Integer.MAX_VALUE) throw error("total struct size too long");
                    }
                    if (i >= text.length()) throw error("repeat count given without format specifier");
                    c = text.charAt(i);
                    counted = true;
                }
                i++;
                int sz = size(c, nativeMode);
                if (sz < 0) throw error("bad char in struct format");
                if (nativeMode && sz > 1 && c != 's' && c != 'p' && c != 'x' && c != 'c' && c != '?') {
                    off = (off + sz - 1) / sz * sz;    // native alignment
                }
                if (c == 's' || c == 'p') {
                    items.add(new Item(c, off, (int) count));
                    off += (int) count;
                } else if (c == 'x') {
                    off += (int) count;
                } else {
                    for (long k = 0; k < count; k++) {
                        items.add(new Item(c, off, sz));
                        off += sz;
                    }
                }
            }
            size = off;
        }

        static int size(char c, boolean nat) {
            return switch (c) {
                case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
                case 'h', 'H', 'e' -> 2;
                case 'i', 'I', 'f' -> 4;
                case 'l', 'L' -> nat ? 8 : 4;
                case 'q', 'Q', 'd' -> 8;
                case 'n', 'N', 'P' -> nat ? 8 : -1;
                default -> -1;
            };
        }

        byte[] pack(PyObject[] args, int from, String fname) {
            int n = args.length - from;
            if (n != items.size()) {
                throw error(fname + " expected " + items.size() + " items for packing (got " + n + ")");
            }
            byte[] out = new byte[size];
            packInto(out, 0, args, from);
            return out;
        }

        void packInto(byte[] out, int base, PyObject[] args, int from) {
            for (int k = 0; k < items.size(); k++) {
                Item it = items.get(k);
                PyObject v = args[from + k];
                int at = base + it.offset;
                switch (it.code) {
                    case 's', 'p' -> {
                        byte[] b;
                        if (v instanceof PyBytes x) b = x.value;
                        else if (v instanceof PyByteArray x) b = x.toBytes();
                        else throw error("argument for '" + it.code + "' must be a bytes object");
                        if (it.code == 's') System.arraycopy(b, 0, out, at, Math.min(b.length, it.size));
                        else if (it.size > 0) {
                            int len = Math.min(b.length, it.size - 1);
                            System.arraycopy(b, 0, out, at + 1, len);
                            out[at] = (byte) Math.min(len, 255);
                        }
                    }
                    case 'c' -> {
                        byte[] b = v instanceof PyBytes x ? x.value : v instanceof PyByteArray x ? x.toBytes() : null;
                        if (b == null || b.length != 1) throw error("char format requires a bytes object of length 1");
                        out[at] = b[0];
                    }
                    case '?' -> out[at] = (byte) (Abstract.isTrue(v) ? 1 : 0);
                    case 'e', 'f', 'd' -> {
                        double d = toDouble(v);
                        long bits;
                        if (it.code == 'd') bits = Double.doubleToRawLongBits(d);
                        else if (it.code == 'f') {
                            float f = (float) d;
                            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                                throw Exc.overflowError("float too large to pack with f format");
                            }
                            bits = Float.floatToRawIntBits(f) & 0xFFFFFFFFL;
                        } else {
                            short h = Float.floatToFloat16((float) d);
                            if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) {
                                throw Exc.overflowError("float too large to pack with e format");
                            }
                            bits = h & 0xFFFFL;
                        }
                        put(out, at, it.size, bits);
                    }
                    default -> put(out, at, it.size, integer(v, it));
                }
            }
        }

        void put(byte[] out, int at, int n, long bits) {
            for (int k = 0; k < n; k++) {
                int shift = 8 * k;
                out[little ? at + k : at + n - 1 - k] = (byte) (bits >>> shift);
            }
        }

        long get(byte[] in, int at, int n) {
            long v = 0;
            for (int k = 0; k < n; k++) {
                int b = in[little ? at + k : at + n - 1 - k] & 0xFF;
                v |= (long) b << (8 * k);
            }
            return v;
        }

        long integer(PyObject v, Item it) {
            PyInt i = v instanceof PyInt x ? x : Abstract.indexOrNull(v);
            if (i == null) throw error("required argument is not an integer");
            char c = it.code;
            boolean unsigned = Character.isUpperCase(c) || c == 'P';
            BigInteger b = i.isBig() ? i.bigValue() : BigInteger.valueOf(i.value);
            int bits = it.size * 8;
            BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            if (b.compareTo(lo) < 0 || b.compareTo(hi) > 0) {
                String named = switch (c) {
                    case 'b' -> "byte"; case 'B' -> "ubyte"; case 'h' -> "short"; case 'H' -> "ushort";
                    default -> null;
                };
                if (named != null) throw error(named + " format requires " + lo + " <= number <= " + hi);
                // Past a C long (8 bytes), or a negative value for an unsigned code: CPython's conversion fails first.
                if (it.size == 8 || (unsigned && b.signum() < 0)) throw error("argument out of range");
                throw error("'" + c + "' format requires " + lo + " <= number <= " + hi);
            }
            return b.longValue();
        }

        static double toDouble(PyObject v) {
            if (v instanceof PyFloat f) return f.value;
            if (v instanceof PyInt || v.type().lookup("__float__") != null || v.type().lookup("__index__") != null) {
                return MathModule.toDouble(v);
            }
            throw error("required argument is not a float");
        }

        PyTuple unpack(byte[] in, int base) {
            PyObject[] out = new PyObject[items.size()];
            for (int k = 0; k < out.length; k++) {
                Item it = items.get(k);
                int at = base + it.offset;
                out[k] = switch (it.code) {
                    case 's' -> new PyBytes(java.util.Arrays.copyOfRange(in, at, at + it.size));
                    case 'p' -> {
                        if (it.size == 0) yield new PyBytes(new byte[0]);
                        int len = Math.min(in[at] & 0xFF, it.size - 1);
                        yield new PyBytes(java.util.Arrays.copyOfRange(in, at + 1, at + 1 + len));
                    }
                    case 'c' -> new PyBytes(new byte[]{in[at]});
                    case '?' -> PyBool.of(in[at] != 0);
                    case 'd' -> new PyFloat(Double.longBitsToDouble(get(in, at, 8)));
                    case 'f' -> new PyFloat(Float.intBitsToFloat((int) get(in, at, 4)));
                    case 'e' -> new PyFloat(Float.float16ToFloat((short) get(in, at, 2)));
                    default -> {
                        long raw = get(in, at, it.size);
                        boolean unsigned = Character.isUpperCase(it.code) || it.code == 'P';
                        if (unsigned) {
                            yield it.size == 8 && raw < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(raw))) : PyInt.of(raw);
                        }
                        int shift = 64 - 8 * it.size;
                        yield PyInt.of(raw << shift >> shift);
                    }
                };
            }
            return new PyTuple(out);
        }
    }

    private static final Map<String, Format> CACHE = new ConcurrentHashMap<>();

    static Format format(PyObject f) {
        String s;
        if (f instanceof PyStr x) s = x.value;
        else if (f instanceof PyBytes b) s = new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1);
        else if (f instanceof PyStructObj st) return st.format;
        else throw Exc.typeError("Struct() argument 1 must be a str or bytes object, not " + f.type().name);
        Format fm = CACHE.get(s);
        if (fm == null) {
            fm = new Format(s);
            if (CACHE.size() < 100) CACHE.put(s, fm);
        }
        return fm;
    }

    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    static PyObject unpack(Format f, PyObject buf) {
        byte[] b = buffer(buf);
        if (b.length != f.size) throw error("unpack requires a buffer of " + f.size + " bytes");
        return f.unpack(b, 0);
    }

    static PyObject unpackFrom(Format f, PyObject[] a, int first, String[] k) {
        PyObject[] p = Args.parse("unpack_from", a, first, k, new String[]{"buffer", "offset"}, 1, 2);
        byte[] b = buffer(p[0]);
        long off = p[1] == null ? 0 : Abstract.indexLong(p[1], "an integer is required");
        if (off < 0) {
            if (off + b.length < 0) throw error("offset " + off + " out of range for " + b.length + "-byte buffer");
            off += b.length;
        }
        if (b.length - off < f.size) {
            if (off > b.length) throw error("offset " + off + " out of range for " + b.length + "-byte buffer");
            throw error("unpack_from requires a buffer of at least " + (f.size + off) + " bytes for unpacking "
                    + f.size + " bytes at offset " + off + " (actual buffer size is " + b.length + ")");
        }
        return f.unpack(b, (int) off);
    }

    static PyObject packInto(Format f, PyObject[] a, int first) {
        if (a.length - first < 2) throw Exc.typeError("pack_into expected buffer argument");
        if (!(a[first] instanceof PyByteArray ba)) {
            throw Exc.typeError("argument must be read-write bytes-like object, not " + a[first].type().name);
        }
        long off = Abstract.indexLong(a[first + 1], "an integer is required");
        int n = a.length - first - 2;
        if (n != f.items.size()) {
            throw error("pack_into expected " + f.items.size() + " items for packing (got " + n + ")");
        }
        byte[] cur = ba.toBytes();
        if (off < 0) {
            if (off + cur.length < 0) throw error("offset " + off + " out of range for " + cur.length + "-byte buffer");
            off += cur.length;
        }
        if (cur.length - off < f.size) {
            if (off > cur.length) throw error("offset " + off + " out of range for " + cur.length + "-byte buffer");
            throw error("pack_into requires a buffer of at least " + (f.size + off) + " bytes for packing " + f.size
                    + " bytes at offset " + off + " (actual buffer size is " + cur.length + ")");
        }
        byte[] packed = new byte[f.size];
        f.packInto(packed, 0, a, first + 2);
        ba.setItem(new PySlice(PyInt.of(off), PyInt.of(off + f.size), PyNone.NONE), new PyBytes(packed));
        return PyNone.NONE;
    }

    static PyObject iterUnpack(Format f, PyObject buf) {
        byte[] b = buffer(buf);
        if (f.size == 0) throw error("cannot iteratively unpack with a struct of length 0");
        if (b.length % f.size != 0) {
            throw error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        PyObject[] out = new PyObject[b.length / f.size];
        for (int k = 0; k < out.length; k++) out[k] = f.unpack(b, k * f.size);
        return PyList.of(out).iter();
    }

    /** struct.Struct: a compiled format. */
    static final class PyStructObj extends PyObject {
        static final PyType TYPE = PyType.builtin("Struct", PyType.OBJECT, null);
        final Format format;
        final PyObject formatObj;

        PyStructObj(PyObject fmt) {
            this.format = format(fmt);
            this.formatObj = fmt instanceof PyBytes b
                    ? new PyStr(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1)) : fmt;
        }

        @Override
        public PyType type() { return TYPE; }

        static {
            TYPE.module = "_struct";
            TYPE.constructor = (cls, a, k) -> {
                PyObject[] p = Args.parse("Struct", a, k, new String[]{"format"}, 1);
                return new PyStructObj(p[0]);
            };
            TYPE.def("format", new PyGetSet("format", o -> ((PyStructObj) o).formatObj, null));
            TYPE.def("size", new PyGetSet("size", o -> PyInt.of(((PyStructObj) o).format.size), null));
            TYPE.def("pack", new PyMethodDescr(TYPE, "pack", (a, k) -> {
                Args.noKw("pack", k);
                return new PyBytes(((PyStructObj) a[0]).format.pack(a, 1, "pack"));
            }));
            TYPE.def("unpack", new PyMethodDescr(TYPE, "unpack", (a, k) -> {
                Args.methodRange("unpack", a, k, 1, 1);
                return unpack(((PyStructObj) a[0]).format, a[1]);
            }));
            TYPE.def("unpack_from", new PyMethodDescr(TYPE, "unpack_from",
                    (a, k) -> unpackFrom(((PyStructObj) a[0]).format, a, 1, k)));
            TYPE.def("pack_into", new PyMethodDescr(TYPE, "pack_into", (a, k) -> {
                Args.noKw("pack_into", k);
                return packInto(((PyStructObj) a[0]).format, a, 1);
            }));
            TYPE.def("iter_unpack", new PyMethodDescr(TYPE, "iter_unpack", (a, k) -> {
                Args.methodRange("iter_unpack", a, k, 1, 1);
                return iterUnpack(((PyStructObj) a[0]).format, a[1]);
            }));
        }
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_struct");
        m.set("error", ERROR);
        m.set("Struct", PyStructObj.TYPE);
        m.def("calcsize", (a, k) -> {
            Args.exact("calcsize", a, k, 1);
            return PyInt.of(format(a[0]).size);
        });
        m.def("pack", (a, k) -> {
            Args.noKw("pack", k);
            if (a.length == 0) throw Exc.typeError("pack expected at least 1 argument, got 0");
            return new PyBytes(format(a[0]).pack(a, 1, "pack"));
        });
        m.def("unpack", (a, k) -> {
            Args.exact("unpack", a, k, 2);
            return unpack(format(a[0]), a[1]);
        });
        m.def("unpack_from", (a, k) -> {
            if (a.length - Args.nkw(k) < 1) throw Exc.typeError("unpack_from() missing required argument 'format' (pos 1)");
            return unpackFrom(format(a[0]), a, 1, k);
        });
        m.def("pack_into", (a, k) -> {
            Args.noKw("pack_into", k);
            if (a.length == 0) throw Exc.typeError("pack_into expected at least 1 argument, got 0");
            return packInto(format(a[0]), a, 1);
        });
        m.def("iter_unpack", (a, k) -> {
            Args.exact("iter_unpack", a, k, 2);
            return iterUnpack(format(a[0]), a[1]);
        });
        m.def("_clearcache", (a, k) -> {
            CACHE.clear();
            return PyNone.NONE;
        });
        return m;
    }
}
