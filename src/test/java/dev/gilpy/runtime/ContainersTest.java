package dev.gilpy.runtime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.gilpy.bytecode.BinaryOps.*;
import static org.junit.jupiter.api.Assertions.*;

/** list, tuple, dict, range and their views/iterators. Expected values come from CPython 3.11. */
class ContainersTest {
    static PyObject s(String x) { return new PyStr(x); }
    static PyObject i(long v) { return PyInt.of(v); }
    static PyObject m(PyObject o, String name, PyObject... a) { return Abstract.call(Abstract.getAttr(o, name), a); }
    static PyObject kw(PyObject o, String name, PyObject[] a, String... names) {
        return Abstract.callKw(Abstract.getAttr(o, name), a, names);
    }
    static String r(PyObject o) { return Abstract.reprString(o); }
    static PyList list(long... v) {
        PyList l = new PyList();
        for (long x : v) l.append(i(x));
        return l;
    }

    static String err(Runnable body) {
        try {
            body.run();
            return "no error";
        } catch (PyException e) {
            return e.value.type().name + ": " + Abstract.strString(e.value);
        }
    }

    @Nested
    @DisplayName("list")
    class ListTest {
        @Test
        @DisplayName("constructor and mutators")
        void mutators() {
            PyList l = (PyList) Abstract.call(PyList.TYPE, new PyTuple(i(3), i(1)));
            m(l, "append", i(2));
            m(l, "extend", list(5, 6));
            m(l, "insert", i(0), i(0));
            m(l, "insert", i(-1), i(9));
            m(l, "insert", i(100), i(7));
            assertEquals("[0, 3, 1, 2, 5, 9, 6, 7]", r(l));
            assertEquals("7", r(m(l, "pop")));
            assertEquals("0", r(m(l, "pop", i(0))));
            m(l, "remove", i(9));
            assertEquals("[3, 1, 2, 5, 6]", r(l));
            m(l, "reverse");
            assertEquals("[6, 5, 2, 1, 3]", r(l));
            assertEquals("2", r(m(l, "index", i(2))));
            assertEquals("1", r(m(list(1, 2, 1), "count", i(2))));
            assertEquals("2", r(m(list(1, 2, 1), "index", i(1), i(1))));
            assertEquals("[]", r(Abstract.call(PyList.TYPE)));
        }

        @Test
        @DisplayName("errors use CPython's wording")
        void errors() {
            assertEquals("ValueError: 5 is not in list", err(() -> m(list(1), "index", i(5))));
            assertEquals("ValueError: list.remove(x): x not in list", err(() -> m(list(1), "remove", i(5))));
            assertEquals("IndexError: pop from empty list", err(() -> m(list(), "pop")));
            assertEquals("IndexError: pop index out of range", err(() -> m(list(1), "pop", i(3))));
            assertEquals("TypeError: can only concatenate list (not \"int\") to list",
                    err(() -> Abstract.binary(ADD, list(1), i(1))));
            assertEquals("TypeError: can't multiply sequence by non-int of type 'str'",
                    err(() -> Abstract.binary(MULTIPLY, list(1), s("x"))));
            assertEquals("TypeError: unhashable type: 'list'", err(() -> Abstract.hash64(list())));
            assertEquals("TypeError: list expected at most 1 argument, got 2",
                    err(() -> Abstract.call(PyList.TYPE, list(), list())));
            assertEquals("TypeError: sort() takes no positional arguments", err(() -> m(list(), "sort", i(1))));
        }

        @Test
        @DisplayName("sort: key, reverse stability, comparison errors, mutation during sort")
        void sort() {
            PyList l = list(3, 1, 2);
            m(l, "sort");
            assertEquals("[1, 2, 3]", r(l));
            PyList pairs = PyList.of(new PyTuple(i(1), s("b")), new PyTuple(i(0), s("z")), new PyTuple(i(1), s("a")));
            PyObject first = new PyBuiltinFunction("k", (a, k) -> ((PyTuple) a[0]).get(0));
            kw(pairs, "sort", new PyObject[]{first, PyBool.TRUE}, "key", "reverse");
            assertEquals("[(1, 'b'), (1, 'a'), (0, 'z')]", r(pairs));
            assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'",
                    err(() -> m(PyList.of(i(1), s("a")), "sort")));
            PyList victim = list(3, 2, 1);
            int[] seen = {-1};
            PyObject appender = new PyBuiltinFunction("k", (a, k) -> {
                if (seen[0] < 0) seen[0] = victim.size(); // the list looks empty during the sort
                victim.append(a[0]);
                return a[0];
            });
            assertEquals("ValueError: list modified during sort",
                    err(() -> kw(victim, "sort", new PyObject[]{appender}, "key")));
            assertEquals(0, seen[0]);
            assertEquals("[1, 2, 3]", r(victim));
            PyList big = new PyList();
            for (int j = 0; j < 200; j++) big.append(i((j * 37) % 101));
            m(big, "sort");
            for (int j = 1; j < 200; j++) assertTrue(((PyInt) big.get(j - 1)).value <= ((PyInt) big.get(j)).value);
        }

