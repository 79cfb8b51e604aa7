package dev.gilpy.compile;

import dev.gilpy.ast.Mod;
import dev.gilpy.bytecode.CodeObject;
import dev.gilpy.compile.codegen.CodeGenerator;

/** Compiles a parsed module, interactive line or eval expression (the mode follows the Mod kind). */
public final class Compiler {
    private Compiler() {}

    /** @throws CompileError for compile-time SyntaxErrors */
    public static CodeObject compile(Mod mod, String filename) {
        return CodeGenerator.compile(mod, filename);
    }
}
