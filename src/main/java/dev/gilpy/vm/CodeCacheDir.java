package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeMarshal;
import dev.gilpy.bytecode.CodeObject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Compiled code of the standard library written in Python, kept between runs (CPython's __pycache__):
 * importing threading.py parses and compiles ~600 lines, which otherwise costs more than the rest of
 * start-up. Entries are keyed by checksums of the source and by {@link CodeMarshal#FORMAT}, live in a
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
        long stamp = 0;
        for (String cls : new String[]{"dev/gilpy/compile/codegen/CodeGenerator.class",
                "dev/gilpy/compile/assemble/Assembler.class", "dev/gilpy/compile/symtable/SymbolTable.class"}) {
            try {
                java.net.URL u = CodeCacheDir.class.getClassLoader().getResource(cls);
                if (u != null) stamp = stamp * 31 + Files.getLastModifiedTime(fileOf(u)).toMillis();
            } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
                return null;
            }
        }
        return Long.toHexString(stamp);
    }

    /**
     * The file holding a class: the jar for a jar: URL (what URLConnection.getLastModified reports too,
     * but that also loads MIME tables and date formats: a third of a child process's start-up).
     */
    private static Path fileOf(java.net.URL u) throws java.net.URISyntaxException {
        String s = u.toString();
        if (s.startsWith("jar:")) return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
        return Path.of(u.toURI());
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
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written is only slower.
        }
    }

    /**
     * The entry's name: two independent 32-bit checksums (CRC-32 and CRC-32C) of build, file name and
     * source. The directory is private, so only accidental collisions matter; unlike SHA-256 these run
     * as intrinsics even before the JIT has compiled anything (hashing threading.py was a tenth of a
     * child process's start-up).
     */
    private static Path entry(String file, String source) {
        if (DIR == null || COMPILER_BUILD == null) return null;
        byte[] key = (COMPILER_BUILD + "\0" + file + "\0" + source).getBytes(StandardCharsets.UTF_8);
        CRC32 a = new CRC32();
        CRC32C b = new CRC32C();
        a.update(key);
        b.update(key);
        String name = HexFormat.of().toHexDigits((a.getValue() << 32) | b.getValue()) + "-" + Integer.toHexString(key.length);
        return DIR.resolve(CodeMarshal.FORMAT + "-" + name + ".code");
    }
}
