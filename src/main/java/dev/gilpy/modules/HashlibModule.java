package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * _hashlib: the hash objects hashlib.py hands out. MD5, SHA-1, SHA-2 and SHA-3 are the JDK's MessageDigest (its
 * SHA intrinsics make them as fast as OpenSSL's); BLAKE2 (RFC 7693) and SHAKE (FIPS 202) are written here, since
 * the JDK has neither. An update of 2 KiB or more runs with the GIL released, as CPython's does; each object's
 * state is guarded by its own monitor, so threads sharing one object (with or without the GIL) never corrupt it.
 */
public final class HashlibModule {
    private HashlibModule() {}

    /** A running hash: what MessageDigest, BLAKE2 and Keccak have in common. */
    interface Digest {
        void update(byte[] b, int off, int len);

        /** The digest of what was fed so far (length: bytes wanted, used by the XOFs); the state is unchanged. */
        byte[] digest(int length);

        Digest copy();
    }

    /** name -> (JDK algorithm, digest size, block size). */
    record Algo(String jdk, int digestSize, int blockSize) {}

    static final Map<String, Algo> JDK = Map.of(
            "md5", new Algo("MD5", 16, 64), "sha1", new Algo("SHA-1", 20, 64),
            "sha224", new Algo("SHA-224", 28, 64), "sha256", new Algo("SHA-256", 32, 64),
            "sha384", new Algo("SHA-384", 48, 128), "sha512", new Algo("SHA-512", 64, 128),
            "sha3_224", new Algo("SHA3-224", 28, 144), "sha3_256", new Algo("SHA3-256", 32, 136),
            "sha3_384", new Algo("SHA3-384", 48, 104), "sha3_512", new Algo("SHA3-512", 64, 72));

    static final class JdkDigest implements Digest {
        final MessageDigest md;

        JdkDigest(MessageDigest md) { this.md = md; }

        public void update(byte[] b, int off, int len) { md.update(b, off, len); }

        public byte[] digest(int length) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }

        public Digest copy() {
            try {
                return new JdkDigest((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- SHAKE: the Keccak-f[1600] sponge with SHAKE's domain bits ----

    static final long[] KECCAK_RC = new long[24];
    static final int[] KECCAK_ROT = new int[25];

    static {
        // Round constants from the degree-8 LFSR of FIPS 202 (rc), rotation offsets from its (x, y) walk (rho).
        int r = 1;
        for (int round = 0; round < 24; round++) {
            long c = 0;
            for (int j = 0; j < 7; j++) {
                if ((r & 1) != 0) c |= 1L << ((1 << j) - 1);
                r = (r & 0x80) != 0 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
            }
            KECCAK_RC[round] = c;
        }
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++) {
            KECCAK_ROT[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y, ny = (2 * x + 3 * y) % 5;
            x = nx;
            y = ny;
        }
    }

    static void keccakF(long[] a) {
        long[] c = new long[5], b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], KECCAK_ROT[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
            }
            a[0] ^= KECCAK_RC[round];
        }
    }

    static final class Shake implements Digest {
        final int rate;
        long[] state = new long[25];
        byte[] pending;
        int npending;

        Shake(int rate) {
            this.rate = rate;
            pending = new byte[rate];
        }

        private static void absorb(long[] s, byte[] block, int rate) {
            for (int i = 0; i < rate / 8; i++) {
                long w = 0;
                for (int j = 7; j >= 0; j--) w = (w << 8) | (block[i * 8 + j] & 0xff);
                s[i] ^= w;
            }
            keccakF(s);
        }

        public void update(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, rate - npending);
                System.arraycopy(b, off, pending, npending, n);
                npending += n;
                off += n;
                len -= n;
                if (npending == rate) {
                    absorb(state, pending, rate);
                    npending = 0;
                }
            }
        }

        public byte[] digest(int length) {
            long[] s = state.clone();
            byte[] last = new byte[rate];
            System.arraycopy(pending, 0, last, 0, npending);
            last[npending] ^= 0x1f;
            last[rate - 1] ^= (byte) 0x80;
            absorb(s, last, rate);
            byte[] out = new byte[length];
            for (int done = 0; done < length; ) {
                for (int i = 0; i < rate && done < length; i++, done++) out[done] = (byte) (s[i / 8] >>> (8 * (i % 8)));
                if (done < length) keccakF(s);
            }
            return out;
        }

        public Digest copy() {
            Shake c = new Shake(rate);
            c.state = state.clone();
            c.pending = pending.clone();
            c.npending = npending;
            return c;
        }
    }

