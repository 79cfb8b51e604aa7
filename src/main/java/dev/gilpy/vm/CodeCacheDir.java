package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.CRC32;

/**
 * Compiled code of whole files kept between runs (CPython's __pycache__): the standard library written
 * in Python (importing threading.py parses and compiles ~600 lines, which otherwise costs more than the
 * rest of start-up), user modules, and the main script or {@code -c} text too (the parser's cold start
 * is ~25 ms, most of what gilpy adds to a JVM's start-up). Entries are keyed by checksums of the source and by {@link CodeMarshal#FORMAT}, live in a
 * private (0700) per-user directory, and any unreadable entry is simply compiled again.
 */
final class CodeCacheDir {
    private CodeCacheDir() {}

    private static final Path DIR = dir();

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

    private static Path dir() {
        if ("0".equals(System.getenv("GILPY_CODE_CACHE"))) return null;
        try {
            Path d = Path.of(System.getProperty("java.io.tmpdir"),
                    "gilpy-" + System.getProperty("user.name", "user") + "-code");
            if (!Files.isDirectory(d)) {
                Files.createDirectories(d, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            // Refuse a directory another user could write into.
            if (!Files.getPosixFilePermissions(d).equals(PosixFilePermissions.fromString("rwx------"))) return null;
            return d;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cached code for this source, or null. */
    static CodeObject load(String file, String source) {
        Path p = entry(file, source);
        if (p == null || !Files.isRegularFile(p)) return null;
        try {
            return CodeMarshal.loads(Files.readAllBytes(p));
        } catch (IOException e) {
            return null;
        }
    }

    static void store(String file, String source, CodeObject code) {
        Path p = entry(file, source);
        if (p == null) return;
        try {
            Path tmp = Files.createTempFile(DIR, "entry", ".tmp");
            Files.write(tmp, CodeMarshal.dumps(code));
            Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written is only slower.
        }
    }

    /** Entries kept; beyond this the least recently written half goes (old builds, edited scripts). */
    static final int MAX_ENTRIES = 2000;

    /** Only on a store, i.e. after a parse and compile, which cost far more than listing the directory. */
    private static void prune() throws IOException {
        java.util.List<Path> entries;
        try (var s = Files.list(DIR)) {
            entries = s.filter(q -> q.getFileName().toString().endsWith(".code")).toList();
        }
        if (entries.size() <= MAX_ENTRIES) return;
        record Aged(Path path, long mtime) {}
        java.util.List<Aged> aged = new java.util.ArrayList<>();
        for (Path q : entries) {
            try {
                aged.add(new Aged(q, Files.getLastModifiedTime(q).toMillis()));
            } catch (IOException e) {
                // already gone: another gilpy pruned it
            }
        }
        aged.sort(java.util.Comparator.comparingLong(Aged::mtime));
        for (int i = 0; i < aged.size() - MAX_ENTRIES / 2; i++) Files.deleteIfExists(aged.get(i).path());
    }

    /**
     * The entry's name: two independent 32-bit checksums (CRC-32 and String.hashCode) of build, file name
     * and source. The directory is private, so only accidental collisions matter; unlike SHA-256 (or even
     * CRC-32C, whose set-up alone took a start-up 1-2 ms) these are cheap before the JIT has compiled anything.
     */
    private static Path entry(String file, String source) {
        if (DIR == null || COMPILER_BUILD == null) return null;
        String k = new StringBuilder(COMPILER_BUILD.length() + file.length() + source.length() + 2)
                .append(COMPILER_BUILD).append('\0').append(file).append('\0').append(source).toString();
        byte[] key = k.getBytes(StandardCharsets.UTF_8);
        CRC32 a = new CRC32();
        a.update(key);
        String name = Long.toHexString((a.getValue() << 32) | (k.hashCode() & 0xffffffffL)) + "-" + Integer.toHexString(key.length);
        return DIR.resolve(CodeMarshal.FORMAT + "-" + name + ".code");
    }
}
