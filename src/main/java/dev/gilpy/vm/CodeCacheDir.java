package dev.gilpy.vm;

import dev.gilpy.bytecode.BoundedInput;
import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Compiled code of whole files kept between runs (CPython's __pycache__): the standard library written
 * in Python (importing threading.py parses and compiles ~600 lines, which otherwise costs more than the
 * rest of start-up), user modules, and the main script or {@code -c} text too (the parser's cold start
 * is ~25 ms, most of what gilpy adds to a JVM's start-up).
 *
 * <p>What is trusted, and why: the directory {@code $TMPDIR/gilpy-$USER-code} is used only when it is a
 * real directory (not a symbolic link), owned by this user, with mode 0700. In a sticky /tmp nobody else
 * can then rename, replace or write into it, so the check holds for the whole run. Otherwise (another
 * user made it first, or planted a link there) it is not touched: the run warns once and uses a fresh
 * private directory, removed at exit. Each entry carries the checksums and lengths of what it was compiled
 * from and of its own content: a mismatch, a truncated or damaged file, is compiled again and rewritten,
 * never run. Entries are opened without following links, written to a temporary file and renamed into
 * place, so a reader sees a whole entry or none.
 */
public final class CodeCacheDir {
    private CodeCacheDir() {}

    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE_DIR = PosixFilePermissions.asFileAttribute(PRIVATE);
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final byte[] MAGIC = "gilpy code cache entry\n".getBytes(StandardCharsets.US_ASCII);
    /** No entry is this large (the biggest library module compiles to ~1 MB): anything larger is not read. */
    private static final long MAX_ENTRY = 256L << 20;

    /** A multiprocessing child: its parent already said what was wrong with the directory. */
    private static volatile boolean child;

    /** Called by a multiprocessing child before anything is compiled: it stays silent, and uses no fallback. */
    public static void inChildProcess() { child = true; }

    private static final class Dir {
        static final Path PATH = dir();
    }

    /**
     * The compiler's build: entries made by another build of the code generator are not used (a codegen
     * fix must not leave stale code behind even when the instruction set is unchanged).
     */
    private static final String COMPILER_BUILD = compilerBuild();

    private static String compilerBuild() {
        try {
            Path where = Path.of(CodeCacheDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // A jar: its time stamp (one stat; asking for the classes inside it costs a child process ~5 ms).
            if (Files.isRegularFile(where)) return Long.toHexString(Files.getLastModifiedTime(where).toMillis());
            long stamp = 0;   // a class directory (the tests): the classes that decide the code
            for (String cls : new String[]{"dev/gilpy/compile/codegen/CodeGenerator.class",
                    "dev/gilpy/compile/assemble/Assembler.class", "dev/gilpy/compile/symtable/SymbolTable.class"}) {
                stamp = stamp * 31 + Files.getLastModifiedTime(where.resolve(cls)).toMillis();
            }
            return Long.toHexString(stamp);
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** Where temporary files go: $TMPDIR as CPython's tempfile reads it, else the JVM's default. */
    static Path tempRoot() {
        String t = System.getenv("TMPDIR");
        if (t != null && !t.isEmpty() && Path.of(t).isAbsolute() && Files.isDirectory(Path.of(t))) return Path.of(t);
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static Path dir() {
        if ("0".equals(System.getenv("GILPY_CODE_CACHE"))) return null;
        Path root = tempRoot();
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path d = root.resolve("gilpy-" + user + "-code");
        String problem;
        try {
            problem = unsafe(d);
            if (problem == null) return d;
        } catch (IOException | RuntimeException e) {
            problem = "cannot be checked (" + e.getMessage() + ")";
        }
        if (child) return null;
        try {
            Path own = Files.createTempDirectory(root, "gilpy-" + user + "-code-", PRIVATE_DIR);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> removeAll(own), "gilpy-code-cache-cleanup"));
            System.err.println("gilpy: warning: not using the code cache " + d + ": it " + problem
                    + "; this run keeps its compiled code in a private directory instead (set TMPDIR elsewhere, "
                    + "or GILPY_CODE_CACHE=0 to turn the cache off)");
            return own;
        } catch (IOException | RuntimeException e) {
            return null;   // only slower
        }
    }

    /** Null when d is (or has just been made) this user's private directory, else what is wrong with it. */
    private static String unsafe(Path d) throws IOException {
        PosixFileAttributes a;
        try {
            a = Files.readAttributes(d, PosixFileAttributes.class, NOFOLLOW);
        } catch (NoSuchFileException e) {
            try {
                Files.createDirectory(d, PRIVATE_DIR);   // mkdir: fails on anything already there, links included
            } catch (FileAlreadyExistsException raced) {
                // another gilpy made it just now: checked below like any other
            }
            a = Files.readAttributes(d, PosixFileAttributes.class, NOFOLLOW);
        }
        if (a.isSymbolicLink()) return "is a symbolic link";
        if (!a.isDirectory()) return "is not a directory";
        int owner = (Integer) Files.getAttribute(d, "unix:uid", NOFOLLOW);
        int me = myUid();
        if (owner != me) return "belongs to another user (uid " + owner + ", not " + me + ")";
        if (!a.permissions().equals(PRIVATE)) {
            return "has mode " + PosixFilePermissions.toString(a.permissions()) + ", not rwx------";
        }
        return null;
    }

    /** This process's user id: the owner of /proc/self on Linux, else of a file it creates. */
    private static int myUid() throws IOException {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | RuntimeException e) {
            Path probe = Files.createTempFile("gilpy-uid", ".tmp");
            try {
                return (Integer) Files.getAttribute(probe, "unix:uid", NOFOLLOW);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
    }

    private static void removeAll(Path d) {
        try (var s = Files.list(d)) {
            for (Path p : (Iterable<Path>) s::iterator) Files.deleteIfExists(p);   // never follows a link
            Files.deleteIfExists(d);
        } catch (IOException | RuntimeException ignored) {
            // what is left is private to this user
        }
    }

    /** Entries loaded and verified in this process: lets a test see that a run really came from the cache. */
    private static final java.util.concurrent.atomic.AtomicLong HITS = new java.util.concurrent.atomic.AtomicLong();

    static long hits() { return HITS.get(); }

    /** The cached code for this source, or null (then the caller compiles it, and stores it again). */
    static CodeObject load(String file, String source) {
        CodeObject code = read(file, source);
        if (code != null) HITS.incrementAndGet();
        return code;
    }

    private static CodeObject read(String file, String source) {
        Key k = key(file, source);
        if (k == null) return null;
        try {
            PosixFileAttributes a = Files.readAttributes(k.path, PosixFileAttributes.class, NOFOLLOW);
            if (!a.isRegularFile() || a.size() > MAX_ENTRY) return null;
            byte[] bytes;
            try (SeekableByteChannel ch = Files.newByteChannel(k.path, StandardOpenOption.READ, NOFOLLOW)) {
                ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ch.size(), MAX_ENTRY) + 1);
                while (buf.hasRemaining() && ch.read(buf) >= 0) { }
                if (!buf.hasRemaining()) return null;   // it grew
                bytes = java.util.Arrays.copyOf(buf.array(), buf.position());
            }
            return verified(k, bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The entry's code when its header matches this key and its content is whole, else null. */
    private static CodeObject verified(Key k, byte[] bytes) throws IOException {
        BoundedInput in = new BoundedInput(bytes);
        if (!java.util.Arrays.equals(in.bytes(MAGIC.length), MAGIC)) return null;
        if (!in.utf8().equals(k.file) || in.i32() != k.length || in.i64() != k.crc || in.i32() != k.hash) return null;
        int n = in.i32();
        long crc = in.i64();
        if (n != in.remaining()) return null;   // truncated, or something appended
        byte[] body = in.bytes(n);
        CRC32 c = new CRC32();
        c.update(body);
        return c.getValue() == crc ? CodeMarshal.loads(body) : null;
    }

    static void store(String file, String source, CodeObject code) {
        Key k = key(file, source);
        if (k == null) return;
        Path tmp = null;
        try {
            byte[] body = CodeMarshal.dumps(code);
            CRC32 c = new CRC32();
            c.update(body);
            ByteArrayOutputStream bos = new ByteArrayOutputStream(body.length + 64 + file.length());
            DataOutputStream out = new DataOutputStream(bos);
            out.write(MAGIC);
            byte[] f = k.file.getBytes(StandardCharsets.UTF_8);
            out.writeInt(f.length);
            out.write(f);
            out.writeInt(k.length);
            out.writeLong(k.crc);
            out.writeInt(k.hash);
            out.writeInt(body.length);
            out.writeLong(c.getValue());
            out.write(body);
            // A fresh file (O_EXCL, mode 0600) renamed over the entry: a link planted at the entry is replaced,
            // never followed, and readers see the old entry or the new one, never half of one.
            tmp = Files.createTempFile(Dir.PATH, "entry", ".tmp");
            Files.write(tmp, bos.toByteArray(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, NOFOLLOW);
            Files.move(tmp, k.path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written is only slower.
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for prune()
                }
            }
        }
    }

    /** Entries kept; beyond this the least recently written half goes (old builds, edited scripts). */
    static final int MAX_ENTRIES = 2000;

    /** Only on a store, i.e. after a parse and compile, which cost far more than listing the directory. */
    private static void prune() throws IOException {
        java.util.List<Path> entries = new java.util.ArrayList<>();
        long stale = System.currentTimeMillis() - 600_000;
        try (var s = Files.list(Dir.PATH)) {
            for (Path q : (Iterable<Path>) s::iterator) {
                String n = q.getFileName().toString();
                if (n.endsWith(".code")) entries.add(q);
                else if (n.startsWith("entry") && n.endsWith(".tmp")) {
                    // a write that was killed before its rename
                    try {
                        if (Files.getLastModifiedTime(q, NOFOLLOW).toMillis() < stale) Files.deleteIfExists(q);
                    } catch (IOException ignored) {
                        // another gilpy removed it
                    }
                }
            }
        }
        if (entries.size() <= MAX_ENTRIES) return;
        record Aged(Path path, long mtime) {}
        java.util.List<Aged> aged = new java.util.ArrayList<>();
        for (Path q : entries) {
            try {
                aged.add(new Aged(q, Files.getLastModifiedTime(q, NOFOLLOW).toMillis()));
            } catch (IOException e) {
                // already gone: another gilpy pruned it
            }
        }
        aged.sort(java.util.Comparator.comparingLong(Aged::mtime));
        for (int i = 0; i < aged.size() - MAX_ENTRIES / 2; i++) Files.deleteIfExists(aged.get(i).path());
    }

    /**
     * An entry's identity: two independent 32-bit checksums (CRC-32 and String.hashCode) and the length of
     * build, file name and source. The entry's name is made of them, and its header repeats them (so an
     * entry copied or renamed to another name is not used). The directory is private, so only accidents
     * matter; unlike SHA-256 (or even CRC-32C, whose set-up alone took a start-up 1-2 ms) these are cheap
     * before the JIT has compiled anything.
     */
    private record Key(Path path, String file, int length, long crc, int hash) {}

    private static Key key(String file, String source) {
        Path dir = Dir.PATH;
        if (dir == null || COMPILER_BUILD == null) return null;
        // Code compiled with -O/-OO differs (as CPython's .opt-1.pyc): the level is part of the key.
        int opt = dev.gilpy.compile.codegen.CodeGenerator.optimize;
        String k = new StringBuilder(COMPILER_BUILD.length() + file.length() + source.length() + 4)
                .append(COMPILER_BUILD).append(opt == 0 ? "" : "-O" + opt).append('\0').append(file).append('\0')
                .append(source).toString();
        byte[] bytes = k.getBytes(StandardCharsets.UTF_8);
        CRC32 a = new CRC32();
        a.update(bytes);
        int hash = k.hashCode();
        String name = Long.toHexString((a.getValue() << 32) | (hash & 0xffffffffL)) + "-" + Integer.toHexString(bytes.length);
        return new Key(dir.resolve(CodeMarshal.FORMAT + "-" + name + ".code"), file, bytes.length, a.getValue(), hash);
    }
}
