package dev.gilpy.compile.assemble;

import dev.gilpy.ast.Expr;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instruction stream and tables of one code object under construction: codegen appends to it,
 * {@link Assembler} turns it into a {@link CodeObject}.
 */
public final class CodeBuilder {
    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLineno;
    public int argcount, posonlyargcount, kwonlyargcount, flags;

    final List<Instr> instrs = new ArrayList<>();
    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars;
    final List<String> freevars;
    private int line, col = -1, endLine, endCol = -1;

    public CodeBuilder(String name, String qualname, String filename, int firstLineno, List<String> params,
                       List<String> cellvars, List<String> freevars) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineno = firstLineno;
        for (String p : params) varnames.putIfAbsent(p, varnames.size());
        this.cellvars = List.copyOf(cellvars);
        this.freevars = List.copyOf(freevars);
        this.line = firstLineno;
    }

    /** Sets the source location of the instructions emitted next. */
    public void setLocation(int line, int col) {
        this.line = line;
        this.col = col;
        this.endLine = line;
        this.endCol = -1;
    }

    /** Sets the full source span (PEP 657 positions) of the instructions emitted next. */
    public void setLocation(dev.gilpy.ast.Pos p) {
        this.line = p.line();
        this.col = p.col();
        this.endLine = p.endLine();
        this.endCol = p.endCol();
    }

    /** The current source span. */
    public dev.gilpy.ast.Pos location() { return new dev.gilpy.ast.Pos(line, col, endLine, endCol); }

    public int line() { return line; }

    public int col() { return col; }

    public void emit(Opcode op, int arg) {
        if (op.jumps) throw new IllegalArgumentException(op + " needs a label");
        instrs.add(new Instr(op, arg, null, line, col, endLine, endCol));
    }

    public void emit(Opcode op) { emit(op, 0); }

    public void emitJump(Opcode op, Label target) {
        if (!op.jumps) throw new IllegalArgumentException(op + " is not a jump");
        instrs.add(new Instr(op, 0, target, line, col, endLine, endCol));
    }

    public void bind(Label l) {
        if (l.pos >= 0) throw new IllegalStateException("label bound twice");
        l.pos = instrs.size();
        lastBound = l.pos;
    }

    private int lastBound = -1;

    /** False if control cannot fall off the end of what was emitted so far. */
    public boolean endReachable() { return !lastIsTerminal() || lastBound == instrs.size(); }

    /** Index of a constant, deduplicated by type and value as CPython's compiler_add_const. */
    public int addConst(Object value) {
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** Forces a constant into slot 0 (a function's docstring-or-None). */
    public void addFirstConst(Object value) {
        if (!consts.isEmpty()) throw new IllegalStateException("consts not empty");
        addConst(value);
    }

    private static Object constKey(Object v) {
        return switch (v) {
            case null -> List.of("None");
            case Boolean b -> List.of("bool", b);
            case Long l -> List.of("int", BigInteger.valueOf(l));
            case BigInteger b -> List.of("int", b);
            case Double d -> List.of("float", Double.doubleToRawLongBits(d));
            case Expr.Complex c -> List.of("complex", Double.doubleToRawLongBits(c.real()), Double.doubleToRawLongBits(c.imag()));
            case String s -> List.of("str", s);
            case byte[] b -> List.of("bytes", Arrays.toString(b));
            case CodeObject.ConstTuple t -> List.of("tuple", t.items().stream().map(CodeBuilder::constKey).toList());
            case Expr.Ellipsis e -> List.of("...");
            default -> new IdentityKey(v);
        };
    }

    private record IdentityKey(Object o) {
        @Override public boolean equals(Object other) { return other instanceof IdentityKey k && k.o == o; }
        @Override public int hashCode() { return System.identityHashCode(o); }
    }

    public int addName(String n) { return names.computeIfAbsent(n, k -> names.size()); }

    public int addVarname(String n) { return varnames.computeIfAbsent(n, k -> varnames.size()); }

    /** LOAD_DEREF-style index: cellvars first, then freevars. */
    public int derefIndex(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) return i;
        i = freevars.indexOf(n);
        if (i < 0) throw new IllegalStateException("no cell or free variable " + n + " in " + qualname);
        return cellvars.size() + i;
    }

    public boolean hasCell(String n) { return cellvars.contains(n) || freevars.contains(n); }

    public List<String> freevars() { return freevars; }

    /** True if the last emitted instruction ends control flow (used to skip an implicit return). */
    public boolean lastIsTerminal() {
        if (instrs.isEmpty()) return false;
        return !instrs.get(instrs.size() - 1).op().fallsThrough;
    }

    public int size() { return instrs.size(); }

    public CodeObject assemble() { return Assembler.assemble(this); }
}
