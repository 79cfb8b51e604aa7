"""Futures, executors and the wait()/as_completed() helpers of concurrent.futures.

gilpy's own implementation of the documented API. A Future keeps its state under one Condition; wait()
and as_completed() hang a _Watch on every future they look at, and a future that completes tells each
of its watches (from whatever thread completed it).
"""

import sys as _sys
import threading
from _thread import _monotonic as _clock, _format_exception

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states; the names show in InvalidStateError messages. A future cancelled before it ran is
# CANCELLED until its executor calls set_running_or_notify_cancel(), and only then counts for wait().
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = (
    'PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED')
_SETTLED = (CANCELLED_AND_NOTIFIED, FINISHED)        # what wait() and as_completed() count as done
_ENDED = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)  # what done() says is over


class Error(Exception):
    """Base of this package's own exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


class InvalidStateError(Error):
    """The future's state does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """An executor's worker failed in a way that leaves the executor unusable."""


TimeoutError = TimeoutError   # the built-in one since 3.11


def _log_error(message):
    """Report the exception being handled as CPython's 'concurrent.futures' logger does when unconfigured."""
    logging = _sys.modules.get('logging')
    if logging is not None:
        logging.getLogger('concurrent.futures').exception(message)
        return
    _sys.stderr.write(message + '\n' + _format_exception(_sys.exc_info()[1]))


class _Watch:
    """One wait()/as_completed() call: collects the futures that complete and wakes the caller."""

    def __init__(self, mode):
        self.lock = threading.Lock()
        self.ready = threading.Event()
        self.mode = mode
        self.arrivals = []
        self.outstanding = 0

    def _wake_if_due(self, failed):
        if self.mode in (FIRST_COMPLETED, _AS_COMPLETED) or self.outstanding <= 0 \
                or (failed and self.mode == FIRST_EXCEPTION):
            self.ready.set()

    def arrived(self, future, failed):
        with self.lock:
            self.arrivals.append(future)
            self.outstanding -= 1
            self._wake_if_due(failed)

    def expect(self, count):
        with self.lock:
            self.outstanding += count
            if count == 0 or self.outstanding <= 0:
                self.ready.set()

    def take(self):
        """The futures that arrived since the last take()."""
        with self.lock:
            got, self.arrivals = self.arrivals, []
            self.ready.clear()
            return got


def _attach(futures, mode):
    """Hang a watch on each future not yet settled; returns (watch, settled set, unsettled set)."""
    watch = _Watch(mode)
    settled, unsettled = set(), set()
    for f in futures:
        with f._condition:
            if f._state in _SETTLED:
                settled.add(f)
            else:
                f._watches.append(watch)
                unsettled.add(f)
    watch.expect(len(unsettled))
    return watch, settled, unsettled


def _detach(futures, watch):
    for f in futures:
        with f._condition:
            if watch in f._watches:
                f._watches.remove(watch)


def _failed(f):
    return f._state == FINISHED and f._exception is not None


class DoneAndNotDoneFutures(tuple):
    """wait()'s answer: the pair (done, not_done) of sets of futures."""
    __slots__ = ()
    _fields = ('done', 'not_done')

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0], doc='The futures that completed or were cancelled.')
    not_done = property(lambda self: self[1], doc='The futures still pending or running.')

    def __repr__(self):
        return f'DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})'


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until return_when holds for the futures fs or timeout seconds pass; returns (done, not_done)."""
    fs = set(fs)
    watch, done, rest = _attach(fs, return_when)
    try:
        satisfied = not rest or (return_when == FIRST_COMPLETED and done) \
            or (return_when == FIRST_EXCEPTION and any(map(_failed, done)))
        if not satisfied:
            if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
                raise ValueError(f'Invalid return condition: {return_when!r}')
            watch.ready.wait(timeout)
            done.update(watch.take())
    finally:
        _detach(rest, watch)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures fs as they complete (those already done first); TimeoutError if timeout runs out."""
    end = None if timeout is None else _clock() + timeout
    fs = set(fs)
    watch, done, rest = _attach(fs, _AS_COMPLETED)
    try:
        yield from done
        while rest:
            if end is None:
                watch.ready.wait()
            else:
                left = end - _clock()
                if left < 0 or not watch.ready.wait(left):
                    raise TimeoutError(f'{len(rest)} (of {len(fs)}) futures unfinished')
            for f in watch.take():
                rest.discard(f)
                yield f
    finally:
        _detach(rest, watch)


