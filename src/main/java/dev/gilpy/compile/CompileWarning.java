package dev.gilpy.compile;

/**
 * A warning found while tokenizing or compiling (CPython: parser_warn, compiler_warn), collected instead of
 * printed; the interpreter prints it as the warnings module would:
 * {@code <filename>:<lineno>: <category>: <message>} then the stripped source line indented by 2.
 */
public record CompileWarning(String category, String message, String filename, int lineno) {}
