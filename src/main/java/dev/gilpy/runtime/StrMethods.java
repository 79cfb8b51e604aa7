package dev.gilpy.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.gilpy.bytecode.BinaryOps.*;

/** The methods of str (Objects/unicodeobject.c). Indices are code points; BMP text is the fast path. */
final class StrMethods {
    private StrMethods() {}

    static String v(PyObject o) { return ((PyStr) o).value; }

    static String strArg(String fn, PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw Exc.typeError(fn + "() argument must be str, not " + o.type().name);
    }

    /** Python's isdigit: decimal digits and other digits with a value 0..9 ('²', '①'). */
    static boolean isDigitChar(int c) {
        if (Character.isDigit(c)) return true;
        if (Character.getType(c) != Character.OTHER_NUMBER) return false;
        int n = Character.getNumericValue(c);
        return n >= 0 && n <= 9;
    }

    /** Python's isnumeric: any character of a number category (Nd, Nl, No). */
    static boolean isNumericChar(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER;
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) || c == 0x85 || c == 0xa0
                || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f
                || c == 0x205f || c == 0x3000;
    }

    static PyList split(String s, PyObject sepObj, int max) {
        List<PyObject> out = new ArrayList<>();
        if (max < 0) max = Integer.MAX_VALUE;
        if (sepObj == null || sepObj == PyNone.NONE) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i >= n) break;
                if (out.size() >= max) {
                    int e = n;
                    while (e > i && isSpace(s.charAt(e - 1))) e--;
                    out.add(new PyStr(s.substring(i, e)));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.add(new PyStr(s.substring(i, j)));
                i = j;
            }
        } else {
            String sep = strArg("must be str or None, not", sepObj);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            int i = 0;
            while (out.size() < max) {
                int j = s.indexOf(sep, i);
                if (j < 0) break;
                out.add(new PyStr(s.substring(i, j)));
                i = j + sep.length();
            }
            out.add(new PyStr(s.substring(i)));
        }
        return new PyList(out.toArray(new PyObject[0]), out.size());
    }

    static PyList rsplit(String s, PyObject sepObj, int max) {
        List<PyObject> out = new ArrayList<>();
        if (max < 0) max = Integer.MAX_VALUE;
        if (sepObj == null || sepObj == PyNone.NONE) {
            int i = s.length();
            while (true) {
                while (i > 0 && isSpace(s.charAt(i - 1))) i--;
                if (i <= 0) break;
                if (out.size() >= max) {
                    int b = 0;
                    while (b < i && isSpace(s.charAt(b))) b++;
                    out.add(new PyStr(s.substring(b, i)));
                    break;
                }
                int j = i;
                while (j > 0 && !isSpace(s.charAt(j - 1))) j--;
                out.add(new PyStr(s.substring(j, i)));
                i = j;
            }
        } else {
            String sep = strArg("must be str or None, not", sepObj);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            int end = s.length();
            while (out.size() < max) {
                int j = s.lastIndexOf(sep, end - sep.length());
                if (j < 0) break;
                out.add(new PyStr(s.substring(j + sep.length(), end)));
                end = j;
            }
            out.add(new PyStr(s.substring(0, end)));
        }
        java.util.Collections.reverse(out);
        return new PyList(out.toArray(new PyObject[0]), out.size());
    }

    static String strip(String s, PyObject chars, boolean left, boolean right) {
        int i = 0, e = s.length();
        if (chars == null || chars == PyNone.NONE) {
            if (left) while (i < e && isSpace(s.charAt(i))) i++;
            if (right) while (e > i && isSpace(s.charAt(e - 1))) e--;
        } else {
            if (!(chars instanceof PyStr cs)) throw Exc.typeError("strip arg must be None or str");
            String c = cs.value;
            if (left) while (i < e && c.indexOf(s.charAt(i)) >= 0) i++;
            if (right) while (e > i && c.indexOf(s.charAt(e - 1)) >= 0) e--;
        }
        return s.substring(i, e);
    }

    /** find with code-point start/end; returns a code-point index or -1. */
    static int find(PyStr self, PyObject[] a, boolean reverse, String fn) {
        if (a.length < 2) throw Exc.typeError(fn + "() takes at least 1 argument (0 given)");
        if (a.length > 4) throw Exc.typeError(fn + " expected at most 3 arguments, got " + (a.length - 1));
        String sub = a[1] instanceof PyStr ss ? ss.value : null;
        if (sub == null) throw Exc.typeError("must be str, not " + a[1].type().name);
        int n = self.length();
        int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), n);
        if (r[0] > n || r[1] - r[0] < 0 || r[1] - r[0] < new PyStr(sub).length()) {
            return (sub.isEmpty() && r[0] <= r[1] && r[0] <= n) ? (reverse ? r[1] : r[0]) : -1;
        }
        String hay = self.substring(r[0], r[1]);
        int idx = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
        if (idx < 0) return -1;
        return r[0] + hay.codePointCount(0, idx);
    }

    static int count(PyStr self, PyObject[] a) {
        if (a.length < 2) throw Exc.typeError("count() takes at least 1 argument (0 given)");
        if (!(a[1] instanceof PyStr ss)) throw Exc.typeError("must be str, not " + a[1].type().name);
        int n = self.length();
        int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), n);
        if (r[0] > n || r[1] < r[0]) return 0;
        String hay = self.substring(r[0], r[1]);
        if (ss.value.isEmpty()) return hay.codePointCount(0, hay.length()) + 1;
        int c = 0;
        for (int i = hay.indexOf(ss.value); i >= 0; i = hay.indexOf(ss.value, i + ss.value.length())) c++;
        return c;
    }

    static boolean startsEnds(PyStr self, PyObject[] a, boolean ends, String fn) {
        if (a.length < 2) throw Exc.typeError(fn + "() takes at least 1 argument (0 given)");
        int n = self.length();
        int[] r = MethodDefs.adjust(MethodDefs.arg(a, 2), MethodDefs.arg(a, 3), n);
        PyObject[] prefixes;
        if (a[1] instanceof PyTuple t) prefixes = t.array();
        else if (a[1] instanceof PyStr) prefixes = new PyObject[]{a[1]};
        else throw Exc.typeError(fn + " first arg must be str or a tuple of str, not " + a[1].type().name);
        if (r[0] > n) return false;
        String hay = r[1] >= r[0] ? self.substring(r[0], r[1]) : null;
        for (PyObject p : prefixes) {
            if (!(p instanceof PyStr ps)) {
                throw Exc.typeError("tuple for " + fn + " must only contain str, not " + p.type().name);
            }
            if (hay == null) {
                if (ps.value.isEmpty() && false) return true;
                continue;
            }
            if (ends ? hay.endsWith(ps.value) : hay.startsWith(ps.value)) return true;
        }
        return false;
    }

    static String title(String s) {
        StringBuilder sb = new StringBuilder();
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (prevCased) sb.append(Character.toChars(Character.toLowerCase(c)));
            else sb.append(Character.toChars(Character.toTitleCase(c)));
            prevCased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
        }
        return sb.toString();
    }

    static boolean allMatch(String s, java.util.function.IntPredicate p) {
        if (s.isEmpty()) return false;
        return s.codePoints().allMatch(p);
    }

    static boolean cased(int c) { return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c); }

    static PyObject padded(PyObject[] a, String fn, int mode) {
        Args.methodRange(fn, a, null, 1, 2);
        PyStr self = (PyStr) a[0];
        long width = Sizes.ssizeArg(a[1]);
        String fill = " ";
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f) || f.length() != 1) {
                throw Exc.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int n = self.length();
        if (width <= n) return self;
        int w = Sizes.alloc(width + (self.value.length() - n));   // the UTF-16 length of the result
        w -= self.value.length() - n;
        int total = w - n;
        return new PyStr(switch (mode) {
            case 0 -> self.value + fill.repeat(total);
            case 1 -> fill.repeat(total) + self.value;
            default -> {
                int left = total / 2 + (total & w & 1);
                yield fill.repeat(left) + self.value + fill.repeat(total - left);
            }
        });
    }

    static PyList splitlines(String s, boolean keep) {
        List<PyObject> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') j += 2;
                else j++;
            }
            out.add(new PyStr(s.substring(i, keep ? j : eol)));
            i = j;
        }
        return new PyList(out.toArray(new PyObject[0]), out.size());
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static PyBytes encode(String s, String enc, String errors) {
        String e = enc.toLowerCase().replace('_', '-');
        switch (e) {
            case "utf-8", "utf8" -> {
                return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
            }
            case "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> {
                int limit = e.contains("ascii") ? 128 : 256;
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < s.length(); ) {
                    int c = s.codePointAt(i);
                    if (c >= limit) {
                        if (errors.equals("ignore")) { i += Character.charCount(c); continue; }
                        if (errors.equals("replace")) { out.write('?'); i += Character.charCount(c); continue; }
                        int cpIndex = s.codePointCount(0, i);
                        throw Exc.raise(Exc.UnicodeEncodeError, "'" + (limit == 128 ? "ascii" : "latin-1")
                                + "' codec can't encode character '" + String.format(c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x", c)
                                + "' in position " + cpIndex + ": ordinal not in range(" + limit + ")");
                    }
                    out.write(c);
                    i += Character.charCount(c);
                }
                return new PyBytes(out.toByteArray());
            }
            default -> throw Exc.raise(Exc.LookupError, "unknown encoding: " + enc);
        }
    }

    /**
     * __new__ of an immutable built-in (int, str): builds the value with the type's constructor, then, for
     * a derived class, the same value as an instance of that class.
     */
    static PyBuiltinFunction subtypeNew(PyType t, java.util.function.BiFunction<PyType, PyObject, PyObject> derive) {
        PyBuiltinFunction f = new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Exc.typeError(t.name + ".__new__(X): X is not a type object");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Exc.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
            }
            PyObject v = t.constructor.construct(t, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            return derive.apply(cls, v);
        });
        f.module = "builtins"; // Abstract.callType must call it with the arguments
        return f;
    }

    static void init() {
        PyType t = PyStr.TYPE;
        t.constructor = (cls, a, k) -> {
            PyObject[] p = Args.parse("str", a, k, new String[]{"object", "encoding", "errors"}, 0);
            if (p[0] == null) return PyStr.EMPTY;
            if (p[1] == null && p[2] == null) return Abstract.str(p[0]);
            if (!(p[0] instanceof PyBytes b)) {
                throw Exc.typeError("decoding to str: need a bytes-like object, " + p[0].type().name + " found");
            }
            return BytesMethods.decode(b.value, p[1] == null ? "utf-8" : Abstract.strString(p[1]),
                    p[2] == null ? "strict" : Abstract.strString(p[2]));
        };
        t.def("__new__", new PyStaticMethod(subtypeNew(t, (cls, v) -> PyStr.derived(cls, (PyStr) v))));
        MethodDefs.unary(t, "__repr__", PyObject::repr);
        MethodDefs.unary(t, "__str__", o -> o.type() == PyStr.TYPE ? o : new PyStr(((PyStr) o).value));
        MethodDefs.unary(t, "__len__", o -> PyInt.of(o.len()));
        MethodDefs.unary(t, "__hash__", o -> PyInt.of(o.pyHash()));
        MethodDefs.binary(t, "__getitem__", PyObject::getItem);
        MethodDefs.unary(t, "__iter__", PyObject::iter);
        MethodDefs.binary(t, "__contains__", (s, x) -> PyBool.of(s.contains(x)));
        MethodDefs.comparisons(t);
        MethodDefs.binaryOps(t, ADD, MULTIPLY, REMAINDER);
        MethodDefs.binary(t, "__format__", (s, f) -> new PyStr(Formatting.formatStr(v(s), strArg("format", f))));
        MethodDefs.method(t, "split", (a, k) -> {
            PyObject[] p = Args.parse("split", a, 1, k, new String[]{"sep", "maxsplit"}, 0, 2);
            return split(v(a[0]), p[0], p[1] == null ? -1 : Abstract.index(p[1], "an integer is required"));
        });
        MethodDefs.method(t, "rsplit", (a, k) -> {
            PyObject[] p = Args.parse("rsplit", a, 1, k, new String[]{"sep", "maxsplit"}, 0, 2);
            return rsplit(v(a[0]), p[0], p[1] == null ? -1 : Abstract.index(p[1], "an integer is required"));
        });
        MethodDefs.binary(t, "join", (s, it) -> {
            PyObject[] items = Abstract.toArray(it);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PyStr x)) {
                    throw Exc.typeError("sequence item " + i + ": expected str instance, " + items[i].type().name + " found");
                }
                if (i > 0) sb.append(v(s));
                sb.append(x.value);
            }
            return new PyStr(sb.toString());
        });
        MethodDefs.method(t, "strip", (a, k) -> { Args.methodRange("strip", a, k, 0, 1); return new PyStr(strip(v(a[0]), MethodDefs.arg(a, 1), true, true)); });
        MethodDefs.method(t, "lstrip", (a, k) -> { Args.methodRange("lstrip", a, k, 0, 1); return new PyStr(strip(v(a[0]), MethodDefs.arg(a, 1), true, false)); });
        MethodDefs.method(t, "rstrip", (a, k) -> { Args.methodRange("rstrip", a, k, 0, 1); return new PyStr(strip(v(a[0]), MethodDefs.arg(a, 1), false, true)); });
        MethodDefs.method(t, "replace", (a, k) -> {
            Args.methodRange("replace", a, k, 2, 3);
            String s = v(a[0]), old = strArg("replace", a[1]), nw = strArg("replace", a[2]);
            int count = a.length > 3 ? Abstract.index(a[3], "an integer is required") : -1;
            if (count < 0) count = Integer.MAX_VALUE;
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder();
                int done = 0;
                int i = 0;
                for (; i < s.length() && done < count; done++) {
                    sb.append(nw);
                    int cp = s.codePointAt(i);
                    sb.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
                if (i >= s.length() && done < count) sb.append(nw);
                else sb.append(s, i, s.length());
                return new PyStr(sb.toString());
            }
            StringBuilder sb = new StringBuilder();
            int i = 0, done = 0;
            while (done < count) {
                int j = s.indexOf(old, i);
                if (j < 0) break;
                sb.append(s, i, j).append(nw);
                i = j + old.length();
                done++;
            }
            sb.append(s, i, s.length());
            return new PyStr(sb.toString());
        });
        MethodDefs.method(t, "find", (a, k) -> { Args.noKw("find", k); return PyInt.of(find((PyStr) a[0], a, false, "find")); });
        MethodDefs.method(t, "rfind", (a, k) -> { Args.noKw("rfind", k); return PyInt.of(find((PyStr) a[0], a, true, "rfind")); });
        MethodDefs.method(t, "index", (a, k) -> {
            Args.noKw("index", k);
            int r = find((PyStr) a[0], a, false, "index");
            if (r < 0) throw Exc.valueError("substring not found");
            return PyInt.of(r);
        });
        MethodDefs.method(t, "rindex", (a, k) -> {
            Args.noKw("rindex", k);
            int r = find((PyStr) a[0], a, true, "rindex");
            if (r < 0) throw Exc.valueError("substring not found");
            return PyInt.of(r);
        });
        MethodDefs.method(t, "count", (a, k) -> { Args.noKw("count", k); return PyInt.of(count((PyStr) a[0], a)); });
        MethodDefs.method(t, "startswith", (a, k) -> { Args.noKw("startswith", k); return PyBool.of(startsEnds((PyStr) a[0], a, false, "startswith")); });
        MethodDefs.method(t, "endswith", (a, k) -> { Args.noKw("endswith", k); return PyBool.of(startsEnds((PyStr) a[0], a, true, "endswith")); });
        MethodDefs.unary(t, "upper", o -> new PyStr(v(o).toUpperCase(java.util.Locale.ROOT)));
        MethodDefs.unary(t, "lower", o -> new PyStr(v(o).toLowerCase(java.util.Locale.ROOT)));
        MethodDefs.unary(t, "casefold", o -> new PyStr(v(o).toLowerCase(java.util.Locale.ROOT).replace("ß", "ss")));
        MethodDefs.unary(t, "title", o -> new PyStr(title(v(o))));
        MethodDefs.unary(t, "capitalize", o -> {
            String s = v(o);
            if (s.isEmpty()) return o;
            int c = s.codePointAt(0);
            return new PyStr(new String(Character.toChars(Character.toTitleCase(c)))
                    + s.substring(Character.charCount(c)).toLowerCase(java.util.Locale.ROOT));
        });
        MethodDefs.unary(t, "swapcase", o -> {
            StringBuilder sb = new StringBuilder();
            v(o).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c)
                    : Character.isLowerCase(c) ? Character.toUpperCase(c) : c));
            return new PyStr(sb.toString());
        });
        MethodDefs.unary(t, "isdigit", o -> PyBool.of(allMatch(v(o), StrMethods::isDigitChar)));
        MethodDefs.unary(t, "isdecimal", o -> PyBool.of(allMatch(v(o), Character::isDigit)));
        MethodDefs.unary(t, "isnumeric", o -> PyBool.of(allMatch(v(o), StrMethods::isNumericChar)));
        MethodDefs.unary(t, "isalpha", o -> PyBool.of(allMatch(v(o), Character::isLetter)));
        // Python: alnum = alpha or numeric (numeric includes '²', '½', 'Ⅷ')
        MethodDefs.unary(t, "isalnum", o -> PyBool.of(allMatch(v(o), c -> Character.isLetter(c) || isNumericChar(c))));
        MethodDefs.unary(t, "isspace", o -> PyBool.of(allMatch(v(o), StrMethods::isSpace)));
        MethodDefs.unary(t, "isascii", o -> PyBool.of(v(o).chars().allMatch(c -> c < 128)));
        MethodDefs.unary(t, "isprintable", o -> PyBool.of(v(o).codePoints().allMatch(PyStr::isPrintable)));
        MethodDefs.unary(t, "isupper", o -> {
            String s = v(o);
            return PyBool.of(s.codePoints().anyMatch(StrMethods::cased)
                    && s.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c)));
        });
        MethodDefs.unary(t, "islower", o -> {
            String s = v(o);
            return PyBool.of(s.codePoints().anyMatch(StrMethods::cased)
                    && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c)));
        });
        MethodDefs.unary(t, "istitle", o -> {
            String s = v(o);
            boolean any = false, prevCased = false;
            for (int c : s.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) return PyBool.FALSE;
                    prevCased = true;
                    any = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) return PyBool.FALSE;
                    prevCased = true;
                    any = true;
                } else prevCased = false;
            }
            return PyBool.of(any);
        });
        MethodDefs.unary(t, "isidentifier", o -> {
            String s = v(o);
            if (s.isEmpty()) return PyBool.FALSE;
            int c0 = s.codePointAt(0);
            if (!(c0 == '_' || Character.isUnicodeIdentifierStart(c0))) return PyBool.FALSE;
            return PyBool.of(s.codePoints().skip(1).allMatch(Character::isUnicodeIdentifierPart));
        });
        MethodDefs.binary(t, "zfill", (o, w) -> {
            String s = v(o);
            long width = Sizes.ssizeArg(w);
            int n = ((PyStr) o).length();
            if (n >= width) return o;
            String zeros = "0".repeat(Sizes.alloc(width + (s.length() - n)) - s.length());
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return new PyStr(s.charAt(0) + zeros + s.substring(1));
            return new PyStr(zeros + s);
        });
        MethodDefs.method(t, "ljust", (a, k) -> padded(a, "ljust", 0));
        MethodDefs.method(t, "rjust", (a, k) -> padded(a, "rjust", 1));
        MethodDefs.method(t, "center", (a, k) -> padded(a, "center", 2));
        MethodDefs.binary(t, "partition", (o, sepO) -> {
            String s = v(o), sep = strArg("partition", sepO);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            int i = s.indexOf(sep);
            if (i < 0) return new PyTuple(o, PyStr.EMPTY, PyStr.EMPTY);
            return new PyTuple(new PyStr(s.substring(0, i)), sepO, new PyStr(s.substring(i + sep.length())));
        });
        MethodDefs.binary(t, "rpartition", (o, sepO) -> {
            String s = v(o), sep = strArg("rpartition", sepO);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            int i = s.lastIndexOf(sep);
            if (i < 0) return new PyTuple(PyStr.EMPTY, PyStr.EMPTY, o);
            return new PyTuple(new PyStr(s.substring(0, i)), sepO, new PyStr(s.substring(i + sep.length())));
        });
        MethodDefs.method(t, "splitlines", (a, k) -> {
            PyObject[] p = Args.parse("splitlines", a, 1, k, new String[]{"keepends"}, 0, 1);
            return splitlines(v(a[0]), p[0] != null && Abstract.isTrue(p[0]));
        });
        MethodDefs.method(t, "expandtabs", (a, k) -> {
            PyObject[] p = Args.parse("expandtabs", a, 1, k, new String[]{"tabsize"}, 0, 1);
            int ts = p[0] == null ? 8 : Sizes.cInt(p[0]);
            String str = v(a[0]);
            long length = 0, column = 0;   // CPython: unicode_expandtabs_impl measures the result first
            for (int i = 0; i < str.length(); i++) {
                char c = str.charAt(i);
                if (c == '\t') {
                    if (ts > 0) {
                        long incr = ts - column % ts;
                        column += incr;
                        length += incr;
                    }
                } else {
                    length++;
                    column = (c == '\n' || c == '\r') ? 0 : column + 1;
                }
            }
            StringBuilder sb = new StringBuilder(Sizes.alloc(length));
            int col = 0;
            for (char c : str.toCharArray()) {
                if (c == '\t') {
                    if (ts > 0) {
                        int sp = ts - col % ts;
                        sb.append(" ".repeat(sp));
                        col += sp;
                    }
                } else {
                    sb.append(c);
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return new PyStr(sb.toString());
        });
        MethodDefs.method(t, "encode", (a, k) -> {
            PyObject[] p = Args.parse("encode", a, 1, k, new String[]{"encoding", "errors"}, 0, 2);
            return encode(v(a[0]), p[0] == null ? "utf-8" : Abstract.strString(p[0]), p[1] == null ? "strict" : Abstract.strString(p[1]));
        });
        MethodDefs.method(t, "format", (a, k) -> {
            int nkw = Args.nkw(k);
            int npos = a.length - 1 - nkw;
            PyObject[] pos = new PyObject[npos];
            System.arraycopy(a, 1, pos, 0, npos);
            PyDict kw = new PyDict();
            for (int i = 0; i < nkw; i++) kw.put(new PyStr(k[i]), a[1 + npos + i]);
            return new PyStr(Formatting.strFormat(v(a[0]), pos, kw));
        });
        MethodDefs.binary(t, "format_map", (o, m) -> new PyStr(Formatting.strFormat(v(o), new PyObject[0], m)));
        MethodDefs.binary(t, "removeprefix", (o, p) -> {
            String s = v(o), pre = strArg("removeprefix", p);
            return s.startsWith(pre) ? new PyStr(s.substring(pre.length())) : o;
        });
        MethodDefs.binary(t, "removesuffix", (o, p) -> {
            String s = v(o), suf = strArg("removesuffix", p);
            return s.endsWith(suf) && !suf.isEmpty() ? new PyStr(s.substring(0, s.length() - suf.length())) : o;
        });
        PyBuiltinFunction maketrans = new PyBuiltinFunction("maketrans", (a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1) {
                if (!(a[0] instanceof PyDict src)) throw Exc.typeError("if you give only one argument to maketrans it must be a dict");
                for (var e : src.entrySnapshot()) {
                    PyObject key = e.getKey();
                    if (key instanceof PyStr ks) {
                        if (ks.length() != 1) throw Exc.valueError("string keys in translate table must be of length 1");
                        key = PyInt.of(ks.codePointAt(0));
                    }
                    d.put(key, e.getValue());
                }
                return d;
            }
            String x = strArg("maketrans", a[0]), y = strArg("maketrans", a[1]);
            if (x.length() != y.length()) throw Exc.valueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.length(); i++) d.put(PyInt.of(x.charAt(i)), PyInt.of(y.charAt(i)));
            if (a.length > 2) for (char c : strArg("maketrans", a[2]).toCharArray()) d.put(PyInt.of(c), PyNone.NONE);
            return d;
        });
        t.def("maketrans", new PyStaticMethod(maketrans));
        MethodDefs.binary(t, "translate", (o, table) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : v(o).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Abstract.getItem(table, PyInt.of(c));
                } catch (PyException e) {
                    if (e.matches(Exc.LookupError)) { sb.appendCodePoint(c); continue; }
                    throw e;
                }
                if (r == PyNone.NONE) continue;
                if (r instanceof PyInt ri) sb.appendCodePoint(ri.intValue());
                else if (r instanceof PyStr rs) sb.append(rs.value);
                else throw Exc.typeError("character mapping must return integer, None or str");
            }
            return new PyStr(sb.toString());
        });
    }

    /** str + str, str * n, n * str, str % args. */
    static PyObject binaryOp(PyStr self, int op, PyObject other, boolean reflected) {
        switch (op) {
            case ADD -> {
                if (!(other instanceof PyStr o)) return null;
                return reflected ? new PyStr(o.value + self.value) : new PyStr(self.value + o.value);
            }
            case MULTIPLY -> {
                PyInt n = other instanceof PyInt i ? i : Abstract.indexOrNull(other);
                if (n == null) return null;
                int total = Sizes.repeat(self.value.length(), n, "repeated string is too long");
                if (total == 0) return PyStr.EMPTY;
                return new PyStr(self.value.repeat(total / self.value.length()));
            }
            case REMAINDER -> {
                if (reflected) return null;
                return new PyStr(Formatting.percent(self.value, other));
            }
            default -> { return null; }
        }
    }
}
