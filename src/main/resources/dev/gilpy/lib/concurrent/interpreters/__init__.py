"""Multiple interpreters in one process (CPython 3.14's concurrent.interpreters, PEP 734), for gilpy.

Each interpreter has its own modules, builtins, __main__ and GIL (PEP 684): CPU-bound code in two
interpreters runs in parallel even with --gil on. Nothing is shared between interpreters except queues;
other values cross as copies (immutable ones as they are, the rest pickled by reference)."""
import threading
import _interpreters
from _interpreters import InterpreterError, InterpreterNotFoundError, NotShareableError
from concurrent.interpreters._queues import (create as create_queue, Queue, QueueEmpty, QueueFull,
                                             QueueError, ItemInterpreterDestroyed, UNBOUND, UNBOUND_ERROR,
                                             UNBOUND_REMOVE)

__all__ = [
    'get_current', 'get_main', 'create', 'list_all', 'is_shareable',
    'Interpreter',
    'InterpreterError', 'InterpreterNotFoundError', 'ExecutionFailed',
    'NotShareableError',
    'create_queue', 'Queue', 'QueueEmpty', 'QueueFull',
    'ItemInterpreterDestroyed', 'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE',
]


class _ExcType:
    """The type of an exception raised in another interpreter, by name only (its class stays there)."""

    def __init__(self, name, qualname, module):
        self.__name__ = name
        self.__qualname__ = qualname
        self.__module__ = module

    def __repr__(self):
        return (f"namespace(__name__={self.__name__!r}, __qualname__={self.__qualname__!r}, "
                f"__module__={self.__module__!r})")


class _ExcInfo:
    """What is known of an exception raised in another interpreter: excinfo of ExecutionFailed."""

    def __init__(self, info):
        name, qualname, module, msg, formatted, errdisplay = info
        self.type = _ExcType(name, qualname, module)
        self.msg = msg
        self.formatted = formatted
        self.errdisplay = errdisplay

    def __repr__(self):
        return (f"namespace(type={self.type!r}, msg={self.msg!r}, formatted={self.formatted!r}, "
                f"errdisplay={self.errdisplay!r})")


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during execution in another interpreter."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = f'{excinfo.type.__name__}: {excinfo.msg}'
            else:
                msg = excinfo.type.__name__ if excinfo.type else excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        formatted = self.excinfo.errdisplay
        if not formatted:
            return super().__str__()
        return f'{super().__str__()}\n\nUncaught in the interpreter:\n\n{formatted}'


def create():
    """Return a new (idle) Python interpreter."""
    return Interpreter(_interpreters.create())


def list_all():
    """Return all existing interpreters."""
    return [Interpreter(i) for i in _interpreters.list_all()]


def get_current():
    """Return the currently running interpreter."""
    return Interpreter(_interpreters.get_current())


def get_main():
    """Return the main interpreter."""
    return Interpreter(_interpreters.get_main())


def is_shareable(obj):
    """Return True if the object's data may be shared between interpreters without pickling."""
    return isinstance(obj, Queue) or _interpreters.is_shareable(obj)


_known = {}


class Interpreter:
    """A single Python interpreter of this process."""

    def __new__(cls, id, /):
        if not isinstance(id, int) or isinstance(id, bool):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is not None and _interpreters.exists(id):
            return self
        if not _interpreters.exists(id):
            _known.pop(id, None)
            raise InterpreterNotFoundError(f'unrecognized interpreter ID {id}')
        self = super().__new__(cls)
        self._id = id
        _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self._id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return other._id == self._id

    def __reduce__(self):
        return (type(self), (self._id,))

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return _interpreters.whence(self._id)

    def is_running(self):
        """Return whether or not the interpreter is currently executing code."""
        return _interpreters.is_running(self._id)

    def close(self):
        """Finalize and destroy the interpreter."""
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind the given values into the interpreter's __main__ (copies; queues are shared)."""
        if ns is None:
            ns = kwargs
        elif kwargs:
            ns = dict(ns, **kwargs)
        else:
            ns = dict(ns)
        _interpreters.set___main___attrs(self._id, ns)

    def exec(self, code, /):
        """Run the given source code (or the body of a function without arguments) in the interpreter's
        __main__, in the current thread; an uncaught exception there raises ExecutionFailed here."""
        excinfo = _interpreters.exec(self._id, code)
        if excinfo is not None:
            raise ExecutionFailed(_ExcInfo(excinfo))

    def _call(self, callable, args, kwargs):
        res, excinfo, exc = _interpreters.call(self._id, callable, args, kwargs)
        return res, excinfo, exc

    def call(self, callable, /, *args, **kwargs):
        """Call the object in the interpreter with the given arguments and return its result (a copy)."""
        res, excinfo, exc = self._call(callable, args, kwargs)
        if excinfo is not None:
            raise ExecutionFailed(_ExcInfo(excinfo))
        return res

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Return a new thread, already started, that calls the object in the interpreter; an uncaught
        exception there is reported by threading.excepthook as ExecutionFailed."""
        t = threading.Thread(target=self.call, args=(callable, *args), kwargs=kwargs)
        t.start()
        return t
