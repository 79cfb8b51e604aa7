package dev.gilpy.modules;

import dev.gilpy.bytecode.BinaryOps;
import dev.gilpy.runtime.*;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every result in a table recorded from CPython 3.11 on glibc (resources/libm/record.py): float ** float,
 * math.pow and math's libm functions give the same bits, and the same errors with the same messages.
 */
class LibmTableTest {
    private static final PyModule M = MathModule.create(null);

    @Test
    void theCLibraryIsReached() {
        assertTrue(Libm.isNative(), "runtime/Libm fell back to java.lang.Math: is --enable-native-access given?");
    }

    @Test
    void everyRecordedResultIsIdentical() throws IOException {
        List<String> wrong = new ArrayList<>();
        int lines = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/libm/cpython-3.11.tsv")), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; lines++) {
                String[] f = line.split("\t");
                PyObject[] args = new PyObject[f.length - 2];
                for (int i = 0; i < args.length; i++) args[i] = new PyFloat(parse(f[i + 1]));
                String got = evaluate(f[0], args);
                if (!same(got, f[f.length - 1])) wrong.add(line + "   gilpy: " + got);
            }
        }
        assertTrue(lines > 10_000, "the table was read");
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + lines + " differ, e.g.\n"
                + String.join("\n", wrong.subList(0, Math.min(15, wrong.size()))));
    }

    private static String evaluate(String fn, PyObject[] args) {
        try {
            PyObject r = fn.equals("**") ? Abstract.binary(BinaryOps.POWER, args[0], args[1])
                    : Abstract.call(M.get(fn), args);
            return Double.toHexString(((PyFloat) r).value);
        } catch (PyException e) {
            return "!" + e.value.type().name + ": " + Abstract.strString(e.value);
        }
    }

    private static boolean same(String got, String expected) {
        if (expected.startsWith("!") || got.startsWith("!")) return got.equals(expected);
        double g = parse(got), e = parse(expected);
        return Double.doubleToLongBits(g) == Double.doubleToLongBits(e);   // NaN == NaN, 0.0 != -0.0
    }

    /** float.hex() output (and Java's) as a double: Java reads the hex forms, not Python's inf/nan. */
    private static double parse(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
