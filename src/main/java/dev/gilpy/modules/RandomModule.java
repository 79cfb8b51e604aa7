package dev.gilpy.modules;

import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The random module: the Mersenne Twister MT19937 with CPython's seeding and derivation of every
 * distribution, so that seeded sequences equal CPython's.
 */
public final class RandomModule {
    private RandomModule() {}

    public static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT, RandomObj::new);

    /** One generator's state. */
    public static final class RandomObj extends PyObject {
        private final PyType type;
        private final PyDict dict;
        final int[] mt = new int[624];
        int mti = 625;
        PyObject gaussNext = PyNone.NONE;

        public RandomObj(PyType type) {
            this.type = type;
            this.dict = type.builtin ? null : new PyDict();
            seedFromTime();
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyDict getDict() { return dict; }

        void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < 624; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            mti = 624;
        }

        public synchronized void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            int k = Math.max(624, key.length);
            for (; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= 624) { mt[0] = mt[623]; i = 1; }
                if (j >= key.length) j = 0;
            }
            for (k = 623; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= 624) { mt[0] = mt[623]; i = 1; }
            }
            mt[0] = 0x80000000;
            gaussNext = PyNone.NONE;
        }

        /** The next 32 random bits (as an unsigned value in the low bits of an int). */
        public synchronized int genrand() {
            int y;
            if (mti >= 624) {
                int kk;
                for (kk = 0; kk < 624 - 397; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + 397] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < 623; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (397 - 624)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[623] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[623] = mt[396] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            y = mt[mti++];
            y ^= (y >>> 11);
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= (y >>> 18);
            return y;
        }

        public synchronized double random() {
            long a = (genrand() & 0xffffffffL) >>> 5, b = (genrand() & 0xffffffffL) >>> 6;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        public synchronized BigInteger getrandbits(int k) {
            if (k < 0) throw Exc.valueError("number of bits must be non-negative");
            if (k == 0) return BigInteger.ZERO;
            if (k <= 32) return BigInteger.valueOf((genrand() & 0xffffffffL) >>> (32 - k));
            int words = (k - 1) / 32 + 1;
            byte[] be = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32) {
                long r = genrand() & 0xffffffffL;
                if (k < 32) r >>>= (32 - k);
                int off = (words - 1 - i) * 4;
                be[off] = (byte) (r >>> 24);
                be[off + 1] = (byte) (r >>> 16);
                be[off + 2] = (byte) (r >>> 8);
                be[off + 3] = (byte) r;
            }
            return new BigInteger(1, be);
        }

        /** A random long in [0, n) for 0 < n < 2**63, as CPython's _randbelow_with_getrandbits. */
        public long randbelow(long n) {
            int k = 64 - Long.numberOfLeadingZeros(n);
            synchronized (this) {
                long r = bitsLong(k);
                while (r >= n) r = bitsLong(k);
                return r;
            }
        }

        private long bitsLong(int k) {
            if (k <= 32) return k == 0 ? 0 : (genrand() & 0xffffffffL) >>> (32 - k);
            long lo = genrand() & 0xffffffffL;
            long hi = (genrand() & 0xffffffffL) >>> (64 - k);
            return (hi << 32) | lo;
        }

        public BigInteger randbelow(BigInteger n) {
            if (n.bitLength() < 63) return BigInteger.valueOf(randbelow(n.longValue()));
            int k = n.bitLength();
            synchronized (this) {
                BigInteger r = getrandbits(k);
                while (r.compareTo(n) >= 0) r = getrandbits(k);
                return r;
            }
        }

        void seedFromTime() {
            // --sched SEED: an unseeded generator is seeded from SEED, so the run stays reproducible.
            if (Interpreter.peek() != null && Interpreter.peek().gil instanceof dev.gilpy.concurrent.DeterministicScheduler ds) {
                seed(PyInt.of(ds.seed()));
                return;
            }
            int[] key = new int[624];
            SecureRandom sr = new SecureRandom();
            for (int i = 0; i < key.length; i++) key[i] = sr.nextInt();
            initByArray(key);
        }

        public void seed(PyObject a) {
            if (a == null || a == PyNone.NONE) { seedFromTime(); return; }
            BigInteger n;
            if (a instanceof PyInt i) {
                n = i.bigValue().abs();
            } else if (a instanceof PyStr || a instanceof PyBytes) {
                byte[] b = a instanceof PyStr s ? s.value.getBytes(StandardCharsets.UTF_8) : ((PyBytes) a).value;
                byte[] digest;
                try {
                    digest = MessageDigest.getInstance("SHA-512").digest(b);
                } catch (Exception e) {
                    throw Exc.runtimeError("sha512 unavailable");
                }
                byte[] all = new byte[b.length + digest.length];
                System.arraycopy(b, 0, all, 0, b.length);
                System.arraycopy(digest, 0, all, b.length, digest.length);
                n = new BigInteger(1, all);
            } else if (a instanceof PyFloat || a.type() == PyTuple.TYPE) {
                n = BigInteger.valueOf(Abstract.hash64(a)).abs();
            } else {
                throw Exc.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
            initByArray(key);
        }
    }

    static RandomObj self(PyObject o) {
        if (o instanceof RandomObj r) return r;
        throw Exc.typeError("descriptor requires a 'random.Random' object but received a '" + o.type().name + "'");
    }

    static PyInt index(PyObject o, String what) {
        if (o instanceof PyInt i) return i;
        PyInt i = Abstract.indexOrNull(o);
        if (i != null) return i;
        if (o instanceof PyFloat f) {
            if (f.value != Math.floor(f.value) || Double.isInfinite(f.value)) {
                throw Exc.valueError("non-integer " + what + " for randrange()");
            }
            return MathModule.fromDouble(f.value);
        }
        throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
    }

    static PyInt below(RandomObj r, BigInteger n) { return PyInt.of(r.randbelow(n)); }

    static PyObject randrange(RandomObj r, PyObject start, PyObject stop, PyObject step) {
        BigInteger istart = index(start, "arg 1").bigValue();
        if (stop == null || stop == PyNone.NONE) {
            if (step != null && !(step instanceof PyInt s && s.bigValue().equals(BigInteger.ONE))) {
                throw Exc.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) return below(r, istart);
            throw Exc.valueError("empty range for randrange()");
        }
        BigInteger istop = index(stop, "stop").bigValue();
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == null ? BigInteger.ONE : index(step, "step").bigValue();
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) return PyInt.of(istart.add(r.randbelow(width)));
            throw Exc.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        else if (istep.signum() < 0) n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        else throw Exc.valueError("zero step for randrange()");
        if (n.signum() <= 0) throw Exc.valueError("empty range for randrange()");
        return PyInt.of(istart.add(istep.multiply(r.randbelow(n))));
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    static void method(String name, PyBuiltinFunction.Body body) {
        TYPE.def(name, new PyMethodDescr(TYPE, name, body));
    }

    static {
        TYPE.module = "random";
        TYPE.setAttrDirect("VERSION", PyInt.of(3));
        method("__init__", (a, k) -> {
            PyObject[] p = Args.parse("Random", a, 1, k, new String[]{"x"}, 0, 1);
            self(a[0]).seed(p[0]);
            return PyNone.NONE;
        });
        method("seed", (a, k) -> {
            PyObject[] p = Args.parse("seed", a, 1, k, new String[]{"a", "version"}, 0, 2);
            self(a[0]).seed(p[0]);
            return PyNone.NONE;
        });
        method("random", (a, k) -> {
            Args.methodRange("random", a, k, 0, 0);
            return new PyFloat(self(a[0]).random());
        });
        method("getrandbits", (a, k) -> {
            Args.methodRange("getrandbits", a, k, 1, 1);
            PyInt n = MathModule.toInt(a[1]);
            if (n.signum() < 0) throw Exc.valueError("number of bits must be non-negative");
            return PyInt.of(self(a[0]).getrandbits(n.intValue()));
        });
        method("randbytes", (a, k) -> {
            Args.methodRange("randbytes", a, k, 1, 1);
            int n = MathModule.toInt(a[1]).intValue();
            if (n < 0) throw Exc.valueError("number of bits must be non-negative");
            BigInteger v = self(a[0]).getrandbits(n * 8);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) out[i] = v.shiftRight(8 * i).byteValue();
            return new PyBytes(out);
        });
        method("_randbelow", (a, k) -> below(self(a[0]), MathModule.toInt(a[1]).bigValue()));
        method("randrange", (a, k) -> {
            PyObject[] p = Args.parse("randrange", a, 1, k, new String[]{"start", "stop", "step"}, 1, 3);
            return randrange(self(a[0]), p[0], p[1], p[2]);
        });
        method("randint", (a, k) -> {
            PyObject[] p = Args.parse("randint", a, 1, k, new String[]{"a", "b"}, 2, 2);
            return randrange(self(a[0]), p[0], PyInt.of(index(p[1], "stop").bigValue().add(BigInteger.ONE)), null);
        });
        method("choice", (a, k) -> {
            Args.methodRange("choice", a, k, 1, 1);
            int n = Abstract.len(a[1]);
            if (n == 0) throw Exc.indexError("Cannot choose from an empty sequence");
            return Abstract.getItem(a[1], PyInt.of(self(a[0]).randbelow(n)));
        });
        method("shuffle", (a, k) -> {
            Args.methodRange("shuffle", a, k, 1, 1);
            RandomObj r = self(a[0]);
            PyObject x = a[1];
            for (int i = Abstract.len(x) - 1; i > 0; i--) {
                int j = (int) r.randbelow(i + 1);
                PyInt pi = PyInt.of(i), pj = PyInt.of(j);
                PyObject xi = Abstract.getItem(x, pi), xj = Abstract.getItem(x, pj);
                Abstract.setItem(x, pi, xj);
                Abstract.setItem(x, pj, xi);
            }
            return PyNone.NONE;
        });
        method("sample", (a, k) -> {
            PyObject[] p = Args.parse("sample", a, 1, k, new String[]{"population", "k", "counts"}, 2, 2);
            RandomObj r = self(a[0]);
            PyObject pop = p[0];
            if (pop instanceof PySet || pop instanceof PyDict || pop.type().lookup("__getitem__") == null && !pop.type().builtin) {
                throw Exc.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
            }
            if (p[2] != null && p[2] != PyNone.NONE) {
                PyObject[] counts = Abstract.toArray(p[2]);
                PyList expanded = new PyList();
                PyObject[] items = Abstract.toArray(pop);
                if (counts.length != items.length) throw Exc.valueError("The number of counts does not match the population");
                for (int i = 0; i < items.length; i++) {
                    long c = MathModule.toInt(counts[i]).longValue();
                    for (long j = 0; j < c; j++) expanded.append(items[i]);
                }
                pop = expanded;
            }
            int n = Abstract.len(pop);
            long kk = MathModule.toInt(p[1]).longValue();
            if (kk < 0 || kk > n) throw Exc.valueError("Sample larger than population or is negative");
            int kn = (int) kk;
            PyObject[] result = new PyObject[kn];
            int setsize = 21;
            if (kn > 5) setsize += (int) Math.pow(4, Math.ceil(Libm.log(kn * 3) / Libm.log(4)));
            if (n <= setsize) {
                PyObject[] pool = Abstract.toArray(pop);
                for (int i = 0; i < kn; i++) {
                    int j = (int) r.randbelow(n - i);
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            } else {
                java.util.HashSet<Long> selected = new java.util.HashSet<>();
                for (int i = 0; i < kn; i++) {
                    long j = r.randbelow(n);
                    while (selected.contains(j)) j = r.randbelow(n);
                    selected.add(j);
                    result[i] = Abstract.getItem(pop, PyInt.of(j));
                }
            }
            return new PyList(result, kn);
        });
        method("choices", (a, k) -> {
            PyObject[] p = Args.parse("choices", a, 1, k, new String[]{"population", "weights", "cum_weights", "k"}, 1, 2);
            RandomObj r = self(a[0]);
            PyObject pop = p[0];
            int n = Abstract.len(pop);
            int kn = p[3] == null ? 1 : (int) MathModule.toInt(p[3]).longValue();
            PyObject[] out = new PyObject[Math.max(kn, 0)];
            PyObject weights = p[1] == null ? PyNone.NONE : p[1], cum = p[2] == null ? PyNone.NONE : p[2];
            if (cum == PyNone.NONE) {
                if (weights == PyNone.NONE) {
                    double nf = n;
                    for (int i = 0; i < kn; i++) out[i] = Abstract.getItem(pop, MathModule.fromDouble(Math.floor(r.random() * nf)));
                    return new PyList(out, out.length);
                }
                if (weights instanceof PyInt w) {
                    throw Exc.typeError("The number of choices must be a keyword argument: k=" + w.toDecimal());
                }
                PyObject[] ws = Abstract.toArray(weights);
                PyObject[] cw = new PyObject[ws.length];
                PyObject acc = null;
                for (int i = 0; i < ws.length; i++) {
                    acc = acc == null ? ws[i] : Abstract.binary(dev.gilpy.bytecode.BinaryOps.ADD, acc, ws[i]);
                    cw[i] = acc;
                }
                cum = new PyList(cw, cw.length);
            } else if (weights != PyNone.NONE) {
                throw Exc.typeError("Cannot specify both weights and cumulative weights");
            }
            PyObject[] cw = Abstract.toArray(cum);
            if (cw.length != n) throw Exc.valueError("The number of weights does not match the population");
            double[] cwd = new double[n];
            for (int i = 0; i < n; i++) cwd[i] = MathModule.toDouble(cw[i]);
            double total = n == 0 ? 0.0 : cwd[n - 1];
            if (n == 0) throw Exc.indexError("list index out of range");
            if (total <= 0.0) throw Exc.valueError("Total of weights must be greater than zero");
            if (!Double.isFinite(total)) throw Exc.valueError("Total of weights must be finite");
            int hi = n - 1;
            for (int i = 0; i < kn; i++) {
                double x = r.random() * total;
                int lo = 0, h = hi;
                while (lo < h) {
                    int mid = (lo + h) >>> 1;
                    if (x < cwd[mid]) h = mid; else lo = mid + 1;
                }
                out[i] = Abstract.getItem(pop, PyInt.of(lo));
            }
            return new PyList(out, out.length);
        });
        method("uniform", (a, k) -> {
            PyObject[] p = Args.parse("uniform", a, 1, k, new String[]{"a", "b"}, 2, 2);
            double x = MathModule.toDouble(p[0]), y = MathModule.toDouble(p[1]);
            return new PyFloat(x + (y - x) * self(a[0]).random());
        });
        method("triangular", (a, k) -> {
            PyObject[] p = Args.parse("triangular", a, 1, k, new String[]{"low", "high", "mode"}, 0, 3);
            double low = p[0] == null ? 0.0 : MathModule.toDouble(p[0]);
            double high = p[1] == null ? 1.0 : MathModule.toDouble(p[1]);
            double u = self(a[0]).random();
            if (high == low) return new PyFloat(low);
            double c = p[2] == null || p[2] == PyNone.NONE ? 0.5 : (MathModule.toDouble(p[2]) - low) / (high - low);
            if (u > c) { u = 1.0 - u; c = 1.0 - c; double t = low; low = high; high = t; }
            return new PyFloat(low + (high - low) * Math.sqrt(u * c));
        });
        method("gauss", (a, k) -> {
            PyObject[] p = Args.parse("gauss", a, 1, k, new String[]{"mu", "sigma"}, 0, 2);
            double mu = p[0] == null ? 0.0 : MathModule.toDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : MathModule.toDouble(p[1]);
            RandomObj r = self(a[0]);
            double z;
            synchronized (r) {
                if (r.gaussNext instanceof PyFloat g) {
                    z = g.value;
                    r.gaussNext = PyNone.NONE;
                } else {
                    double x2pi = r.random() * 2 * Math.PI;
                    double g2rad = Math.sqrt(-2.0 * Libm.log(1.0 - r.random()));
                    z = Libm.cos(x2pi) * g2rad;
                    r.gaussNext = new PyFloat(Libm.sin(x2pi) * g2rad);
                }
            }
            return new PyFloat(mu + z * sigma);
        });
        method("normalvariate", (a, k) -> {
            PyObject[] p = Args.parse("normalvariate", a, 1, k, new String[]{"mu", "sigma"}, 0, 2);
            double mu = p[0] == null ? 0.0 : MathModule.toDouble(p[0]);
            double sigma = p[1] == null ? 1.0 : MathModule.toDouble(p[1]);
            return new PyFloat(normal(self(a[0]), mu, sigma));
        });
        method("lognormvariate", (a, k) -> {
            PyObject[] p = Args.parse("lognormvariate", a, 1, k, new String[]{"mu", "sigma"}, 2, 2);
            return new PyFloat(Libm.exp(normal(self(a[0]), MathModule.toDouble(p[0]), MathModule.toDouble(p[1]))));
        });
        method("expovariate", (a, k) -> {
            Args.methodRange("expovariate", a, k, 1, 1);
            return new PyFloat(-Libm.log(1.0 - self(a[0]).random()) / MathModule.toDouble(a[1]));
        });
        // Inverse transforms of the distribution functions; 1 - random() is never 0.
        method("paretovariate", (a, k) -> {
            PyObject[] p = Args.parse("paretovariate", a, 1, k, new String[]{"alpha"}, 1, 1);
            PyObject u = new PyFloat(1.0 - self(a[0]).random());
            return Abstract.binary(BinaryOps.POWER, u, Abstract.binary(BinaryOps.TRUE_DIVIDE, new PyFloat(-1.0), p[0]));
        });
        method("weibullvariate", (a, k) -> {
            PyObject[] p = Args.parse("weibullvariate", a, 1, k, new String[]{"alpha", "beta"}, 2, 2);
            double u = 1.0 - self(a[0]).random();
            PyObject t = Abstract.binary(BinaryOps.POWER, new PyFloat(-Libm.log(u)),
                    Abstract.binary(BinaryOps.TRUE_DIVIDE, new PyFloat(1.0), p[1]));
            return Abstract.binary(BinaryOps.MULTIPLY, p[0], t);
        });
        method("getstate", (a, k) -> {
            RandomObj r = self(a[0]);
            PyObject[] st = new PyObject[625];
            synchronized (r) {
                for (int i = 0; i < 624; i++) st[i] = PyInt.of(r.mt[i] & 0xffffffffL);
                st[624] = PyInt.of(r.mti);
                return PyTuple.of(PyInt.of(3), new PyTuple(st), r.gaussNext);
            }
        });
        method("setstate", (a, k) -> {
            Args.methodRange("setstate", a, k, 1, 1);
            RandomObj r = self(a[0]);
            PyObject[] st = Abstract.toArray(a[1]);
            if (st.length != 3) throw Exc.valueError("state vector is the wrong size");
            PyObject[] words = Abstract.toArray(st[1]);
            if (words.length != 625) throw Exc.valueError("state vector is the wrong size");
            synchronized (r) {
                for (int i = 0; i < 624; i++) r.mt[i] = (int) MathModule.toInt(words[i]).longValue();
                int idx = (int) MathModule.toInt(words[624]).longValue();
                if (idx < 0 || idx > 624) throw Exc.valueError("invalid state");
                r.mti = idx;
                r.gaussNext = st[2];
            }
            return PyNone.NONE;
        });
    }

    /** Kinderman and Monahan's ratio-of-uniforms method, as CPython's normalvariate. */
    static double normal(RandomObj r, double mu, double sigma) {
        double magic = 4 * Libm.exp(-0.5) / Math.sqrt(2.0);
        double z;
        while (true) {
            double u1 = r.random();
            double u2 = 1.0 - r.random();
            z = magic * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Libm.log(u2)) break;
        }
        return mu + z * sigma;
    }

    static final String[] EXPORTED = {"seed", "random", "getrandbits", "randbytes", "randrange", "randint", "choice",
            "shuffle", "sample", "choices", "uniform", "triangular", "gauss", "normalvariate", "lognormvariate",
            "expovariate", "paretovariate", "weibullvariate",
            "getstate", "setstate"};

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("random");
        m.set("Random", TYPE);
        RandomObj inst = new RandomObj(TYPE);
        m.set("_inst", inst);
        for (String name : EXPORTED) {
            m.set(name, new PyBoundBuiltin((PyMethodDescr) TYPE.ownAttr(name), inst));
        }
        return m;
    }
}
