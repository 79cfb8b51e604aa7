package dev.gilpy.modules;

import dev.gilpy.runtime.*;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of lib/pickle.py for pickles of plain data (None, bool, int, float, str, bytes, bytearray, tuple,
 * list, dict, set, frozenset), protocols 2-5: {@link #dumps} writes the very bytes pickle.py's Pickler writes
 * (same memo, batching and framing rules), {@link #loads} reads the opcodes those pickles use. Anything else (other
 * types, other opcodes, damaged data) makes either give up, and pickle.py does the whole job itself, so every
 * behaviour and message stays defined in one place: the Python module.
 */
final class PickleCodec {
    private PickleCodec() {}

    /** Thrown to give up; pickle.py then does the work. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() { super(null, null, false, false); }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private static final int FRAME_TARGET = 64 * 1024, FRAME_MIN = 4, BATCH = 1000;
    /**
     * How deep CPython's C pickler nests from a script's top level: a list, dict or set costs two levels of
     * its recursion limit (1000), a tuple or frozenset one; 998 levels is its RecursionError.
     */
    private static final int MAX_DEPTH = 997;

    // ------------------------------------------------------------------ writing

    /** The pickle of o at protocol proto (2..5), or null when pickle.py must write it. */
    static byte[] dumps(PyObject o, int proto) {
        if (proto < 2 || proto > 5) return null;
        Writer w = new Writer(proto);
        try {
            w.frame.write(0x80);
            w.frame.write(proto);
            if (w.framing) w.commit();
            w.save(o, 0);
            w.frame.write('.');
            w.commit();
            return w.done.toByteArray();
        } catch (GiveUp e) {
            return null;
        }
    }

    /** A growable byte array (Buf synchronizes every write). */
    private static final class Buf {
        byte[] a = new byte[256];
        int n;

        void write(int b) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2);
            a[n++] = (byte) b;
        }

        void write(byte[] b, int off, int len) {
            if (n + len > a.length) a = java.util.Arrays.copyOf(a, Math.max(n + len, a.length * 2));
            System.arraycopy(b, off, a, n, len);
            n += len;
        }

        int size() { return n; }

        void reset() { n = 0; }

        byte[] toByteArray() { return java.util.Arrays.copyOf(a, n); }
    }

    private static final class Writer {
        final int proto;
        final boolean framing;
        final Buf done = new Buf();
        Buf frame = new Buf();
        final Map<PyObject, Integer> memo = new IdentityHashMap<>();

        Writer(int proto) {
            this.proto = proto;
            this.framing = proto >= 4;
        }

        void commit() {
            if (framing && frame.size() >= FRAME_MIN) {
                done.write(0x95);
                writeLE(done, frame.size(), 8);
            }
            done.write(frame.a, 0, frame.n);
            frame.reset();
        }

        /** An opcode whose payload is long: between frames, unframed, as pickle.py's _write_large. */
        void large(int opcode, int sizeBytes, byte[] payload) {
            Buf target = frame;
            if (framing && payload.length >= FRAME_TARGET) {
                commit();
                target = done;
            }
            target.write(opcode);
            writeLE(target, payload.length, sizeBytes);
            target.write(payload, 0, payload.length);
        }

        void memoize(PyObject o) {
            int index = memo.size();
            memo.put(o, index);
            if (proto >= 4) {
                frame.write(0x94);
            } else if (index < 256) {
                frame.write('q');
                frame.write(index);
            } else {
                frame.write('r');
                writeLE(frame, index, 4);
            }
        }

        void get(int index) {
            if (index < 256) {
                frame.write('h');
                frame.write(index);
            } else {
                frame.write('j');
                writeLE(frame, index, 4);
            }
        }

        void save(PyObject o, int depth) {
            if (depth > MAX_DEPTH) {
                throw Exc.raise(Exc.RecursionError, "maximum recursion depth exceeded while pickling an object");
            }
            if (framing && frame.size() >= FRAME_TARGET) commit();
            PyType t = o.type();
            if (o == PyNone.NONE) { frame.write('N'); return; }
            if (t == PyBool.TYPE) { frame.write(o == PyBool.TRUE ? 0x88 : 0x89); return; }
            if (t == PyInt.TYPE) { saveInt((PyInt) o); return; }
            if (t == PyFloat.TYPE) {
                frame.write('G');
                long bits = Double.doubleToRawLongBits(((PyFloat) o).value);
                for (int shift = 56; shift >= 0; shift -= 8) frame.write((int) (bits >>> shift));
                return;
            }
            Integer seen = memo.get(o);
            if (seen != null) { get(seen); return; }
            if (t == PyStr.TYPE) {
                byte[] data = utf8(((PyStr) o).value);
                if (data.length < 256 && proto >= 4) {
                    frame.write(0x8c);
                    frame.write(data.length);
                    frame.write(data, 0, data.length);
                } else {
                    large('X', 4, data);
                }
                memoize(o);
            } else if (t == PyBytes.TYPE) {
                if (proto < 3) throw GIVE_UP;
                byte[] data = ((PyBytes) o).value;
                if (data.length < 256) {
                    frame.write('C');
                    frame.write(data.length);
                    frame.write(data, 0, data.length);
                } else {
                    large('B', 4, data);
                }
                memoize(o);
            } else if (t == PyByteArray.TYPE) {
                if (proto < 5) throw GIVE_UP;
                large(0x96, 8, ((PyByteArray) o).toBytes());
                memoize(o);
            } else if (t == PyTuple.TYPE) {
                saveTuple((PyTuple) o, depth);
            } else if (t == PyList.TYPE) {
                frame.write(']');
                memoize(o);
                PyObject[] items = ((PyList) o).toArray();
                for (int start = 0; start < items.length; start += BATCH) {
                    int end = Math.min(items.length, start + BATCH);
                    if (end - start == 1) {
                        save(items[start], depth + 2);
                        frame.write('a');
                    } else {
                        frame.write('(');
                        for (int i = start; i < end; i++) save(items[i], depth + 2);
                        frame.write('e');
                    }
                }
            } else if (t == PyDict.TYPE) {
                frame.write('}');
                memoize(o);
                List<Map.Entry<PyObject, PyObject>> entries = ((PyDict) o).entrySnapshot();
                int n = entries.size();
                for (int start = 0; start < n; start += BATCH) {
                    int end = Math.min(n, start + BATCH);
                    if (end - start == 1) {
                        save(entries.get(start).getKey(), depth + 2);
                        save(entries.get(start).getValue(), depth + 2);
                        frame.write('s');
                    } else {
                        frame.write('(');
                        for (int i = start; i < end; i++) {
                            save(entries.get(i).getKey(), depth + 2);
                            save(entries.get(i).getValue(), depth + 2);
                        }
                        frame.write('u');
                    }
                }
            } else if (t == PySet.TYPE) {
                if (proto < 4) throw GIVE_UP;
                frame.write(0x8f);
                memoize(o);
                PyObject[] items = ((PySet) o).toArray();
                for (int start = 0; start < items.length; start += BATCH) {
                    frame.write('(');
                    for (int i = start; i < Math.min(items.length, start + BATCH); i++) save(items[i], depth + 2);
                    frame.write(0x90);
                }
            } else if (t == PySet.FROZEN_TYPE) {
                if (proto < 4) throw GIVE_UP;
                frame.write('(');
                for (PyObject item : ((PySet) o).toArray()) save(item, depth + 1);
                Integer again = memo.get(o);
                if (again != null) {
                    frame.write('1');
                    get(again);
                } else {
                    frame.write(0x91);
                    memoize(o);
                }
            } else {
                throw GIVE_UP;
            }
        }

        void saveTuple(PyTuple tuple, int depth) {
            PyObject[] items = tuple.array();
            int n = items.length;
            if (n == 0) { frame.write(')'); return; }
            if (n <= 3) {
                for (PyObject item : items) save(item, depth + 1);
                Integer again = memo.get(tuple);
                if (again != null) {
                    for (int i = 0; i < n; i++) frame.write('0');
                    get(again);
                } else {
                    frame.write(0x84 + n);     // TUPLE1..TUPLE3
                    memoize(tuple);
                }
                return;
            }
            frame.write('(');
            for (PyObject item : items) save(item, depth + 1);
            Integer again = memo.get(tuple);
            if (again != null) {
                frame.write('1');
                get(again);
                return;
            }
            frame.write('t');
            memoize(tuple);
        }

        void saveInt(PyInt i) {
            if (!i.isBig()) {
                long v = i.value;
                if (v >= 0 && v < 256) { frame.write('K'); frame.write((int) v); return; }
                if (v >= 0 && v < 65536) { frame.write('M'); writeLE(frame, v, 2); return; }
                if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) { frame.write('J'); writeLE(frame, v, 4); return; }
            }
            byte[] be = i.bigValue().toByteArray();    // big-endian two's complement, shortest form
            int n = be.length;
            if (n < 256) {
                frame.write(0x8a);
                frame.write(n);
            } else {
                frame.write(0x8b);
                writeLE(frame, n, 4);
            }
            for (int k = n - 1; k >= 0; k--) frame.write(be[k]);
        }
    }

    private static void writeLE(Buf out, long v, int bytes) {
        for (int k = 0; k < bytes; k++) out.write((int) (v >>> (8 * k)));
    }

    /** UTF-8 that passes lone surrogates through as their 3-byte forms (Python's 'surrogatepass'). */
    private static byte[] utf8(String s) {
        int n = s.length();
        boolean ascii = true;
        for (int k = 0; k < n && ascii; k++) ascii = s.charAt(k) < 0x80;
        if (ascii) return s.getBytes(StandardCharsets.ISO_8859_1);
        Buf out = new Buf();
        for (int k = 0; k < n; k++) {
            int c = s.charAt(k);
            if (Character.isHighSurrogate((char) c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(++k));
            }
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | (c >> 6));
                out.write(0x80 | (c & 0x3f));
            } else if (c < 0x10000) {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            } else {
                out.write(0xf0 | (c >> 18));
                out.write(0x80 | ((c >> 12) & 0x3f));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            }
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ reading

    /** The object of a plain-data pickle, or null when pickle.py must read it (other opcodes, any damage). */
    static PyObject loads(byte[] data) {
        try {
            return new Reader(data).run();
        } catch (GiveUp | IndexOutOfBoundsException | PyException e) {
            return null;
        }
    }

    private static final class Reader {
        final byte[] in;
        int pos;
        final ArrayList<PyObject> stack = new ArrayList<>();
        final ArrayList<Integer> marks = new ArrayList<>();
        final HashMap<Long, PyObject> memo = new HashMap<>();

        Reader(byte[] in) { this.in = in; }

        int u8() {
            if (pos >= in.length) throw GIVE_UP;
            return in[pos++] & 0xff;
        }

        long le(int bytes) {
            if (pos + bytes > in.length) throw GIVE_UP;
            long v = 0;
            for (int k = 0; k < bytes; k++) v |= (long) (in[pos + k] & 0xff) << (8 * k);
            pos += bytes;
            return v;
        }

        byte[] take(long n) {
            if (n < 0 || pos + n > in.length) throw GIVE_UP;
            byte[] b = java.util.Arrays.copyOfRange(in, pos, pos + (int) n);
            pos += (int) n;
            return b;
        }

        PyObject pop() {
            if (stack.isEmpty() || !marks.isEmpty() && marks.get(marks.size() - 1) == stack.size()) throw GIVE_UP;
            return stack.remove(stack.size() - 1);
        }

        PyObject top() {
            if (stack.isEmpty() || !marks.isEmpty() && marks.get(marks.size() - 1) == stack.size()) throw GIVE_UP;
            return stack.get(stack.size() - 1);
        }

        /** The items since the last MARK, removed from the stack. */
        PyObject[] popMark() {
            if (marks.isEmpty()) throw GIVE_UP;
            int from = marks.remove(marks.size() - 1);
            List<PyObject> tail = stack.subList(from, stack.size());
            PyObject[] items = tail.toArray(new PyObject[0]);
            tail.clear();
            return items;
        }

        void push(PyObject o) { stack.add(o); }

        PyObject string(byte[] b) {
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(b));
                return new PyStr(chars.toString());
            } catch (CharacterCodingException e) {
                throw GIVE_UP;                 // surrogates and the like: pickle.py decides
            }
        }

        PyObject run() {
            while (true) {
                int op = u8();
                switch (op) {
                    case 0x80 -> { if (u8() > 5) throw GIVE_UP; }
                    case 0x95 -> { long size = le(8); if (size < 0 || pos + size > in.length) throw GIVE_UP; }
                    case '.' -> { return pop(); }
                    case 'N' -> push(PyNone.NONE);
                    case 0x88 -> push(PyBool.TRUE);
                    case 0x89 -> push(PyBool.FALSE);
                    case 'K' -> push(PyInt.of(u8()));
                    case 'M' -> push(PyInt.of(le(2)));
                    case 'J' -> push(PyInt.of((int) le(4)));
                    case 0x8a -> push(longOf(take(u8())));
                    case 0x8b -> push(longOf(take((int) le(4))));
                    case 'G' -> {
                        if (pos + 8 > in.length) throw GIVE_UP;
                        long bits = 0;
                        for (int k = 0; k < 8; k++) bits = (bits << 8) | (in[pos + k] & 0xff);
                        pos += 8;
                        push(PyFloat.of(Double.longBitsToDouble(bits)));
                    }
                    case 0x8c -> push(string(take(u8())));
                    case 'X' -> push(string(take(le(4))));
                    case 0x8d -> push(string(take(le(8))));
                    case 'C' -> push(new PyBytes(take(u8())));
                    case 'B' -> push(new PyBytes(take(le(4))));
                    case 0x8e -> push(new PyBytes(take(le(8))));
                    case 0x96 -> push(new PyByteArray(take(le(8))));
                    case ')' -> push(PyTuple.EMPTY);
                    case 0x85 -> push(PyTuple.of(pop()));
                    case 0x86 -> { PyObject b = pop(), a = pop(); push(PyTuple.of(a, b)); }
                    case 0x87 -> { PyObject c = pop(), b = pop(), a = pop(); push(PyTuple.of(a, b, c)); }
                    case '(' -> marks.add(stack.size());
                    case 't' -> push(PyTuple.of(popMark()));
                    case ']' -> push(new PyList());
                    case '}' -> push(new PyDict());
                    case 0x8f -> push(new PySet());
                    case 'a' -> { PyObject v = pop(); list(top()).append(v); }
                    case 'e' -> {
                        PyObject[] items = popMark();
                        PyList l = list(top());
                        for (PyObject item : items) l.append(item);
                    }
                    case 's' -> { PyObject v = pop(), k = pop(); dict(top()).put(k, v); }
                    case 'u' -> {
                        PyObject[] items = popMark();
                        if (items.length % 2 != 0) throw GIVE_UP;
                        PyDict d = dict(top());
                        for (int k = 0; k < items.length; k += 2) d.put(items[k], items[k + 1]);
                    }
                    case 0x90 -> {
                        PyObject[] items = popMark();
                        PyObject target = top();
                        if (target.type() != PySet.TYPE) throw GIVE_UP;
                        for (PyObject item : items) ((PySet) target).add(item);
                    }
                    case 0x91 -> {
                        PySet s = PySet.frozen();
                        for (PyObject item : popMark()) s.add(item);
                        push(s);
                    }
                    case '0' -> { if (!stack.isEmpty() && (marks.isEmpty() || marks.get(marks.size() - 1) < stack.size())) pop(); else popMark(); }
                    case '1' -> popMark();
                    case '2' -> push(top());
                    case 0x94 -> memo.put((long) memo.size(), top());
                    case 'q' -> memo.put((long) u8(), top());
                    case 'r' -> memo.put(le(4), top());
                    case 'h' -> push(memoGet(u8()));
                    case 'j' -> push(memoGet(le(4)));
                    default -> throw GIVE_UP;
                }
            }
        }

        PyObject memoGet(long index) {
            PyObject o = memo.get(index);
            if (o == null) throw GIVE_UP;
            return o;
        }

        static PyList list(PyObject o) {
            if (o.type() != PyList.TYPE) throw GIVE_UP;
            return (PyList) o;
        }

        static PyDict dict(PyObject o) {
            if (o.type() != PyDict.TYPE) throw GIVE_UP;
            return (PyDict) o;
        }

        static PyObject longOf(byte[] little) {
            if (little.length == 0) return PyInt.ZERO;
            byte[] big = new byte[little.length];
            for (int k = 0; k < little.length; k++) big[k] = little[little.length - 1 - k];
            return PyInt.of(new BigInteger(big));
        }
    }
}
