package dev.gilpy.runtime;

/** Built-in types that understand the format-spec mini-language (int, float, str). */
public interface PyFormattable {
    String format(String spec);
}
