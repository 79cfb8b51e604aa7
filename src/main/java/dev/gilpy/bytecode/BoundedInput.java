package dev.gilpy.bytecode;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a message held in memory (big-endian, as {@link java.io.DataOutputStream} writes it). Every length
 * and count is checked against the bytes that are left before anything is allocated, so a damaged or
 * crafted message fails with {@link Malformed} instead of allocating gigabytes or reading past its end:
 * what a message can make the reader allocate is bounded by a small multiple of its own size.
 */
public final class BoundedInput {
    /** The message is damaged: truncated, a length or count larger than what is left, a bad tag... */
    public static final class Malformed extends IOException {
        public Malformed(String message) { super(message); }
    }

    private final byte[] buf;
    private int pos;

    public BoundedInput(byte[] buf) { this.buf = buf; }

    public int remaining() { return buf.length - pos; }

    public int position() { return pos; }

    /** The next byte, not consumed (at least one must be left). */
    public int peek() throws Malformed {
        need(1, "a byte");
        return buf[pos] & 0xff;
    }

    /** Back to an earlier position (one returned by {@link #position}). */
    public void seek(int position) {
        if (position < 0 || position > buf.length) throw new IllegalArgumentException("position " + position);
        pos = position;
    }

    private void need(long n, String what) throws Malformed {
        if (n > remaining()) {
            throw new Malformed("truncated message: " + what + " needs " + n + " bytes at offset " + pos + ", "
                    + remaining() + " left");
        }
    }

    public int u8() throws Malformed {
        need(1, "a byte");
        return buf[pos++] & 0xff;
    }

    public int i32() throws Malformed {
        need(4, "an int");
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    public long i64() throws Malformed {
        long hi = i32() & 0xffffffffL;
        return (hi << 32) | (i32() & 0xffffffffL);
    }

    public double f64() throws Malformed { return Double.longBitsToDouble(i64()); }

    /**
     * A count of items that follow, each taking at least {@code minBytesEach} bytes of the message: a
     * negative count, or one the rest of the message cannot hold, is refused before anything is allocated.
     */
    public int count(int minBytesEach, String what) throws Malformed { return count(minBytesEach, what, false); }

    /** As {@link #count(int, String)}; with {@code orAbsent}, -1 (an absent array) is returned as is. */
    public int count(int minBytesEach, String what, boolean orAbsent) throws Malformed {
        int at = pos;
        int n = i32();
        if (n == -1 && orAbsent) return -1;
        if (n < 0) throw new Malformed("negative " + what + " count " + n + " at offset " + at);
        if ((long) n * minBytesEach > remaining()) {
            throw new Malformed(what + " count " + n + " at offset " + at + " exceeds the " + remaining()
                    + " bytes left in the message");
        }
        return n;
    }

    public byte[] bytes(int n) throws Malformed {
        need(n, "a byte string");
        byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return b;
    }

    /** An int length, then that many bytes. */
    public byte[] lengthPrefixed() throws Malformed { return bytes(count(1, "byte")); }

    /** An int length, then that many bytes of UTF-8 (invalid sequences decode to U+FFFD, as Java does). */
    public String utf8() throws Malformed { return new String(lengthPrefixed(), StandardCharsets.UTF_8); }

    /** What {@link java.io.DataOutputStream#writeUTF} wrote: an unsigned 16-bit length and modified UTF-8. */
    public String modifiedUtf8() throws Malformed {
        need(2, "a string length");
        int n = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        need(2L + n, "a string");
        try {
            String s = new DataInputStream(new ByteArrayInputStream(buf, pos, n + 2)).readUTF();
            pos += n + 2;
            return s;
        } catch (IOException e) {
            throw new Malformed("bad modified UTF-8 string at offset " + pos);
        }
    }

    /** {@code n} UTF-16 code units (lone surrogates included). */
    public String utf16(int n) throws Malformed {
        need(2L * n, "UTF-16 text");
        char[] cs = new char[n];
        for (int i = 0; i < n; i++, pos += 2) cs[i] = (char) (((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff));
        return new String(cs);
    }
}
