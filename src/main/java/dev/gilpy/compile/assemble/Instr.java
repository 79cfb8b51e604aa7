package dev.gilpy.compile.assemble;

import dev.gilpy.bytecode.Opcode;

/** One instruction before assembly: jumps and SETUP_* point at a {@link Label}, not an index. */
public record Instr(Opcode op, int arg, Label target, int line, int col, int endLine, int endCol) {}
