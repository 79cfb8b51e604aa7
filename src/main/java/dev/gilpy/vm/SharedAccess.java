package dev.gilpy.vm;

import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyFloat;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;

/**
 * Which instructions may touch memory another thread can see ({@code --switch-points shared}, what
 * {@code gilpy explore --gil off} explores). A switch point only before those loses no outcome: an
 * instruction that works on its own frame alone (locals, the value stack, constants, immutable scalars)
 * commutes with every other thread's instructions, so a switch just before it leads to the same states as a
 * switch before the next instruction that does touch shared memory. Far fewer switch points, and each one is
 * a place where a preemption can matter (between the load and the store of {@code counter += 1}).
 */
final class SharedAccess {
    private SharedAccess() {}

    private static final boolean[] LOCAL = new boolean[256];
    /** Instructions that only compute on their operands: local when those are immutable scalars. */
    private static final boolean[] ON_OPERANDS = new boolean[256];
    private static final int BINARY_OP = Opcode.BINARY_OP.ordinal(), COMPARE_OP = Opcode.COMPARE_OP.ordinal();

    static {
        for (Opcode op : new Opcode[] {Opcode.NOP, Opcode.RESUME, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.COPY,
                Opcode.SWAP, Opcode.LOAD_CONST, Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST,
                Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
                Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_FORWARD_IF_NOT_NONE,
                Opcode.POP_JUMP_BACKWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE, Opcode.IS_OP,
                Opcode.KW_NAMES, Opcode.RETURN_VALUE, Opcode.BUILD_TUPLE, Opcode.BUILD_SLICE,
                Opcode.LOAD_CLOSURE, Opcode.PUSH_EXC_INFO, Opcode.POP_EXCEPT}) {
            LOCAL[op.ordinal()] = true;
        }
        for (Opcode op : new Opcode[] {Opcode.BINARY_OP, Opcode.COMPARE_OP, Opcode.UNARY_NEGATIVE,
                Opcode.UNARY_POSITIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT, Opcode.POP_JUMP_FORWARD_IF_FALSE,
                Opcode.POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_BACKWARD_IF_FALSE, Opcode.POP_JUMP_BACKWARD_IF_TRUE,
                Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP}) {
            ON_OPERANDS[op.ordinal()] = true;
        }
    }

    /** Whether the instruction at {@code at} in {@code f}, with {@code depth} values on the stack, may touch shared memory. */
    static boolean touches(Frame f, int at, int depth) {
        int op = f.code.code[at] & 0xFF;
        if (LOCAL[op]) return false;
        if (!ON_OPERANDS[op]) return true;
        PyObject[] v = f.values;
        int top = f.stackBase + depth - 1;
        if (!scalar(v[top])) return true;
        return (op == BINARY_OP || op == COMPARE_OP) && !scalar(v[top - 1]);
    }

    /** Immutable, and its operators run no Python code: int, bool, float, str, None (exactly, not subclasses). */
    private static boolean scalar(PyObject o) {
        Class<?> c = o == null ? null : o.getClass();
        return c == PyInt.class || c == PyBool.class || c == PyFloat.class || c == PyStr.class || c == PyNone.class;
    }
}
