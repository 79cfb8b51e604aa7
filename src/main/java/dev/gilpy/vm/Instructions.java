package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.concurrent.EvalBreaker;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Numbers;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyCell;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyIterators;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;

import static dev.gilpy.bytecode.OpcodeNumbers.*;

/**
 * The meaning of the instructions that do more than move stack items, shared by both tiers: the
 * interpreter ({@link Eval#run}, {@link ColdInstructions}) calls these, and the code {@link Jit} generates
 * calls the very same methods with the same stack items (each looked up by name and exact type when Jit
 * loads its call targets, so a helper renamed or retyped fails there, not in a running program).
 */
final class Instructions {
    private Instructions() {}


    static void checkBreaker(ThreadState ts) {
        if (EvalBreaker.pending) ts.interp.handleBreaker(ts);
    }

    static PyObject local(PyObject x, Frame f, int i) {
        if (x == null) throw unboundLocal(f.code.varnames[i]);
        return x;
    }

    static PyObject loadGlobal(Frame f, int at, int arg) {
        return f.cache.loadGlobal(at, f.names[arg >> 1], f.globals, f.builtins);
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject x = f.cells[i].value;
        if (x == null) throw unboundDeref(f.code, i);
        return x;
    }

    static void storeDeref(Frame f, int i, PyObject v) { f.cells[i].value = v; }

    static PyObject loadAttr(Frame f, PyObject owner, int arg) {
        PyObject v = f.cache.loadAttr(owner, arg);
        return v != null ? v : Abstract.getAttr(owner, f.names[arg].value);
    }

    static void storeAttr(Frame f, PyObject owner, PyObject v, int arg) {
        if (!f.cache.storeAttr(owner, arg, v)) Abstract.setAttr(owner, f.names[arg].value, v);
    }

    /**
     * LOAD_METHOD: the plain function to call with obj in front (pushed as method, obj), or null when
     * the attribute must be looked up as usual (pushed as NULL, attribute).
     */
    static PyObject methodOf(Frame f, PyObject obj, int arg) { return f.cache.method(obj, arg); }

