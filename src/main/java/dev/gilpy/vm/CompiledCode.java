package dev.gilpy.vm;

import dev.gilpy.runtime.PyObject;

/**
 * A code object compiled by {@link Jit}: a JVM method that performs the code's instructions on the
 * frame's own locals-and-stack array, so the interpreter and compiled code can hand a frame back and
 * forth at any instruction boundary.
 */
public abstract class CompiledCode {
    /** Instruction indexes where {@link #run} may start: 0 and the loop heads. */
    private boolean[] entries;

    void setEntries(boolean[] entries) { this.entries = entries; }

    boolean enters(int pc) { return pc >= 0 && pc < entries.length && entries[pc]; }

    /** Runs the frame from f.pc; returns the result or {@link Eval#TRANSFER}. */
    public abstract PyObject run(Frame f, ThreadState ts);
}
