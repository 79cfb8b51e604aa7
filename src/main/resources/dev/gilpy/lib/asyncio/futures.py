"""asyncio.Future: a result that will exist later, awaited by tasks (gilpy's own code).

State lives in three fields: _state ('PENDING', 'CANCELLED' or 'FINISHED'), _result and _exception.
Done callbacks are (function, context) pairs; completing the future hands each to loop.call_soon.
gilpy has no finalizers, so a future that ends with an exception registers itself with its loop,
which reports the ones nobody looked at ("... exception was never retrieved") when it closes.
"""
import concurrent.futures as _cf
import contextvars
from types import GenericAlias as _GenericAlias
from . import events
from . import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that behave as asyncio futures (they say so with _asyncio_future_blocking)."""
    return hasattr(type(obj), '_asyncio_future_blocking') and obj._asyncio_future_blocking is not None


def _callbacks_text(pairs):
    names = [events._describe_callable(fn, ()) for fn, _ in pairs]
    if len(names) > 2:
        names = [names[0], f'<{len(names) - 2} more>', names[-1]]
    return 'cb=[' + ', '.join(names) + ']'


class Future:
    """An eventual result: set once (result, exception or cancellation), then its callbacks run."""
    __module__ = '_asyncio'  # where CPython's class lives (its C accelerator): reprs say so

    # A future is awaited by yielding itself to the task; the task sets this back to False once it
    # has subscribed. Being present at class level is what isfuture() looks for.
    _asyncio_future_blocking = False
    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _unretrieved = False

    def __init__(self, *, loop=None):
        # Every field an instance attribute from the start: reads then hit the instance at once.
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        self._state = _PENDING
        self._result = self._exception = self._exception_tb = None
        self._cancel_message = self._cancelled_exc = None
        self._unretrieved = False
        self._asyncio_future_blocking = False

    # ---- state

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def result(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            if self._exception is not None:
                raise self._exception.with_traceback(self._exception_tb)
            return self._result
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Result is not set.')

    def exception(self):
        state = self._state
        if state == _FINISHED:
            self._unretrieved = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise exceptions.InvalidStateError('Exception is not set.')

    @property
    def _log_traceback(self):
        return self._unretrieved

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._unretrieved = False

    def _make_cancelled_error(self):
        """The CancelledError that result()/exception() raise, made once and kept."""
        err = self._cancelled_exc
        if err is not None:
            self._cancelled_exc = None
            return err
        msg = self._cancel_message
        return exceptions.CancelledError() if msg is None else exceptions.CancelledError(msg)

    # ---- completing

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._fire()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._unretrieved = True
        self._loop._note_unretrieved(self)
        self._fire()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._fire()
        return True

    def _fire(self):
        pairs = self._callbacks
        if pairs:
            self._callbacks = []
            soon = self._loop.call_soon
            for fn, ctx in pairs:
                soon(fn, self, context=ctx)

    # ---- callbacks

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        kept = [pair for pair in self._callbacks if pair[0] != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    # ---- awaiting

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    # ---- reporting

    def _state_words(self):
        words = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                words.append(f'exception={self._exception!r}')
            else:
                words.append(f'result={self._result!r}')
        if self._callbacks:
            words.append(_callbacks_text(self._callbacks))
        return words

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + ' '.join(self._state_words()) + '>'

    def _report_unretrieved(self):
        """Called by the loop when it closes: the exception-never-retrieved report, if still due."""
        if not self._unretrieved:
            return
        self._unretrieved = False
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    __class_getitem__ = classmethod(_GenericAlias)


def _get_loop(fut):
    """The loop a future-like object belongs to."""
    getter = getattr(fut, 'get_loop', None)
    if getter is not None:
        return getter()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ---- bridging concurrent.futures.Future and asyncio futures

def _to_asyncio_exc(exc):
    if type(exc) is _cf.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if type(exc) is _cf.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_outcome(src, dst):
    """Gives dst what src ended with (either kind of future); src is done."""
    if src.cancelled():
        dst.cancel()
        return
    if isinstance(dst, _cf.Future) and not dst.set_running_or_notify_cancel():
        return
    exc = src.exception()
    if exc is not None:
        dst.set_exception(_to_asyncio_exc(exc) if isfuture(dst) else exc)
    else:
        dst.set_result(src.result())


def _chain_future(source, destination):
    """Makes destination follow source's outcome, and source follow destination's cancellation."""
    for f in (source, destination):
        if not isfuture(f) and not isinstance(f, _cf.Future):
            raise TypeError('A future is required for source argument' if f is source
                            else 'A future is required for destination argument')
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None

    def in_loop(loop, fn, *args):
        # Each side is touched only from its own loop's thread.
        if loop is None or loop is events._get_running_loop():
            fn(*args)
        elif not loop.is_closed():
            loop.call_soon_threadsafe(fn, *args)

    def settle(src):
        if not destination.done():
            _copy_outcome(src, destination)

    def source_done(src):
        if destination.cancelled() or (dst_loop is not None and dst_loop.is_closed()):
            return
        in_loop(dst_loop, settle, src)

    def destination_done(dst):
        if dst.cancelled():
            in_loop(src_loop, source.cancel)

    destination.add_done_callback(destination_done)
    source.add_done_callback(source_done)


def wrap_future(future, *, loop=None):
    """An asyncio future following a concurrent.futures.Future (returned as is if already asyncio's)."""
    if isfuture(future):
        return future
    if not isinstance(future, _cf.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    mirror = loop.create_future()
    _chain_future(future, mirror)
    return mirror
