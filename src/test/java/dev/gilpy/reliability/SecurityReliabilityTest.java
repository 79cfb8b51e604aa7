package dev.gilpy.reliability;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The code cache directory and the multiprocessing sockets, attacked the way another local user (or a
 * stranger on the socket) could, through the real launcher with TMPDIR pointing at a fresh directory.
 */
class SecurityReliabilityTest {
    private static final String USER = System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_");

    private static Path tmp() throws IOException {
        Path t = Files.createTempDirectory("gilpy-sec");
        Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwx------"));
        return t;
    }

    private static Launch.Result run(Path tmpdir, Path script) {
        return Launch.gilpy(script.toString()).env("TMPDIR", tmpdir.toString()).in(tmpdir).run();
    }

    private static Set<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static int uid(Path p) throws IOException { return (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS); }

    @Test
    void aCacheDirectoryOfAnotherUserALinkOrAFileIsNeverUsed() throws Exception {
        Path t = tmp();
        Path script = t.resolve("s.py");
        Files.writeString(script, "print('hello')\n");
        Path cache = t.resolve("gilpy-" + USER + "-code");

        // another user made the directory first (mode 0700, as gilpy would have): owned by nobody here
        Assumptions.assumeTrue(uid(t) == 0, "needs root to give a directory to another user");
        Files.createDirectory(cache, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setAttribute(cache, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        Launch.Result r = run(t, script);
        assertEquals("hello\n", r.out(), r.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.lastErrLine().startsWith("gilpy: warning: not using the code cache " + cache
                + ": it belongs to another user (uid 65534, not 0); this run keeps its compiled code in a private "
                + "directory instead"), r.toString());
        assertEquals(Set.of(), names(cache), "nothing written into the other user's directory");
        assertTrue(names(t).stream().noneMatch(n -> n.startsWith(cache.getFileName() + "-")),
                "the private directory is removed at exit: " + names(t));

        // a link planted at the directory's path (to a directory this user owns, mode 0700)
        Files.delete(cache);
        Path elsewhere = Files.createDirectory(t.resolve("elsewhere"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createSymbolicLink(cache, elsewhere);
        r = run(t, script);
        assertEquals("hello\n", r.out(), r.toString());
        assertTrue(r.lastErrLine().contains(": it is a symbolic link;"), r.toString());
        assertEquals(Set.of(), names(elsewhere), "the link was not followed");

        // a file, and a directory open to others
        Files.delete(cache);
        Files.writeString(cache, "not a directory");
        r = run(t, script);
        assertTrue(r.lastErrLine().contains(": it is not a directory;"), r.toString());
        Files.delete(cache);
        Files.createDirectory(cache);
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        r = run(t, script);
        assertTrue(r.lastErrLine().contains(": it has mode rwxrwxrwx, not rwx------;"), r.toString());
        assertEquals(Set.of(), names(cache));
        assertFalse(r.showsJava(), r.toString());

        // GILPY_CODE_CACHE=0: no cache, and nothing to warn about
        r = Launch.gilpy(script.toString()).env("TMPDIR", t.toString()).env("GILPY_CODE_CACHE", "0").run();
        assertEquals("hello\n", r.out());
        assertEquals("", r.err());
    }

    /** The entry of the code cache that holds the script's code (its header names the file). */
    private static Path entryFor(Path cache, Path script, Set<String> except) throws IOException {
        byte[] name = script.toString().getBytes(StandardCharsets.UTF_8);
        try (var s = Files.list(cache)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (except.contains(p.getFileName().toString())) continue;
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && indexOf(Files.readAllBytes(p), name) >= 0) return p;
            }
        }
        throw new AssertionError("no entry for " + script + " in " + names(cache));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** Offset of the body in an entry: magic line, file name, key length/checksums, body length and CRC. */
    private static int bodyOffset(byte[] entry) {
        ByteBuffer b = ByteBuffer.wrap(entry);
        int at = "gilpy code cache entry\n".length();
        int fileLen = b.getInt(at);
        return at + 4 + fileLen + 4 + 8 + 4 + 4 + 8;
    }

    /** The header of one entry (valid for its source) around the body of another, with the right length and CRC. */
    private static byte[] splice(byte[] headerFrom, byte[] bodyFrom) {
        int h = bodyOffset(headerFrom), b = bodyOffset(bodyFrom);
        byte[] body = java.util.Arrays.copyOfRange(bodyFrom, b, bodyFrom.length);
        CRC32 crc = new CRC32();
        crc.update(body);
        ByteBuffer out = ByteBuffer.allocate(h + body.length);
        out.put(headerFrom, 0, h - 12).putInt(body.length).putLong(crc.getValue()).put(body);
        return out.array();
    }

    @Test
    void cacheEntriesAreVerifiedRewrittenAndNeverReadThroughALink() throws Exception {
        Path t = tmp();
        Path script = t.resolve("s.py");
        Path cache = t.resolve("gilpy-" + USER + "-code");
        Files.writeString(script, "print('safe')\n");
        assertEquals("safe\n", run(t, script).out());
        Path entry = entryFor(cache, script, Set.of());
        byte[] safe = Files.readAllBytes(entry);
        Files.writeString(script, "print('PWNED')\n");
        assertEquals("PWNED\n", run(t, script).out());
        byte[] pwned = Files.readAllBytes(entryFor(cache, script, Set.of(entry.getFileName().toString())));
        Files.writeString(script, "print('safe')\n");

        // the other source's entry under this source's name: its header does not match, so it is compiled again
        Files.write(entry, pwned);
        Launch.Result r = run(t, script);
        assertEquals("safe\n", r.out(), r.toString());
        assertArrayEquals(safe, Files.readAllBytes(entry), "the entry was rewritten");

        // truncated, damaged in the body, or with bytes appended: compiled again, rewritten, never run
        for (int damage = 0; damage < 3; damage++) {
            byte[] bad = switch (damage) {
                case 0 -> java.util.Arrays.copyOf(safe, safe.length / 2);
                case 1 -> { byte[] b = safe.clone(); b[b.length - 5] ^= 0x40; yield b; }
                default -> java.util.Arrays.copyOf(safe, safe.length + 7);
            };
            Files.write(entry, bad);
            r = run(t, script);
            assertEquals("safe\n", r.out(), "damage " + damage + ": " + r);
            assertEquals("", r.err(), r.toString());
            assertArrayEquals(safe, Files.readAllBytes(entry), "damage " + damage + ": rewritten");
        }

        // A valid entry for this source whose code prints PWNED. As a regular file in the private directory it
        // is trusted (only this user can put it there) - the control that shows the bytes are a valid entry...
        byte[] forged = splice(safe, pwned);
        Files.write(entry, forged);
        assertEquals("PWNED\n", run(t, script).out());
        // ... but through a link planted at the entry's name it is not read: the link is replaced by a new entry.
        Path planted = t.resolve("planted.code");
        Files.write(planted, forged);
        Files.delete(entry);
        Files.createSymbolicLink(entry, planted);
        r = run(t, script);
        assertEquals("safe\n", r.out(), r.toString());
        assertFalse(Files.isSymbolicLink(entry));
        assertArrayEquals(safe, Files.readAllBytes(entry));
        assertArrayEquals(forged, Files.readAllBytes(planted), "the link's target is untouched");
    }

    @Test
    void aConnectionThatNeverCompletesTheHandshakeIsClosedAfterTheTimeout() throws Exception {
        Path t = tmp();
        Path go = t.resolve("go");
        Path script = t.resolve("hs.py");
        Files.writeString(script, """
                import multiprocessing as mp, os, sys, time
                def child(q):
                    mine = mp.Queue()                 # hosted here: this child listens on its own socket
                    q.put(mine)
                    q.put('child: ' + mine.get())     # what the parent sends through the child's socket
                if __name__ == '__main__':
                    q = mp.Queue()
                    p = mp.Process(target=child, args=(q,))
                    p.start()
                    theirs = q.get()
                    print('SOCKET', repr(theirs._h).rsplit('@', 1)[1][:-1], flush=True)
                    while not os.path.exists(sys.argv[1]):
                        time.sleep(0.05)
                    theirs.put('served after the stalled connections')
                    print(q.get())
                    p.join()
                    print('exit', p.exitcode)
                """);
        double timeout = 3;
        Launch.Started s = Launch.gilpy(script.toString(), go.toString()).in(t).env("TMPDIR", t.toString())
                .env("GILPY_MP_HANDSHAKE_TIMEOUT", String.valueOf(timeout)).timeout(120).start();
        String socket = null;
        for (long end = System.nanoTime() + 90_000_000_000L; socket == null && System.nanoTime() < end; Thread.sleep(50)) {
            Matcher m = Pattern.compile("SOCKET (\\S+)").matcher(s.outSoFar());
            if (m.find()) socket = m.group(1);
        }
        assertNotNull(socket, "the child did not report its socket: " + s.outSoFar());

        // 64 connections may wait for their handshake; the rest are closed at once, before any challenge
        int n = 70;
        List<SocketChannel> chans = new ArrayList<>();
        long[] start = new long[n], closedAt = new long[n];
        int[] received = new int[n];
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket));
            chans.add(ch);
            start[i] = System.nanoTime();
            int k = i;
            Thread th = new Thread(() -> {
                ByteBuffer buf = ByteBuffer.allocate(64);
                try {
                    while (ch.read(buf) >= 0) { }   // read the challenge, answer nothing, wait for the close
                } catch (IOException ignored) {
                }
                received[k] = buf.position();
                closedAt[k] = System.nanoTime();
            });
            th.start();
            readers.add(th);
        }
        for (Thread th : readers) th.join(60_000);
        int challenged = 0, refused = 0;
        for (int i = 0; i < n; i++) {
            assertTrue(closedAt[i] > 0, "connection " + i + " was never closed");
            if (received[i] == 32) {
                challenged++;
                double waited = (closedAt[i] - start[i]) / 1e9;
                assertTrue(waited >= timeout - 0.2 && waited < timeout + 30, "closed after " + waited + " s");
            } else {
                assertEquals(0, received[i], "connection " + i);
                refused++;
            }
        }
        assertEquals(64, challenged);
        assertEquals(n - 64, refused);
        for (SocketChannel ch : chans) ch.close();

        // the child still serves a real client afterwards
        Files.writeString(go, "");
        Launch.Result r = s.await();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().endsWith("child: served after the stalled connections\nexit 0\n"), r.toString());
        assertTrue(r.err().contains("gilpy multiprocessing: closed a connection that did not complete the handshake within 3.00 s"), r.toString());
        assertTrue(r.err().contains("gilpy multiprocessing: refused a connection: 64 connections are already waiting to complete the handshake"), r.toString());
        assertFalse(r.showsJava(), r.toString());
    }
}
