package dev.gilpy.modules;

import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.explore.FreshRun;
import dev.gilpy.explore.Outcome;
import dev.gilpy.explore.Program;
import dev.gilpy.explore.Run;
import dev.gilpy.explore.UserCode;
import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code gilpy.explore(target)}: a module-level function (it starts its own threads), called with no arguments
 * in a fresh sub-interpreter per run. The function crosses by reference, as a sub-interpreter's call does
 * (the main script is loaded there as {@code __mp_main__}); its return value or exception comes back as a copy.
 * The outcome is the return value's repr, or the exception's last traceback line, or a deadlock.
 */
final class FunctionProgram implements Program {
    private final Interpreter caller;
    private final CrossInterpreter.Packed target;
    private final String targetName;
    private final String points;
    /** The returned value or the exception of the first run of each outcome, packed to cross back. */
    final Map<Outcome, CrossInterpreter.Packed> values = new ConcurrentHashMap<>();

    FunctionProgram(Interpreter caller, PyObject target, String points) {
        this.caller = caller;
        this.target = CrossInterpreter.pack(target);
        this.targetName = Abstract.strString(Abstract.getAttr(target, "__name__"));
        this.points = points;
    }

    @Override
    public Run run(DeterministicScheduler.DecisionSource source) {
        Interpreter sub = new Interpreter("gilpy.explore");
        sub.argv.addAll(caller.argv);
        for (PyObject p : caller.path.toArray()) sub.path.append(p);
        sub.recursionLimit = caller.recursionLimit;
        String[] value = {null};
        CrossInterpreter.Packed[] packed = {null};
        Run r;
        try {
            r = FreshRun.run(sub, UserCode.scheduler(source, points), i -> {
                // An empty __main__, as a new sub-interpreter has: the main script's functions are found in
                // its copy loaded as __mp_main__.
                PyModule main = new PyModule("__main__");
                main.set("__builtins__", i.builtins);
                i.modules.put(new PyStr("__main__"), main);
                PyObject fn = target.unpack();
                PyObject v;
                try {
                    v = fn.call(new PyObject[0], null);
                } catch (PyException e) {
                    packed[0] = packOrNull(e.value);
                    throw e;
                }
                value[0] = Abstract.reprString(v);
                packed[0] = packOrNull(v);
                return 0;
            });
        } finally {
            sub.close();
        }
        Outcome o = r.outcome();
        Outcome withValue = new Outcome(o.stdout(), o.lastErrLine(), o.exitStatus(), o.deadlock(), o.threadFailed(), value[0]);
        if (packed[0] != null) values.putIfAbsent(withValue, packed[0]);
        return new Run(withValue, r.decisions(), r.stdout(), r.stderr());
    }

    private static CrossInterpreter.Packed packOrNull(PyObject v) {
        try {
            return CrossInterpreter.pack(v);
        } catch (PyException cannot) {
            return null;   // the outcome still shows its repr
        }
    }

    @Override
    public String replayCommand(int[] schedule) {
        StringBuilder sb = new StringBuilder("gilpy.replay(").append(targetName).append(", [");
        for (int i = 0; i < schedule.length; i++) sb.append(i == 0 ? "" : ", ").append(schedule[i]);
        sb.append("]");
        if (!points.equals("user")) sb.append(", switch_points='").append(points).append("'");
        return sb.append(")").toString();
    }
}
