package dev.gilpy.vm;

import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.TracebackEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The last-resort report for a Java {@link Throwable} that escaped Python's exception handling (a bug of
 * ours, or the JVM out of resources): the Python traceback of where it happened, then one line
 * {@code gilpy: internal error: <JavaClass>: <message> (please report)}. The caller flushes the standard
 * streams first and exits with status 1 (the REPL goes on). No Java stack trace reaches the user unless
 * {@code GILPY_DEBUG=1} asks for it.
 */
public final class FatalError {
    private FatalError() {}

    /**
     * Called as the throwable leaves a Python frame ({@link Eval#execute}): the first (innermost) frame
     * that sees it records the Python stack, which is gone by the time the throwable reaches the top.
     */
    static void note(ThreadState ts, Throwable t) {
        if (t instanceof PyException || ts.escaping == t) return;
        // Innermost first, then reversed: inserting at the front was quadratic in the depth (a Java error
        // 10^6 calls deep).
        List<TracebackEntry> stack = new ArrayList<>();
        for (Frame f = ts.frame; f != null; f = f.back) stack.add(new TracebackEntry(f.code.filename, f.lineno(), f.code.name));
        java.util.Collections.reverse(stack);
        ts.escaping = t;
        ts.escapingStack = stack;
    }

    /** The report for {@code t}, caught at a thread's top level (ts: that thread's state, or null). */
    public static String report(Throwable t, ThreadState ts, Interpreter interp) {
        StringBuilder sb = new StringBuilder();
        List<TracebackEntry> stack = ts != null && ts.escaping == t ? ts.escapingStack : List.of();
        if (!stack.isEmpty()) sb.append(Traceback.formatStack(stack, interp));
        if ("1".equals(System.getenv("GILPY_DEBUG"))) {
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            sb.append(w);
        }
        String msg = t.getMessage();
        sb.append("gilpy: internal error: ").append(t.getClass().getSimpleName())
                .append(msg == null || msg.isEmpty() ? "" : ": " + msg.replace('\n', ' ')).append(" (please report)\n");
        if (ts != null) {
            ts.escaping = null;
            ts.escapingStack = null;
        }
        return sb.toString();
    }

    /** Flushes the interpreter's standard streams and writes the report to stderr (never throws). */
    public static void print(Throwable t, ThreadState ts, Interpreter interp) {
        String text;
        try {
            text = report(t, ts, interp);
        } catch (RuntimeException | Error e) {
            text = "gilpy: internal error: " + t.getClass().getSimpleName() + " (please report)\n";
        }
        try {
            interp.stdout.flush();
        } catch (RuntimeException | Error ignored) {
            // Report the error anyway.
        }
        try {
            interp.stderr.write(text);
            interp.stderr.flush();
        } catch (RuntimeException | Error e) {
            System.err.print(text);
            System.err.flush();
        }
    }
}
