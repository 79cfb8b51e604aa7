package dev.gilpy.modules;

import dev.gilpy.runtime.*;
import dev.gilpy.vm.Interpreter;

import java.text.Normalizer;

/**
 * _unicodedata: the JDK's Unicode character database (java.lang.Character, java.text.Normalizer) for the
 * unicodedata module, which gives these primitives CPython's names and errors. The JDK's Unicode version
 * is not CPython 3.11's (14.0.0): unidata_version says which one it is.
 */
public final class UnicodeDataModule {
    private UnicodeDataModule() {}

    /** Character.getType's values in order, as two-letter general categories (17 is unused by the JDK). */
    private static final String[] CATEGORY = {
        "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cn",
        "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};

    /** Character.getDirectionality's values 0.. as bidirectional class names. */
    private static final String[] BIDI = {
        "L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRE", "LRO", "RLE", "RLO",
        "PDF", "LRI", "RLI", "FSI", "PDI"};

    private static int codePoint(String fn, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Exc.typeError(fn + "() argument must be a unicode character, not " + o.type().name);
        }
        if (s.value.codePointCount(0, s.value.length()) != 1) {
            throw Exc.typeError(fn + "() argument must be a unicode character, not str");
        }
        return s.value.codePointAt(0);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_unicodedata");
        // The character's name, or None when the database has none (the JDK then makes one up from the block).
        m.def("name", (a, k) -> {
            int cp = codePoint("name", a[0]);
            // Control characters have no name in the database; the JDK answers with their aliases.
            if (Character.getType(cp) == Character.CONTROL) return PyNone.NONE;
            String name = Character.getName(cp);
            if (name == null) return PyNone.NONE;
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            String madeUp = block == null ? null
                : block.toString().replace('_', ' ') + " " + Integer.toHexString(cp).toUpperCase();
            if (name.equals(madeUp)) {
                if (block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS")) {
                    return PyStr.of(String.format("CJK UNIFIED IDEOGRAPH-%04X", cp));
                }
                return PyNone.NONE;
            }
            return PyStr.of(name);
        });
        m.def("lookup", (a, k) -> {
            try {
                return PyInt.of(Character.codePointOf(Abstract.strString(a[0])));
            } catch (IllegalArgumentException e) {
                return PyInt.of(-1);
            }
        });
        m.def("category", (a, k) -> PyStr.of(CATEGORY[Character.getType(codePoint("category", a[0]))]));
        m.def("bidirectional", (a, k) -> {
            int d = Character.getDirectionality(codePoint("bidirectional", a[0]));
            return PyStr.of(d >= 0 && d < BIDI.length ? BIDI[d] : "");
        });
        m.def("mirrored", (a, k) -> PyInt.of(Character.isMirrored(codePoint("mirrored", a[0])) ? 1 : 0));
        // Java's numeric value: -1 none, -2 not a non-negative integer (fractions, huge values).
        m.def("numeric_value", (a, k) -> PyInt.of(Character.getNumericValue(codePoint("numeric", a[0]))));
        m.def("normalize", (a, k) -> {
            Normalizer.Form form = form(a[0]);
            if (!(a[1] instanceof PyStr s)) {
                throw Exc.typeError("normalize() argument 2 must be str, not " + a[1].type().name);
            }
            return PyStr.of(Normalizer.normalize(s.value, form));
        });
        m.def("is_normalized", (a, k) -> {
            Normalizer.Form form = form(a[0]);
            return PyBool.of(Normalizer.isNormalized(((PyStr) a[1]).value, form));
        });
        m.set("unicode_version", PyStr.of(unicodeVersion()));
        return m;
    }

    /** A normalization form's name ('NFC', 'NFD', 'NFKC', 'NFKD') as the JDK's form. */
    private static Normalizer.Form form(PyObject name) {
        return switch (Abstract.strString(name)) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw Exc.valueError("invalid normalization form");
        };
    }

    /** The Unicode version of this JDK's Character data (from its feature release number). */
    private static String unicodeVersion() {
        int feature = Runtime.version().feature();
        if (feature >= 24) return "16.0.0";
        if (feature >= 22) return "15.1.0";
        if (feature >= 20) return "15.0.0";
        return "14.0.0";
    }
}
