package dev.gilpy.text;

/** Facts about Python identifiers shared by the compiler and the runtime. */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Private-name mangling (CPython: _Py_Mangle): {@code __x} inside class {@code _A} becomes {@code _A__x}.
     * The compiler applies it to names in a class body and the runtime to {@code __slots__} entries.
     */
    public static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') i++;
        if (i == className.length()) return name;
        return "_" + className.substring(i) + name;
    }
}
