package dev.gilpy.compile.assemble;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.bytecode.Opcode.Jump;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import static dev.gilpy.bytecode.Opcode.*;

/**
 * Turns a {@link CodeBuilder}'s instructions into a {@link CodeObject}: one flow analysis computes every
 * reachable instruction's stack depth and active exception handler (CPython: label_exception_targets and
 * stackdepth in Python/compile.c), then pseudo-instructions become real jumps or exception-table entries,
 * unreachable code is dropped and labels become absolute instruction indexes. The depths found are kept
 * in the code object ({@link CodeObject#stackDepths}) for the compiled tier.
 */
public final class Assembler {
    private Assembler() {}

    /** An active SETUP_* region: where to go and how deep the stack is cut before the exception is pushed. */
    private record Handler(Label target, int depth, Handler outer) {}

    private record State(int pc, int depth, Handler handler) {}

    public static CodeObject assemble(CodeBuilder b) {
        List<Instr> code = b.instrs;
        int n = code.size();
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Handler[] handlers = new Handler[n];
        int maxDepth = 0;
        Deque<State> work = new ArrayDeque<>();
        if (n > 0) work.push(new State(0, 0, null));
        while (!work.isEmpty()) {
            State s = work.pop();
            int pc = s.pc, d = s.depth;
            if (pc >= n) throw bug(b, pc, "control falls off the end of the code");
            if (d < 0) throw bug(b, pc, "negative stack depth " + d);
            if (depth[pc] >= 0) {
                if (depth[pc] != d) {
                    throw bug(b, pc, "inconsistent stack depth " + depth[pc] + " vs " + d + " at "
                            + code.get(pc).op());
                }
                continue;
            }
            depth[pc] = d;
            handlers[pc] = s.handler;
            maxDepth = Math.max(maxDepth, d);
            Instr in = code.get(pc);
            Opcode op = in.op();
            int after = d + op.stackEffect(in.arg());
            maxDepth = Math.max(maxDepth, after);
            switch (op) {
                case SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH -> {
                    int hd = op == SETUP_WITH ? d - 1 : d;
                    // The handler runs under the handlers that were active before this SETUP.
                    work.push(new State(target(b, in, pc), hd + 1, s.handler));
                    maxDepth = Math.max(maxDepth, hd + 1);
                    work.push(new State(pc + 1, d, new Handler(in.target(), hd, s.handler)));
                }
                case POP_BLOCK -> {
                    if (s.handler == null) throw bug(b, pc, "POP_BLOCK without a SETUP");
                    work.push(new State(pc + 1, d, s.handler.outer()));
                }
                default -> {
                    if (op.jumps) {
                        int jd = d + op.jumpStackEffect(in.arg());
                        maxDepth = Math.max(maxDepth, jd);
                        work.push(new State(target(b, in, pc), jd, s.handler));
                    }
                    if (op.fallsThrough) work.push(new State(pc + 1, after, s.handler));
                }
            }
        }

        // Keep reachable real instructions; drop jumps to the very next kept instruction.
        boolean[] keep = new boolean[n];
        // (pseudo-jumps stay, to become real ones; SETUP_* and POP_BLOCK become the exception table)
        for (int i = 0; i < n; i++) keep[i] = depth[i] >= 0 && (!code.get(i).op().pseudo || code.get(i).op().jump == Jump.EITHER);
        int[] newIndex = new int[n + 1];
        boolean changed = true;
        while (changed) {
            changed = false;
            renumber(keep, newIndex);
            for (int i = 0; i < n; i++) {
                Instr in = code.get(i);
                if (keep[i] && (in.op() == JUMP || in.op() == JUMP_NO_INTERRUPT)
                        && newIndex[in.target().pos] == newIndex[i] + 1) {
                    keep[i] = false;
                    changed = true;
                }
            }
        }

        List<Integer> words = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        List<Integer> endLines = new ArrayList<>();
        List<Integer> endCols = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<Handler> active = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!keep[i]) continue;
            Instr in = code.get(i);
            int idx = newIndex[i];
            Opcode op = in.op();
            int arg = in.arg();
            if (op.jumps) {
                arg = newIndex[in.target().pos];
                if (op.jump == Jump.EITHER) op = arg > idx ? op.forwardForm : op.backwardForm;
                else if (op.jump == Jump.FORWARD ? arg <= idx : arg > idx) {
                    throw bug(b, i, op + " to instruction " + arg + " from " + idx);
                }
            }
            words.add(Opcode.encode(op, arg));
            lines.add(in.line());
            cols.add(in.col());
            endLines.add(in.endLine());
            endCols.add(in.endCol());
            depths.add(depth[i]);
            active.add(handlers[i]);
        }
        int[] table = exceptionTable(active, newIndex);

        int[] cell2arg = new int[b.cellvars.size()];
        List<String> varnames = new ArrayList<>(b.varnames.keySet());
        int nargs = b.argcount + b.kwonlyargcount + ((b.flags & CodeObject.CO_VARARGS) != 0 ? 1 : 0)
                + ((b.flags & CodeObject.CO_VARKEYWORDS) != 0 ? 1 : 0);
        for (int i = 0; i < cell2arg.length; i++) {
            int v = varnames.indexOf(b.cellvars.get(i));
            cell2arg[i] = v >= 0 && v < nargs ? v : -1;
        }
        int flags = b.flags;
        if (b.cellvars.isEmpty() && b.freevars.isEmpty()) flags |= CodeObject.CO_NOFREE;
        return new CodeObject(b.name, b.qualname, b.filename, b.firstLineno, b.argcount, b.posonlyargcount,
                b.kwonlyargcount, flags, maxDepth, toArray(words), b.consts.toArray(),
                b.names.keySet().toArray(new String[0]), varnames.toArray(new String[0]),
                b.cellvars.toArray(new String[0]), b.freevars.toArray(new String[0]), cell2arg,
                toArray(lines), toArray(cols), toArray(endLines), toArray(endCols), table, toArray(depths));
    }

    private static void renumber(boolean[] keep, int[] newIndex) {
        int k = 0;
        for (int i = 0; i < keep.length; i++) {
            newIndex[i] = k;
            if (keep[i]) k++;
        }
        newIndex[keep.length] = k;
    }

    /** Merges runs of instructions with the same innermost handler into (start, end, target, depth) entries. */
    private static int[] exceptionTable(List<Handler> active, int[] newIndex) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        while (i < active.size()) {
            Handler h = active.get(i);
            int j = i + 1;
            while (j < active.size() && active.get(j) == h) j++;
            if (h != null) {
                out.add(i);
                out.add(j);
                out.add(newIndex[h.target().pos]);
                out.add(h.depth());
            }
            i = j;
        }
        return toArray(out);
    }

    private static int target(CodeBuilder b, Instr in, int pc) {
        if (in.target() == null || in.target().pos < 0) throw bug(b, pc, "unbound label");
        return in.target().pos;
    }

    private static IllegalStateException bug(CodeBuilder b, int pc, String what) {
        return new IllegalStateException("compiler bug in " + b.qualname + " at instruction " + pc + ": " + what);
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }
}
