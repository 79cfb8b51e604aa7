"""Handles, the running loop of each thread, and the event loop policy (CPython 3.11: asyncio/events.py),
written for gilpy."""
import sys
import threading
import _thread
import contextvars

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', '_set_running_loop',
           'DefaultEventLoopPolicy')


def _callback_repr(callback, args):
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None) or repr(callback)
    return f'{name}({", ".join(repr(a) for a in args)})'


class Handle:
    """A callback scheduled by call_soon (and its kin); cancel() drops it."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = contextvars.copy_context() if context is None else context

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_callback_repr(self._callback, self._args))
        return '<' + ' '.join(info) + '>'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_callback_repr(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time on the loop's clock (call_later, call_at)."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __repr__(self):
        r = super().__repr__()
        return r[:-1] + f' when={self._when}>'

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    def __hash__(self):
        return hash(self._when)

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface of event loops (the one implementation is base_events.BaseEventLoop)."""


class AbstractEventLoopPolicy:
    """The interface of event loop policies."""


# The running loop of each thread, by thread id.
_running = {}


def _get_running_loop():
    """The running loop of this thread, or None."""
    return _running.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running.pop(_thread.get_ident(), None)
    else:
        _running[_thread.get_ident()] = loop


def get_running_loop():
    """The running event loop of this thread; RuntimeError if there is none."""
    loop = _running.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread, made on demand only in the main thread."""

    def __init__(self):
        self._loops = {}
        self._set_called = set()

    def get_event_loop(self):
        ident = _thread.get_ident()
        loop = self._loops.get(ident)
        if loop is None:
            if ident in self._set_called or threading.current_thread() is not threading.main_thread():
                raise RuntimeError('There is no current event loop in thread %r.'
                                   % threading.current_thread().name)
            # CPython 3.11 warns at the first line outside asyncio that asked.
            stacklevel = 2
            f = sys._getframe(1)
            while f is not None:
                module = f.f_globals.get('__name__') or ''
                if not (module == 'asyncio' or module.startswith('asyncio.')):
                    break
                f = f.f_back
                stacklevel += 1
            import warnings
            warnings.warn('There is no current event loop', DeprecationWarning, stacklevel=stacklevel)
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        return loop

    def set_event_loop(self, loop):
        ident = _thread.get_ident()
        self._set_called.add(ident)
        if loop is None:
            self._loops.pop(ident, None)
        else:
            self._loops[ident] = loop

    def new_event_loop(self):
        from . import base_events
        return base_events.BaseEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy
_event_loop_policy = None
_policy_lock = threading.Lock()


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        with _policy_lock:
            if _event_loop_policy is None:
                _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else this thread's current loop (the main thread makes one, with a warning)."""
    loop = _running.get(_thread.get_ident())
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


_get_event_loop = get_event_loop


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
