package dev.gilpy.runtime;

/**
 * CPython 3.11's list sort (Objects/listobject.c, listsort.txt): natural runs extended to minrun by binary
 * insertion, merged by the powersort policy, with galloping merges. It makes the same calls to {@code <}, in
 * the same order, on the same arguments as CPython, so a program that counts or prints its comparisons (through
 * a {@code __lt__} or {@code functools.cmp_to_key}) prints what CPython prints; a comparison that raises leaves
 * the list in CPython's partly sorted order.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    private final PyObject[] vals;   // the values moved beside their keys (key=...), or null
    private final int n;
    private int minGallop = MIN_GALLOP;
    private PyObject[] tmpKeys = new PyObject[0], tmpVals = new PyObject[0];

    // The stack of runs waiting to be merged.
    private final int[] runBase = new int[85], runLen = new int[85], runPower = new int[85];
    private int runs;

    private ListSort(PyObject[] keys, PyObject[] vals, int n) {
        this.keys = keys;
        this.vals = vals;
        this.n = n;
    }

    /** Sorts keys[0..n) (and vals beside them, when not null) in place; a comparison's exception propagates. */
    static void sort(PyObject[] keys, PyObject[] vals, int n) {
        if (n < 2) return;
        new ListSort(keys, vals, n).run();
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && !x.isBig() && !y.isBig()
                && x.type().builtin && y.type().builtin) return x.value < y.value;
        return Abstract.compareBool(a, b, Abstract.LT);
    }

    private void run() {
        int lo = 0, remaining = n;
        int minrun = minrun(n);
        do {
            int[] desc = new int[1];
            int len = countRun(lo, lo + remaining, desc);
            if (desc[0] != 0) reverse(lo, lo + len);
            if (len < minrun) {
                int force = Math.min(remaining, minrun);
                binarySort(lo, lo + force, lo + len);
                len = force;
            }
            foundNewRun(len);
            runBase[runs] = lo;
            runLen[runs] = len;
            runs++;
            lo += len;
            remaining -= len;
        } while (remaining != 0);
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLen[i - 1] < runLen[i + 1]) i--;
            mergeAt(i);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    private void reverse(int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            PyObject t = keys[lo];
            keys[lo] = keys[hi];
            keys[hi] = t;
            if (vals != null) {
                t = vals[lo];
                vals[lo] = vals[hi];
                vals[hi] = t;
            }
        }
    }

    /** The length of the run at lo: ascending (a[i] <= a[i+1]) or strictly descending (desc[0] = 1). */
    private int countRun(int lo, int hi, int[] desc) {
        lo++;
        if (lo == hi) return 1;
        int len = 2;
        if (lt(keys[lo], keys[lo - 1])) {
            desc[0] = 1;
            for (lo++; lo < hi; lo++, len++) if (!lt(keys[lo], keys[lo - 1])) break;
        } else {
            for (lo++; lo < hi; lo++, len++) if (lt(keys[lo], keys[lo - 1])) break;
        }
        return len;
    }

    /** [lo, start) is sorted; inserts each of [start, hi) by binary search. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            int l = lo, r = start;
            PyObject pivot = keys[r];
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (vals != null) {
                PyObject v = vals[start];
                System.arraycopy(vals, l, vals, l + 1, start - l);
                vals[l] = v;
            }
        }
    }

    /** Powersort: merges the runs whose power exceeds the new boundary's before the new run is pushed. */
    private void foundNewRun(int n2) {
        if (runs == 0) return;
        int s1 = runBase[runs - 1], n1 = runLen[runs - 1];
        int power = powerloop(s1, n1, n2, n);
        while (runs > 1 && runPower[runs - 2] > power) mergeAt(runs - 2);
        runPower[runs - 1] = power;
    }

    private static int powerloop(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1, b = a + n1 + n2;
        for (;;) {
            ++result;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    private void mergeAt(int i) {
        int baseA = runBase[i], na = runLen[i], baseB = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == runs - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // Where does b start in a? What comes before is already in place.
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) return;
        // Where does a end in b? What comes after is already in place.
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(baseA, na, baseB, nb);
        else mergeHi(baseA, na, baseB, nb);
    }

    /** The leftmost place for key in a[base..base+len) (a[i] < key before it), searched from hint. */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(a[base + hint + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                } else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(a[base + hint - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(a[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /** The rightmost place for key in a[base..base+len) (a[i] <= key before it), searched from hint. */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int len, int hint) {
        int lastofs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                } else break;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = len - hint;
            while (ofs < maxofs) {
                if (lt(key, a[base + hint + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        ++lastofs;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private void ensureTmp(int need) {
        if (tmpKeys.length < need) {
            tmpKeys = new PyObject[need];
            if (vals != null) tmpVals = new PyObject[need];
        }
    }

    /** Copies len entries (key and value) from (src, si) to (dst, di); src/dst true = the run arrays. */
    private void move(boolean fromList, int si, boolean toList, int di, int len) {
        if (len <= 0) return;
        System.arraycopy(fromList ? keys : tmpKeys, si, toList ? keys : tmpKeys, di, len);
        if (vals != null) System.arraycopy(fromList ? vals : tmpVals, si, toList ? vals : tmpVals, di, len);
    }

    /** Merges the adjacent runs a (na, the shorter) and b in place, a copied aside, from the left. */
    private void mergeLo(int pa, int na, int pb, int nb) {
        ensureTmp(na);
        move(true, pa, false, 0, na);
        int dest = pa;
        int a = 0;   // into tmp
        move(true, pb++, true, dest++, 1);
        if (--nb == 0) {
            move(false, a, true, dest, na);
            return;
        }
        if (na == 1) {
            copyBLo(dest, a, pb, nb);
            return;
        }
        int mg = minGallop;
        boolean copied = false;
        try {
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(keys[pb], tmpKeys[a])) {
                        move(true, pb++, true, dest++, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) break outer;
                        if (bcount >= mg) break;
                    } else {
                        move(false, a++, true, dest++, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 1) {
                            copyBLo(dest, a, pb, nb);
                            copied = true;
                            return;
                        }
                        if (acount >= mg) break;
                    }
                }
                ++mg;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[pb], tmpKeys, a, na, 0);
                    acount = k;
                    if (k != 0) {
                        move(false, a, true, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) {
                            copyBLo(dest, a, pb, nb);
                            copied = true;
                            return;
                        }
                        if (na == 0) break outer;
                    }
                    move(true, pb++, true, dest++, 1);
                    if (--nb == 0) break outer;
                    k = gallopLeft(tmpKeys[a], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(true, pb, true, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) break outer;
                    }
                    move(false, a++, true, dest++, 1);
                    if (--na == 1) {
                        copyBLo(dest, a, pb, nb);
                        copied = true;
                        return;
                    }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++mg;
                minGallop = mg;
            }
        } finally {
            // On success, and when a comparison raised: what is left of a goes back, so nothing is lost.
            if (!copied) move(false, a, true, dest, na);
        }
    }

    /** The last element of a belongs at the end of the merge: b's rest moves left, then that element. */
    private void copyBLo(int dest, int a, int pb, int nb) {
        move(true, pb, true, dest, nb);
        move(false, a, true, dest + nb, 1);
    }

    /** Merges the adjacent runs a and b (nb, the shorter) in place, b copied aside, from the right. */
    private void mergeHi(int pa, int na, int pb, int nb) {
        ensureTmp(nb);
        int baseA = pa;
        move(true, pb, false, 0, nb);
        int dest = pb + nb - 1;
        int b = nb - 1;          // into tmp
        int a = pa + na - 1;
        move(true, a--, true, dest--, 1);
        boolean copiedA = false;
        try {
            if (--na == 0) return;
            if (nb == 1) {
                copyAHi(dest, a, na, b);
                copiedA = true;
                return;
            }
            int mg = minGallop;
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tmpKeys[b], keys[a])) {
                        move(true, a--, true, dest--, 1);
                        acount++;
                        bcount = 0;
                        if (--na == 0) return;
                        if (acount >= mg) break;
                    } else {
                        move(false, b--, true, dest--, 1);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) {
                            copyAHi(dest, a, na, b);
                            copiedA = true;
                            return;
                        }
                        if (bcount >= mg) break;
                    }
                }
                ++mg;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tmpKeys[b], keys, baseA, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        move(true, a + 1, true, dest + 1, k);
                        na -= k;
                        if (na == 0) return;
                    }
                    move(false, b--, true, dest--, 1);
                    if (--nb == 1) {
                        copyAHi(dest, a, na, b);
                        copiedA = true;
                        return;
                    }
                    k = gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        move(false, b + 1, true, dest + 1, k);
                        nb -= k;
                        if (nb == 1) {
                            copyAHi(dest, a, na, b);
                            copiedA = true;
                            return;
                        }
                        if (nb == 0) return;
                    }
                    move(true, a--, true, dest--, 1);
                    if (--na == 0) return;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                ++mg;
                minGallop = mg;
            }
        } finally {
            // What is left of b goes back below dest, on success and when a comparison raised.
            if (!copiedA && nb > 0) move(false, 0, true, dest - (nb - 1), nb);
        }
    }

    /** The first element of b belongs at the front of the merge: a's rest moves right, then that element. */
    private void copyAHi(int dest, int a, int na, int b) {
        move(true, a + 1 - na, true, dest + 1 - na, na);
        dest -= na;
        move(false, b, true, dest, 1);
    }
}
