package dev.gilpy.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG pictures: valid XML whatever the thread names, tooltips, marks, shared scales, and the subcommand's refusals. */
class TimelinePictureTest {
    /** A small trace: a worker that runs, waits for the GIL and sleeps; a main thread that joins it. */
    static String trace(String workerName, long origin, double shift) {
        return """
                {"traceEvents":[
                {"ph":"M","name":"process_name","pid":7,"args":{"name":"gilpy t.py (GIL on)"}},
                {"ph":"M","name":"thread_name","pid":7,"tid":1,"args":{"name":"MainThread"}},
                {"ph":"M","name":"thread_name","pid":7,"tid":2,"args":{"name":%s}},
                {"ph":"X","cat":"running","name":"running (holds GIL)","pid":7,"tid":1,"ts":%s,"dur":100.0},
                {"ph":"X","cat":"blocked","name":"blocked: join","pid":7,"tid":1,"ts":%s,"dur":9000.0,"args":{"reason":"join"}},
                {"ph":"X","cat":"running","name":"running (holds GIL)","pid":7,"tid":2,"ts":%s,"dur":3000.0},
                {"ph":"X","cat":"waiting","name":"waiting for GIL","pid":7,"tid":2,"ts":%s,"dur":2000.0},
                {"ph":"i","s":"t","cat":"gil","name":"drop request","pid":7,"tid":2,"ts":%s},
                {"ph":"i","s":"t","cat":"gil","name":"forced switch","pid":7,"tid":1,"ts":%s},
                {"ph":"X","cat":"blocked","name":"blocked: sleep","pid":7,"tid":2,"ts":%s,"dur":4000.0,"args":{"reason":"sleep"}}
                ],"otherData":{"gilpy":[{"pid":7,"epoch_origin_us":%d,"gil":"on"}]}}
                """.formatted(Json.quote(workerName), 0 + shift, 100 + shift, 200 + shift, 3200 + shift, 3300 + shift,
                3400 + shift, 5200 + shift, origin);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    static void assertValidXml(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharactersInNamesStayValidXml() throws Exception {
        String svg = Timeline.svg(parse(trace("bad\u0001name<&>\"", 0, 0)), "t\u0002itle", false);
        assertValidXml(svg);
        assertTrue(svg.contains("bad\\x01name&lt;&amp;&gt;&quot;"), svg);
    }

    @Test
    void tooltipsMarksLifeSharesAndDimming() throws Exception {
        String svg = Timeline.svg(parse(trace("worker", 0, 0)), "t", false);
        assertTrue(svg.contains("<title>worker: waiting for the GIL, from 3.200 ms for 2.000 ms</title>"), svg);
        assertTrue(svg.contains("<title>drop request: worker asked the holder for the GIL at 3.3 ms</title>"), svg);
        assertTrue(svg.contains("<title>forced switch: MainThread had to hand the GIL over at 3.4 ms</title>"), svg);
        // The worker lives 9 ms (0.2 .. 9.2): shares of its life, not of the window.
        assertTrue(svg.contains("run 33% wait 22% blocked 44% of its 9 ms"), svg);
        // MainThread only joins: dimmed; the worker is not.
        assertTrue(svg.contains("data-thread=\"MainThread\" opacity=\"0.45\""), svg);
        assertTrue(svg.contains("data-thread=\"worker\">"), svg);
        // Distinct colours for the blocked reasons that occur.
        assertFalse(Timeline.BLOCKED.get("join").equals(Timeline.BLOCKED.get("lock")));
        assertEquals(Timeline.BLOCKED.size(), Timeline.BLOCKED.values().stream().distinct().count());
    }

    @Test
    void compareDrawsPanelsOnOneScale() throws Exception {
        Map<String, Object> shortRun = parse(trace("w", 0, 0));
        Map<String, Object> longRun = parse(trace("w", 0, 0).replace("\"dur\":9000.0", "\"dur\":29000.0"));
        String svg = Timeline.compare(List.of(shortRun, longRun), "both", false);
        assertValidXml(svg);
        // Both panels get the longer run's axis: its last tick (25 ms at a 5 ms step) appears twice.
        int ticks = svg.split(">25</text>", -1).length - 1;
        assertEquals(2, ticks, svg);
    }

    @Test
    void mergeAlignsRelativeTimestampsByOrigin() {
        Map<String, Object> a = parse(trace("a", 1_000_000, 0));
        Map<String, Object> b = parse(trace("b", 1_000_500, 0));
        Map<String, Object> m = TraceMerge.merge(List.of(a, b));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ev = (List<Map<String, Object>>) m.get("traceEvents");
        double bFirst = ev.stream().filter(e -> "X".equals(e.get("ph"))).map(e -> Json.num(e.get("ts"))).skip(5).findFirst().orElseThrow();
        assertEquals(500.0, bFirst);
    }

    @Test
    void subcommandRefusesPngAndSaysWhyAnInputIsMissing(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("t.json");
        Files.writeString(json, trace("w", 0, 0));
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Timeline.main(new String[]{json.toString(), "-o", dir.resolve("x.png").toString()}));
            assertFalse(Files.exists(dir.resolve("x.png")));
            assertEquals(1, Timeline.main(new String[]{dir.resolve("none.json").toString(), "-o", dir.resolve("x.svg").toString()}));
        } finally {
            System.setErr(old);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("writes SVG (-o FILE.svg) or merged JSON (-o FILE.json) only"), e);
        assertTrue(e.contains("cannot read " + dir.resolve("none.json") + ": no such file"), e);
        assertEquals(0, Timeline.main(new String[]{json.toString(), "-o", dir.resolve("x.svg").toString()}));
        assertValidXml(Files.readString(dir.resolve("x.svg")));
    }
}
