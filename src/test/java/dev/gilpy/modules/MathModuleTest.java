package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.*;

/** math edge cases, called through the module's functions as Python would. */
class MathModuleTest {
    private static final PyModule M = MathModule.create(null);

    private static PyObject call(String name, PyObject... args) { return Abstract.call(M.get(name), args); }

    private static String errorOf(String name, PyObject... args) {
        PyException e = assertThrows(PyException.class, () -> call(name, args));
        return e.value.type().name + ": " + Abstract.strString(e.value);
    }

    @Test
    void floorAndCeilReturnExactInts() {
        assertEquals(PyInt.of(-4), call("floor", new PyFloat(-3.2)));
        assertEquals(PyInt.of(new BigInteger("100000000000000000000")), call("floor", new PyFloat(1e20)));
        assertEquals(PyInt.of(4), call("ceil", new PyFloat(3.2)));
    }

    @Test
    void errorsUseCPythonWording() {
        assertEquals("ValueError: math domain error", errorOf("sqrt", PyInt.of(-1)));
        assertEquals("ValueError: factorial() not defined for negative values", errorOf("factorial", PyInt.of(-1)));
        assertEquals("OverflowError: math range error", errorOf("exp", PyInt.of(1000)));
        assertEquals("ValueError: cannot convert float NaN to integer", errorOf("floor", new PyFloat(Double.NaN)));
        assertEquals("TypeError: must be real number, not str", errorOf("sqrt", new PyStr("x")));
    }

    @Test
    void exactIntegerFunctions() {
        assertEquals(PyInt.of(new BigInteger("15511210043330985984000000")), call("factorial", PyInt.of(25)));
        assertEquals(PyInt.of(10), call("comb", PyInt.of(5), PyInt.of(2)));
        assertEquals(PyInt.of(10_000_000_000L), call("isqrt", PyInt.of(new BigInteger("100000000000000000000"))));
        assertEquals(PyInt.of(12), call("lcm", PyInt.of(4), PyInt.of(6)));
    }

    @Test
    void fsumIsExact() {
        PyList l = new PyList();
        for (int i = 0; i < 10; i++) l.append(new PyFloat(0.1));
        assertEquals(1.0, ((PyFloat) call("fsum", l)).value);
        assertEquals(3.0, ((PyFloat) call("log", PyInt.of(8), PyInt.of(2))).value);
        assertEquals(1000.0, ((PyFloat) call("log2", PyInt.of(BigInteger.ONE.shiftLeft(1000)))).value);
    }
}
