package dev.gilpy.runtime;

/**
 * The Java carrier of a raised Python exception. It has no Java stack trace: the Python traceback
 * lives in the exception object.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyType type() { return value.type(); }

    public boolean matches(PyType t) { return value.type().isSubtypeOf(t); }

    @Override
    public String getMessage() { return value.type().name + ": " + Abstract.strString(value); }
}
