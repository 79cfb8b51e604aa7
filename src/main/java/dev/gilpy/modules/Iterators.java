package dev.gilpy.modules;

import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyIterators;
import dev.gilpy.runtime.PyNone;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PyTuple;
import dev.gilpy.runtime.PyType;

/** The lazy iterators behind enumerate, zip, map, filter and reversed. */
final class Iterators {
    private Iterators() {}

    static final class Enumerate extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, null);
        private final PyObject it;
        private PyObject count;

        Enumerate(PyObject it, PyObject start) {
            this.it = it;
            this.count = start;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            PyObject v = Abstract.next(it);
            if (v == null) return null;
            PyObject i = count;
            count = i instanceof PyInt n && !n.isBig() && n.value < Long.MAX_VALUE ? PyInt.of(n.value + 1)
                    : Abstract.binary(BinaryOps.ADD, i, PyInt.ONE);
            return PyTuple.of(i, v);
        }
    }

    static final class Zip extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, null);
        private final PyObject[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyObject[] its, boolean strict) {
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            if (done || its.length == 0) return null;
            PyObject[] out = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) checkStrict(i);
                    return null;
                }
                out[i] = v;
            }
            return PyTuple.of(out);
        }

        private void checkStrict(int exhausted) {
            if (exhausted > 0) {
                throw Exc.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument"
                        + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
            }
            for (int j = 1; j < its.length; j++) {
                if (Abstract.next(its[j]) != null) {
                    throw Exc.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " 1" : "s 1-" + j));
                }
            }
        }
    }

    static final class Map extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, null);
        private final PyObject func;
        private final PyObject[] its;

        Map(PyObject func, PyObject[] its) {
            this.func = func;
            this.its = its;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Abstract.next(its[i]);
                if (v == null) return null;
                args[i] = v;
            }
            return func.call(args, null);
        }
    }

    static final class Filter extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, null);
        private final PyObject func;
        private final PyObject it;

        Filter(PyObject func, PyObject it) {
            this.func = func;
            this.it = it;
        }

        @Override
        public PyType type() { return TYPE; }

        @Override
        public PyObject next() {
            for (PyObject v; (v = Abstract.next(it)) != null; ) {
                boolean keep = func == PyNone.NONE ? Abstract.isTrue(v) : Abstract.isTrue(Abstract.call(func, v));
                if (keep) return v;
            }
            return null;
        }
    }

    /** Wraps an iterator under another type name (reversed over a sequence). */
    static final class Named extends PyIterators.Base {
        private static final java.util.Map<String, PyType> TYPES = new java.util.concurrent.ConcurrentHashMap<>();
        private final PyType type;
        private final PyObject it;

        Named(String name, PyObject it) {
            this.type = TYPES.computeIfAbsent(name, n -> PyType.builtin(n, PyType.OBJECT, null));
            this.it = it;
        }

        @Override
        public PyType type() { return type; }

        @Override
        public PyObject next() { return Abstract.next(it); }
    }
}
