package dev.gilpy.bytecode;

import dev.gilpy.text.Reprs;

import dev.gilpy.ast.Expr;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Text disassembly in the layout of CPython 3.11's {@code dis.dis} (Lib/dis.py: Instruction._disassemble,
 * _disassemble_bytes, _disassemble_recursive). Offsets are shown in bytes (2 * instruction index), jump
 * arguments as our absolute instruction indexes with "(to offset)".
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20, OPARG_WIDTH = 5;

    private Disassembler() {}

    /** A module's disassembly followed by every nested code object's, as {@code dis.dis(code)}. */
    public static String disassemble(CodeObject co, Function<Object, String> constRepr) {
        StringBuilder sb = new StringBuilder();
        recursive(co, constRepr, sb);
        return sb.toString();
    }

    public static String disassemble(CodeObject co) { return disassemble(co, Disassembler::repr); }

    private static void recursive(CodeObject co, Function<Object, String> constRepr, StringBuilder sb) {
        disassembleOne(co, constRepr, sb);
        for (Object c : co.consts) {
            if (c instanceof CodeObject nested) {
                sb.append('\n').append("Disassembly of ").append(codeRepr(nested)).append(":\n");
                recursive(nested, constRepr, sb);
            }
        }
    }

    /** One code object only (CPython: dis.disassemble). */
    public static void disassembleOne(CodeObject co, Function<Object, String> constRepr, StringBuilder sb) {
        int maxLine = Arrays.stream(co.lines).max().orElse(0);
        int lineWidth = maxLine >= 1000 ? String.valueOf(maxLine).length() : 3;
        int maxOffset = 2 * co.code.length - 2;
        int offsetWidth = maxOffset >= 10000 ? String.valueOf(maxOffset).length() : 4;
        Set<Integer> targets = new HashSet<>();
        for (int word : co.code) if (Opcode.of(word).jumps) targets.add(Opcode.argOf(word));
        for (int i = 0; i + 3 < co.exceptionTable.length; i += 4) targets.add(co.exceptionTable[i + 2]);
        String cellNames[] = concat(co.cellvars, co.freevars);
        for (int pc = 0; pc < co.code.length; pc++) {
            int word = co.code[pc];
            Opcode op = Opcode.of(word);
            int arg = Opcode.argOf(word);
            boolean startsLine = pc == 0 || co.lines[pc] != co.lines[pc - 1];
            if (startsLine && pc > 0) sb.append('\n');
            StringBuilder line = new StringBuilder();
            line.append(startsLine ? pad(String.valueOf(co.lines[pc]), lineWidth, true) : " ".repeat(lineWidth));
            line.append(' ').append("   ").append(' ');
            line.append(targets.contains(pc) ? ">>" : "  ").append(' ');
            line.append(pad(String.valueOf(2 * pc), offsetWidth, true)).append(' ');
            line.append(pad(op.name(), OPNAME_WIDTH, false));
            if (op.arg != Opcode.Arg.NONE) {
                line.append(' ').append(pad(String.valueOf(arg), OPARG_WIDTH, true));
                String detail = argRepr(co, op, arg, constRepr, cellNames);
                if (!detail.isEmpty()) line.append(" (").append(detail).append(')');
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (co.exceptionTable.length > 0) {
            sb.append("ExceptionTable:\n");
            for (int i = 0; i + 3 < co.exceptionTable.length; i += 4) {
                int[] t = co.exceptionTable;
                sb.append("  ").append(2 * t[i]).append(" to ").append(2 * t[i + 1] - 2).append(" -> ")
                        .append(2 * t[i + 2]).append(" [").append(t[i + 3]).append("]\n");
            }
        }
    }

    private static String argRepr(CodeObject co, Opcode op, int arg, Function<Object, String> constRepr,
                                  String[] cellNames) {
        if (op == Opcode.KW_NAMES) return "";  // 3.11's dis shows no meaning for KW_NAMES
        return switch (op.arg) {
            case CONST -> constRepr.apply(co.consts[arg]);
            case NAME -> co.names[arg];
            case GLOBAL -> ((arg & 1) != 0 ? "NULL + " : "") + co.names[arg >> 1];
            case LOCAL -> co.varnames[arg];
            case FREE -> cellNames[arg];
            case JUMP -> "to " + 2 * arg;
            case BINOP -> BinaryOps.symbol(arg);
            case COMPARE -> CompareOps.symbol(arg);
            case NUMBER -> op == Opcode.FORMAT_VALUE ? formatRepr(arg) : "";
            case NONE -> "";
        };
    }

    private static String formatRepr(int arg) {
        String s = new String[]{"", "str", "repr", "ascii"}[arg & 3];
        if ((arg & 4) != 0) s = s.isEmpty() ? "with format" : s + ", with format";
        return s;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) return s;
        String fill = " ".repeat(width - s.length());
        return right ? fill + s : s + fill;
    }

    /** {@code <code object f at 0x..., file "x.py", line 1>} with a stable, made-up address. */
    public static String codeRepr(CodeObject co) {
        long h = (co.qualname + "\0" + co.filename + "\0" + co.firstLineno).hashCode() & 0xFFFFFFFFL;
        return "<code object " + co.name + " at 0x7f" + String.format("%010x", h) + ", file \"" + co.filename
                + "\", line " + co.firstLineno + ">";
    }

    // ---------------------------------------------------------------- Python repr of constants

    /** Python's repr() of a compile-time constant. */
    public static String repr(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Double d -> Reprs.floatRepr(d);
            case Expr.Complex c -> Reprs.complexRepr(c.real(), c.imag());
            case String s -> Reprs.strRepr(s);
            case byte[] b -> Reprs.bytesRepr(b);
            case Expr.Ellipsis e -> "Ellipsis";
            case CodeObject c -> codeRepr(c);
            case CodeObject.ConstTuple t -> tupleRepr(t.items());
            default -> String.valueOf(v);
        };
    }

    private static String tupleRepr(List<Object> items) {
        if (items.size() == 1) return "(" + repr(items.get(0)) + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(repr(items.get(i)));
        }
        return sb.append(')').toString();
    }
}
