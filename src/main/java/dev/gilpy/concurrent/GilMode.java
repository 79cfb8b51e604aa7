package dev.gilpy.concurrent;

/**
 * How the threads of the interpreters are run. One mode for the whole process (--gil, --sched): every
 * interpreter gets its own {@link Gil} of this mode, except {@link #SCHEDULED}, whose single baton is shared
 * by all interpreters so that a seed still decides the whole run.
 */
public enum GilMode {
    /** A GIL per interpreter (CPython 3.12+, PEP 684): one thread of an interpreter runs bytecode at a time. */
    ON,
    /** No GIL: threads run bytecode in parallel (PEP 703). */
    OFF,
    /** The deterministic scheduler (--sched): one thread of the whole process at a time, chosen by a PRNG. */
    SCHEDULED
}
