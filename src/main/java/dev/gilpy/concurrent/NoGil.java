package dev.gilpy.concurrent;

/** --gil off: threads run bytecode in parallel; built-in objects protect themselves. */
public final class NoGil implements Gil {
    @Override
    public void acquire() {}

    @Override
    public void release() {}

    @Override
    public void checkpoint() {}

    @Override
    public boolean enabled() { return false; }
}
