package dev.gilpy.runtime;

/** The built-in exception types, in CPython 3.11's hierarchy, and shortcuts to raise them from Java. */
public final class Exc {
    private Exc() {}

    private static PyType make(String name, PyType base) {
        PyType t = PyType.builtin(name, base, PyBaseException::new);
        t.constructor = (cls, args, kw) -> {
            PyBaseException e = new PyBaseException(cls);
            e.args = new PyTuple(args.clone());
            return e;
        };
        return t;
    }

    public static final PyType BaseException = make("BaseException", PyType.OBJECT);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType BaseExceptionGroup = PyType.builtin("BaseExceptionGroup", BaseException,
            PyExceptionGroup::new);
    public static final PyType ExceptionGroup = PyType.builtin("ExceptionGroup",
            new PyType[]{BaseExceptionGroup, Exception}, PyExceptionGroup::new);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType UserWarning = make("UserWarning", Warning);

    /** Every built-in exception type, for the builtins module. */
    public static final PyType[] ALL = {
            BaseException, GeneratorExit, KeyboardInterrupt, SystemExit, Exception, BaseExceptionGroup,
            ExceptionGroup, ArithmeticError,
            FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
            EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
            UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
            FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
            ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
            StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError,
            ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning,
            DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
            ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning};

    static {
        // AttributeError(name=, obj=) and NameError(name=): attributes in C fields in CPython.
        AttributeError.def("name", new PyGetSet("name", o -> orNone(((PyBaseException) o).attrName),
                (o, v) -> ((PyBaseException) o).attrName = v));
        AttributeError.def("obj", new PyGetSet("obj", o -> orNone(((PyBaseException) o).attrObj),
                (o, v) -> ((PyBaseException) o).attrObj = v));
        NameError.def("name", new PyGetSet("name", o -> orNone(((PyBaseException) o).attrName),
                (o, v) -> ((PyBaseException) o).attrName = v));
    }

    private static PyObject orNone(PyObject o) { return o == null ? PyNone.NONE : o; }

    public static PyException raise(PyType type, String msg) {
        return new PyBaseException(type, new PyStr(msg)).raise();
    }

    public static PyException typeError(String msg) { return raise(TypeError, msg); }

    public static PyException valueError(String msg) { return raise(ValueError, msg); }

    public static PyException indexError(String msg) { return raise(IndexError, msg); }

    public static PyException keyError(PyObject key) { return new PyBaseException(KeyError, key).raise(); }

    public static PyException attributeError(String msg) { return raise(AttributeError, msg); }

    public static PyException nameError(String msg) { return raise(NameError, msg); }

    public static PyException overflowError(String msg) { return raise(OverflowError, msg); }

    public static PyException zeroDivision(String msg) { return raise(ZeroDivisionError, msg); }

    public static PyException runtimeError(String msg) { return raise(RuntimeError, msg); }

    public static PyException stopIteration(PyObject value) {
        return value == null || value == PyNone.NONE ? new PyBaseException(StopIteration).raise()
                : new PyBaseException(StopIteration, value).raise();
    }

    public static PyException osError(PyType type, int errno, String strerror, String filename) {
        PyBaseException e = filename == null
                ? new PyBaseException(type, PyInt.of(errno), new PyStr(strerror))
                : new PyBaseException(type, PyInt.of(errno), new PyStr(strerror), new PyStr(filename));
        return e.raise();
    }
}
