package dev.gilpy.concurrent;

/**
 * The one place that makes a {@link Gil} for a mode, used by the REPL's {@code :gil on|off} and
 * {@code :run --gil}. The GIL implementation itself lives with the concurrency core (branch
 * {@code threads}); on this branch both modes get {@link NoGil}, and the integration replaces the
 * {@code on} case with the real lock.
 */
public final class Gils {
    private Gils() {}

    /** A fresh GIL for the mode: serialising when {@code on}, {@link NoGil} when off. */
    public static Gil create(boolean on) {
        return new NoGil();
    }
}
