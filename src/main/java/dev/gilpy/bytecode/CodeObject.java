package dev.gilpy.bytecode;

import java.util.List;

/**
 * Compiled code of one scope (module, class body, function, lambda, comprehension): immutable once built.
 *
 * <p>{@code consts} hold compile-time values as Java values: null (None), Boolean, Long or BigInteger,
 * Double, String, byte[], {@code Expr.Ellipsis}, nested CodeObjects and {@link ConstTuple}s. The VM turns
 * them into runtime objects once and keeps them in {@link #runtimeCache}, the only mutable field.
 *
 * <p>Closure cells are numbered cellvars first, then freevars (LOAD_DEREF's argument).
 * {@code cell2arg[i]} is the index in varnames of an argument that is also cellvar i, else -1.
 *
 * <p>{@code exceptionTable} holds entries of four ints: start, end (exclusive), target, depth:
 * an exception raised by an instruction in [start, end) cuts the stack to depth, pushes the exception
 * and continues at target. Inner regions come before outer ones, so the first match wins.
 */
public final class CodeObject {
    public static final int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
            CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int flags;
    public final int stacksize;
    public final int[] code;
    public final Object[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    public final int[] cell2arg;
    /** Source line of each instruction (index = pc). */
    public final int[] lines;
    /** Start column (0-based) of each instruction's source expression, or -1; for error carets. */
    public final int[] columns;
    /** End line and end column (0-based, exclusive) of each instruction's source span, or -1 (PEP 657). */
    public final int[] endLines;
    public final int[] endColumns;
    public final int[] exceptionTable;
    /**
     * The value stack's depth before each instruction, as the assembler's flow analysis found it (every
     * instruction is reachable: the assembler drops the rest). The compiled tier maps stack item k to a
     * JVM local through it; {@link #depthsAgree} checks them against the instructions.
     */
    public final int[] stackDepths;
    /** The VM's per-code cache (constants as runtime objects, names as interned strings); written once,
     *  under a benign race, by the VM only. */
    public volatile Object runtimeCache;

    public CodeObject(String name, String qualname, String filename, int firstLineno, int argcount,
                      int posonlyargcount, int kwonlyargcount, int flags, int stacksize, int[] code,
                      Object[] consts, String[] names, String[] varnames, String[] cellvars, String[] freevars,
                      int[] cell2arg, int[] lines, int[] columns, int[] endLines, int[] endColumns,
                      int[] exceptionTable, int[] stackDepths) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        this.argcount = argcount;
        this.posonlyargcount = posonlyargcount;
        this.kwonlyargcount = kwonlyargcount;
        this.flags = flags;
        this.stacksize = stacksize;
        this.code = code;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.lines = lines;
        this.columns = columns;
        this.endLines = endLines;
        this.endColumns = endColumns;
        this.exceptionTable = exceptionTable;
        this.stackDepths = stackDepths;
    }

    /**
     * Whether {@link #stackDepths} fit the instructions: each within [0, stacksize], each successor and jump
     * target (and exception handler, at its table depth + 1) at the depth the instruction's stack effect
     * gives. One pass; for code read back from bytes, which the compiled tier must be able to trust.
     */
    public boolean depthsAgree() {
        int n = code.length;
        if (stackDepths == null || stackDepths.length != n) return false;
        for (int pc = 0; pc < n; pc++) {
            int d = stackDepths[pc];
            if (d < 0 || d > stacksize || (code[pc] & 0xFF) >= Opcode.count()) return false;
            Opcode op = Opcode.of(code[pc]);
            int arg = Opcode.argOf(code[pc]);
            if (op.pseudo) return false;
            if (op.jumps && (arg < 0 || arg >= n || stackDepths[arg] != d + op.jumpStackEffect(arg))) return false;
            if (op.fallsThrough && (pc + 1 >= n || stackDepths[pc + 1] != d + op.stackEffect(arg))) return false;
            if (!op.fallsThrough && d + op.stackEffect(arg) < 0) return false;
        }
        for (int i = 0; i + 3 < exceptionTable.length; i += 4) {
            int target = exceptionTable[i + 2];
            if (target < 0 || target >= n || stackDepths[target] != exceptionTable[i + 3] + 1) return false;
        }
        return stackDepths.length == 0 || stackDepths[0] == 0;
    }

    public boolean isGenerator() { return (flags & CO_GENERATOR) != 0; }

    public boolean isCoroutine() { return (flags & CO_COROUTINE) != 0; }

    public boolean isAsyncGenerator() { return (flags & CO_ASYNC_GENERATOR) != 0; }

    /** A generator, coroutine or async generator: a call makes an object that runs the frame in steps. */
    public boolean suspends() { return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0; }

    public boolean hasVarargs() { return (flags & CO_VARARGS) != 0; }

    public boolean hasVarkeywords() { return (flags & CO_VARKEYWORDS) != 0; }

    public int nlocals() { return varnames.length; }

    public int ncells() { return cellvars.length + freevars.length; }

    public int lineAt(int pc) { return pc >= 0 && pc < lines.length ? lines[pc] : firstLineno; }

    /** The source span of instruction pc as {line, endLine, col, endCol}; -1 where unknown. */
    public int[] positionsAt(int pc) {
        if (pc < 0 || pc >= lines.length) return new int[] {firstLineno, firstLineno, -1, -1};
        int c = columns != null && pc < columns.length ? columns[pc] : -1;
        int el = endLines != null && pc < endLines.length ? endLines[pc] : lines[pc];
        int ec = endColumns != null && pc < endColumns.length ? endColumns[pc] : -1;
        return new int[] {lines[pc], el, c, ec};
    }

    /** A tuple constant (for KW_NAMES, BUILD_CONST_KEY_MAP, default-argument tuples, folded constants). */
    public record ConstTuple(List<Object> items) {}

    @Override
    public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineno + ">";
    }
}
