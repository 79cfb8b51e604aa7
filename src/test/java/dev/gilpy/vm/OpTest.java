package dev.gilpy.vm;

import dev.gilpy.bytecode.Opcode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.fail;

class OpTest {
    @Test
    @DisplayName("every opcode constant of the eval loop equals its Opcode ordinal")
    void constantsMatchOrdinals() throws Exception {
        StringBuilder wanted = new StringBuilder();
        boolean ok = true;
        for (Opcode op : Opcode.values()) {
            wanted.append("    static final int ").append(op.name()).append(" = ").append(op.ordinal()).append(";\n");
            try {
                Field f = Op.class.getDeclaredField(op.name());
                if (f.getInt(null) != op.ordinal()) ok = false;
            } catch (NoSuchFieldException e) {
                ok = false;
            }
        }
        if (!ok || Op.class.getDeclaredFields().length != Opcode.values().length) {
            fail("vm/Op.java is out of date with bytecode/Opcode.java; its constants should read:\n" + wanted);
        }
    }
}
