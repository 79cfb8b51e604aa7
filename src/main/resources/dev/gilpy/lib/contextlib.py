"""Utilities for with-statement contexts."""

import sys
from functools import wraps
from collections import deque
import builtins
import abc

# Exception groups (PEP 654) are suppressed member by member, where the runtime has them.
_BaseExceptionGroup = getattr(builtins, "BaseExceptionGroup", None)

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "ContextDecorator",
           "ExitStack", "redirect_stdout", "redirect_stderr", "suppress", "chdir"]


def _has_methods(C, *methods):
    """Whether C's MRO defines every method (not set to None): the structural check of the ABCs below."""
    for method in methods:
        for B in C.__mro__:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator:
    """A base class that lets a context manager also be used as a decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by @contextmanager: runs the generator up to and after its yield."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A decorated function enters a fresh generator on every call.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # Suppressed, unless it is the StopIteration that was thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function that yields once becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the given exception types raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if _BaseExceptionGroup is not None and isinstance(excinst, _BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; enter returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory for the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _exit_wrapper_for(cm, cm_exit):
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _callback_wrapper_for(callback, args, kwds):
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


class _BaseExitStack:
    """The callback stack shared by ExitStack and AsyncExitStack."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Moves the callbacks to a new stack, leaving this one empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callback, or an object's __exit__ method."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_exit_wrapper_for(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_exit_callback(_exit_wrapper_for(cm, _exit))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run at the end."""
        self._push_exit_callback(_callback_wrapper_for(callback, args, kwds))
        return callback

    def _push_exit_callback(self, cb, is_sync=True):
        self._exit_callbacks.append((is_sync, cb))


def _fix_exception_context(new_exc, old_exc, frame_exc):
    # Chains the exception raised by an earlier callback under one raised by a later one, as nested
    # with-statements would.
    while 1:
        exc_context = new_exc.__context__
        if exc_context is None or exc_context is old_exc:
            return
        if exc_context is frame_exc:
            break
        new_exc = exc_context
    new_exc.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that unwinds any number of callbacks and context managers on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                if exc_details[1] is not None:
                    _fix_exception_context(new_exc, exc_details[1], frame_exc)
                pending_raise = True
                exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
        if pending_raise:
            fixed_ctx = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = fixed_ctx
                raise
        return received_exc and suppressed_exc

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)


# The async half needs `async def`; it is its own module so that the sync half loads wherever the parser
# does not take coroutines.
try:
    from _contextlib_async import (AbstractAsyncContextManager, asynccontextmanager, aclosing,
                                   AsyncExitStack, _nullcontext_aenter, _nullcontext_aexit)
except SyntaxError:
    pass
else:
    nullcontext.__aenter__ = _nullcontext_aenter
    nullcontext.__aexit__ = _nullcontext_aexit
    __all__ += ["asynccontextmanager", "AbstractAsyncContextManager", "AsyncExitStack", "aclosing"]
