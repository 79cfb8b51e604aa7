package dev.gilpy.trace;

import dev.gilpy.concurrent.GilpyProcess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** GIL statistics, the trace file, the merge step and the timeline picture. */
class TraceTest {
    private static final String CPU2 = """
            import threading, time, gilpy
            def work(pause):
                x = 0
                for i in range(300000):
                    x += 1
                time.sleep(pause)   # worker-1 is still alive when the main thread joins it, however fast the loops ran
            ts = [threading.Thread(target=work, args=(0.3 * i,), name="worker-%d" % i) for i in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            st = gilpy.gil_stats()
            tot = st["totals"]
            names = [t["name"] for t in st["threads"]]
            print("threads", len(st["threads"]), "worker-0" in names, "worker-1" in names)
            ok = True
            for t in st["threads"]:
                ok = ok and t["held"] <= tot["wall"] + 1e-3 and t["acquisitions"] >= t["forced_switches"]
                ok = ok and t["waited"] >= 0 and t["blocked"] >= 0
            print("consistent", ok, tot["held"] <= tot["wall"] * 1.001, 0 <= tot["gil_load"] <= 1.001)
            w = [t for t in st["threads"] if t["name"] == "worker-0"][0]
            print("bytecodes", w["bytecodes"] >= 300000 * 5)
            """;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> trace) {
        return (List<Map<String, Object>>) (List<?>) trace.get("traceEvents");
    }

    @Test
    void twoCpuThreadsWithGilOn() throws Exception {
        Path dir = Files.createTempDirectory("gilpy-trace");
        Path json = dir.resolve("t.json"), svg = dir.resolve("t.svg");
        var r = GilpyProcess.run(CPU2, "--gil", "on", "--gil-stats", "--gil-trace", json.toString(),
                "--gil-timeline", svg.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("threads 3 True True\nconsistent True True True\nbytecodes True\n", r.out());
        assertTrue(r.err().contains("GIL load: held"), r.err());
        assertTrue(r.err().contains("worker-0"), r.err());

        Map<String, Object> trace = Timeline.read(json);
        List<Map<String, Object>> ev = events(trace);
        Set<String> names = new HashSet<>();
        Map<Object, List<double[]>> slicesByTid = new HashMap<>();
        long pid = ProcessHandle.current().pid();
        Set<Object> pids = new HashSet<>();
        for (Map<String, Object> e : ev) {
            assertNotNull(e.get("pid"), "every event carries its pid");
            pids.add(e.get("pid"));
            names.add(String.valueOf(e.get("name")));
            if ("X".equals(e.get("ph"))) {
                double ts = Json.num(e.get("ts")), dur = Json.num(e.get("dur"));
                assertTrue(dur >= 0);
                slicesByTid.computeIfAbsent(e.get("tid"), k -> new ArrayList<>()).add(new double[] {ts, ts + dur});
            }
        }
        assertEquals(1, pids.size());
        assertFalse(pids.contains(pid), "the child's pid, not ours");
        assertTrue(names.containsAll(List.of("process_name", "thread_name", "running (holds GIL)", "waiting for GIL",
                "blocked: join")), names.toString());
        // Two CPU-bound threads take turns: the waiter asks, the holder is forced to switch.
        assertTrue(names.contains("drop request") && names.contains("forced switch"), names.toString());
        // Per thread, the state slices follow one another without overlapping.
        for (List<double[]> sl : slicesByTid.values()) {
            for (int k = 1; k < sl.size(); k++) assertTrue(sl.get(k)[0] >= sl.get(k - 1)[1] - 1, "ordered slices"); // µs; doubles round epoch µs
        }
        // With the GIL on, running slices of different threads never overlap.
        List<double[]> running = new ArrayList<>();
        for (Map<String, Object> e : ev) {
            if ("running".equals(e.get("cat"))) {
                double ts = Json.num(e.get("ts"));
                running.add(new double[] {ts, ts + Json.num(e.get("dur"))});
            }
        }
        running.sort((a, b) -> Double.compare(a[0], b[0]));
        for (int k = 1; k < running.size(); k++) assertTrue(running.get(k)[0] >= running.get(k - 1)[1] - 1, "GIL held by one");

        Document d = parseSvg(Files.readString(svg));
        assertEquals(3, lanes(d).size(), "one lane per thread");
    }

    @Test
    void gilOffRunningSlicesOverlapAndSingleThreadNeverForced() throws Exception {
        Path dir = Files.createTempDirectory("gilpy-trace");
        Path json = dir.resolve("off.json");
        var r = GilpyProcess.run("""
                import threading, gilpy
                go = threading.Event()
                def work():
                    go.wait()
                    x = 0
                    for i in range(1500000):
                        x += 1
                ts = [threading.Thread(target=work) for _ in range(2)]
                for t in ts: t.start()
                go.set()
                for t in ts: t.join()
                print(gilpy.gil_stats()["totals"]["forced_switches"])
                """, "--gil", "off", "--gil-trace", json.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("0", r.out().strip());
        List<double[]> running = new ArrayList<>();
        for (Map<String, Object> e : events(Timeline.read(json))) {
            assertNotEquals("waiting for GIL", e.get("name"));
            if ("running (no GIL)".equals(e.get("name"))) {
                double ts = Json.num(e.get("ts"));
                running.add(new double[] {ts, ts + Json.num(e.get("dur"))});
            }
        }
        running.sort((a, b) -> Double.compare(a[0], b[0]));
        boolean overlap = false;
        for (int k = 1; k < running.size(); k++) overlap |= running.get(k)[0] < running.get(k - 1)[1];
        assertTrue(overlap, "with the GIL off running slices overlap");

        var one = GilpyProcess.run("""
                import gilpy
                x = 0
                for i in range(200000):
                    x += 1
                st = gilpy.gil_stats()
                print(len(st["threads"]), st["totals"]["forced_switches"], st["totals"]["drop_requests"])
                """, "--gil", "on");
        assertEquals("1 0 0", one.out().strip(), one.err());
    }

    @Test
    void ringBufferBoundsMemory() {
        GilRecorder rec = new GilRecorder(1000);
        assertEquals(1024, rec.capacity);
        for (int k = 0; k < 100_000; k++) {
            rec.state(k % 2 == 0 ? GilTracer.RUNNING : GilTracer.WAITING);
        }
        GilRecorder.ThreadBuffer tb = rec.threads().get(0);
        assertEquals(100_000, tb.written());
        assertEquals(100_000 - 1024, tb.dropped());
        assertEquals(1024 * 8, tb.bytes());
        long[] ev = tb.events();
        assertEquals(2048, ev.length);
        for (int k = 2; k < ev.length; k += 2) assertTrue(ev[k] >= ev[k - 2], "oldest first");
        // The newest event (k = 99999, odd) is retained.
        assertEquals(GilTracer.WAITING, ev[ev.length - 1]);
    }

    @Test
    void writerMergeAndPictureFromSyntheticEvents() throws Exception {
        GilRecorder rec = new GilRecorder(64);
        Thread other = new Thread(() -> {
            rec.state(GilTracer.WAITING);
            rec.instant(GilTracer.DROP_REQUEST);
            rec.state(GilTracer.RUNNING);
            rec.state(GilTracer.IDLE);
        }, "second");
        rec.state(GilTracer.RUNNING);
        other.start();
        other.join();
        rec.instant(GilTracer.FORCED_SWITCH);
        rec.state(GilTracer.BLOCKED_SLEEP);
        rec.state(GilTracer.RUNNING);
        StringWriter a = new StringWriter(), b = new StringWriter();
        TraceWriter.write(rec, true, "gilpy a", 100, System.nanoTime(), a);
        TraceWriter.write(rec, true, "gilpy b", 200, System.nanoTime(), b);
        @SuppressWarnings("unchecked")
        Map<String, Object> ta = (Map<String, Object>) Json.parse(a.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> tb = (Map<String, Object>) Json.parse(b.toString());
        List<String> order = new ArrayList<>();
        for (Map<String, Object> e : events(ta)) {
            if (Thread.currentThread().threadId() == Json.num(e.get("tid")) && !"M".equals(e.get("ph"))) {
                order.add(String.valueOf(e.get("name")));
            }
        }
        assertEquals(List.of("running (holds GIL)", "forced switch", "blocked: sleep", "running (holds GIL)"), order);
        Map<String, Object> merged = TraceMerge.merge(List.of(ta, tb));
        assertEquals(events(ta).size() + events(tb).size(), events(merged).size());
        Path f = Files.createTempFile("merged", ".json");
        TraceMerge.write(merged, f);
        Map<String, Object> back = Timeline.read(f);
        assertEquals(events(merged).size(), events(back).size());
        // Timestamps survive the round trip exactly.
        assertEquals(String.valueOf(events(merged).get(3).get("ts")), String.valueOf(events(back).get(3).get("ts")));
        Document d = parseSvg(Timeline.svg(back, "merged <test> & co"));
        assertEquals(4, lanes(d).size(), "two processes × two threads");
    }

    private static Document parseSvg(String svg) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", d.getDocumentElement().getLocalName());
        return d;
    }

    private static List<Element> lanes(Document d) {
        List<Element> out = new ArrayList<>();
        NodeList gs = d.getElementsByTagNameNS("*", "g");
        for (int k = 0; k < gs.getLength(); k++) {
            Element g = (Element) gs.item(k);
            if ("lane".equals(g.getAttribute("class"))) out.add(g);
        }
        return out;
    }
}
