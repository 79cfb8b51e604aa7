package dev.gilpy.concurrent;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream (the process's stdin) whose blocking reads a signal can interrupt: a read(2) on a pipe
 * or terminal cannot be woken in the JVM, so a helper thread does the reading and the caller waits for
 * its bytes on a monitor, which {@link Gil#blockedWhile} interrupts (CPython: EINTR, then the handlers,
 * then the read again). Bytes that arrive after the caller gave up are kept for the next read. The helper
 * reads only while somebody asks, so stdin is not drained behind a child process's back.
 */
public final class InterruptibleInput extends InputStream {
    private final InputStream raw;
    private byte[] chunk = new byte[0];
    private int pos;
    private boolean eof, reading, requested;
    private Thread helper;
    private IOException error;

    public InterruptibleInput(InputStream raw) { this.raw = raw; }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos >= chunk.length) {
            if (error != null) {
                IOException e = error;
                error = null;
                throw e;
            }
            if (eof) return -1;
            if (!reading) startRead();
            try {
                wait();
            } catch (InterruptedException e) {
                throw Blocking.interrupted();
            }
        }
        int n = Math.min(len, chunk.length - pos);
        System.arraycopy(chunk, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public synchronized int available() throws IOException {
        return chunk.length - pos > 0 ? chunk.length - pos : reading ? 0 : raw.available();
    }

    /** Asks the helper thread (started at the first read) for one read(2) on the raw stream. */
    private void startRead() {
        reading = true;
        requested = true;
        if (helper == null) {
            helper = new Thread(this::pump, "stdin-reader");
            helper.setDaemon(true);
            helper.start();
        } else {
            notifyAll();
        }
    }

    /** The helper: one read per request, the result handed over under this monitor. */
    private void pump() {
        byte[] buf = new byte[65536];
        while (true) {
            synchronized (this) {
                while (!requested) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                requested = false;
            }
            int n;
            IOException failure = null;
            try {
                n = raw.read(buf, 0, buf.length);
            } catch (IOException e) {
                n = 0;
                failure = e;
            }
            synchronized (this) {
                reading = false;
                if (failure != null) error = failure;
                else if (n < 0) eof = true;
                else {
                    chunk = java.util.Arrays.copyOf(buf, n);
                    pos = 0;
                }
                notifyAll();
            }
        }
    }
}
