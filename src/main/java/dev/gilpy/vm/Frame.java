package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;

/**
 * One activation of a code object. Local variables and the value stack share one array, locals first
 * (CPython's localsplus), so a call allocates two objects: the frame and this array.
 */
public final class Frame {
    public final CodeObject code;
    final PyObject[] consts;
    final PyStr[] names;
    final CodeCache cache;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    public final PyObject locals;
    /** Locals in [0, nlocals), then the value stack. */
    final PyObject[] values;
    final PyCell[] cells;
    final int stackBase;
    int sp;
    int pc;
    public Frame back;
    /** Generators: suspended at a YIELD_VALUE; finished once RETURN_VALUE ran or an exception escaped. */
    boolean yielded, finished;
    /** Generators: an exception to raise where the frame is suspended (gen.throw, gen.close). */
    PyBaseException pendingThrow;
    /**
     * Set once something outside the running call holds this frame (sys._getframe), for it and its
     * callers: such a frame is never reused for another call.
     */
    boolean escaped;

    Frame(CodeObject code, CodeCache cache, PyDict globals, PyDict builtins, PyObject locals, PyCell[] closure) {
        this.code = code;
        this.cache = cache;
        this.consts = cache.consts;
        this.names = cache.names;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        int nlocals = code.varnames.length;
        this.values = new PyObject[nlocals + code.stacksize + 1];
        this.stackBase = nlocals;
        this.sp = nlocals;
        int ncells = code.cellvars.length + code.freevars.length;
        if (ncells == 0) {
            this.cells = null;
        } else {
            this.cells = new PyCell[ncells];
            for (int i = 0; i < code.cellvars.length; i++) cells[i] = new PyCell(null);
            if (closure != null) System.arraycopy(closure, 0, cells, code.cellvars.length, code.freevars.length);
        }
    }

    /** After arguments are bound: arguments that are also cell variables move into their cells. */
    void initCellArgs() {
        int[] c2a = code.cell2arg;
        if (c2a == null) return;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                cells[i].value = values[c2a[i]];
                values[c2a[i]] = null;
            }
        }
    }

    /** Marks this frame and every caller as held from outside (see {@link #escaped}). */
    public void escape() {
        for (Frame f = this; f != null && !f.escaped; f = f.back) f.escaped = true;
    }

    /** After a normal return: forget the call's values so the frame can serve the next call. */
    void reset() {
        // A plain loop, not Arrays.fill: that one is shared with every other caller in the JVM, whose
        // profiles made C2 compile it four times while a recursive function waited behind it.
        PyObject[] v = values;
        for (int i = 0; i < v.length; i++) v[i] = null;
        sp = stackBase;
        pc = 0;
        back = null;
    }

    String[] kwnames(int constIndex) { return cache.kwnames(constIndex); }

    public int lineno() { return code.lineAt(Math.max(0, pc - 1)); }

    /** Local variable values by name, for locals() and vars(). */
    public PyDict localsDict() {
        if (locals instanceof PyDict d) return d;
        PyDict d = new PyDict();
        for (int i = 0; i < code.varnames.length; i++) {
            if (values[i] != null) d.put(new PyStr(code.varnames[i]), values[i]);
        }
        if (cells != null) {
            for (int i = 0; i < cells.length; i++) {
                String n = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
                if (cells[i] != null && cells[i].value != null) d.put(new PyStr(n), cells[i].value);
            }
        }
        return d;
    }

    /** The first argument's value (self), for zero-argument super(). */
    PyObject firstArg() {
        if (code.argcount == 0 && !code.hasVarargs()) return null;
        if (values[0] != null) return values[0];
        int[] c2a = code.cell2arg;
        if (c2a != null) for (int i = 0; i < c2a.length; i++) if (c2a[i] == 0) return cells[i].value;
        return null;
    }

    /** The __class__ cell's value, for zero-argument super(). */
    PyObject classCell() {
        for (int i = 0; i < code.freevars.length; i++) {
            if (code.freevars[i].equals("__class__")) return cells[code.cellvars.length + i].value;
        }
        return null;
    }
}
