package dev.gilpy.vm;

/** A bug in gilpy itself (never a Python-level error): reported with where the VM was. */
public final class InterpreterError extends RuntimeException {
    public InterpreterError(String msg) { super(msg); }
}
