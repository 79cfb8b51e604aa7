package dev.gilpy.explore;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.repl.Runner;
import dev.gilpy.runtime.PyModule;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.vm.Interpreter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A script run as {@code gilpy --schedule D,... script.py args} runs it: a fresh main interpreter per run, the
 * script as {@code __main__}, so that every replay command reproduces its run exactly. The script is compiled
 * once (code objects are immutable and shared between interpreters).
 */
public final class ScriptProgram implements Program {
    private final String script;
    private final String filename;
    private final String source;
    private final List<String> args;
    private final String points;
    private volatile CodeObject code;

    /** @param points the --switch-points value (one of {@link UserCode#SWITCH_POINTS}) */
    public ScriptProgram(String script, String source, List<String> args, String points) {
        this.script = script;
        // CPython 3.9+: the main script's __file__ is absolute (not normalised), as the launcher sets it.
        this.filename = Path.of(script).isAbsolute() ? script : Path.of("").toAbsolutePath() + java.io.File.separator + script;
        this.source = source;
        this.args = List.copyOf(args);
        if (!UserCode.SWITCH_POINTS.contains(points)) throw new IllegalArgumentException("switch points " + points);
        this.points = points;
    }

    @Override
    public Run run(DeterministicScheduler.DecisionSource decisions) {
        Interpreter interp = new Interpreter();
        interp.argv.add(script);
        interp.argv.addAll(args);
        Path parent = Path.of(script).toAbsolutePath().getParent();
        interp.path.append(new PyStr(parent == null ? "" : parent.toString()));
        interp.path.append(new PyStr(Interpreter.LIB_PREFIX));
        return FreshRun.run(interp, UserCode.scheduler(decisions, points), i -> {
            PyModule main = Runner.newMain(i, null);
            main.set("__file__", new PyStr(filename));
            CodeObject c = code;
            if (c == null) code = c = i.compileFile(source, filename);
            else i.remember(filename, source);
            i.mainScript = new Interpreter.MainScript(filename, source, c);
            i.exec(c, main.dict, main.dict);
            return 0;
        });
    }

    @Override
    public String replayCommand(int[] schedule) {
        List<String> words = new ArrayList<>();
        words.add("gilpy");
        if (!points.equals("breaker")) words.addAll(List.of("--switch-points", points));
        words.add("--schedule");
        words.add(DeterministicScheduler.joinDecisions(schedule));
        words.add(script);
        words.addAll(args);
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(sb.length() == 0 ? "" : " ").append(quote(w));
        return sb.toString();
    }

    /** A shell word as typed (quoted only when needed). */
    static String quote(String w) {
        if (!w.isEmpty() && w.matches("[A-Za-z0-9_./:=,+@%-]+")) return w;
        return "'" + w.replace("'", "'\\''") + "'";
    }
}
