package dev.gilpy.process;

/**
 * multiprocessing's start methods, as Python names them. Every process here is a fresh JVM; what differs
 * is what the child gets: a snapshot of the parent's objects (fork), or the main script re-run as
 * __mp_main__ and the process object by reference (spawn; forkserver behaves the same).
 */
public enum StartMethod {
    FORK("fork"), SPAWN("spawn"), FORKSERVER("forkserver");

    /** Linux's default in CPython 3.11. */
    public static final StartMethod DEFAULT = FORK;

    public final String pythonName;

    StartMethod(String pythonName) { this.pythonName = pythonName; }

    /** The child gets a copy of the parent's objects instead of re-running the main script. */
    public boolean copiesParent() { return this == FORK; }

    /** The start method with this Python name, or null. */
    public static StartMethod of(String name) {
        for (StartMethod m : values()) if (m.pythonName.equals(name)) return m;
        return null;
    }
}
