package dev.gilpy.explore;

import dev.gilpy.concurrent.DeterministicScheduler;
import dev.gilpy.concurrent.NoGil;
import dev.gilpy.modules.Modules;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyTextIO;
import dev.gilpy.vm.Interpreter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One run of Python code in a fresh interpreter of this JVM, on the calling thread, which holds the scheduler's
 * baton as the run's main thread, with its own captured stdout and stderr and an empty stdin. The interpreter's modules are installed
 * on that thread; at the end its exit hooks run (threading joins its threads), the streams are flushed, and
 * any thread still waiting is stopped.
 */
public final class FreshRun {
    private FreshRun() {}

    /** The program's part: runs in {@code interp} with the baton held and returns the exit status. */
    @FunctionalInterface
    public interface Body { int run(Interpreter interp); }

    /** threading.excepthook's first line: a thread died of an uncaught exception. */
    private static final Pattern THREAD_FAILED = Pattern.compile("(?m)^Exception in thread ");

    public static Run run(Interpreter interp, DeterministicScheduler ds, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        interp.setGil(ds, false);
        interp.stdout = new PyTextIO("<stdout>", "w", out, null, false, false, 1);
        interp.stderr = new PyTextIO("<stderr>", "w", err, null, true, false, 2);
        interp.stdin = new PyTextIO("<stdin>", "r", null, new ByteArrayInputStream(new byte[0]), false, false, 0);
        int[] status = {0};
        boolean[] deadlock = {false};
        // The run's main thread is the calling thread (no thread start and join per run): it enters the
        // interpreter and takes the scheduler's baton, so it is the first thread the scheduler knows.
        try {
            interp.runHere(() -> {
                try {
                    ds.acquire();
                    try {
                        Modules.install(interp);
                        int rc;
                        try {
                            rc = body.run(interp);
                        } catch (PyException e) {
                            rc = dev.gilpy.vm.Lifecycle.handleUncaught(interp, e.value);
                        }
                        status[0] = dev.gilpy.vm.Lifecycle.shutdown(interp, rc);
                    } finally {
                        ds.release();
                    }
                } catch (DeterministicScheduler.Abort e) {
                    deadlock[0] = ds.deadlockReport() != null;
                    interp.stdout.flush();
                    interp.stderr.write(deadlock[0] ? ds.deadlockReport() : "gilpy: " + e.getMessage() + "\n");
                    interp.stderr.flush();
                    status[0] = 1;
                }
                return null;
            });
        } catch (DeterministicScheduler.Abort e) {
            // Taken by runHere's own release after ours: the run is over either way.
        } finally {
            interp.setGil(new NoGil(), false);   // stops threads left waiting for the baton
        }
        String o = out.toString(StandardCharsets.UTF_8), e = err.toString(StandardCharsets.UTF_8);
        Outcome outcome = new Outcome(o, deadlock[0] ? "" : Outcome.lastLine(e), status[0], deadlock[0],
                THREAD_FAILED.matcher(e).find());
        return new Run(outcome, ds.decisionsTaken(), o, e);
    }
}
