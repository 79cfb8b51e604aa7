package dev.gilpy.compile;

import dev.gilpy.ast.Mod;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.compile.codegen.CodeGenerator;

/** Compiles a parsed module, interactive line or eval expression (the mode follows the Mod kind). */
public final class Compiler {
    private Compiler() {}

    /** @throws CompileError for compile-time SyntaxErrors */
    public static CodeObject compile(Mod mod, String filename) {
        return CodeGenerator.compile(mod, filename, null);
    }

    /** Like {@link #compile(Mod, String)}, adding compile-time SyntaxWarnings to {@code warnings}. */
    public static CodeObject compile(Mod mod, String filename, java.util.List<CompileWarning> warnings) {
        return CodeGenerator.compile(mod, filename, warnings);
    }
}