    static PyObject binaryOp(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlain() && y.isPlain()) {
            PyObject r = Numbers.intBinary(arg, x, y);
            if (r != null) return r;
        }
        return Abstract.binaryOp(arg, a, b);
    }

    static PyObject compareOp(int arg, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.isPlainLong() && y.isPlainLong()) {
            return PyBool.of(Abstract.cmpResult(Long.compare(x.value, y.value), arg));
        }
        return Abstract.richCompare(a, b, arg);
    }

    static PyObject isOp(int arg, PyObject a, PyObject b) { return PyBool.of((a == b) ^ (arg != 0)); }

    static PyObject containsOp(int arg, PyObject item, PyObject container) {
        return PyBool.of(Abstract.contains(container, item) ^ (arg != 0));
    }

    static PyObject newTuple(PyObject[] items) { return PyTuple.of(items); }

    static PyObject newList(PyObject[] items) { return new PyList(items, items.length); }

    static void listAppend(PyObject list, PyObject x) { ((PyList) list).append(x); }

    /** Whether a POP_JUMP_{FORWARD,BACKWARD}_IF_{TRUE,FALSE,NONE,NOT_NONE} jumps on v. */
    static boolean popJumpTaken(int op, PyObject v) {
        return switch (op) {
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE -> truth(v);
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE -> !truth(v);
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE -> v == PyNone.NONE;
            default -> v != PyNone.NONE;
        };
    }

    /**
     * YIELD_VALUE: the frame suspends with its stack below the yielded value in its array up to sp, and
     * resumes at pc (in either tier: both enter a frame at f.pc with its stack in the array).
     */
    static PyObject yieldValue(Frame f, int sp, int pc, PyObject value) {
        f.sp = sp;
        f.pc = pc;
        f.yielded = true;
        return value;
    }

    static PyObject forIter(PyObject it) {
        return it instanceof PyIterators.RangeIterator r ? r.next() : Abstract.next(it);
    }

    /** CALL with the callable (or NULL, callable) at s[base] and argc arguments above. */
    static PyObject call(PyObject[] s, int base, int argc, String[] kwnames) {
        if (s[base] == null) return Calls.call(s[base + 1], s, base + 2, argc, kwnames);
        return Calls.call(s[base], s, base + 1, argc + 1, kwnames);
    }

    // CALL with up to three positional arguments, as compiled code makes it: the stack items go straight
    // into the callee's frame when it is a plain function (s0 is NULL or the callable; see CALL).
    // Compiled code inlines the plain-function case itself (Jit's CALL) and calls these for the rest.

    /** Runs fn in f, a frame from fn.newFrame with the arguments in place; the frame is kept for reuse. */
    static PyObject enter(PyFunction fn, Frame f, ThreadState ts) {
        PyObject r = fn.start(f, ts);
        fn.release(f, ts);
        return r;
    }

    static PyObject call0(PyObject s0, PyObject s1, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(0)) {
                Frame f = fn.newFrame(ts);
                return enter(fn, f, ts);
            }
            return Calls.callNoArgs(s1);
        }
        return call1(null, s0, s1, ts);
    }

    static PyObject call1(PyObject s0, PyObject s1, PyObject a, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(1)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                return enter(fn, f, ts);
            }
            return Calls.callFresh(s1, new PyObject[] {a});
        }
        return call2(null, s0, s1, a, ts);
    }

    static PyObject call2(PyObject s0, PyObject s1, PyObject a, PyObject b, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(2)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                f.values[1] = b;
                return enter(fn, f, ts);
            }
            return Calls.callFresh(s1, new PyObject[] {a, b});
        }
        return call3(null, s0, s1, a, b, ts);
    }

    static PyObject call3(PyObject s0, PyObject s1, PyObject a, PyObject b, PyObject c, ThreadState ts) {
        if (s0 == null) {
            if (s1 instanceof PyFunction fn && fn.takes(3)) {
                Frame f = fn.newFrame(ts);
                f.values[0] = a;
                f.values[1] = b;
                f.values[2] = c;
                return enter(fn, f, ts);
            }
            return Calls.callFresh(s1, new PyObject[] {a, b, c});
        }
        return Calls.callFresh(s0, new PyObject[] {s1, a, b, c});
    }

    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) s[i] = null;
    }

    /** RAISE_VARARGS 0 re-raises the handled exception as it is (no new traceback entry). */
    static boolean reraises(ThreadState ts) { return ts.handled != null; }

    static PyException raiseVarargs(int arg, PyObject exc, PyObject cause, ThreadState ts) {
        if (arg == 0) {
            if (ts.handled == null) return Exc.runtimeError("No active exception to reraise");
            return ts.handled.raise();
        }
        PyBaseException e = makeException(exc, null);
        if (arg == 2) {
            e.cause = cause == PyNone.NONE ? null : makeException(cause, null);
            e.suppressContext = true;
        }
        return e.raise();
    }

    static PyException reraise(PyObject exc) { return ((PyBaseException) exc).raise(); }

    static PyObject[] take(PyObject[] s, int from, int n) {
        PyObject[] a = new PyObject[n];
        System.arraycopy(s, from, a, 0, n);
        java.util.Arrays.fill(s, from, from + n, null);
        return a;
    }

    static boolean truth(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        return Abstract.isTrue(o);
    }

    /** raise X: X may be an exception class (instantiated with no arguments) or instance. */
    static PyBaseException makeException(PyObject typeOrValue, PyObject value) {
        if (typeOrValue instanceof dev.gilpy.runtime.PyType t && t.isSubtypeOf(Exc.BaseException)) {
            PyObject inst = value == null || value == PyNone.NONE ? Abstract.call(t)
                    : value instanceof PyBaseException be && be.type().isSubtypeOf(t) ? be : Abstract.call(t, value);
            if (!(inst instanceof PyBaseException be)) {
                throw Exc.typeError("calling " + Abstract.reprString(t) + " should have returned an instance of "
                        + "BaseException, not " + inst.type().name);
            }
            return be;
        }
        if (typeOrValue instanceof PyBaseException be) return be;
        throw Exc.typeError("exceptions must derive from BaseException");
    }

    static PyException unboundLocal(String name) {
        return Exc.raise(Exc.UnboundLocalError,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundDeref(CodeObject co, int i) {
        if (i < co.cellvars.length) return unboundLocal(co.cellvars[i]);
        return Exc.nameError("cannot access free variable '" + co.freevars[i - co.cellvars.length]
                + "' where it is not associated with a value in enclosing scope");
    }

    static PyException notDefined(String name) {
        PyException e = Exc.nameError("name '" + name + "' is not defined");
        e.value.attrName = new PyStr(name);   // NameError.name, as CPython sets it
        return e;
    }

    static PyObject loadName(Frame f, PyStr name) {
        PyObject v;
        if (f.locals instanceof PyDict d) v = d.get(name);
        else v = mappingGet(f.locals, name);
        if (v != null) return v;
        if (f.locals != f.globals) {   // at module level they are one dict, looked up once
            v = f.globals.get(name);
            if (v != null) return v;
        }
        v = f.builtins.get(name);
        if (v != null) return v;
        throw notDefined(name.value);
    }

    private static PyObject mappingGet(PyObject mapping, PyObject key) {
        try {
            return Abstract.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(Exc.KeyError)) return null;
            throw e;
        }
    }

    /** LOAD_NAME and STORE_NAME by name index, for compiled code. */
    static PyObject loadName(Frame f, int arg) { return loadName(f, f.names[arg]); }

    static void storeName(Frame f, int arg, PyObject value) { storeName(f, f.names[arg], value); }

    static void storeName(Frame f, PyStr name, PyObject value) {
        if (f.locals instanceof PyDict d && d.type().builtin) d.put(name, value);
        else Abstract.setItem(f.locals, name, value);
    }

    static void deleteName(Frame f, PyStr name) {
        if (f.locals instanceof PyDict d && d.type().builtin) {
            if (d.remove(name) == null) throw notDefined(name.value);
        } else {
            Abstract.delItem(f.locals, name);
        }
    }

    static PyObject loadClassDeref(Frame f, int i) {
        CodeObject co = f.code;
        String name = i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
        PyObject v = f.locals instanceof PyDict d ? d.get(new PyStr(name)) : mappingGet(f.locals, new PyStr(name));
        if (v != null) return v;
        PyCell cell = f.cells[i];
        if (cell.value == null) throw unboundDeref(co, i);
        return cell.value;
    }
}
