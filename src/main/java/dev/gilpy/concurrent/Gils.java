package dev.gilpy.concurrent;

/**
 * The one place that makes a {@link Gil} for a mode: the command line's {@code --gil on|off}, the
 * REPL's {@code :gil on|off} and {@code :run --gil}.
 */
public final class Gils {
    private Gils() {}

    /** A fresh GIL for the mode: CPython's serialising lock when {@code on}, {@link NoGil} when off. */
    public static Gil create(boolean on) {
        return on ? new GlobalInterpreterLock() : new NoGil();
    }
}
