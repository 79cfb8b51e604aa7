package dev.gilpy.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One-way puts from this process to one owner process, in the order they were made (CPython's queue
 * feeder thread). A put appends the framed item to a pending buffer and returns; a writer thread sends
 * all that is pending in one write, so puts made while a write is under way share the next one and the
 * producer never waits for the socket.
 */
final class PutStream {
    /** With this much pending, a put writes it out itself: an owner that stops reading cannot fill our memory. */
    private static final int LIMIT = 1 << 20;

    /** A growable byte buffer that frames items (plain fields: it is only used under the stream's locks). */
    private static final class Buf {
        byte[] bytes = new byte[1 << 16];
        int size;

        /** Endpoint's OP_PUT frame: op, queue id, length, item. */
        void frame(long id, byte[] item) {
            int end = size + 13 + item.length;
            if (end > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            byte[] b = bytes;
            int p = size;
            b[p] = Endpoint.OP_PUT;
            for (int i = 0; i < 8; i++) b[p + 1 + i] = (byte) (id >>> (56 - 8 * i));
            for (int i = 0; i < 4; i++) b[p + 9 + i] = (byte) (item.length >>> (24 - 8 * i));
            System.arraycopy(item, 0, b, p + 13, item.length);
            size = end;
        }

        void reset() {
            size = 0;
            if (bytes.length > LIMIT) bytes = new byte[1 << 16];   // do not keep a huge item's room
        }
    }

    /**
     * A write due this soon after the previous one means puts come in a burst: it first waits GATHER_NANOS
     * for more to share it, and again while more keep coming, up to MAX_GATHER_NANOS. An isolated put is
     * written at once. (While the producer is still cold, a put takes tens of microseconds: gathering only
     * once meant a write, and a wake-up of the owner's reader and getter, for every item or two.)
     */
    private static final long BURST_NANOS = 200_000, GATHER_NANOS = 50_000, MAX_GATHER_NANOS = 1_000_000;
    /** Puts so far (only compared, to see whether more came while the writer gathered). */
    private volatile long puts;

    private final SocketChannel ch;
    private Buf pending = new Buf();
    /** Empty whenever no write is under way; swapped with pending by the writer. */
    private Buf spare = new Buf();
    /** Held across swap and write, so batches reach the socket in the order they were taken. */
    private final Object writeLock = new Object();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Thread writer;
    private volatile IOException failed;

    PutStream(SocketChannel ch) {
        this.ch = ch;
        writer = new Thread(this::writeLoop, "mp-feeder");
        writer.setDaemon(true);
        writer.start();
    }

    void put(long id, byte[] item) throws IOException {
        if (item.length >= LIMIT / 4) {
            putLarge(id, item);
            return;
        }
        boolean full;
        synchronized (this) {
            if (failed != null) throw failed;
            pending.frame(id, item);
            puts++;
            full = pending.size >= LIMIT;
        }
        if (full) flush();
        // Unpark only when the writer is not already due to run: a burst of puts costs one wake-up.
        else if (!scheduled.getAndSet(true)) LockSupport.unpark(writer);
    }

    private synchronized int pendingSize() { return pending.size; }

    /**
     * A large item goes out on this thread, after what is pending, straight from the caller's array (no copy
     * into the pending buffer): its size alone makes batching pointless.
     */
    private void putLarge(long id, byte[] item) throws IOException {
        synchronized (writeLock) {
            if (failed != null) throw failed;
            flush();
            ByteBuffer head = ByteBuffer.allocate(13).put((byte) Endpoint.OP_PUT).putLong(id).putInt(item.length).flip();
            ByteBuffer body = ByteBuffer.wrap(item);
            try {
                while (body.hasRemaining()) ch.write(new ByteBuffer[]{head, body});
            } catch (IOException e) {
                failed = e;
                throw e;
            }
        }
    }

    /** Sends everything put so far (the writer's job; also at exit and on Queue.close()). */
    void flush() throws IOException {
        synchronized (writeLock) {
            Buf b;
            synchronized (this) {
                if (pending.size == 0) return;
                b = pending;
                pending = spare;
                spare = b;
            }
            try {
                ByteBuffer bb = ByteBuffer.wrap(b.bytes, 0, b.size);
                while (bb.hasRemaining()) ch.write(bb);
            } catch (IOException e) {
                failed = e;
                throw e;
            } finally {
                b.reset();
            }
        }
    }

    private void writeLoop() {
        long lastWrite = 0;
        while (true) {
            if (!scheduled.get()) {
                LockSupport.park(this);
                continue;
            }
            // Puts are coming fast (we wrote moments ago): let more gather for one write and one wake-up of
            // the owner. scheduled stays set meanwhile, so those puts do not wake us early.
            long start = System.nanoTime();
            if (start - lastWrite < BURST_NANOS) {
                long seen;
                do {
                    seen = puts;
                    LockSupport.parkNanos(this, GATHER_NANOS);
                } while (puts != seen && System.nanoTime() - start < MAX_GATHER_NANOS && pendingSize() < LIMIT / 4);
            }
            // A put after this finds it false and unparks us again, so none is left behind.
            scheduled.set(false);
            try {
                flush();
            } catch (IOException e) {
                return;
            }
            lastWrite = System.nanoTime();
        }
    }
}
