package dev.gilpy.runtime;

/** An iterator that ends with a value (a generator's return value), so next() can raise StopIteration(value). */
public interface PyReturningIterator {
    /** The value StopIteration should carry once next() has returned null; None if there is none. */
    PyObject returnValue();
}
