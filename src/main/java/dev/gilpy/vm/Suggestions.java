package dev.gilpy.vm;

import dev.gilpy.runtime.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's "Did you mean" for an uncaught NameError or AttributeError (Python/suggestions.c): the
 * closest name by a Levenshtein distance in which a case change costs 1 and any other edit 2, at most a
 * third of the characters changed, among dir(obj) for an AttributeError, or the innermost frame's local
 * variable names, then its globals, then the builtins for a NameError. Names are compared as UTF-8 bytes,
 * as suggestions.c does.
 */
final class Suggestions {
    private Suggestions() {}

    static final int MAX_CANDIDATE_ITEMS = 750;
    static final int MAX_STRING_SIZE = 40;
    static final int MOVE_COST = 2;
    static final int CASE_COST = 1;

    /** The suggested name for an exception about to be printed, or null. */
    static String forException(PyBaseException exc, Interpreter interp) {
        try {
            PyType t = exc.type();
            if (t.isSubtypeOf(Exc.AttributeError)) {
                PyObject name = exc.attrName, obj = exc.attrObj;
                if (!(name instanceof PyStr n) || obj == null) return null;
                PyObject dir = Abstract.call(interp.builtinsDict.get(new PyStr("dir")), obj);
                return best(names(Abstract.toArray(dir)), n.value);
            }
            if (t.isSubtypeOf(Exc.NameError)) {
                PyObject name = exc.attrName;
                PyBaseException.NameScope scope = exc.nameScope;
                if (!(name instanceof PyStr n) || scope == null) return null;
                String found = best(List.of(scope.varnames()), n.value);
                if (found == null) found = best(names(scope.globals().keysArray()), n.value);
                if (found == null) found = best(names(scope.builtins().keysArray()), n.value);
                return found;
            }
        } catch (PyException e) {
            return null;    // as CPython: a failing dir() means no suggestion
        }
        return null;
    }

    private static List<String> names(PyObject[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (PyObject o : items) out.add(o instanceof PyStr s ? s.value : null);
        return out;
    }

    /** calculate_suggestions: the first candidate with the smallest distance within the limits. */
    static String best(List<String> candidates, String wrong) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] name = wrong.getBytes(StandardCharsets.UTF_8);
        int bestDistance = Integer.MAX_VALUE;
        String suggestion = null;
        for (String item : candidates) {
            if (item == null) return null;
            if (item.equals(wrong)) continue;
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            // No more than 1/3 of the involved characters should need changing; beat the best so far.
            int maxDistance = (name.length + b.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(name, b, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if (a == b) return 0;
        if (lower(a) == lower(b)) return CASE_COST;
        return MOVE_COST;
    }

    private static int lower(byte c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

    /** levenshtein_distance with its early exits: maxCost + 1 means "more than maxCost". */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0, aEnd = a0.length, bStart = 0, bEnd = b0.length;
        if (java.util.Arrays.equals(a0, b0)) return 0;
        // Common prefix and suffix cost nothing.
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) { aEnd--; bEnd--; }
        int aLen = aEnd - aStart, bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) return (aLen + bLen) * MOVE_COST;
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
        byte[] a = java.util.Arrays.copyOfRange(a0, aStart, aEnd), b = java.util.Arrays.copyOfRange(b0, bStart, bEnd);
        if (b.length < a.length) { byte[] x = a; a = b; b = x; }    // the row over the shorter string
        if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        int[] row = new int[a.length];
        for (int i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < a.length; ai++) {
                int substitute = distance + substitutionCost(b[bi], a[ai]);
                distance = row[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
