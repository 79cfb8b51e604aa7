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
public final class Node {
    static final int OP_PUT = 1, OP_CALL = 2;
    static final int ST_OK = 0, ST_EXC = 1, ST_EMPTY = 2, ST_FULL = 3;

    private static volatile Node instance;

    public final Path runDir;
    public final byte[] authkey;
    public final boolean root;
    private final String myPath;
    private volatile ServerSocketChannel server;
    final Map<Long, Hosted> hosted = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, ConcurrentLinkedQueue<Conn>> pools = new ConcurrentHashMap<>();
    private final Map<String, PutStream> streams = new ConcurrentHashMap<>();

    private Node(Path runDir, byte[] authkey, boolean root) {
        this.runDir = runDir;
        this.authkey = authkey;
        this.root = root;
        this.myPath = runDir.resolve(ProcessHandle.current().pid() + ".sock").toString();
    }

    /** The node of this process: a new run (directory and key) unless a parent configured one. */
    public static Node get() {
        Node n = instance;
        if (n != null) return n;
        synchronized (Node.class) {
            if (instance == null) {
                try {
                    Path dir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "gilpy-mp-",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                    byte[] key = new byte[32];
                    Random.INSTANCE.nextBytes(key);
                    Node node = new Node(dir, key, true);
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
        instance = new Node(dir, key, false);
    }

    public static boolean started() { return instance != null; }

    public String sockPath() { return myPath; }

    private void cleanup() {
        flushAll();
        if (!root) return;
        try (var s = Files.walk(runDir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
        }
    }

    // ------------------------------------------------------------------ hosting

    public Handle host(String kind, Hosted obj) {
        ensureServer();
        long id = ids.incrementAndGet();
        hosted.put(id, obj);
        return new Handle(kind, myPath, id);
    }

    public Hosted local(Handle h) {
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
            Thread t = new Thread(() -> serve(c), "mp-conn");
            t.setDaemon(true);
            t.start();
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
    static void authClient(byte[] key, DataInputStream in, DataOutputStream out, Node node) throws IOException {
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
            while (openFrom.getOrDefault(pid, 0) > 0 && Monitors.waitUntil(openFrom, deadline)) { }
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
        try (ch) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 65536));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(ch), 65536));
            if (!authServer(in, out)) return;
            long pid = in.readLong();
            opened(pid, 1);
            try {
                serveFrames(in, out, pid);
            } finally {
                opened(pid, -1);
            }
        } catch (IOException e) {
            // the client went away
        }
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
            int len = in.readInt();
            if (in.available() < len) batchQueue = deliver(batch, batchQueue);
            byte[] payload = new byte[len];
            in.readFully(payload);
            Hosted h = hosted.get(id);
            if (op == OP_PUT) {
                if (h instanceof MpQueue q) {
                    if (q != batchQueue) batchQueue = deliver(batch, batchQueue);
                    batch.add(payload);
                    batchQueue = q;
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
                PyObject[] args = Ops.toArray(Ser.loads(payload));
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
                result = Ser.dumps(r, Ser.REF);
                lastGot = r instanceof PyBytes b ? b.value : null;
                status = ST_OK;
            } catch (MpQueue.EmptyFull ef) {
                status = ef.full ? ST_FULL : ST_EMPTY;
                result = new byte[0];
            } catch (PyException e) {
                status = ST_EXC;
                byte[] b;
                try {
                    b = Ser.dumps(e.value, Ser.REF);
                } catch (PyException e2) {
                    b = Ser.dumps(new PyBaseException(Exc.RuntimeError, new PyStr(Ops.strString(e.value))), Ser.REF);
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
            authClient(authkey, in, out, Node.this);
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
    public PyObject call(Handle h, String op, PyObject... args) {
        if (h.local()) return local(h).invoke(op, args);
        var pool = pools.computeIfAbsent(h.owner, k -> new ConcurrentLinkedQueue<>());
        Conn c = pool.poll();
        if (c == null) c = connect(h.owner);
        byte[] payload = Ser.dumps(PyTuple.of(args), Ser.REF);
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
            result = new byte[c.in.readInt()];
            c.in.readFully(result);
        } catch (IOException e) {
            try { c.ch.close(); } catch (IOException ignored) { }
            throw Exc.raise(Exc.EOFError, "multiprocessing: connection to the owner process was lost");
        }
        pool.add(c);
        switch (status) {
            case ST_OK: return Ser.loads(result);
            case ST_EMPTY: throw new MpQueue.EmptyFull(false);
            case ST_FULL: throw new MpQueue.EmptyFull(true);
            default:
                PyObject e = Ser.loads(result);
                throw e instanceof PyBaseException be ? be.raise() : Exc.runtimeError(Ops.strString(e));
        }
    }

    /** A one-way put streamed to the owner: no acknowledgement, in order per producer. */
    public void streamPut(Handle h, byte[] item) {
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
