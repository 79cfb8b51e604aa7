package dev.gilpy.concurrent;

/**
 * The one place that makes a {@link Gil} for a mode: the command line's {@code --gil on|off}, the
 * REPL's {@code :gil on|off} and {@code :run --gil}.
 */
public final class Gils {
    private Gils() {}

    /** A fresh GIL for the mode: CPython's serialising lock when {@code on}, {@link NoGil} when off. */
    public static Gil create(boolean on) { return create(on ? GilMode.ON : GilMode.OFF); }

    public static Gil create(GilMode mode) {
        return switch (mode) {
            case ON -> new GlobalInterpreterLock();
            case OFF -> new NoGil();
            case SCHEDULED -> throw new IllegalArgumentException("a scheduler is made from a seed (--sched)");
        };
    }

    /**
     * The policy of a new sub-interpreter: a GIL of its own of the main interpreter's mode (PEP 684), reporting
     * to the same tracer; the deterministic scheduler's baton is shared, so one seed decides every thread.
     */
    public static Gil forSubInterpreter(Gil mainGil, long interpreterId) {
        if (mainGil.mode() == GilMode.SCHEDULED) return mainGil;
        Gil g = create(mainGil.mode());
        g.setSwitchInterval(mainGil.switchInterval());
        if (mainGil.tracer() != null) g.setTracer(mainGil.tracer().forInterpreter(interpreterId));
        return g;
    }
}
