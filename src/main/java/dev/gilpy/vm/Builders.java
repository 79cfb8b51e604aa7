package dev.gilpy.vm;

import dev.gilpy.runtime.Exc;
import dev.gilpy.runtime.Abstract;
import dev.gilpy.runtime.PyDict;
import dev.gilpy.runtime.PyException;
import dev.gilpy.runtime.PyList;
import dev.gilpy.runtime.PyObject;
import dev.gilpy.runtime.PySet;
import dev.gilpy.runtime.PyStr;
import dev.gilpy.runtime.PyTuple;

import java.util.Map;

/** Displays, unpacking and f-string pieces: what the BUILD_*, *_UPDATE, UNPACK_* and FORMAT_VALUE do. */
final class Builders {
    private Builders() {}

    static PySet set(PyObject[] items) {
        PySet s = new PySet();
        for (PyObject o : items) s.add(o);
        return s;
    }

    static PyDict map(PyObject[] kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    /** values[0..n) with the keys tuple's items. */
    static PyDict constKeyMap(PyTuple keys, PyObject[] values) {
        PyDict d = new PyDict();
        for (int i = 0; i < keys.size(); i++) d.put(keys.get(i), values[i]);
        return d;
    }

    static PyStr string(PyObject[] parts) {
        StringBuilder sb = new StringBuilder();
        for (PyObject p : parts) sb.append(((PyStr) p).value);
        return new PyStr(sb.toString());
    }

    static void listExtend(PyList list, PyObject iterable) {
        try {
            list.extend(iterable);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError) && !hasIter(iterable)) {
                throw Exc.typeError("Value after * must be an iterable, not " + iterable.type().name);
            }
            throw e;
        }
    }

    private static boolean hasIter(PyObject o) {
        return o.type().lookup("__iter__") != null || o.type().lookup("__getitem__") != null
                || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyDict;
    }

    static void dictUpdate(PyDict d, PyObject m) {
        if (!(m instanceof PyDict) && Abstract.getAttrOrNull(m, "keys") == null) {
            throw Exc.typeError("'" + m.type().name + "' object is not a mapping");
        }
        d.update(m);
    }

    /** f(**m): like update, but a repeated keyword is an error naming the function. */
    static void dictMerge(PyDict d, PyObject m, PyObject func) {
        if (!(m instanceof PyDict) && Abstract.getAttrOrNull(m, "keys") == null) {
            throw Exc.typeError(Calls.funcName(func) + " argument after ** must be a mapping, not " + m.type().name);
        }
        PyDict src;
        if (m instanceof PyDict md) src = md;
        else {
            src = new PyDict();
            src.update(m);
        }
        for (Map.Entry<PyObject, PyObject> e : src.entrySnapshot()) {
            if (!(e.getKey() instanceof PyStr)) throw Exc.typeError(Calls.funcName(func) + " keywords must be strings");
            if (d.containsKey(e.getKey())) {
                throw Exc.typeError(Calls.funcName(func) + " got multiple values for keyword argument '"
                        + ((PyStr) e.getKey()).value + "'");
            }
            d.put(e.getKey(), e.getValue());
        }
    }

    static PyObject[] unpack(PyObject seq, int n) {
        PyObject[] items;
        if (seq instanceof PyTuple t && t.type().builtin) items = t.array();
        else if (seq instanceof PyList l && l.type().builtin) items = l.toArray();
        else {
            PyObject it = iterForUnpack(seq);
            items = new PyObject[n];
            int i = 0;
            for (PyObject v; i < n && (v = Abstract.next(it)) != null; ) items[i++] = v;
            if (i < n) throw Exc.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            if (Abstract.next(it) != null) throw Exc.valueError("too many values to unpack (expected " + n + ")");
            return items;
        }
        if (items.length < n) {
            throw Exc.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        if (items.length > n) throw Exc.valueError("too many values to unpack (expected " + n + ")");
        return items;
    }

    /** a, *b, c = seq: before items, the list of the middle, after items (in order). */
    static PyObject[] unpackEx(PyObject seq, int before, int after) {
        iterForUnpack(seq);
        PyObject[] all = Abstract.toArray(seq);
        if (all.length < before + after) {
            throw Exc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.length + ")");
        }
        PyObject[] out = new PyObject[before + 1 + after];
        System.arraycopy(all, 0, out, 0, before);
        int mid = all.length - before - after;
        PyObject[] middle = new PyObject[mid];
        System.arraycopy(all, before, middle, 0, mid);
        out[before] = new PyList(middle, mid);
        System.arraycopy(all, before + mid, out, before + 1, after);
        return out;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        try {
            return Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError)) throw Exc.typeError("cannot unpack non-iterable " + seq.type().name + " object");
            throw e;
        }
    }

    /** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; then format(value, spec). */
    static PyObject formatValue(PyObject value, int conversion, PyObject spec) {
        PyObject v = switch (conversion) {
            case 1 -> Abstract.str(value);
            case 2 -> Abstract.repr(value);
            case 3 -> new PyStr(PyStr.asciiEscape(Abstract.reprString(value)));
            default -> value;
        };
        String sp = spec == null ? "" : ((PyStr) spec).value;
        if (sp.isEmpty() && v instanceof PyStr s && s.type().builtin) return s;
        return Abstract.format(v, sp);
    }

}
