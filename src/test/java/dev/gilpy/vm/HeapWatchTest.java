package dev.gilpy.vm;

import dev.gilpy.reliability.Launch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's young generation starts small; the heap watcher grows it once threads allocate in parallel
 * (each young collection stops them all), and leaves single-threaded programs with the small one. Read from
 * the JVM's own GC log of real runs (needs {@code make build}).
 */
class HeapWatchTest {
    @TempDir
    Path dir;

    /**
     * The seed's loop (48 bytes of ints an iteration) in `threads` GIL-free threads at once, for at least 1.5 s
     * and 12M iterations (a loaded machine runs it slowly: the watcher must see young collections), then 6M
     * more on one thread, so that young collections after any growth show its size.
     */
    private static final String SCRIPT = """
            import sys, threading, time
            def compute(n):
                total = 0
                for i in range(n):
                    total += i
                return total
            chunks = []
            def work(until):
                while time.monotonic() < until or len(chunks) < 60:
                    compute(200_000)
                    chunks.append(1)
            end = time.monotonic() + 1.5
            ts = [threading.Thread(target=work, args=(end,)) for _ in range(int(sys.argv[1]))]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            compute(6_000_000)
            print('done')
            """;

    private static final Pattern YOUNG = Pattern.compile("Pause Young \\(Allocation Failure\\) (\\d+)M->");

    private List<String> gcLog(int threads) throws Exception {
        Path script = dir.resolve("alloc.py"), log = dir.resolve("gc" + threads + ".log");
        Files.writeString(script, SCRIPT);
        Launch.Result r = Launch.gilpy("--gil", "off", script.toString(), Integer.toString(threads))
                .env("GILPY_JAVA_OPTS", "-Xlog:gc:file=" + log).timeout(120).run();
        assertEquals("done\n", r.out(), r.toString());
        return Files.readAllLines(log);
    }

    /** The heap's use before each young collection, in MB: about the eden's size. */
    private static List<Integer> youngSizes(List<String> log) {
        return log.stream().map(YOUNG::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1))).toList();
    }

    @Test
    void parallelAllocationGrowsTheYoungGenerationOnceAndOneThreadDoesNot() throws Exception {
        List<String> two = gcLog(2);
        long full = two.stream().filter(l -> l.contains("Pause Full (System.gc())")).count();
        assertEquals(1, full, String.join("\n", two));
        List<Integer> sizes = youngSizes(two);
        assertTrue(sizes.get(0) < 48, "starts small: " + sizes);
        assertTrue(sizes.get(sizes.size() - 1) > 90, "grown: " + sizes);

        List<String> one = gcLog(1);
        assertFalse(one.stream().anyMatch(l -> l.contains("Pause Full")), String.join("\n", one));
        assertTrue(youngSizes(one).stream().allMatch(s -> s < 48), "stays small: " + youngSizes(one));
    }
}
