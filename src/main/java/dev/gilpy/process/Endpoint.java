package dev.gilpy.process;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.io.*;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This process's end of the multiprocessing transport: a Unix-domain socket server in a private run
 * directory (mode 0700), the objects this process hosts (queues, locks, events...), and client
 * connections to the other processes' servers. Every connection proves knowledge of the run's authkey
 * with an HMAC-SHA256 challenge in both directions.
 */
public final class Endpoint {
    static final int OP_PUT = 1, OP_CALL = 2;
    static final int ST_OK = 0, ST_EXC = 1, ST_EMPTY = 2, ST_FULL = 3;

    private static volatile Endpoint instance;

    public final Path runDir;
    public final byte[] authkey;
    public final boolean root;
    private final String myPath;
    private volatile ServerSocketChannel server;
    final Map<Long, Hosted> hosted = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, ConcurrentLinkedQueue<Conn>> pools = new ConcurrentHashMap<>();
    private final Map<String, PutStream> streams = new ConcurrentHashMap<>();

    private Endpoint(Path runDir, byte[] authkey, boolean root) {
        this.runDir = runDir;
        this.authkey = authkey;
        this.root = root;
        this.myPath = runDir.resolve(ProcessHandle.current().pid() + ".sock").toString();
    }

    /** The node of this process: a new run (directory and key) unless a parent configured one. */
    public static Endpoint get() {
        Endpoint n = instance;
        if (n != null) return n;
        synchronized (Endpoint.class) {
            if (instance == null) {
                try {
                    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "gilpy-mp-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    byte[] key = new byte[32];
                    Random.INSTANCE.nextBytes(key);
                    Endpoint node = new Endpoint(dir, key, true);
                    Runtime.getRuntime().addShutdownHook(new Thread(node::cleanup));
                    instance = node;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return instance;
        }
    }

    /** A child joins its parent's run. */
    static synchronized void join(Path dir, byte[] key) {
        instance = new Endpoint(dir, key, false);
    }

    public static boolean started() { return instance != null; }

    public String sockPath() { return myPath; }

    /**
     * Whether a handle of this kind may name path: a process's socket in this run's directory, or for
     * shared memory ("shm") one of the run's shared-memory files. A message cannot point a process at any
     * other socket or file.
     */
    boolean isRunPath(String kind, String path) {
        try {
            Path p = Path.of(path);
            String name = p.getFileName().toString();
            return runDir.equals(p.getParent())
                    && name.matches(kind.equals("shm") ? "shm-[0-9]+\\.bin" : "[0-9]+\\.sock");
        } catch (InvalidPathException | NullPointerException e) {
            return false;
        }
    }

    private void cleanup() {
        flushAll();
        if (!root) return;
        try (var s = Files.walk(runDir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
        }
    }

    // ------------------------------------------------------------------ hosting

    public HostedRef host(String kind, Hosted obj) {
        ensureServer();
        long id = ids.incrementAndGet();
        hosted.put(id, obj);
        return new HostedRef(kind, myPath, id);
    }

    public Hosted local(HostedRef h) {
        Hosted o = hosted.get(h.id);
        if (o == null) throw Exc.runtimeError("multiprocessing object " + h.id + " is gone");
        return o;
    }

    private synchronized void ensureServer() {
        if (server != null) return;
        try {
            ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            Files.deleteIfExists(Path.of(myPath));
            s.bind(UnixDomainSocketAddress.of(myPath));
            server = s;
            Thread t = new Thread(this::acceptLoop, "mp-server");
            t.setDaemon(true);
            t.start();
        } catch (IOException e) {
            throw Exc.raise(Exc.OSError, "multiprocessing: cannot listen on " + myPath + ": " + e.getMessage());
        }
    }

    private void acceptLoop() {
        while (true) {
            SocketChannel c;
            try {
                c = server.accept();
            } catch (IOException e) {
                return;
            }
            if (!pendingHandshakes.tryAcquire()) {
                System.err.println("gilpy multiprocessing: refused a connection: " + MAX_PENDING_HANDSHAKES
                        + " connections are already waiting to complete the handshake");
                closeQuietly(c);
                continue;
            }
            Thread t = new Thread(() -> serve(c), "mp-conn");
            t.setDaemon(true);
            t.start();
        }
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    // ------------------------------------------------------------------ handshake limits

    /** Connections accepted whose handshake has not finished: each costs a thread until it does or times out. */
    static final int MAX_PENDING_HANDSHAKES = 64;
    private final java.util.concurrent.Semaphore pendingHandshakes = new java.util.concurrent.Semaphore(MAX_PENDING_HANDSHAKES);

    /**
     * How long a connection may take to prove it knows the authkey (GILPY_MP_HANDSHAKE_TIMEOUT or
     * -Dgilpy.mp.handshake_timeout, in seconds, default 30). A real client needs milliseconds, but on a
     * machine loaded far beyond its cores a child's first connection (class loading, seeding SecureRandom)
     * has taken seconds: a late legitimate client would fail its program, a late stranger only holds one of
     * the {@link #MAX_PENDING_HANDSHAKES} threads a little longer.
     */
    static final long HANDSHAKE_TIMEOUT_NANOS = handshakeTimeout();

    private static long handshakeTimeout() {
        String v = System.getProperty("gilpy.mp.handshake_timeout", System.getenv("GILPY_MP_HANDSHAKE_TIMEOUT"));
        if (v != null && !v.isBlank()) {
            try {
                double s = Double.parseDouble(v.strip());
                if (s > 0 && s < 1e6) return (long) (s * 1e9);
            } catch (NumberFormatException ignored) {
                // reported below
            }
            System.err.println("gilpy: GILPY_MP_HANDSHAKE_TIMEOUT expects a number of seconds, not '" + v + "'; using 30");
        }
        return 30_000_000_000L;
    }

    /** Closes connections whose handshake is late; one daemon thread, made on the first connection served. */
    private static final class Timer {
        static final java.util.concurrent.ScheduledThreadPoolExecutor INSTANCE = make();

        private static java.util.concurrent.ScheduledThreadPoolExecutor make() {
            var t = new java.util.concurrent.ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "mp-handshake-timer");
                th.setDaemon(true);
                return th;
            });
            t.setRemoveOnCancelPolicy(true);
            return t;
        }
    }

    // ------------------------------------------------------------------ authentication

    /**
     * HMAC-SHA256 (RFC 2104) over the authkey, built on MessageDigest: the JCE's Mac costs a child its
     * provider set-up (tens of milliseconds) on its first connection, SHA-256 is loaded already.
     */
    private byte[] hmac(byte[] nonce) {
        try {
            MessageDigest inner = MessageDigest.getInstance("SHA-256"), outer = MessageDigest.getInstance("SHA-256");
            byte[] k = authkey.length > 64 ? inner.digest(authkey) : authkey;
            byte[] ipad = new byte[64], opad = new byte[64];
            for (int i = 0; i < 64; i++) {
                byte b = i < k.length ? k[i] : 0;
                ipad[i] = (byte) (b ^ 0x36);
                opad[i] = (byte) (b ^ 0x5c);
            }
            inner.update(ipad);
            outer.update(opad);
            return outer.digest(inner.digest(nonce));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Made on first use: seeding it costs a fresh JVM tens of milliseconds, and many children never connect. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    private static byte[] nonce() {
        byte[] b = new byte[32];
        Random.INSTANCE.nextBytes(b);
        return b;
    }

    /** Server side: challenge the client, then answer its challenge. False (logged) when it fails. */
    boolean authServer(DataInputStream in, DataOutputStream out) throws IOException {
        byte[] n = nonce();
        out.write(n);
        out.flush();
        byte[] answer = new byte[32];
        in.readFully(answer);
        if (!MessageDigest.isEqual(answer, hmac(n))) {
            out.writeByte(0);
            out.flush();
            System.err.println("gilpy multiprocessing: refused a connection that does not know the authkey (digest mismatch)");
            return false;
        }
        out.writeByte(1);
        out.flush();
        byte[] theirs = new byte[32];
        in.readFully(theirs);
        out.write(hmac(theirs));
        out.flush();
        return true;
    }

    /** Client side. */
    static void authClient(byte[] key, DataInputStream in, DataOutputStream out, Endpoint node) throws IOException {
        byte[] n = new byte[32];
        in.readFully(n);
        out.write(node.hmac(n));
        out.flush();
        if (in.readUnsignedByte() != 1) throw new IOException("authentication refused: digest sent was rejected");
        byte[] mine = nonce();
        out.write(mine);
        out.flush();
        byte[] answer = new byte[32];
        in.readFully(answer);
        if (!MessageDigest.isEqual(answer, node.hmac(mine))) throw new IOException("the server failed authentication");
        out.writeLong(ProcessHandle.current().pid());   // who we are: see awaitDrained
        out.flush();
    }

    /** Connections being served, per client pid (see {@link #awaitDrained}). */
    private final Map<Long, Integer> openFrom = new java.util.HashMap<>();

    /**
     * After process pid has ended: waits until everything it sent us has been filed (its connections reached
     * EOF), as CPython's join() implies by sharing one pipe. Without this, a put the parent makes after
     * join() (the usual None sentinel) could overtake the child's last items, still being read.
     */
    public void awaitDrained(long pid) {
        long deadline = System.nanoTime() + 5_000_000_000L;   // its sockets are closed: EOF comes at once
        synchronized (openFrom) {
            while (openFrom.getOrDefault(pid, 0) > 0 && dev.gilpy.concurrent.Blocking.waitUntil(openFrom, deadline)) { }
        }
    }

    private void opened(long pid, int delta) {
        synchronized (openFrom) {
            if (openFrom.merge(pid, delta, Integer::sum) == 0) openFrom.remove(pid);
            openFrom.notifyAll();
        }
    }

    // ------------------------------------------------------------------ server

    private void serve(SocketChannel ch) {
        // 0 handshaking, 1 done, 2 timed out: whichever of the handshake and the timer comes first wins.
        java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
        ScheduledFuture<?> timer = Timer.INSTANCE.schedule(() -> {
            if (state.compareAndSet(0, 2)) closeQuietly(ch);   // unblocks the read below
        }, HANDSHAKE_TIMEOUT_NANOS, TimeUnit.NANOSECONDS);
        try (ch) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 65536));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), 65536));
            long pid;
            try {
                if (!authServer(in, out)) return;
                pid = in.readLong();
            } finally {
                timer.cancel(false);
                pendingHandshakes.release();
            }
            if (!state.compareAndSet(0, 1)) return;
            opened(pid, 1);
            try {
                serveFrames(in, out, pid);
            } finally {
                opened(pid, -1);
            }
        } catch (MalformedFrame e) {
            System.err.println("gilpy multiprocessing: closed a connection that sent a malformed frame: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.err.println("gilpy multiprocessing: closed a connection whose message does not fit in memory");
        } catch (IOException e) {
            // the client went away
        } finally {
            if (state.get() == 2) {
                System.err.printf("gilpy multiprocessing: closed a connection that did not complete the handshake "
                        + "within %.3g s%n", HANDSHAKE_TIMEOUT_NANOS / 1e9);
            }
        }
    }

    /** The peer broke the framing (a negative length, an unknown operation): the connection is closed. */
    static final class MalformedFrame extends IOException {
        MalformedFrame(String message) { super(message); }
    }

    /**
     * A frame's payload of len bytes. Beyond 64 KiB it is read in pieces as they arrive, so a length field
     * alone cannot make this process allocate gigabytes (only bytes actually sent can).
     */
    static byte[] readPayload(DataInputStream in, int len) throws IOException {
        if (len < 0) throw new MalformedFrame("negative length " + len);
        if (len <= 65536) {
            byte[] b = new byte[len];
            in.readFully(b);
            return b;
        }
        // Grown by doubling as bytes arrive, read in place (readNBytes would gather 8 KiB pieces, then copy).
        byte[] b = new byte[65536];
        int n = 0;
        while (n < len) {
            if (n == b.length) b = java.util.Arrays.copyOf(b, (int) Math.min(len, 2L * b.length));
            int r = in.read(b, n, Math.min(b.length, len) - n);
            if (r < 0) throw new EOFException();
            n += r;
        }
        return b;
    }

    private void serveFrames(DataInputStream in, DataOutputStream out, long pid) throws IOException {
        // Puts that arrived together enter their queue together (one lock, one wake-up of a getter),
        // but items received whole are handed over before any read that may wait or fail.
        List<byte[]> batch = new ArrayList<>();
        MpQueue batchQueue = null;
        byte[] lastGot = null;
        MpQueue ungetQueue = null;
        int op = -1;
        long id = 0;
        while (true) {
            if (op < 0) {
                try {
                    op = in.readUnsignedByte();
                } catch (EOFException e) {
                    return;
                } catch (IOException e) {
                    // Reset, not EOF: the client died with our last reply unread. If that reply was an item it
                    // got, the item was never received: it goes back to the front of its queue.
                    if (ungetQueue != null) ungetQueue.unget(lastGot);
                    throw e;
                }
                ungetQueue = null;   // the client sent more: it had read the reply
                id = in.readLong();
            }
            if (op != OP_PUT && op != OP_CALL) throw new MalformedFrame("unknown operation " + op);
            int len = in.readInt();
            if (in.available() < len) batchQueue = deliver(batch, batchQueue);
            byte[] payload = readPayload(in, len);
            Hosted h = hosted.get(id);
            if (op == OP_PUT) {
                if (h instanceof MpQueue q) {
                    if (q != batchQueue) batchQueue = deliver(batch, batchQueue);
                    batch.add(payload);
                    batchQueue = q;
                } else if (h instanceof PipeEnd e && payload.length == 8) {
                    // A Connection closed in the client: streamed, so it comes after the items it sent.
                    batchQueue = deliver(batch, batchQueue);
                    e.close(java.nio.ByteBuffer.wrap(payload).getLong());
                }
                op = -1;
                if (in.available() >= 13) {   // the next frame's op, id and length are here already
                    op = in.readUnsignedByte();
                    id = in.readLong();
                    if (op == OP_PUT) continue;
                }
                batchQueue = deliver(batch, batchQueue);
                continue;
            }
            op = -1;
            String name = in.readUTF();
            int status;
            byte[] result;
            try {
                PyObject[] args = Abstract.toArray(Pickler.loads(payload));
                if (h == null) throw Exc.runtimeError("no such multiprocessing object");
                // While a call runs, the client waits for its reply and has sent nothing more: this connection
                // holds nothing for awaitDrained() to wait for (a worker killed in a blocking get must not
                // hold up its join()).
                PyObject r;
                opened(pid, -1);
                try {
                    r = h.invoke(name, args);
                } finally {
                    opened(pid, 1);
                }
                result = Pickler.dumps(r, Pickler.REF);
                lastGot = r instanceof PyBytes b ? b.value : null;
                status = ST_OK;
            } catch (MpQueue.EmptyFull ef) {
                status = ef.full ? ST_FULL : ST_EMPTY;
                result = new byte[0];
            } catch (PyException e) {
                status = ST_EXC;
                byte[] b;
                try {
                    b = Pickler.dumps(e.value, Pickler.REF);
                } catch (PyException e2) {
                    b = Pickler.dumps(new PyBaseException(Exc.RuntimeError, new PyStr(Abstract.strString(e.value))), Pickler.REF);
                }
                result = b;
            }
            try {
                out.writeByte(status);
                out.writeInt(result.length);
                out.write(result);
                out.flush();
            } catch (IOException e) {
                // The client died while it waited (a killed worker blocked in get): the item it would have
                // had goes back to the front of its queue, as an unread item of CPython's pipe stays there.
                if (status == ST_OK && h instanceof MpQueue q && name.equals("get")) q.unget(lastGot);
                throw e;
            }
            ungetQueue = status == ST_OK && h instanceof MpQueue q && name.equals("get") ? q : null;
        }
    }

    /** Hands a batch of streamed items to their queue; returns null (no batch pending). */
    private static MpQueue deliver(List<byte[]> batch, MpQueue q) {
        if (q != null && !batch.isEmpty()) q.putLocal(batch);
        batch.clear();
        return null;
    }

    // ------------------------------------------------------------------ client

    final class Conn {
        final SocketChannel ch;
        final DataInputStream in;
        final DataOutputStream out;

        Conn(String path) throws IOException {
            ch = SocketChannel.open(UnixDomainSocketAddress.of(path));
            in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 65536));
            out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16));
            authClient(authkey, in, out, Endpoint.this);
        }
    }

    private Conn connect(String path) {
        try {
            return new Conn(path);
        } catch (IOException e) {
            throw Exc.raise(Exc.ConnectionRefusedError, "multiprocessing: cannot reach " + path + ": " + e.getMessage());
        }
    }

    /** A call on a remote object; blocks (the caller releases the GIL). */
    public PyObject call(HostedRef h, String op, PyObject... args) {
        if (h.local()) return local(h).invoke(op, args);
        var pool = pools.computeIfAbsent(h.owner, k -> new ConcurrentLinkedQueue<>());
        Conn c = pool.poll();
        if (c == null) c = connect(h.owner);
        byte[] payload = Pickler.dumps(PyTuple.of(args), Pickler.REF);
        int status;
        byte[] result;
        try {
            c.out.writeByte(OP_CALL);
            c.out.writeLong(h.id);
            c.out.writeInt(payload.length);
            c.out.write(payload);
            c.out.writeUTF(op);
            c.out.flush();
            status = c.in.readUnsignedByte();
            result = readPayload(c.in, c.in.readInt());
        } catch (java.nio.channels.ClosedByInterruptException e) {
            // A signal woke the main thread (KeyboardInterrupt): the JVM closed this connection.
            throw dev.gilpy.concurrent.Blocking.interrupted();
        } catch (IOException e) {
            try { c.ch.close(); } catch (IOException ignored) { }
            throw Exc.raise(Exc.EOFError, "multiprocessing: connection to the owner process was lost");
        }
        pool.add(c);
        switch (status) {
            case ST_OK: return Pickler.loads(result);
            case ST_EMPTY: throw new MpQueue.EmptyFull(false);
            case ST_FULL: throw new MpQueue.EmptyFull(true);
            default:
                PyObject e = Pickler.loads(result);
                throw e instanceof PyBaseException be ? be.raise() : Exc.runtimeError(Abstract.strString(e));
        }
    }

    /** A one-way put streamed to the owner: no acknowledgement, in order per producer. */
    public void streamPut(HostedRef h, byte[] item) {
        PutStream s = streams.computeIfAbsent(h.owner, owner -> new PutStream(connect(owner).ch));
        try {
            s.put(h.id, item);
        } catch (IOException e) {
            throw Exc.raise(Exc.BrokenPipeError, "multiprocessing: the queue's owner process is gone");
        }
    }

    /** Sends every streamed put still pending (at exit, Queue.close(), join_thread()). */
    public void flushAll() {
        for (PutStream s : streams.values()) {
            try {
                s.flush();
            } catch (IOException ignored) {
                // the owner is gone: nobody is left to receive these items
            }
        }
    }

    /** An object hosted by this process. */
    public interface Hosted {
        PyObject invoke(String op, PyObject[] args);
    }
}
