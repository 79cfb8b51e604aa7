package dev.gilpy.compile.assemble;

/** A jump target inside one {@link CodeBuilder}; bound to an instruction position once. */
public final class Label {
    int pos = -1;
}