    // ---- BLAKE2b / BLAKE2s (RFC 7693) ----

    static final long[] B2B_IV = {
            0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
            0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    static final int[] B2S_IV = {
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static final byte[][] SIGMA = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
            {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
            {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
            {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
            {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
            {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
            {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
            {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
            {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
            {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    static final java.lang.invoke.VarHandle LE64 = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    static final java.lang.invoke.VarHandle LE32 = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            int[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** BLAKE2b (wide: 64-bit words, 128-byte blocks) or BLAKE2s (32-bit words, 64-byte blocks). */
    static final class Blake2 implements Digest {
        final boolean wide;
        final int outLen, blockSize;
        final boolean lastNode;
        long[] h = new long[8];
        long counter;   // bytes compressed so far (2^64 bytes is beyond any program)
        byte[] buf;
        int nbuf;
        /** Scratch space of compress (the object's monitor keeps one thread at a time in it). */
        private final long[] m64 = new long[16], v64 = new long[16];
        private final int[] m32 = new int[16], v32 = new int[16];

        Blake2(boolean wide, int outLen, boolean lastNode) {
            this.wide = wide;
            this.outLen = outLen;
            this.lastNode = lastNode;
            this.blockSize = wide ? 128 : 64;
            this.buf = new byte[blockSize];
        }

        /** The parameter block (RFC 7693 section 2.5, with the tree fields of the BLAKE2 paper) and the key. */
        void init(byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize, long nodeOffset,
                  int nodeDepth, int innerSize) {
            byte[] p = new byte[wide ? 64 : 32];
            p[0] = (byte) outLen;
            p[1] = (byte) key.length;
            p[2] = (byte) fanout;
            p[3] = (byte) depth;
            for (int i = 0; i < 4; i++) p[4 + i] = (byte) (leafSize >>> (8 * i));
            int offLen = wide ? 8 : 6;
            for (int i = 0; i < offLen; i++) p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            p[wide ? 16 : 14] = (byte) nodeDepth;
            p[wide ? 17 : 15] = (byte) innerSize;
            System.arraycopy(salt, 0, p, wide ? 32 : 16, salt.length);
            System.arraycopy(person, 0, p, wide ? 48 : 24, person.length);
            int w = wide ? 8 : 4;
            for (int i = 0; i < 8; i++) {
                long v = 0;
                for (int j = w - 1; j >= 0; j--) v = (v << 8) | (p[i * w + j] & 0xff);
                h[i] = (wide ? B2B_IV[i] : B2S_IV[i] & 0xffffffffL) ^ v;
            }
            if (key.length > 0) {
                byte[] block = new byte[blockSize];
                System.arraycopy(key, 0, block, 0, key.length);
                update(block, 0, blockSize);
            }
        }

        public void update(byte[] b, int off, int len) {
            while (len > 0) {
                if (nbuf == blockSize && len > 0) {     // a full block is compressed only once more data follows it
                    counter += blockSize;
                    compress(h, buf, counter, false);
                    nbuf = 0;
                }
                int n = Math.min(len, blockSize - nbuf);
                System.arraycopy(b, off, buf, nbuf, n);
                nbuf += n;
                off += n;
                len -= n;
            }
        }

        public byte[] digest(int length) {
            long[] hh = h.clone();
            byte[] last = new byte[blockSize];
            System.arraycopy(buf, 0, last, 0, nbuf);
            compress(hh, last, counter + nbuf, true);
            byte[] out = new byte[outLen];
            int w = wide ? 8 : 4;
            for (int i = 0; i < outLen; i++) out[i] = (byte) (hh[i / w] >>> (8 * (i % w)));
            return out;
        }

        private void compress(long[] hh, byte[] block, long t, boolean last) {
            if (wide) compress64(hh, block, t, last);
            else compress32(hh, block, t, last);
        }

        private void compress64(long[] hh, byte[] block, long t, boolean last) {
            long[] m = m64, v = v64;
            for (int i = 0; i < 16; i++) m[i] = (long) LE64.get(block, i * 8);
            System.arraycopy(hh, 0, v, 0, 8);
            System.arraycopy(B2B_IV, 0, v, 8, 8);
            v[12] ^= t;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 12; r++) {
                byte[] s = SIGMA[r % 10];
                g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) hh[i] ^= v[i] ^ v[i + 8];
        }

        private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
            v[a] += v[b] + x;
            v[d] = Long.rotateRight(v[d] ^ v[a], 32);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 24);
            v[a] += v[b] + y;
            v[d] = Long.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Long.rotateRight(v[b] ^ v[c], 63);
        }

        private void compress32(long[] hh, byte[] block, long t, boolean last) {
            int[] m = m32, v = v32;
            for (int i = 0; i < 16; i++) m[i] = (int) LE32.get(block, i * 4);
            for (int i = 0; i < 8; i++) v[i] = (int) hh[i];
            System.arraycopy(B2S_IV, 0, v, 8, 8);
            v[12] ^= (int) t;
            v[13] ^= (int) (t >>> 32);
            if (last) {
                v[14] = ~v[14];
                if (lastNode) v[15] = ~v[15];
            }
            for (int r = 0; r < 10; r++) {
                byte[] s = SIGMA[r];
                g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) hh[i] = (hh[i] ^ v[i] ^ v[i + 8]) & 0xffffffffL;
        }

        private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
            v[a] += v[b] + x;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
            v[a] += v[b] + y;
            v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
            v[c] += v[d];
            v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
        }

        public Digest copy() {
            Blake2 c = new Blake2(wide, outLen, lastNode);
            c.h = h.clone();
            c.counter = counter;
            c.buf = buf.clone();
            c.nbuf = nbuf;
            return c;
        }
    }

    // ---- the Python-visible objects ----

    public static final PyType HASH = PyType.builtin("HASH", PyType.OBJECT, null);
    public static final PyType HASHXOF = PyType.builtin("HASHXOF", HASH, null);
    public static final PyType BLAKE2B = PyType.builtin("blake2b", PyType.OBJECT, null);
    public static final PyType BLAKE2S = PyType.builtin("blake2s", PyType.OBJECT, null);

    /** _hashlib.UnsupportedDigestmodError, a ValueError: OpenSSL's refusal of a digest name in pbkdf2_hmac. */
    public static final PyType UNSUPPORTED = PyType.builtin("UnsupportedDigestmodError", Exc.ValueError, PyBaseException::new);

    static {
        UNSUPPORTED.module = "_hashlib";
        UNSUPPORTED.constructor = (cls, args, kw) -> {
            PyBaseException e = new PyBaseException(cls);
            e.args = new PyTuple(args.clone());
            return e;
        };
    }

    /** Updates of at least this many bytes release the GIL (CPython's HASHLIB_GIL_MINSIZE). */
    static final int GIL_MINSIZE = 2048;

    static final class PyHash extends PyObject {
        final PyType type;
        final String name;
        final int digestSize, blockSize;
        /** Guarded by this. */
        private final Digest digest;

        PyHash(PyType type, String name, int digestSize, int blockSize, Digest digest) {
            this.type = type;
            this.name = name;
            this.digestSize = digestSize;
            this.blockSize = blockSize;
            this.digest = digest;
        }

        @Override
        public PyType type() { return type; }

        void update(PyObject data) {
            byte[] b = data(data);
            if (b.length >= GIL_MINSIZE) {
                Interpreter.get().gil.releasedWhile(() -> {
                    synchronized (this) { digest.update(b, 0, b.length); }
                    return null;
                });
            } else {
                synchronized (this) { digest.update(b, 0, b.length); }
            }
        }

        synchronized byte[] digest(int length) { return digest.digest(length); }

        synchronized PyHash copy() { return new PyHash(type, name, digestSize, blockSize, digest.copy()); }

        @Override
        public PyObject repr() {
            if (type == BLAKE2B || type == BLAKE2S) {
                return new PyStr("<_blake2." + type.name + " object at " + ThreadModule.addr(this) + ">");
            }
            return new PyStr("<" + name + " _hashlib." + type.name + " object @ " + ThreadModule.addr(this) + ">");
        }
    }

    /** The bytes of a buffer argument, with hashlib's messages for str and non-buffers. */
    static byte[] data(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        if (o instanceof PyStr) throw Exc.typeError("Strings must be encoded before hashing");
        throw Exc.typeError("object supporting the buffer API required");
    }

    static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = HEX[(b[i] >> 4) & 15];
            c[2 * i + 1] = HEX[b[i] & 15];
        }
        return new String(c);
    }

    static Digest jdk(String name) {
        try {
            return new JdkDigest(MessageDigest.getInstance(JDK.get(name).jdk));
        } catch (NoSuchAlgorithmException e) {
            throw Exc.valueError("unsupported hash type " + name);
        }
    }

    /** A hash object for one of the names new() knows, or null. */
    static PyHash make(String name) {
        Algo a = JDK.get(name);
        if (a != null) return new PyHash(HASH, name, a.digestSize, a.blockSize, jdk(name));
        return switch (name) {
            case "shake_128" -> new PyHash(HASHXOF, name, 0, 168, new Shake(168));
            case "shake_256" -> new PyHash(HASHXOF, name, 0, 136, new Shake(136));
            case "blake2b" -> blake2(true, new byte[0], 64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            case "blake2s" -> blake2(false, new byte[0], 32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
            default -> null;
        };
    }

    static PyHash blake2(boolean wide, byte[] data, int digestSize, byte[] key, byte[] salt, byte[] person, int fanout,
                         int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {
        Blake2 b = new Blake2(wide, digestSize, lastNode);
        b.init(key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize);
        PyHash h = new PyHash(wide ? BLAKE2B : BLAKE2S, wide ? "blake2b" : "blake2s", digestSize, wide ? 128 : 64, b);
        if (data.length > 0) h.update(new PyBytes(data));
        return h;
    }

    static PyHash self(PyObject o) { return (PyHash) o; }

    static int xofLength(PyObject[] a, String[] k, String fname) {
        PyObject[] p = Args.parse(fname, a, 1, k, new String[]{"length"}, 1, 1);
        long n = Abstract.indexLong(p[0], "an integer is required");
        if (n < 0) throw new PyBaseException(Exc.MemoryError).raise();   // CPython's allocation of -n bytes fails
        if (n >= (1L << 29)) throw Exc.valueError("length is too large");
        return (int) n;
    }

    static void methods(PyType t, String module) {
        t.module = module;
        t.def("update", new PyMethodDescr(t, "update", (a, k) -> {
            Args.methodRange(t.name + ".update", a, k, 1, 1);
            self(a[0]).update(a[1]);
            return PyNone.NONE;
        }));
        t.def("copy", new PyMethodDescr(t, "copy", (a, k) -> {
            Args.methodRange(t.name + ".copy", a, k, 0, 0);
            return self(a[0]).copy();
        }));
        t.def("name", new PyGetSet("name", o -> new PyStr(self(o).name), null));
        t.def("digest_size", new PyGetSet("digest_size", o -> PyInt.of(self(o).digestSize), null));
        t.def("block_size", new PyGetSet("block_size", o -> PyInt.of(self(o).blockSize), null));
        if (t == HASHXOF) {
            t.def("digest", new PyMethodDescr(t, "digest",
                    (a, k) -> new PyBytes(self(a[0]).digest(xofLength(a, k, "digest")))));
            t.def("hexdigest", new PyMethodDescr(t, "hexdigest",
                    (a, k) -> new PyStr(hex(self(a[0]).digest(xofLength(a, k, "hexdigest"))))));
        } else {
            t.def("digest", new PyMethodDescr(t, "digest", (a, k) -> {
                Args.methodRange(t.name + ".digest", a, k, 0, 0);
                return new PyBytes(self(a[0]).digest(0));
            }));
            t.def("hexdigest", new PyMethodDescr(t, "hexdigest", (a, k) -> {
                Args.methodRange(t.name + ".hexdigest", a, k, 0, 0);
                return new PyStr(hex(self(a[0]).digest(0)));
            }));
        }
    }

    static {
        methods(HASH, "_hashlib");
        methods(HASHXOF, "_hashlib");
        methods(BLAKE2B, "_blake2");
        methods(BLAKE2S, "_blake2");
        HASH.constructor = (cls, a, k) -> { throw Exc.typeError("cannot create '_hashlib.HASH' instances"); };
        HASHXOF.constructor = (cls, a, k) -> { throw Exc.typeError("cannot create '_hashlib.HASHXOF' instances"); };
        BLAKE2B.constructor = (cls, a, k) -> blake2(true, a, k);
        BLAKE2S.constructor = (cls, a, k) -> blake2(false, a, k);
        for (String[] c : new String[][]{{"MAX_DIGEST_SIZE", "64", "32"}, {"MAX_KEY_SIZE", "64", "32"},
                {"SALT_SIZE", "16", "8"}, {"PERSON_SIZE", "16", "8"}}) {
            BLAKE2B.def(c[0], PyInt.of(Integer.parseInt(c[1])));
            BLAKE2S.def(c[0], PyInt.of(Integer.parseInt(c[2])));
        }
    }

    static final String[] BLAKE2_PARAMS = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
            "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    static byte[] bytesParam(PyObject o) {
        if (o == null) return new byte[0];
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyByteArray b) return b.toBytes();
        throw Exc.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    static long intParam(PyObject o, long dflt) {
        return o == null ? dflt : Abstract.indexLong(o, "an integer is required");
    }

    static PyHash blake2(boolean wide, PyObject[] a, String[] k) {
        String fname = wide ? "blake2b" : "blake2s";
        PyObject[] p = Args.parse(fname, a, 0, k, BLAKE2_PARAMS, 0, 1);
        int max = wide ? 64 : 32, saltMax = wide ? 16 : 8;
        long ds = intParam(p[1], max);
        if (ds < 1 || ds > max) throw Exc.valueError("digest_size must be between 1 and " + max + " bytes");
        byte[] key = bytesParam(p[2]), salt = bytesParam(p[3]), person = bytesParam(p[4]);
        if (key.length > max) throw Exc.valueError("maximum key length is " + max + " bytes");
        if (salt.length > saltMax) throw Exc.valueError("maximum salt length is " + saltMax + " bytes");
        if (person.length > saltMax) throw Exc.valueError("maximum person length is " + saltMax + " bytes");
        long fanout = intParam(p[5], 1), depth = intParam(p[6], 1), leaf = intParam(p[7], 0),
                nodeOffset = intParam(p[8], 0), nodeDepth = intParam(p[9], 0), inner = intParam(p[10], 0);
        if (fanout < 0 || fanout > 255) throw Exc.valueError("fanout must be between 0 and 255");
        if (depth <= 0 || depth > 255) throw Exc.valueError("depth must be between 1 and 255");
        if (leaf < 0 || leaf > 0xffffffffL) throw Exc.overflowError("leaf_size is too large");
        if (!wide && nodeOffset > 0xffffffffffffL) throw Exc.overflowError("node_offset is too large");
        if (nodeDepth < 0 || nodeDepth > 255) throw Exc.valueError("node_depth must be between 0 and 255");
        if (inner < 0 || inner > max) throw Exc.valueError("inner_size must be between 0 and is " + max);
        boolean lastNode = p[11] != null && Abstract.isTrue(p[11]);
        PyHash h = blake2(wide, new byte[0], (int) ds, key, salt, person, (int) fanout, (int) depth, leaf, nodeOffset,
                (int) nodeDepth, (int) inner, lastNode);
        if (p[0] != null) h.update(p[0]);
        return h;
    }

    /** new(name, data=b'', *, usedforsecurity=True) and the named constructors' shared argument handling. */
    static PyObject construct(String fname, String name, PyObject[] a, int from, String[] k) {
        PyObject[] p = Args.parse(fname, a, from, k, new String[]{"string", "usedforsecurity"}, 0, 1);
        PyHash h = make(name);
        if (h == null) throw Exc.valueError("unsupported hash type " + name);
        if (p[0] != null) h.update(p[0]);
        return h;
    }

    /** PBKDF2 (RFC 8018) with HMAC over any of the hashes above. */
    static byte[] pbkdf2(String name, byte[] password, byte[] salt, long iterations, int dklen) {
        PyHash probe = make(name);
        int bs = probe.blockSize;
        byte[] key = password.length > bs ? hashOf(name, password) : password;
        byte[] ipad = new byte[bs], opad = new byte[bs];
        for (int i = 0; i < bs; i++) {
            byte kb = i < key.length ? key[i] : 0;
            ipad[i] = (byte) (kb ^ 0x36);
            opad[i] = (byte) (kb ^ 0x5c);
        }
        Digest inner = make(name).digest, outer = make(name).digest;
        inner.update(ipad, 0, bs);
        outer.update(opad, 0, bs);
        byte[] out = new byte[dklen];
        for (int block = 1, done = 0; done < dklen; block++) {
            Digest d = inner.copy();
            d.update(salt, 0, salt.length);
            d.update(new byte[]{(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block}, 0, 4);
            byte[] u = hmacFinish(outer, d);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                Digest di = inner.copy();
                di.update(u, 0, u.length);
                u = hmacFinish(outer, di);
                for (int j = 0; j < t.length; j++) t[j] ^= u[j];
            }
            int n = Math.min(t.length, dklen - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static byte[] hmacFinish(Digest outer, Digest inner) {
        byte[] ih = inner.digest(0);
        Digest o = outer.copy();
        o.update(ih, 0, ih.length);
        return o.digest(0);
    }

    private static byte[] hashOf(String name, byte[] b) {
        Digest d = make(name).digest;
        d.update(b, 0, b.length);
        return d.digest(0);
    }

    static final String[] NAMES = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
            "sha3_384", "sha3_512", "shake_128", "shake_256"};

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_hashlib");
        m.set("HASH", HASH);
        m.set("HASHXOF", HASHXOF);
        m.set("UnsupportedDigestmodError", UNSUPPORTED);
        m.set("blake2b", BLAKE2B);
        m.set("blake2s", BLAKE2S);
        for (String n : NAMES) {
            String fname = "openssl_" + n;
            m.def(fname, (a, k) -> construct(fname, n, a, 0, k));
        }
        m.def("new", (a, k) -> {
            PyObject[] p = Args.parse("new", a, 0, k, new String[]{"name", "string", "usedforsecurity"}, 1, 2);
            if (!(p[0] instanceof PyStr s)) throw Exc.typeError("new() argument 'name' must be str, not " + p[0].type().name);
            String name = s.value.toLowerCase();
            if (name.equals("blake2b") || name.equals("blake2s")) {
                PyHash h = make(name);
                if (p[1] != null) h.update(p[1]);
                return h;
            }
            PyObject[] rest = p[1] == null ? new PyObject[0] : new PyObject[]{p[1]};
            return construct("new", name, rest, 0, null);
        });
        m.def("pbkdf2_hmac", (a, k) -> {
            PyObject[] p = Args.parse("pbkdf2_hmac", a, 0, k,
                    new String[]{"hash_name", "password", "salt", "iterations", "dklen"}, 4, 5);
            if (!(p[0] instanceof PyStr s)) {
                throw Exc.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + p[0].type().name);
            }
            String name = s.value.toLowerCase();
            if (make(name) == null) {
                throw new PyBaseException(UNSUPPORTED, new PyStr("[digital envelope routines] unsupported")).raise();
            }
            if (name.startsWith("shake")) throw Exc.valueError("no reason supplied");
            byte[] pw = bytesParam(p[1]), salt = bytesParam(p[2]);
            long it = Abstract.indexLong(p[3], "an integer is required");
            if (it < 1) throw Exc.valueError("iteration value must be greater than 0.");
            if (it > Integer.MAX_VALUE) throw Exc.overflowError("iteration value is too great.");
            long dklen = p[4] == null || p[4] == PyNone.NONE ? make(name).digestSize : Abstract.indexLong(p[4], "an integer is required");
            if (dklen < 1) throw Exc.valueError("key length must be greater than 0.");
            if (dklen > Integer.MAX_VALUE) throw Exc.overflowError("key length is too great.");
            long iters = it;
            byte[][] out = new byte[1][];
            interp.gil.releasedWhile(() -> { out[0] = pbkdf2(name, pw, salt, iters, (int) dklen); return null; });
            return new PyBytes(out[0]);
        });
        m.def("compare_digest", (a, k) -> {
            Args.exact("compare_digest", a, k, 2);
            return PyBool.of(compareDigest(a[0], a[1]));
        });
        return m;
    }

    /** hmac.compare_digest: time depends on the lengths only, not on where the inputs differ. */
    static boolean compareDigest(PyObject x, PyObject y) {
        byte[] bx, by;
        if (x instanceof PyStr sx && y instanceof PyStr sy) {
            if (!isAscii(sx.value) || !isAscii(sy.value)) {
                throw Exc.typeError("comparing strings with non-ASCII characters is not supported");
            }
            bx = sx.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            by = sy.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if ((x instanceof PyBytes || x instanceof PyByteArray) && (y instanceof PyBytes || y instanceof PyByteArray)) {
            bx = bytesParam(x);
            by = bytesParam(y);
        } else if ((x instanceof PyStr || y instanceof PyStr) && (bytesLike(x) || bytesLike(y))) {
            throw Exc.typeError("a bytes-like object is required, not 'str'");
        } else {
            throw Exc.typeError("unsupported operand types(s) or combination of types: '" + x.type().name + "' and '"
                    + y.type().name + "'");
        }
        return MessageDigest.isEqual(bx, by);
    }

    static boolean bytesLike(PyObject o) { return o instanceof PyBytes || o instanceof PyByteArray; }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }
}
