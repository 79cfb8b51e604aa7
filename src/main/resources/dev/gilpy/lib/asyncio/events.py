"""Callback handles, the running loop of each thread, and event loop policies (gilpy's own code).

A Handle is one scheduled call; the loop runs it inside the contextvars.Context it was given.
The running loop lives in a thread-local slot, so get_running_loop() is one attribute read.
"""
import contextvars
import functools
import threading
import _thread

# CPython's list without the server and child-watcher names (gilpy's loop has no sockets or
# subprocesses), plus DefaultEventLoopPolicy, which CPython exports from its platform module.
__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop',
           'DefaultEventLoopPolicy')


def _callable_parts(fn):
    """(text, where): the callable's name (with a partial's arguments) and ' at file:line' or ''."""
    if isinstance(fn, functools.partial):
        text, where = _callable_parts(fn.func)
        shown = [repr(a) for a in fn.args] + [f'{k}={v!r}' for k, v in fn.keywords.items()]
        return f"{text}({', '.join(shown)})", where
    func = getattr(fn, '__func__', fn)
    shown_as = getattr(func, '_shown_as', None)
    if shown_as is not None:
        return shown_as, ''  # a method CPython implements in C: no place shown
    text = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    code = getattr(func, '__code__', None)
    return text, ('' if code is None else f' at {code.co_filename}:{code.co_firstlineno}')


def _describe_callable(fn, args=None):
    """How reprs show a callback: name, the partial's arguments, its own arguments, where defined."""
    text, where = _callable_parts(fn)
    if args is not None:
        text += '(' + ', '.join(repr(a) for a in args) + ')'
    return text + where


class Handle:
    """A callback with its arguments, waiting in a loop's ready queue."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '_repr', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._repr = None
        self._context = contextvars.copy_context() if context is None else context

    def _parts(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        elif self._callback is not None:
            parts.append(_describe_callable(self._callback, self._args))
        return parts

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._parts()) + '>'

    def get_context(self):
        return self._context

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if not self._cancelled:
            # The repr stays what it was in debug mode; otherwise it just says 'cancelled'.
            self._repr = repr(self) if self._loop.get_debug() else None
            self._cancelled = True
            self._callback = self._args = None

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_describe_callable(callback, args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A Handle due at a given loop time; ordered by that time in the loop's heap."""
    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _parts(self):
        parts = Handle._parts(self)
        parts.insert(2 if self._cancelled else 1, f'when={self._when}')
        return parts

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when, self._callback, self._args, self._cancelled) == \
               (other._when, other._callback, other._args, other._cancelled)

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self._when <= other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self._when >= other._when if isinstance(other, TimerHandle) else NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


class AbstractEventLoop:
    """The interface event loops provide; BaseEventLoop is gilpy's implementation."""

    def run_forever(self):
        """See BaseEventLoop.run_forever."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """See BaseEventLoop.run_until_complete."""
        raise NotImplementedError

    def stop(self):
        """See BaseEventLoop.stop."""
        raise NotImplementedError

    def is_running(self):
        """See BaseEventLoop.is_running."""
        raise NotImplementedError

    def is_closed(self):
        """See BaseEventLoop.is_closed."""
        raise NotImplementedError

    def close(self):
        """See BaseEventLoop.close."""
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        """See BaseEventLoop.call_soon."""
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        """See BaseEventLoop.call_later."""
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        """See BaseEventLoop.call_at."""
        raise NotImplementedError

    def time(self):
        """See BaseEventLoop.time."""
        raise NotImplementedError

    def create_future(self):
        """See BaseEventLoop.create_future."""
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        """See BaseEventLoop.create_task."""
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() gives and how new ones are made."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


# ---- the loop running in this thread

_this_thread = _thread._local()


def _get_running_loop():
    """The loop running in this thread, or None."""
    return getattr(_this_thread, 'loop', None)


def _set_running_loop(loop):
    _this_thread.loop = loop


def get_running_loop():
    """The loop running in this thread; RuntimeError when there is none."""
    loop = getattr(_this_thread, 'loop', None)
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


# ---- policies

class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread, made on demand in the main thread only."""

    def __init__(self):
        self._per_thread = {}
        self._set_by_call = set()

    def get_event_loop(self):
        me = _thread.get_ident()
        loop = self._per_thread.get(me)
        if loop is None and me not in self._set_by_call and threading.current_thread() is threading.main_thread():
            # 3.11.7 makes the main thread's first loop here, silently.
            loop = self.new_event_loop()
            self.set_event_loop(loop)
        if loop is None:
            raise RuntimeError(f'There is no current event loop in thread {threading.current_thread().name!r}.')
        return loop

    def set_event_loop(self, loop):
        me = _thread.get_ident()
        self._set_by_call.add(me)
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        if loop is None:
            self._per_thread.pop(me, None)
        else:
            self._per_thread[me] = loop

    def new_event_loop(self):
        from .base_events import BaseEventLoop
        return BaseEventLoop()


DefaultEventLoopPolicy = BaseDefaultEventLoopPolicy

_policy = None
_policy_guard = threading.Lock()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        with _policy_guard:
            if _policy is None:
                _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def get_event_loop():
    """The running loop if there is one, else the policy's loop for this thread."""
    loop = getattr(_this_thread, 'loop', None)
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    return get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()

