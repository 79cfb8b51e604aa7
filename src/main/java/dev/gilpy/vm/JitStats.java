package dev.gilpy.vm;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counts of the compiled tier's events, so that a tier-up failure is visible rather than just
 * slow: a loop that should run compiled but stays interpreted shows up as a refusal or a missed transfer.
 * Counted only at rare events (a compile, a hand-over at a loop head), never per instruction; LongAdders,
 * so threads running without the GIL do not share a contended cache line.
 */
public final class JitStats {
    private JitStats() {}

    /** Code objects given a compiled form (a class generated, or one shared with a code object of the same shape). */
    static final LongAdder COMPILED = new LongAdder();
    /** Code objects the tier leaves interpreted: an instruction it does not compile (see Jit.refusal; none today). */
    static final LongAdder REFUSED = new LongAdder();
    /** Code objects whose generated method would be too large, or could not be generated. */
    static final LongAdder FAILED = new LongAdder();
    /** Methods generated for code too long for one (see Jit.MAX_INSTRUCTIONS), summed over such code objects. */
    static final LongAdder PIECES = new LongAdder();
    /** Interpreted frames handed over to compiled code at a loop head. */
    static final LongAdder TRANSFERS = new LongAdder();
    /**
     * Hand-overs that failed: a loop head where the interpreter wanted to hand over to a compiled form that
     * cannot enter there, or compiled code asked to run a frame from an instruction that is not one of its
     * entry points (a generator resumed where its compiled form cannot continue), which the interpreter
     * then runs instead.
     */
    static final LongAdder MISSED = new LongAdder();

    /** Compiled code was entered at an instruction that is not an entry point (see {@link #MISSED}). */
    static void missedEntry() { MISSED.increment(); }

    /** A snapshot: compiled, refused, failed, pieces, transfers, missed. */
    public static Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("compiled", COMPILED.sum());
        m.put("refused", REFUSED.sum());
        m.put("failed", FAILED.sum());
        m.put("pieces", PIECES.sum());
        m.put("transfers", TRANSFERS.sum());
        m.put("missed", MISSED.sum());
        return m;
    }
}
