"""contextlib: helpers for with-statement context managers (gilpy's own implementation).

The async half (asynccontextmanager, AsyncExitStack, aclosing, ...) lives in _contextlib_async, which
reuses _BaseExitStack, _exit_wrapper_for, _fix_exception_context and _has_methods from here.
"""
import abc
import sys
from collections import deque
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "ContextDecorator",
           "ExitStack", "redirect_stdout", "redirect_stderr", "suppress", "chdir"]


def _has_methods(C, *methods):
    """True when every name is defined somewhere on C's MRO and not blocked by being set to None there;
    otherwise NotImplemented (so isinstance falls back to the ordinary rules)."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC for classes with __enter__ and __exit__; any such class counts as a subclass."""

    __slots__ = ()

    def __enter__(self):
        """Return self: the usual result of entering."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result would swallow the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        # Only for the ABC itself: subclasses of it keep normal subclass checks.
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_methods(C, "__enter__", "__exit__")


class ContextDecorator:
    """Mixin letting a context manager decorate a function: each call runs inside the context."""

    def _recreate_cm(self):
        # Hook: managers that can be entered only once return a fresh copy of themselves per call.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside


_NOTHING = object()  # "the generator ended" marker for next()


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager made by @contextmanager from a one-yield generator function."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept only until entered, so that _recreate_cm can make a fresh generator for decorator use.
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Once entered, this manager cannot be recreated any more; drop what only _recreate_cm needed.
        for name in ('args', 'kwds', 'func'):
            delattr(self, name)
        first = next(self.gen, _NOTHING)
        if first is _NOTHING:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            return self._finish_quietly()
        return self._finish_with(typ() if value is None else value, traceback)

    def _finish_quietly(self):
        # The body ended normally: the generator must now run to its end.
        try:
            next(self.gen)
        except StopIteration:
            return False
        try:
            raise RuntimeError("generator didn't stop")
        finally:
            self.gen.close()

    def _finish_with(self, exc, traceback):
        # The body raised exc: deliver it at the yield and see what comes back out.
        try:
            self.gen.throw(exc)
        except StopIteration as out:
            # The generator caught exc and returned: suppressed, unless exc was itself this StopIteration.
            return out is not exc
        except RuntimeError as out:
            if out is exc:
                out.__traceback__ = traceback
                return False
            # A StopIteration leaving a generator turns into RuntimeError (PEP 479); it is still "exc".
            if isinstance(exc, StopIteration) and out.__cause__ is exc:
                exc.__traceback__ = traceback
                return False
            raise
        except BaseException as out:
            # The same exception coming back means "not handled": let the with statement re-raise it,
            # with the traceback it had, instead of re-raising it from here.
            if out is not exc:
                raise
            out.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator: turn a generator function that yields once into a context manager factory.

    Code before the yield runs on entry, the yielded value is what "as" binds, code after it runs on exit;
    an exception from the body is raised at the yield.
    """
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(make_manager)


class closing(AbstractContextManager):
    """Call thing.close() when the block ends; "as" binds thing itself."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute to swap. A stack of saved values lets one instance be re-entered.
    _stream = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Point sys.stdout at another file-like object for the duration of the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Point sys.stderr at another file-like object for the duration of the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the listed exception types (and their subclasses) raised in the block; execution resumes
    after the with statement."""

    def __init__(self, *exceptions):
        self._swallowed = exceptions

    def __exit__(self, exctype, excinst, exctb):
        # In 3.11 an exception group is matched as a whole, like any other exception.
        return exctype is not None and issubclass(exctype, self._swallowed)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; "as" binds enter_result. Handy as an optional manager."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        return None

    def __enter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    """Change the working directory for the duration of the block (not thread-safe: it is process-wide)."""

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


# ---- ExitStack ----------------------------------------------------------------------------------------------

def _exit_wrapper_for(cm, cm_exit):
    """An exit callback calling cm_exit (found on cm's type, as the with statement does) on cm."""
    def _exit_wrapper(exc_type, exc, tb):
        return cm_exit(cm, exc_type, exc, tb)
    _exit_wrapper.__self__ = cm
    return _exit_wrapper


def _callback_wrapper_for(callback, args, kwds):
    # Plain callbacks ignore the exception and never suppress it.
    def _exit_wrapper(exc_type, exc, tb):
        callback(*args, **kwds)
    _exit_wrapper.__wrapped__ = callback
    return _exit_wrapper


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: a LIFO of exit callbacks, each tagged sync or async."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Register exit: a context manager's __exit__ (when exit has one on its type) or a callable with
        __exit__'s signature. Returns exit, so this works as a decorator."""
        exit_method = getattr(type(exit), '__exit__', None)
        if exit_method is None:
            self._push_exit_callback(exit)
        else:
            self._push_exit_callback(_exit_wrapper_for(exit, exit_method))
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; return what __enter__ returned."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the context manager protocol") from None
        value = enter(cm)
        self._push_exit_callback(_exit_wrapper_for(cm, leave))
        return value

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; returns callback (usable as a decorator)."""
        self._push_exit_callback(_callback_wrapper_for(callback, args, kwds))
        return callback

    def _push_exit_callback(self, cb, is_sync=True):
        self._exit_callbacks.append((is_sync, cb))


def _fix_exception_context(new_exc, old_exc, frame_exc):
    """Make old_exc the context of the chain new_exc started, as nested with statements would have.

    Walk new_exc's __context__ chain until it reaches old_exc (already right), its end, or the exception
    being handled around the whole stack (frame_exc), and link old_exc in there.
    """
    link = new_exc
    while True:
        context = link.__context__
        if context is None or context is old_exc:
            return
        if context is frame_exc:
            break
        link = context
    link.__context__ = old_exc


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Collects context managers and cleanup callbacks and unwinds them, last in first out, on exit,
    exactly as the same number of nested with statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        swallowed = False
        reraise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    swallowed = True
                    reraise = False
                    exc_details = (None, None, None)
            except:
                raised = sys.exc_info()
                _fix_exception_context(raised[1], exc_details[1], outer)
                reraise = True
                exc_details = raised
        if reraise:
            # Raising sets __context__ again (to the exception being handled); keep the fixed-up chain.
            chained = exc_details[1].__context__
            try:
                raise exc_details[1]
            except BaseException:
                exc_details[1].__context__ = chained
                raise
        return had_exception and swallowed

    def close(self):
        """Unwind the stack now, as a normal exit would."""
        self.__exit__(None, None, None)


# The async half needs async def support in the parser; without it contextlib still works, minus those
# names.
try:
    from _contextlib_async import (AbstractAsyncContextManager, asynccontextmanager, aclosing,
                                   AsyncExitStack, _nullcontext_aenter, _nullcontext_aexit)
except SyntaxError:
    pass
else:
    nullcontext.__aenter__ = _nullcontext_aenter
    nullcontext.__aexit__ = _nullcontext_aexit
    __all__ += ["asynccontextmanager", "AbstractAsyncContextManager", "AsyncExitStack", "aclosing"]