        @Test
        @DisplayName("operators, in-place operators, comparisons, reversed iterator")
        void operators() {
            assertEquals("[1, 2, 1, 2]", r(Abstract.binary(MULTIPLY, list(1, 2), i(2))));
            assertEquals("[1, 2, 1, 2]", r(Abstract.binary(MULTIPLY, i(2), list(1, 2))));
            assertEquals("[1, 2]", r(Abstract.binary(ADD, list(1), list(2))));
            PyList l = list(1);
            assertSame(l, Abstract.inplaceOp(ADD, l, new PyTuple(i(2))));
            assertSame(l, Abstract.inplaceOp(MULTIPLY, l, i(2)));
            assertEquals("[1, 2, 1, 2]", r(l));
            assertTrue(Abstract.compareBool(list(1, 2), list(1, 3), Abstract.LT));
            assertEquals("[3, 2, 1]", r(Abstract.call(PyList.TYPE, m(list(1, 2, 3), "__reversed__"))));
            PyObject it = Abstract.iter(list(7));
            assertEquals("7", r(m(it, "__next__")));
            assertEquals("StopIteration: ", err(() -> m(it, "__next__")));
            assertEquals("None", r(Abstract.getAttr(PyList.TYPE, "__hash__")));
        }
    }

    @Nested
    @DisplayName("tuple")
    class TupleTest {
        @Test
        @DisplayName("methods, operators and subclass __new__")
        void tuple() {
            PyTuple t = new PyTuple(i(1), i(2), i(3), i(2));
            assertEquals("2", r(m(t, "count", i(2))));
            assertEquals("3", r(m(t, "index", i(2), i(2))));
            assertEquals("ValueError: tuple.index(x): x not in tuple", err(() -> m(t, "index", i(9))));
            assertEquals("('a', 'b')", r(Abstract.call(PyTuple.TYPE, s("ab"))));
            assertEquals("()", r(Abstract.call(PyTuple.TYPE)));
            assertEquals("(0, 0, 0)", r(Abstract.binary(MULTIPLY, new PyTuple(i(0)), i(3))));
            assertEquals("TypeError: can only concatenate tuple (not \"list\") to tuple",
                    err(() -> Abstract.binary(ADD, t, list())));
            assertEquals("((1, 2, 3, 2),)", r(m(t, "__getnewargs__")));
            PyType sub = PyType.create("P", new PyType[]{PyTuple.TYPE}, new PyDict(), PyType.TYPE);
            PyObject p = Abstract.call(Abstract.getAttr(PyTuple.TYPE, "__new__"), sub, list(1, 2));
            assertSame(sub, p.type());
            assertEquals("(1, 2)", r(p));
            assertEquals(Abstract.hash64(new PyTuple(i(1), i(2))), Abstract.hash64(p));
            // hash((1, 2)) in CPython 3.11
            assertEquals(-3550055125485641917L, Abstract.hash64(new PyTuple(i(1), i(2))));
        }
    }

    @Nested
    @DisplayName("dict")
    class DictTest {
        PyDict abc() {
            PyDict d = new PyDict();
            d.put(s("b"), i(1));
            d.put(s("a"), i(2));
            d.put(s("c"), i(3));
            return d;
        }

        @Test
        @DisplayName("constructor forms")
        void constructor() {
            assertEquals("{'a': 1}", r(Abstract.callKw(PyDict.TYPE, new PyObject[]{i(1)}, new String[]{"a"})));
            assertEquals("{1: 2, 'b': 3}", r(Abstract.callKw(PyDict.TYPE,
                    new PyObject[]{PyList.of(new PyTuple(i(1), i(2))), i(3)}, new String[]{"b"})));
            assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                    err(() -> Abstract.call(PyDict.TYPE, PyList.of(new PyTuple(i(1), i(2), i(3))))));
            assertEquals("TypeError: dict expected at most 1 argument, got 2", err(() -> Abstract.call(PyDict.TYPE, i(1), i(2))));
            assertEquals("{'a': 0, 'b': 0}", r(m(PyDict.TYPE, "fromkeys", PyList.of(s("a"), s("b")), i(0))));
        }

        @Test
        @DisplayName("methods")
        void methods() {
            PyDict d = abc();
            assertEquals("2", r(m(d, "get", s("a"))));
            assertEquals("None", r(m(d, "get", s("z"))));
            assertEquals("0", r(m(d, "setdefault", s("z"), i(0))));
            assertEquals("('z', 0)", r(m(d, "popitem")));
            assertEquals("1", r(m(d, "pop", s("b"))));
            assertEquals("5", r(m(d, "pop", s("b"), i(5))));
            assertEquals("KeyError: 'b'", err(() -> m(d, "pop", s("b"))));
            assertEquals("KeyError: 'popitem(): dictionary is empty'", err(() -> m(new PyDict(), "popitem")));
            assertEquals("{'a': 2, 'c': 3}", r(m(d, "copy")));
            assertEquals("{'a': 2, 'c': 3, 'x': 1}", r(Abstract.binary(OR, d, Abstract.callKw(PyDict.TYPE, new PyObject[]{i(1)}, new String[]{"x"}))));
            assertEquals("TypeError: unhashable type: 'dict'", err(() -> Abstract.hash64(d)));
        }

        @Test
        @DisplayName("views are live, set-like and reversible")
        void views() {
            PyDict d = abc();
            PyObject k = m(d, "keys");
            assertEquals("dict_keys(['b', 'a', 'c'])", r(k));
            assertEquals("dict_values([1, 2, 3])", r(m(d, "values")));
            assertEquals("dict_items([('b', 1), ('a', 2), ('c', 3)])", r(m(d, "items")));
            d.put(s("d"), i(4));
            assertEquals(4, Abstract.len(k));
            assertTrue(Abstract.contains(m(d, "items"), new PyTuple(s("a"), i(2))));
            assertEquals("['d', 'c', 'a', 'b']", r(Abstract.call(PyList.TYPE, m(k, "__reversed__"))));
            PySet ab = new PySet();
            ab.add(s("a"));
            ab.add(s("q"));
            assertEquals("{'a'}", r(Abstract.binary(AND, k, ab)));
            assertEquals("{'q'}", r(Abstract.binary(SUBTRACT, ab, k)));
            PySet all = new PySet();
            all.addAll(d);
            assertTrue(Abstract.eq(k, all));
            assertTrue(Abstract.eq(all, k));
            assertEquals("RuntimeError: dictionary changed size during iteration", err(() -> {
                PyObject it = Abstract.iter(k);
                Abstract.next(it);
                d.put(s("e"), i(5));
                Abstract.next(it);
            }));
        }
    }

    @Nested
    @DisplayName("range")
    class RangeTest {
        @Test
        @DisplayName("index, count, reversed, hash")
        void range() {
            PyRange r = new PyRange(1, 10, 2);
            assertEquals("2", r(m(r, "index", i(5))));
            assertEquals("ValueError: 4 is not in range", err(() -> m(r, "index", i(4))));
            assertEquals("1", r(m(r, "count", i(5))));
            assertEquals("[9, 7, 5, 3, 1]", r(Abstract.call(PyList.TYPE, m(r, "__reversed__"))));
            assertEquals("5", r(m(r, "__len__")));
            assertEquals(Abstract.hash64(new PyRange(0, 3, 1)), Abstract.hash64(new PyRange(0, 3, 1)));
            // hash(range(3)) and hash(range(0)) in CPython 3.11
            assertEquals(-8338477496398685190L, Abstract.hash64(new PyRange(0, 3, 1)));
            assertEquals(Abstract.hash64(new PyRange(0, 0, 1)), Abstract.hash64(new PyRange(5, 5, 3)));
            assertEquals("5", r(m(Abstract.iter(new PyRange(0, 5, 1)), "__length_hint__")));
        }
    }
}
