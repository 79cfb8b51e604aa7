package dev.gilpy.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The methods of bytes. */
final class BytesMethods {
    private BytesMethods() {}

    static byte[] b(PyObject o) { return ((PyBytes) o).value; }

    static byte[] bytesArg(PyObject o) {
        if (o instanceof PyBytes x) return x.value;
        if (o instanceof PyByteArray x) return x.toBytes();
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    static PyStr decode(byte[] v, String enc, String errors) {
        String e = enc.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8", "utf8" -> {
                try {
                    var dec = StandardCharsets.UTF_8.newDecoder();
                    if (errors.equals("strict")) {
                        dec.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                    } else if (errors.equals("ignore")) {
                        dec.onMalformedInput(CodingErrorAction.IGNORE).onUnmappableCharacter(CodingErrorAction.IGNORE);
                    } else {
                        dec.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
                    }
                    return new PyStr(dec.decode(ByteBuffer.wrap(v)).toString());
                } catch (CharacterCodingException ex) {
                    int pos = 0;
                    for (int i = 0; i < v.length; i++) {
                        try {
                            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(v, 0, i + 1));
                        } catch (CharacterCodingException ex2) {
                            if ((v[i] & 0xc0) != 0x80 && (v[i] & 0x80) != 0 && i + 1 < v.length) continue;
                            pos = i;
                            break;
                        }
                    }
                    throw Exc.raise(Exc.UnicodeDecodeError, "'utf-8' codec can't decode byte 0x"
                            + String.format("%02x", v[pos] & 0xff) + " in position " + pos + ": invalid start byte");
                }
            }
            case "ascii", "us-ascii" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < v.length; i++) {
                    int c = v[i] & 0xff;
                    if (c >= 128) {
                        if (errors.equals("ignore")) continue;
                        if (errors.equals("replace")) { sb.append('\ufffd'); continue; }
                        throw Exc.raise(Exc.UnicodeDecodeError, "'ascii' codec can't decode byte 0x"
                                + String.format("%02x", c) + " in position " + i + ": ordinal not in range(128)");
                    }
                    sb.append((char) c);
                }
                return new PyStr(sb.toString());
            }
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> {
                return new PyStr(new String(v, StandardCharsets.ISO_8859_1));
            }
            default -> throw Exc.raise(Exc.LookupError, "unknown encoding: " + enc);
        }
    }

    static Boolean contains(byte[] v, PyObject item) {
        if (item instanceof PyInt i) {
            if (i.signum() < 0 || i.isBig() || i.value > 255) throw Exc.valueError("byte must be in range(0, 256)");
            for (byte x : v) if ((x & 0xff) == i.value) return true;
            return false;
        }
        return indexOf(v, bytesArg(item), 0, v.length) >= 0;
    }

    static int indexOf(byte[] h, byte[] n, int from, int to) {
        outer:
        for (int i = from; i + n.length <= to; i++) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    static PyObject binaryOp(PyBytes self, int op, PyObject other, boolean reflected) {
        if (op == ADD && !reflected && !(other instanceof PyBytes || other instanceof PyByteArray)) {
            throw Exc.typeError("can't concat " + other.type().name + " to bytes");
        }
        if (op == ADD && other instanceof PyByteArray ba) other = new PyBytes(ba.toBytes());
        if (op == REMAINDER && !reflected) return percentFormat(self, other);
        if (op == ADD && other instanceof PyBytes o) {
            byte[] x = reflected ? o.value : self.value, y = reflected ? self.value : o.value;
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyBytes(r);
        }
        if (op == MULTIPLY) {
            PyInt n = other instanceof PyInt i ? i : Abstract.indexOrNull(other);
            if (n == null) return null;
            return new PyBytes(repeat(self.value, n, "repeated bytes are too long"));
        }
        return null;
    }

    /** b repeated n times (CPython's checks before allocating; tooLong: see {@link Sizes#repeat}). */
    static byte[] repeat(byte[] b, PyInt n, String tooLong) {
        int total = Sizes.repeat(b.length, n, tooLong);
        byte[] r = new byte[total];
        for (int i = 0; i < total; i += b.length) System.arraycopy(b, 0, r, i, b.length);
        return r;
    }

    /**
     * bytes % args, by way of str formatting over Latin-1 (one char per byte): bytes arguments become
     * their Latin-1 text for %s, and the result is encoded back byte for byte.
     */
    static PyObject percentFormat(PyBytes self, PyObject args) {
        String fmt = new String(self.value, java.nio.charset.StandardCharsets.ISO_8859_1);
        PyObject converted;
        if (args instanceof PyTuple t && t.type().builtin) {
            PyObject[] items = t.array().clone();
            for (int i = 0; i < items.length; i++) items[i] = latin1(items[i]);
            converted = PyTuple.of(items);
        } else {
            converted = latin1(args);
        }
        PyObject r = Abstract.binary(REMAINDER, new PyStr(fmt), converted);
        return new PyBytes(((PyStr) r).value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static PyObject latin1(PyObject o) {
        if (o instanceof PyBytes b) return new PyStr(new String(b.value, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (o instanceof PyByteArray b) return new PyStr(new String(b.toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        return o;
    }

    static PyBytes fromObject(PyObject o) {
        if (o instanceof PyBytes b) return b.plain();
        PyType ot = o.type();
        PyObject conv = ot.builtin ? null : ot.lookup("__bytes__");
        if (conv != null) {
            PyObject r = Abstract.callMethod(conv, o);
            if (r instanceof PyBytes b) return b;
            throw Exc.typeError("__bytes__ returned non-bytes (type " + r.type().name + ")");
        }
        if (o instanceof PyStr) throw Exc.typeError("string argument without an encoding");
        PyInt n = o instanceof PyInt i ? i : null;
        if (n != null) {
            long count = Sizes.ssize(n, Sizes.INDEX_SIZED);
            if (count < 0) throw Exc.valueError("negative count");
            return new PyBytes(new byte[Sizes.alloc(count)]);
        }
        PyObject[] items;
        try {
            items = Abstract.toArray(o);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) throw Exc.typeError("cannot convert '" + o.type().name + "' object to bytes");
            throw e;
        }
        byte[] r = new byte[items.length];
        for (int i = 0; i < r.length; i++) {
            PyInt x = Abstract.indexOrNull(items[i]);
            if (x == null) throw Exc.typeError("'" + items[i].type().name + "' object cannot be interpreted as an integer");
            if (x.signum() < 0 || x.isBig() || x.value > 255) throw Exc.valueError("bytes must be in range(0, 256)");
            r[i] = (byte) x.value;
        }
        return new PyBytes(r);
    }

    static boolean isSpace(byte c) { return c == ' ' || (c >= 9 && c <= 13); }

    static void init() {
        PyType t = PyBytes.TYPE;
        t.constructor = (cls, a, k) -> {
            PyObject[] p = Args.parse("bytes", a, k, new String[]{"source", "encoding", "errors"}, 0);
            if (p[0] == null) return new PyBytes(new byte[0]);
            if (p[1] != null) {
                if (!(p[0] instanceof PyStr s)) throw Exc.typeError("encoding without a string argument");
                return StrMethods.encode(s.value, Abstract.strString(p[1]), p[2] == null ? "strict" : Abstract.strString(p[2]));
            }
            return fromObject(p[0]);
        };
        t.def("__new__", new PyStaticMethod(StrMethods.subtypeNew(t, (cls, v) -> PyBytes.derived(cls, (PyBytes) v))));
        MethodDefs.unary(t, "__bytes__", o -> ((PyBytes) o).plain());
        // str() of bytes is bytes' own repr, even in a class that overrides __repr__ (as CPython's bytes_str)
        MethodDefs.unary(t, "__str__", o -> new PyStr(PyBytes.repr(b(o))));
        MethodDefs.unary(t, "__getnewargs__", o -> new PyTuple(((PyBytes) o).plain()));
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(o.pyHash()));
        MethodDefs.binary(t, "__getitem__", PyObject::getItem);
        MethodDefs.unary(t, "__iter__", PyObject::iter);
        MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(s.contains(x)));
        MethodDefs.comparisons(t);
        MethodDefs.binaryOps(t, ADD, MULTIPLY);
        MethodDefs.method(t, "decode", (a, k) -> {
            PyObject[] p = Args.parse("decode", a, 1, k, new String[]{"encoding", "errors"}, 0, 2);
            return decode(b(a[0]), p[0] == null ? "utf-8" : Abstract.strString(p[0]), p[1] == null ? "strict" : Abstract.strString(p[1]));
        });
        MethodDefs.unary(t, "hex", o -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : b(o)) sb.append(String.format("%02x", x & 0xff));
            return new PyStr(sb.toString());
        });
        MethodDefs.classMethod(t, "fromhex", (a, k) -> {
            String s = Abstract.strString(a[1]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                if (s.charAt(i) == ' ') { i++; continue; }
                int hi = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0) {
                    int pos = hi < 0 ? i : i + 1;
                    throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + pos);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            return new PyBytes(out.toByteArray());
        });
        MethodDefs.binary(t, "join", (s, it) -> {
            PyObject[] items = Abstract.toArray(it);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyBytes || items[i] instanceof PyByteArray)) {
                    throw Exc.typeError("sequence item " + i + ": expected a bytes-like object, " + items[i].type().name + " found");
                }
                if (i > 0) out.writeBytes(b(s));
                out.writeBytes(bytesArg(items[i]));
            }
            return new PyBytes(out.toByteArray());
        });
        MethodDefs.method(t, "startswith", (a, k) -> PyBool.of(startsEnds(a, false)));
        MethodDefs.method(t, "endswith", (a, k) -> PyBool.of(startsEnds(a, true)));
        MethodDefs.method(t, "find", (a, k) -> {
            byte[] v = b(a[0]);
            int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), v.length);
            return PyInt.of(indexOf(v, sub(a[1]), r[0], r[1]));
        });
        MethodDefs.method(t, "index", (a, k) -> {
            byte[] v = b(a[0]);
            int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), v.length);
            int i = indexOf(v, sub(a[1]), r[0], r[1]);
            if (i < 0) throw Exc.valueError("subsection not found");
            return PyInt.of(i);
        });
        MethodDefs.method(t, "count", (a, k) -> {
            byte[] v = b(a[0]), n = sub(a[1]);
            int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), v.length);
            if (n.length == 0) return PyInt.of(Math.max(0, r[1] - r[0]) + 1);
            int c = 0;
            for (int i = indexOf(v, n, r[0], r[1]); i >= 0; i = indexOf(v, n, i + n.length, r[1])) c++;
            return PyInt.of(c);
        });
        MethodDefs.method(t, "split", (a, k) -> {
            PyObject[] p = Args.parse("split", a, 1, k, new String[]{"sep", "maxsplit"}, 0, 2);
            byte[] v = b(a[0]);
            int max = p[1] == null ? -1 : Abstract.index(p[1], "an integer is required");
            if (max < 0) max = Integer.MAX_VALUE;
            List<PyObject> out = new ArrayList<>();
            if (p[0] == null || p[0] == PyNone.NONE) {
                int i = 0, n = v.length;
                while (true) {
                    while (i < n && isSpace(v[i])) i++;
                    if (i >= n) break;
                    if (out.size() >= max) {
                        int e = n;
                        while (e > i && isSpace(v[e - 1])) e--;
                        out.add(new PyBytes(Arrays.copyOfRange(v, i, e)));
                        break;
                    }
                    int j = i;
                    while (j < n && !isSpace(v[j])) j++;
                    out.add(new PyBytes(Arrays.copyOfRange(v, i, j)));
                    i = j;
                }
            } else {
                byte[] sep = bytesArg(p[0]);
                if (sep.length == 0) throw Exc.valueError("empty separator");
                int i = 0;
                while (out.size() < max) {
                    int j = indexOf(v, sep, i, v.length);
                    if (j < 0) break;
                    out.add(new PyBytes(Arrays.copyOfRange(v, i, j)));
                    i = j + sep.length;
                }
                out.add(new PyBytes(Arrays.copyOfRange(v, i, v.length)));
            }
            return new PyList(out.toArray(new PyObject[0]), out.size());
        });
        MethodDefs.method(t, "strip", (a, k) -> strip(a, true, true));
        MethodDefs.method(t, "lstrip", (a, k) -> strip(a, true, false));
        MethodDefs.method(t, "rstrip", (a, k) -> strip(a, false, true));
        MethodDefs.unary(t, "upper", o -> {
            byte[] v = b(o).clone();
            for (int i = 0; i < v.length; i++) if (v[i] >= 'a' && v[i] <= 'z') v[i] -= 32;
            return new PyBytes(v);
        });
        MethodDefs.unary(t, "lower", o -> {
            byte[] v = b(o).clone();
            for (int i = 0; i < v.length; i++) if (v[i] >= 'A' && v[i] <= 'Z') v[i] += 32;
            return new PyBytes(v);
        });
        MethodDefs.method(t, "replace", (a, k) -> {
            Args.methodRange("replace", a, k, 2, 3);
            byte[] v = b(a[0]), old = bytesArg(a[1]), nw = bytesArg(a[2]);
            int count = a.length > 3 ? Abstract.index(a[3], "an integer is required") : -1;
            if (count < 0) count = Integer.MAX_VALUE;
            if (old.length == 0) {   // the replacement goes before each byte and at the end
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n = 0;
                for (int i = 0; i <= v.length; i++) {
                    if (n < count) { out.writeBytes(nw); n++; }
                    if (i < v.length) out.write(v[i]);
                }
                return new PyBytes(out.toByteArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0, done = 0;
            while (done < count) {
                int j = indexOf(v, old, i, v.length);
                if (j < 0) break;
                out.write(v, i, j - i);
                out.writeBytes(nw);
                i = j + old.length;
                done++;
            }
            out.write(v, i, v.length - i);
            return new PyBytes(out.toByteArray());
        });
    }

    private static byte[] sub(PyObject o) {
        if (o instanceof PyInt i) return new byte[]{(byte) i.intValue()};
        return bytesArg(o);
    }

    private static PyObject strip(PyObject[] a, boolean left, boolean right) {
        byte[] v = b(a[0]);
        byte[] chars = a.length > 1 && a[1] != PyNone.NONE ? bytesArg(a[1]) : null;
        int i = 0, e = v.length;
        if (left) while (i < e && (chars == null ? isSpace(v[i]) : has(chars, v[i]))) i++;
        if (right) while (e > i && (chars == null ? isSpace(v[e - 1]) : has(chars, v[e - 1]))) e--;
        return new PyBytes(Arrays.copyOfRange(v, i, e));
    }

    private static boolean has(byte[] a, byte x) {
        for (byte y : a) if (y == x) return true;
        return false;
    }

    private static boolean startsEnds(PyObject[] a, boolean ends) {
        byte[] v = b(a[0]);
        int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), v.length);
        PyObject[] ps = a[1] instanceof PyTuple t ? t.array() : new PyObject[]{a[1]};
        for (PyObject p : ps) {
            byte[] x = bytesArg(p);
            if (r[1] - r[0] < x.length) continue;
            int off = ends ? r[1] - x.length : r[0];
            if (Arrays.equals(v, off, off + x.length, x, 0, x.length)) return true;
        }
        return false;
    }
}
