package dev.gilpy;

import dev.gilpy.reliability.Launch;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's command blocks cannot drift from what gilpy does: a block that shows a {@code ./gilpy}
 * command followed by its output is run (through the real launcher, in the repository root) and its
 * stdout compared with the lines shown; every other {@code ./gilpy} command line in a block must parse,
 * and the samples and modules it names must exist.
 */
class ReadmeTest {
    private static final Path README = Launch.ROOT.resolve("README.md");

    /** A command as shown in an indented block, and the output lines shown under it (maybe none). */
    record Shown(int line, String command, List<String> output) {}

    /** The README's indented blocks that start with a gilpy command line. */
    static List<Shown> commandBlocks() throws Exception {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Shown> out = new ArrayList<>();
        boolean prevBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (prevBlank && l.startsWith("    ") && isCommand(l.strip())) {
                String indent = l.substring(0, l.length() - l.stripLeading().length());
                List<String> block = new ArrayList<>();
                int j = i;
                while (j < lines.size() && (lines.get(j).startsWith(indent) || lines.get(j).isBlank())) block.add(lines.get(j++));
                while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) block.remove(block.size() - 1);
                boolean allCommands = block.stream().allMatch(b -> isCommand(b.strip()));
                if (allCommands) {
                    for (int k = 0; k < block.size(); k++) out.add(new Shown(i + k + 1, block.get(k).strip(), List.of()));
                } else {
                    List<String> shown = new ArrayList<>();
                    for (String b : block.subList(1, block.size())) shown.add(b.length() >= indent.length() ? b.substring(indent.length()) : "");
                    out.add(new Shown(i + 1, block.get(0).strip(), shown));
                }
                i = j - 1;
            }
            prevBlank = l.isBlank();
        }
        return out;
    }

    private static boolean isCommand(String s) {
        return s.startsWith("./gilpy") || s.startsWith("printf ") && s.contains("| ./gilpy")
                || s.startsWith("make ") || s.startsWith("java -jar ");
    }

    /** The command without its trailing "# comment" (outside quotes). */
    static String withoutComment(String cmd) {
        boolean single = false, dbl = false;
        for (int i = 0; i < cmd.length(); i++) {
            char c = cmd.charAt(i);
            if (c == '\'' && !dbl) single = !single;
            else if (c == '"' && !single) dbl = !dbl;
            else if (c == '#' && !single && !dbl && i > 0 && cmd.charAt(i - 1) == ' ') return cmd.substring(0, i).strip();
        }
        return cmd;
    }

    /** The words of a simple shell command line (quotes removed; no expansion). */
    static List<String> words(String cmd) {
        List<String> w = new ArrayList<>();
        StringBuilder cur = null;
        char quote = 0;
        for (char c : cmd.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else cur.append(c);
            } else if (c == '\'' || c == '"') {
                if (cur == null) cur = new StringBuilder();
                quote = c;
            } else if (Character.isWhitespace(c)) {
                if (cur != null) w.add(cur.toString());
                cur = null;
            } else {
                if (cur == null) cur = new StringBuilder();
                cur.append(c);
            }
        }
        if (cur != null) w.add(cur.toString());
        return w;
    }

    @Test
    void shownOutputsAreWhatTheCommandsPrint() throws Exception {
        Launch.gilpy("-c", "pass").run();   // builds nothing, but fails early when the jar is missing
        int compared = 0;
        for (Shown s : commandBlocks()) {
            if (s.output.isEmpty()) continue;
            Process p = new ProcessBuilder("bash", "-c", withoutComment(s.command)).directory(Launch.ROOT.toFile())
                    .redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), s.command);
            assertEquals(String.join("\n", s.output) + "\n", out, "README.md line " + s.line + ": " + s.command);
            compared++;
        }
        assertTrue(compared >= 2, "the README should show the output of some commands, found " + compared);
    }

    @Test
    void everyCommandLineParsesAndNamesWhatExists() throws Exception {
        int checked = 0;
        for (Shown s : commandBlocks()) {
            String cmd = withoutComment(s.command);
            if (cmd.contains("| ./gilpy")) cmd = cmd.substring(cmd.indexOf("| ./gilpy") + 2);
            List<String> w = words(cmd.replaceAll("\\s[<>].*$", ""));
            if (!w.get(0).equals("./gilpy")) continue;
            List<String> args = w.subList(1, w.size());
            if (!args.isEmpty() && Options.SUBCOMMANDS.stream().anyMatch(sub -> sub.name().equals(args.get(0)))) continue;
            Options o;
            try {
                o = Options.parse(args.toArray(new String[0]));
            } catch (Options.UsageError e) {
                fail("README.md line " + s.line + ": " + s.command + ": " + e.getMessage());
                return;
            }
            for (String a : w) {
                if (a.startsWith("samples/") || a.startsWith("bench/") || a.startsWith("docs/")) {
                    assertTrue(Files.exists(Launch.ROOT.resolve(a)), "README.md line " + s.line + ": no " + a);
                }
            }
            if (o.module != null) {
                Main.Captured r = Main.runCaptured("-c", "import " + o.module);
                assertEquals(0, r.code(), "README.md line " + s.line + ": -m " + o.module + ": " + r.err());
            }
            checked++;
        }
        assertTrue(checked >= 10, "found only " + checked + " command lines");
    }
}