class Future:
    """The outcome of a call that may not have happened yet."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._state = PENDING
        self._result = self._exception = None
        self._done_callbacks, self._watches = [], []
        self._condition = threading.Condition()

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))

    def __repr__(self):
        with self._condition:
            state = self._state
            if state == FINISHED:
                if self._exception is not None:
                    detail = 'finished raised ' + type(self._exception).__name__
                else:
                    detail = 'finished returned ' + type(self._result).__name__
            else:
                detail = 'cancelled' if state in _ENDED else state.lower()
            return f'<{type(self).__name__} at {id(self):#x} state={detail}>'

    # Queries.
    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call is running (it can no longer be cancelled)."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the call finished or the future was cancelled."""
        with self._condition:
            return self._state in _ENDED

    def _await_end(self, timeout):
        """With the condition held: wait until done; CancelledError/TimeoutError when it does not finish."""
        if self._state not in _ENDED:
            self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds; re-raises the call's exception."""
        with self._condition:
            self._await_end(timeout)
            error = self._exception
            if error is None:
                return self._result
        try:
            raise error
        finally:
            error = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout seconds."""
        with self._condition:
            self._await_end(timeout)
            return self._exception

    # Completion.
    def add_done_callback(self, fn):
        """Call fn(future) once the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in _ENDED:
                self._done_callbacks.append(fn)
                return
        self._call_back(fn)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _log_error(f'exception calling callback for {self!r}')

    def _complete(self, state, failed):
        """With the condition held: enter a final state and wake everyone waiting for it."""
        self._state = state
        if state != CANCELLED:
            for watch in self._watches:
                watch.arrived(self, failed)
        self._condition.notify_all()

    def _run_callbacks(self):
        callbacks, self._done_callbacks = self._done_callbacks, []
        for fn in callbacks:
            self._call_back(fn)

    def cancel(self):
        """Cancel the call unless it is running or done; True if the future is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state == PENDING:
                self._complete(CANCELLED, False)
            else:
                return True
        self._run_callbacks()
        return True

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True), or settle a cancelled one (False)."""
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._complete(CANCELLED_AND_NOTIFIED, False)
                return False
            message = f'Future {id(self)} in unexpected state: {self._state}'
            logging = _sys.modules.get('logging')
            if logging is not None:
                logging.getLogger('concurrent.futures').critical(message)
            else:
                _sys.stderr.write(message + '\n')
            raise RuntimeError('Future in unexpected state')

    def _settle(self, result, exception):
        with self._condition:
            if self._state in _ENDED:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result, self._exception = result, exception
            self._complete(FINISHED, exception is not None)
        self._run_callbacks()

    def set_result(self, result):
        """For executors and tests: finish the future with a value."""
        self._settle(result, None)

    def set_exception(self, exception):
        """For executors and tests: finish the future with an exception."""
        self._settle(None, exception)


def _in_order(futures, end):
    """map()'s results: each future's result in submission order; what is not consumed gets cancelled."""
    taken = 0
    try:
        while taken < len(futures):
            fut = futures[taken]
            futures[taken] = None   # a result handed out is not kept alive by the iterator
            taken += 1
            try:
                value = fut.result(None if end is None else end - _clock())
            except BaseException:
                fut.cancel()
                raise
            del fut
            yield value
    finally:
        for fut in futures[taken:]:
            fut.cancel()


class Executor:
    """Base of the executors: submit() runs a call some time later, map() runs many."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but the calls run on the executor; results come back in order."""
        end = None if timeout is None else _clock() + timeout
        return _in_order([self.submit(fn, *args) for args in zip(*iterables)], end)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources (the base class has none)."""
