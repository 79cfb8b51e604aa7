package dev.gilpy.build;

import dev.gilpy.bytecode.Opcode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (pom.xml, generate-sources): writes {@code dev.gilpy.bytecode.OpcodeNumbers}, every
 * {@link Opcode}'s ordinal as a compile-time constant, so that the eval loop can switch on the instruction
 * word itself (a tableswitch on ints; a switch on the enum costs two more dependent loads per instruction).
 * The enum stays the only list of instructions. Argument: the generated-sources root.
 */
public final class GenerateOpcodeNumbers {
    private GenerateOpcodeNumbers() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0], "dev", "gilpy", "bytecode", "OpcodeNumbers.java");
        StringBuilder sb = new StringBuilder();
        sb.append("package dev.gilpy.bytecode;\n\n")
                .append("/** Generated at build time from {@link Opcode} (src/build/java/dev/gilpy/build/")
                .append("GenerateOpcodeNumbers.java): each instruction's ordinal, for switches. Do not edit. */\n")
                .append("public final class OpcodeNumbers {\n")
                .append("    private OpcodeNumbers() {}\n\n");
        for (Opcode op : Opcode.values()) {
            sb.append("    public static final int ").append(op.name()).append(" = ").append(op.ordinal()).append(";\n");
        }
        sb.append("}\n");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        // Rewritten only when it changes, so an unchanged instruction set does not recompile the VM.
        if (Files.exists(out) && java.util.Arrays.equals(Files.readAllBytes(out), bytes)) return;
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
    }
}
