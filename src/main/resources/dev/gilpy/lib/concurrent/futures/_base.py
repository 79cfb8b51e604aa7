"""Futures, executors' common base, wait() and as_completed(), written for gilpy from the
documented behaviour of CPython 3.11's concurrent.futures."""
import threading
import sys as _sys
from _thread import _monotonic as _time, _format_exception

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _report_callback_error(future):
    exc = _sys.exception()
    _sys.stderr.write(f"exception calling callback for {future!r}\n{_format_exception(exc)}")


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode, pending_count):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self.mode = mode
        self.pending = pending_count

    def _add(self, future, failed):
        with self.lock:
            self.finished_futures += [future]
            self.pending -= 1
            if (self.mode == _AS_COMPLETED or self.mode == FIRST_COMPLETED or self.pending <= 0
                    or (self.mode == FIRST_EXCEPTION and failed)):
                self.event.set()

    def add_result(self, future):
        self._add(future, False)

    def add_exception(self, future):
        self._add(future, True)

    def add_cancelled(self, future):
        self._add(future, False)


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            f._waiters = [w for w in f._waiters if w is not waiter]


def _unique(fs):
    seen = {}
    out = []
    for f in fs:
        if f not in seen:
            seen[f] = True
            out += [f]
    return out


def _install(fs, waiter):
    """Adds waiter to every unfinished future; returns the futures already finished."""
    done = []
    for f in fs:
        with f._condition:
            if f._state == CANCELLED_AND_NOTIFIED or f._state == FINISHED:
                done += [f]
            else:
                f._waiters += [waiter]
    return done


def as_completed(fs, timeout=None):
    """Yields the futures of fs as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + _time()
    fs = _unique(fs)
    total = len(fs)
    waiter = _Waiter(_AS_COMPLETED, total)
    finished = _install(fs, waiter)
    yielded = {}
    try:
        for f in finished:
            yielded[f] = True
            yield f
        while len(yielded) < total:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - _time()
                if wait_timeout < 0:
                    raise TimeoutError(f"{total - len(yielded)} (of {total}) futures unfinished")
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in finished:
                if f not in yielded:
                    yielded[f] = True
                    yield f
    finally:
        _remove_waiter(fs, waiter)


class DoneAndNotDoneFutures:
    """wait()'s result: (done, not_done), two sets of futures."""

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self.done!r}, not_done={self.not_done!r})"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns (done, not_done) sets according to return_when."""
    fs = _unique(fs)

    def split():
        done = {f for f in fs if f._state == CANCELLED_AND_NOTIFIED or f._state == FINISHED}
        not_done = {f for f in fs if not (f._state == CANCELLED_AND_NOTIFIED or f._state == FINISHED)}
        return DoneAndNotDoneFutures(done, not_done)

    waiter = _Waiter(return_when, len(fs))
    finished = _install(fs, waiter)
    waiter.pending -= len(finished)
    try:
        if return_when == FIRST_COMPLETED and finished:
            return split()
        if return_when == FIRST_EXCEPTION:
            for f in finished:
                if not f.cancelled() and f._exception is not None:
                    return split()
        if len(finished) == len(fs):
            return split()
        waiter.event.wait(timeout)
        return split()
    finally:
        _remove_waiter(fs, waiter)


class Future:
    """The eventual result of a call."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def __repr__(self):
        with self._condition:
            name = type(self).__name__
            if self._state == FINISHED:
                if self._exception is not None:
                    return (f"<{name} at {hex(id(self))} state=finished raised "
                            f"{type(self._exception).__name__}>")
                return f"<{name} at {hex(id(self))} state=finished returned {type(self._result).__name__}>"
            return f"<{name} at {hex(id(self))} state={_STATE_TO_DESCRIPTION_MAP[self._state]}>"

    def cancel(self):
        with self._condition:
            if self._state == RUNNING or self._state == FINISHED:
                return False
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED or self._state == FINISHED

    def __get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if not (self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED
                    or self._state == FINISHED):
                self._done_callbacks += [fn]
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def _wait_done(self, timeout):
        if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if self._state == FINISHED:
            return True
        self._condition.wait(timeout)
        if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
            raise CancelledError()
        if self._state == FINISHED:
            return True
        raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self.__get_result()

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED or self._state == FINISHED:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED or self._state == FINISHED:
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class Executor:
    """Base of the executors: submit() is theirs; map(), shutdown() and with come from here."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            i = 0
            try:
                while i < len(fs):
                    f = fs[i]
                    fs[i] = None
                    i += 1
                    if timeout is None:
                        yield f.result()
                    else:
                        yield f.result(end_time - _time())
            finally:
                for f in fs:
                    if f is not None:
                        f.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
