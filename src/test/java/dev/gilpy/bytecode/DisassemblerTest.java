package dev.gilpy.bytecode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("The disassembler")
class DisassemblerTest {
    @Nested
    @DisplayName("reprs constants as Python does")
    class Reprs {
        @Test
        @DisplayName("for floats, with shortest digits and Python's exponent style")
        void floats() {
            assertEquals("1e+16", Disassembler.repr(1e16));
            assertEquals("1000000000000000.0", Disassembler.repr(1e15));
            assertEquals("0.1", Disassembler.repr(0.1));
            assertEquals("1e-05", Disassembler.repr(0.00001));
            assertEquals("0.0001", Disassembler.repr(0.0001));
            assertEquals("inf", Disassembler.repr(Double.POSITIVE_INFINITY));
            assertEquals("nan", Disassembler.repr(Double.NaN));
            assertEquals("-0.0", Disassembler.repr(-0.0));
            assertEquals("1.5e+300", Disassembler.repr(1.5e300));
            assertEquals("2.5", Disassembler.repr(2.5));
            assertEquals("5e-324", Disassembler.repr(Double.MIN_VALUE));   // the same string repr() gives
        }

        @Test
        @DisplayName("for strings, bytes, ints, None, bools and tuples")
        void others() {
            assertEquals("'it''s'".replace("''", "'").equals("'it's'") ? "\"it's\"" : "", Disassembler.repr("it's"));
            assertEquals("'a\\nb'", Disassembler.repr("a\nb"));
            assertEquals("'\\'\"'", Disassembler.repr("'\""));
            assertEquals("'\\x00é'", Disassembler.repr("\0é"));
            assertEquals("b'a\\xff'", Disassembler.repr(new byte[]{'a', (byte) 0xff}));
            assertEquals("None", Disassembler.repr(null));
            assertEquals("True", Disassembler.repr(true));
            assertEquals("123456789012345678901234567890",
                    Disassembler.repr(new BigInteger("123456789012345678901234567890")));
            assertEquals("(1,)", Disassembler.repr(new CodeObject.ConstTuple(List.of(1L))));
            assertEquals("('a', None)", Disassembler.repr(new CodeObject.ConstTuple(java.util.Arrays.asList("a", null))));
        }
    }
}
