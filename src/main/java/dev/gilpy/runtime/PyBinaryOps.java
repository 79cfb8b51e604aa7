package dev.gilpy.runtime;

/** Built-in types with operators beyond int/float arithmetic (str +, list *, set |, ...). */
public interface PyBinaryOps {
    /** self op other (or other op self when reflected); null for NotImplemented. */
    PyObject binaryOp(int op, PyObject other, boolean reflected);

    /** self op= other in place; null to fall back to the binary operator. */
    default PyObject inplaceOp(int op, PyObject other) { return null; }

    /** The TypeError when neither side took `self op other`; null for the generic message. */
    default PyException operandError(int op, PyObject other) { return null; }
}
