package dev.gilpy.vm;

import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.bytecode.Opcode;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyBaseException;
import dev.gilpy.runtime.PyBool;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyExceptionGroup;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PySlice;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;

import static dev.gilpy.bytecode.OpcodeNumbers.*;

/**
 * The cold instructions ({@link Opcode#hot} false): rare in hot loops (displays, unpacking, imports,
 * exception-handler bookkeeping, class and function creation). Keeping them out of {@link Eval#run} keeps
 * that method small enough for the JIT's first tier to compile it early. Both tiers call {@link #execute}
 * with the value stack in the frame's array; it returns the new stack pointer.
 */
final class ColdInstructions {
    private ColdInstructions() {}

    static int execute(int word, Frame f, PyObject[] s, int sp, ThreadState ts) {
        final CodeObject co = f.code;
        final PyStr[] names = f.names;
        final int arg = word >> 8;
        switch (word & 0xFF) {
                    case DELETE_FAST -> {
                        if (s[arg] == null) throw Instructions.unboundLocal(co.varnames[arg]);
                        s[arg] = null;
                    }
                    case DELETE_NAME -> Instructions.deleteName(f, names[arg]);
                    case STORE_GLOBAL -> {
                        f.globals.put(names[arg], s[--sp]);
                        s[sp] = null;
                    }
                    case DELETE_GLOBAL -> {
                        if (f.globals.remove(names[arg]) == null) throw Instructions.notDefined(names[arg].value);
                    }
                    case DELETE_DEREF -> {
                        if (f.cells[arg].value == null) throw Instructions.unboundDeref(co, arg);
                        f.cells[arg].value = null;
                    }
                    case LOAD_CLOSURE -> s[sp++] = f.cells[arg];
                    case LOAD_CLASSDEREF -> s[sp++] = Instructions.loadClassDeref(f, arg);
                    case DELETE_ATTR -> {
                        Abstract.delAttr(s[sp - 1], names[arg].value);
                        s[--sp] = null;
                    }
                    case UNARY_NEGATIVE -> s[sp - 1] = Abstract.negative(s[sp - 1]);
                    case UNARY_POSITIVE -> s[sp - 1] = Abstract.positive(s[sp - 1]);
                    case UNARY_NOT -> s[sp - 1] = PyBool.of(!Abstract.isTrue(s[sp - 1]));
                    case UNARY_INVERT -> s[sp - 1] = Abstract.invert(s[sp - 1]);
                    case DELETE_SUBSCR -> {
                        Abstract.delItem(s[sp - 2], s[sp - 1]);
                        s[--sp] = null;
                        s[--sp] = null;
                    }
                    case BUILD_SLICE -> {
                        PyObject step = arg == 3 ? s[--sp] : PyNone.NONE;
                        PyObject stop = s[--sp];
                        s[sp] = null;
                        s[sp - 1] = new PySlice(s[sp - 1], stop, step);
                    }
                    case BUILD_SET -> {
                        sp -= arg;
                        s[sp] = Builders.set(Instructions.take(s, sp, arg));
                        sp++;
                    }
                    case BUILD_MAP -> {
                        sp -= 2 * arg;
                        s[sp] = Builders.map(Instructions.take(s, sp, 2 * arg));
                        sp++;
                    }
                    case BUILD_CONST_KEY_MAP -> {
                        PyTuple keys = (PyTuple) s[--sp];
                        sp -= arg;
                        s[sp] = Builders.constKeyMap(keys, Instructions.take(s, sp, arg + 1));
                        sp++;
                    }
                    case BUILD_STRING -> {
                        sp -= arg;
                        s[sp] = Builders.string(Instructions.take(s, sp, arg));
                        sp++;
                    }
                    case SET_ADD -> {
                        PyObject x = s[--sp];
                        s[sp] = null;
                        ((dev.gilpy.runtime.PySet) s[sp - arg]).add(x);
                    }
                    case MAP_ADD -> {
                        PyObject val = s[--sp];
                        PyObject key = s[--sp];
                        s[sp] = s[sp + 1] = null;
                        ((PyDict) s[sp - arg]).put(key, val);
                    }
                    case LIST_EXTEND -> {
                        PyObject it = s[--sp];
                        s[sp] = null;
                        Builders.listExtend((PyList) s[sp - arg], it);
                    }
                    case SET_UPDATE -> {
                        PyObject it = s[--sp];
                        s[sp] = null;
                        ((dev.gilpy.runtime.PySet) s[sp - arg]).addAll(it);
                    }
                    case DICT_UPDATE -> {
                        PyObject m = s[--sp];
                        s[sp] = null;
                        Builders.dictUpdate((PyDict) s[sp - arg], m);
                    }
                    case DICT_MERGE -> {
                        PyObject m = s[--sp];
                        s[sp] = null;
                        Builders.dictMerge((PyDict) s[sp - arg], m, s[sp - arg - 2]);
                    }
                    case LIST_TO_TUPLE -> s[sp - 1] = PyTuple.of(((PyList) s[sp - 1]).toArray());
                    case UNPACK_EX -> {
                        PyObject[] items = Builders.unpackEx(s[--sp], arg & 0xFF, arg >> 8);
                        for (int i = items.length - 1; i >= 0; i--) s[sp++] = items[i];
                    }
                    case FORMAT_VALUE -> {
                        PyObject spec = (arg & 4) != 0 ? s[--sp] : null;
                        s[sp] = null;
                        s[sp - 1] = Builders.formatValue(s[sp - 1], arg & 3, spec);
                    }
                    case CALL_FUNCTION_EX -> {
                        PyObject kwargs = (arg & 1) != 0 ? s[--sp] : null;
                        PyObject args = s[--sp];
                        PyObject func = s[--sp];
                        s[sp] = s[sp + 1] = s[sp + 2] = null;
                        s[sp - 1] = Calls.callEx(func, args, kwargs);
                    }
                    case MAKE_FUNCTION -> {
                        int top = sp;
                        PyCode c = (PyCode) s[--sp];
                        PyTuple closure = (arg & 8) != 0 ? (PyTuple) s[--sp] : null;
                        PyTuple annotations = (arg & 4) != 0 ? (PyTuple) s[--sp] : null;
                        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) s[--sp] : null;
                        PyTuple defaults = (arg & 1) != 0 ? (PyTuple) s[--sp] : null;
                        java.util.Arrays.fill(s, sp, top, null);
                        PyFunction fn = Calls.makeFunction(c.code, f.globals, defaults, kwdefaults, closure,
                                ts.interp);
                        if (annotations != null) {
                            PyDict ann = new PyDict();
                            PyObject[] items = annotations.array();
                            for (int i = 0; i + 1 < items.length; i += 2) ann.put(items[i], items[i + 1]);
                            fn.annotations = ann;
                        }
                        s[sp++] = fn;
                    }
                    case LOAD_BUILD_CLASS -> s[sp++] = ts.interp.buildClassFunction();
                    case IMPORT_NAME -> {
                        PyObject fromlist = s[--sp];
                        s[sp] = null;
                        s[sp - 1] = ts.interp.importName(names[arg].value, f.globals, fromlist,
                                ((PyInt) s[sp - 1]).intValue());
                    }
                    case IMPORT_FROM -> {
                        s[sp] = ts.interp.importFrom(s[sp - 1], names[arg].value);
                        sp++;
                    }
                    case IMPORT_STAR -> {
                        ts.interp.importStar(s[--sp], f);
                        s[sp] = null;
                    }
                    case PUSH_EXC_INFO -> {
                        PyObject exc = s[sp - 1];
                        s[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
                        s[sp++] = exc;
                        ts.handled = (PyBaseException) exc;
                    }
                    case POP_EXCEPT -> {
                        PyObject prev = s[--sp];
                        s[sp] = null;
                        ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                        if (Eval.memoryReserveSpent) Eval.retakeMemoryReserve();
                    }
                    case CHECK_EXC_MATCH -> {
                        PyObject type = s[sp - 1];
                        Calls.checkExceptType(type);
                        s[sp - 1] = PyBool.of(Abstract.isInstance(s[sp - 2], type));
                    }
                    case CHECK_EG_MATCH -> {
                        PyObject type = s[sp - 1];
                        Calls.checkExceptType(type);
                        PyExceptionGroup.checkStarType(type);
                        PyObject[] restAndMatch = PyExceptionGroup.match(s[sp - 2], type);
                        if (restAndMatch == null) {
                            s[sp - 1] = PyNone.NONE;
                        } else {
                            s[sp - 2] = restAndMatch[0];
                            s[sp - 1] = restAndMatch[1];
                            ts.handled = (PyBaseException) restAndMatch[1];
                        }
                    }
                    case PREP_RERAISE_STAR -> {
                        PyObject raised = s[--sp];
                        s[sp] = null;
                        s[sp - 1] = PyExceptionGroup.prepReraiseStar(s[sp - 1], (PyList) raised);
                    }
                    case LOAD_ASSERTION_ERROR -> s[sp++] = Exc.AssertionError;
                    case BEFORE_WITH -> {
                        PyObject mgr = s[sp - 1];
                        PyObject[] exitAndEnter = Calls.beforeWith(mgr);
                        s[sp - 1] = exitAndEnter[0];
                        s[sp++] = exitAndEnter[1];
                    }
                    case WITH_EXCEPT_START -> {
                        PyObject exc = s[sp - 1];
                        PyObject exit = s[sp - 3];
                        s[sp++] = Abstract.call(exit, exc.type(), exc, PyNone.NONE);
                    }
                    case GET_YIELD_FROM_ITER -> {
                        if (!(s[sp - 1] instanceof PyGenerator)) s[sp - 1] = Abstract.iter(s[sp - 1]);
                    }
                    case SETUP_ANNOTATIONS -> {
                        PyStr key = new PyStr("__annotations__");
                        if (f.locals instanceof PyDict d && d.type().builtin) {
                            if (d.get(key) == null) d.put(key, new PyDict());
                        } else {
                            try {
                                Abstract.getItem(f.locals, key);
                            } catch (PyException e) {
                                if (!e.value.type().isSubtypeOf(Exc.KeyError)) throw e;
                                Abstract.setItem(f.locals, key, new PyDict());
                            }
                        }
                    }
                    case PRINT_EXPR -> {
                        ts.interp.displayHook(s[--sp]);
                        s[sp] = null;
                    }

                    case RETURN_GENERATOR -> s[sp++] = PyNone.NONE;
                    case GET_AWAITABLE -> s[sp - 1] = Awaits.awaitable(s[sp - 1], arg);
                    case GET_AITER -> s[sp - 1] = Awaits.aiter(s[sp - 1]);
                    case GET_ANEXT -> {
                        s[sp] = Awaits.anext(s[sp - 1]);
                        sp++;
                    }
                    case BEFORE_ASYNC_WITH -> {
                        PyObject[] exitAndEnter = Awaits.beforeAsyncWith(s[sp - 1]);
                        s[sp - 1] = exitAndEnter[0];
                        s[sp++] = exitAndEnter[1];
                    }
                    case ASYNC_GEN_WRAP -> s[sp - 1] = new PyAsyncGenerator.Wrapped(s[sp - 1]);

            default -> throw new InterpreterError("no interpretation of " + Opcode.of(word) + " at pc " + (f.pc - 1)
                    + " in " + co.qualname);
        }
        if (Opcode.of(word).checksBreaker) Instructions.checkBreaker(ts);
        return sp;
    }
}
