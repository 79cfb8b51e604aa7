package dev.gilpy.process;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The job a parent sends its child: one writer, one reader, and a reader that refuses what it cannot trust. */
class JobTest {
    private static Job sample(StartMethod m) {
        return new Job(m, Path.of("/tmp/gilpy-mp-x"), new byte[]{1, 2, 3}, 4242L, false, "/w/main.py",
                List.of("/w", "<lib>", "é/ü"), "", new Job.Buffering(true, false, true), new byte[]{9, 8, 7},
                "print('hi')\n", new byte[]{5, 5}, 123456789L);
    }

    @Test
    void everyFieldSurvivesTheTrip() throws IOException {
        for (StartMethod m : StartMethod.values()) {
            Job j = sample(m);
            Job back = Job.decode(j.encode());
            assertEquals(m, back.method());
            assertEquals(j.runDir(), back.runDir());
            assertArrayEquals(j.authkey(), back.authkey());
            assertEquals(4242L, back.parentPid());
            assertFalse(back.gilOn());
            assertEquals("/w/main.py", back.mainPath());
            assertEquals(j.path(), back.path());
            assertEquals("", back.tracePath());
            assertEquals(j.streams(), back.streams());
            assertArrayEquals(j.payload(), back.payload());
            assertEquals(j.mainSource(), back.mainSource());
            assertArrayEquals(j.mainCode(), back.mainCode());
            assertEquals(123456789L, back.sentNanos());
        }
    }

    @Test
    void aDamagedJobIsAnIOExceptionNotAnArrayError() {
        byte[] good = sample(StartMethod.SPAWN).encode();
        // Every truncation, and trailing bytes, are refused.
        for (int n = 0; n < good.length; n++) {
            byte[] cut = Arrays.copyOf(good, n);
            assertThrows(IOException.class, () -> Job.decode(cut), "truncated to " + n);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertThrows(IOException.class, () -> Job.decode(longer));
        // An unknown start method.
        byte[] bad = good.clone();
        bad[2] = 'X';   // after the UTF length: "fork" -> "Xork"
        assertThrows(IOException.class, () -> Job.decode(bad));
    }

    @Test
    void startMethodsArePythonsNames() {
        assertEquals(List.of("fork", "spawn", "forkserver"),
                Arrays.stream(StartMethod.values()).map(m -> m.pythonName).toList());
        assertSame(StartMethod.SPAWN, StartMethod.of("spawn"));
        assertNull(StartMethod.of("Spawn"));
        assertTrue(StartMethod.FORK.copiesParent());
        assertFalse(StartMethod.FORKSERVER.copiesParent());
        assertSame(StartMethod.FORK, StartMethod.DEFAULT);
    }
}
