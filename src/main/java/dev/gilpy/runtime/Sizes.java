package dev.gilpy.runtime;

/**
 * The size of a sequence about to be built, checked before anything is allocated, with CPython's errors: a
 * count that does not fit a Py_ssize_t is OverflowError; a result no Java array or string can hold is
 * MemoryError (CPython's allocator fails the same way for sizes beyond the machine's memory).
 */
public final class Sizes {
    private Sizes() {}

    /** The longest array or string the JVM allocates (a few header words below Integer.MAX_VALUE). */
    public static final int MAX = Integer.MAX_VALUE - 16;

    /** CPython's message when an index does not fit Py_ssize_t (PyNumber_AsSsize_t with OverflowError). */
    public static final String INDEX_SIZED = "cannot fit 'int' into an index-sized integer";
    /** CPython's message when an argument does not fit Py_ssize_t ("n" format of PyArg_Parse). */
    public static final String C_SSIZE_T = "Python int too large to convert to C ssize_t";

    public static PyException memoryError() { return new PyBaseException(Exc.MemoryError).raise(); }

    /** n as a Py_ssize_t, or OverflowError(msg). */
    public static long ssize(PyInt n, String msg) {
        if (n.isBig()) throw Exc.overflowError(msg);
        return n.value;
    }

    /** o.__index__() as a Py_ssize_t (an argument like a width), TypeError when it has no __index__. */
    public static long ssizeArg(PyObject o) {
        PyInt n = o instanceof PyInt i ? i : Abstract.indexOrNull(o);
        if (n == null) throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        return ssize(n, C_SSIZE_T);
    }

    /** A length about to be allocated: MemoryError when no Java array or string can hold it. */
    public static int alloc(long n) {
        if (n < 0 || n > MAX) throw memoryError();
        return (int) n;
    }

    /**
     * The element count of {@code itemLen}-long sequence repeated {@code times} times (0 for a count <= 0).
     * {@code tooLong} is str's and bytes' OverflowError message for a product beyond Py_ssize_t (null:
     * MemoryError, as list, tuple and bytearray report it).
     */
    public static int repeat(long itemLen, PyInt times, String tooLong) {
        long count = ssize(times, INDEX_SIZED);
        if (count <= 0 || itemLen == 0) return 0;
        if (tooLong != null && count > Long.MAX_VALUE / itemLen) throw Exc.overflowError(tooLong);
        if (count > MAX / itemLen) throw memoryError();
        return (int) (count * itemLen);
    }

    /** o.__index__() as a C int (CPython's "i" argument format): OverflowError outside it. */
    public static int cInt(PyObject o) {
        PyInt n = o instanceof PyInt i ? i : Abstract.indexOrNull(o);
        if (n == null) throw Exc.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        if (n.isBig() || n.value > Integer.MAX_VALUE || n.value < Integer.MIN_VALUE) {
            throw Exc.overflowError("Python int too large to convert to C int");
        }
        return (int) n.value;
    }

    /** The next capacity of a growing array of {@code capacity} that must hold {@code needed}: doubled, within MAX. */
    public static int grown(int capacity, long needed) {
        return alloc(Math.max(needed, Math.min(MAX, capacity * 2L + 4)));
    }
}
