"""asyncio.Task and the functions that combine awaitables (gilpy's own code).

A Task drives one coroutine: each step sends into it (or throws into it) inside the task's context.
What the coroutine yields decides what happens next: None (a bare yield, as sleep(0) does) asks
for another step at once; a pending future makes the task sleep until that future's done callback
wakes it up.
"""
import collections
import collections.abc
import concurrent.futures
import contextvars
import itertools
import sys
from . import events
from . import exceptions
from . import futures
from .futures import _PENDING, _FINISHED

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
           'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'run_coroutine_threadsafe', 'current_task', 'all_tasks',
           '_register_task', '_unregister_task', '_enter_task', '_leave_task')

FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED

_Future = futures.Future
_copy_context = contextvars.copy_context
_next_task_number = itertools.count(1).__next__

# Tasks not finished yet (a task leaves when it ends), and the task each loop is running now.
_live_tasks = set()
_running_task = {}


# ---- coroutines

async def _probe():
    pass


def _gen_probe():
    yield


_probe_coro = _probe()
_known_coroutine_types = {type(_probe_coro), type(_gen_probe())}
_probe_coro.close()
del _probe_coro
_generator_type = type(_gen_probe())


def _iscoroutine(obj):
    """True for coroutines, generators and objects registered as collections.abc.Coroutine."""
    kind = type(obj)
    if kind in _known_coroutine_types:
        return True
    if isinstance(obj, collections.abc.Coroutine):
        if len(_known_coroutine_types) < 100:
            _known_coroutine_types.add(kind)
        return True
    return False


def _code_place(code):
    return f'{code.co_filename}:{code.co_firstlineno}'


def _coro_text(coro):
    """A coroutine as task reprs show it: 'name() running at file:line' or 'name() done, defined at ...'."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if code is None:
        return f'{name}()'
    if frame is not None:
        return f'{name}() running at {code.co_filename}:{frame.f_lineno}'
    return f'{name}() done, defined at {_code_place(code)}'


# ---- Task

class Task(_Future):
    """Runs a coroutine on the loop; a Future whose result is the coroutine's."""
    __module__ = '_asyncio'

    _must_cancel = False
    _fut_waiter = None
    _coro = None
    _num_cancels_requested = 0
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        _Future.__init__(self, loop=loop)
        if not _iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        number = _next_task_number()  # taken by named tasks too, as CPython does
        self._name = f'Task-{number}' if name is None else str(name)
        self._context = _copy_context() if context is None else context
        # Bound once: every step and every wake-up hands these to the loop.
        self._step_now = self._step
        self._wake_me = self.task_wakeup
        # One handle serves every step scheduled at once (a task has at most one step pending).
        self._step_handle = self._loop.call_soon(self._step_now, context=self._context)
        _live_tasks.add(self)

    def __repr__(self):
        words = self._state_words()
        if self._state == _PENDING and self._num_cancels_requested > 0:
            words[0] = 'cancelling'
        words.insert(1, f'name={self._name!r}')
        words.insert(2, f'coro=<{_coro_text(self._coro)}>')
        if self._fut_waiter is not None:
            words.append(f'wait_for={self._fut_waiter!r}')
        return '<' + type(self).__name__ + ' ' + ' '.join(words) + '>'

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def set_name(self, value):
        self._name = str(value)

    def get_name(self):
        return self._name

    # A task's outcome is its coroutine's: nobody else may set it.
    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    # ---- cancellation

    def cancel(self, msg=None):
        """Asks the coroutine to stop: CancelledError is thrown into it at its next step."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The waiter's done callback wakes us with its CancelledError.
            return True
        self._cancel_message = msg
        self._must_cancel = True
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # ---- stepping

    def _step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        other = _running_task.get(loop)
        if other is not None:
            raise RuntimeError(f'Cannot enter into task {self!r} while another task {other!r} is being executed.')
        _running_task[loop] = self
        try:
            if exc is None:
                out = self._coro.send(None)
            else:
                out = self._coro.throw(exc)
        except StopIteration as stop:
            _live_tasks.discard(self)
            if self._must_cancel:
                # cancel() came while the coroutine was finishing: it ends cancelled all the same.
                self._must_cancel = False
                _Future.cancel(self, msg=self._cancel_message)
            else:
                _Future.set_result(self, stop.value)
        except exceptions.CancelledError as err:
            _live_tasks.discard(self)
            self._cancelled_exc = err
            _Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as err:
            _live_tasks.discard(self)
            _Future.set_exception(self, err)
            raise
        except BaseException as err:
            _live_tasks.discard(self)
            _Future.set_exception(self, err)
        else:
            if out is None:
                loop._ready.append(self._step_handle)
            else:
                self._await_yielded(out)
        finally:
            del _running_task[loop]

    def _await_yielded(self, out):
        """The coroutine yielded something other than None: subscribe to it if it is a future."""
        blocking = getattr(out, '_asyncio_future_blocking', None)
        problem = None
        if blocking is None:
            if type(out) is _generator_type:
                problem = f'yield was used instead of yield from for generator in task {self!r} with {out!r}'
            else:
                problem = f'Task got bad yield: {out!r}'
        elif futures._get_loop(out) is not self._loop:
            problem = f'Task {self!r} got Future {out!r} attached to a different loop'
        elif not blocking:
            problem = f'yield was used instead of yield from in task {self!r} with {out!r}'
        elif out is self:
            problem = f'Task cannot await on itself: {self!r}'
        if problem is not None:
            self._loop.call_soon(self._step, RuntimeError(problem), context=self._context)
            return
        out._asyncio_future_blocking = False
        out.add_done_callback(self._wake_me, context=self._context)
        self._fut_waiter = out
        if self._must_cancel and out.cancel(msg=self._cancel_message):
            self._must_cancel = False

    def task_wakeup(self, awaited):
        """The done callback of the future the coroutine waits for: the next step, with its outcome."""
        try:
            awaited.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    task_wakeup._shown_as = 'Task.task_wakeup'

    # ---- stacks

    def get_stack(self, *, limit=None):
        """The coroutine's suspended frame, or the frames of the exception it ended with."""
        frames = []
        frame = getattr(self._coro, 'cr_frame', None) or getattr(self._coro, 'gi_frame', None)
        if frame is not None:
            while frame is not None and (limit is None or len(frames) < max(limit, 0)):
                frames.append(frame)
                frame = frame.f_back
            frames.reverse()
        elif self._exception is not None:
            tb = self._exception.__traceback__
            while tb is not None:
                frames.append(tb.tb_frame)
                tb = tb.tb_next
            if limit is not None:
                frames = frames[-limit:] if limit > 0 else []
        return frames

    def print_stack(self, *, limit=None, file=None):
        import linecache
        out = sys.stderr if file is None else file
        frames = self.get_stack(limit=limit)
        if not frames:
            print(f'No stack for {self!r}', file=out)
        elif self._exception is not None:
            print(f'Traceback for {self!r} (most recent call last):', file=out)
        else:
            print(f'Stack for {self!r} (most recent call last):', file=out)
        for frame in frames:
            code = frame.f_code
            print(f'  File "{code.co_filename}", line {frame.f_lineno}, in {code.co_name}', file=out)
            text = linecache.getline(code.co_filename, frame.f_lineno).strip()
            if text:
                print(f'    {text}', file=out)
        if self._exception is not None and frames:
            exc = self._exception
            text = str(exc)
            print(f'{type(exc).__name__}: {text}' if text else type(exc).__name__, file=out)


def create_task(coro, *, name=None, context=None):
    """Schedules the coroutine on the running loop as a Task."""
    loop = events.get_running_loop()
    if context is None:
        return loop.create_task(coro, name=name)
    return loop.create_task(coro, name=name, context=context)


def current_task(loop=None):
    """The task the loop is running right now (None between tasks)."""
    if loop is None:
        loop = events.get_running_loop()
    return _running_task.get(loop)


def all_tasks(loop=None):
    """The loop's tasks that have not finished."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_live_tasks) if t._loop is loop and not t.done()}


def _register_task(task):
    _live_tasks.add(task)


def _unregister_task(task):
    _live_tasks.discard(task)


def _enter_task(loop, task):
    other = _running_task.get(loop)
    if other is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {other!r} is being executed.')
    _running_task[loop] = task


def _leave_task(loop, task):
    other = _running_task.get(loop)
    if other is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {other!r}.')
    del _running_task[loop]


# ---- turning awaitables into futures

async def _await_it(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    """A future for the argument: itself if it is one, else a Task running it."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and loop is not futures._get_loop(obj):
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return obj
    if not _iscoroutine(obj):
        if not hasattr(obj, '__await__'):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _await_it(obj)
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(obj)


# ---- sleep

class _OneTurn(tuple):
    """Awaiting it yields None once: the task gives the other ready callbacks a turn."""
    __slots__ = ()
    # The await is tuple iteration over (None,): no Python frame of its own.
    __await__ = tuple.__iter__


_one_turn = _OneTurn((None,))


async def sleep(delay, result=None):
    """Suspends the task for delay seconds (0: just one turn of the loop), then returns result."""
    if delay <= 0:
        await _one_turn
        return result
    loop = events.get_running_loop()
    fut = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        timer.cancel()


# ---- gather

class _GatheringFuture(_Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        _Future.__init__(self, loop=loop)
        self._cancel_requested = False
        self._children = children

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        any_cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                any_cancelled = True
        if any_cancelled:
            # gather's outcome becomes a CancelledError even if the children catch theirs.
            self._cancel_requested = True
        return any_cancelled


def _cancelled_as_exception(fut):
    msg = fut._cancel_message
    return exceptions.CancelledError('' if msg is None else msg)


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; a future of their results, in argument order."""
    if not coros_or_futures:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer

    by_arg = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        fut = by_arg.get(arg) if not futures.isfuture(arg) else None
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A coroutine given twice runs once (a future passed in stays the caller's).
                fut._log_destroy_pending = False
            by_arg[arg] = fut
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    remaining = [len(by_arg)]

    def child_done(fut):
        remaining[0] -= 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # seen: no "never retrieved" report for it
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if remaining[0]:
            return
        results = []
        for child in children:
            if child.cancelled():
                results.append(_cancelled_as_exception(child))
            else:
                exc = child.exception()
                results.append(child.result() if exc is None else exc)
        if outer._cancel_requested:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(child_done)
    return outer


# ---- shield

def shield(arg):
    """A future that follows arg's outcome but whose cancellation does not reach arg."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # seen, so never reported
        elif inner.cancelled():
            outer.cancel()
        else:
            inner_settled(inner)

    def inner_settled(inner):
        exc = inner.exception()
        if exc is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(exc)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


# ---- wait, wait_for, as_completed

def _wake(waiter, *ignored):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures/tasks in fs; returns the sets (done, pending)."""
    if futures.isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(_iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return await _wait_until(fs, timeout, return_when, loop)


async def _wait_until(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, waiter)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            _wake(waiter)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def _cancel_and_wait(fut):
    """Cancels fut and waits until it has really finished."""
    loop = futures._get_loop(fut)
    finished = loop.create_future()
    wake_finished = lambda f: _wake(finished)
    fut.add_done_callback(wake_finished)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(wake_finished)


async def wait_for(fut, timeout):
    """Awaits fut, cancelling it (and raising TimeoutError) if it takes longer than timeout seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _wake, waiter)
    wake_waiter = lambda f: _wake(waiter)
    fut.add_done_callback(wake_waiter)
    cancelled = None
    try:
        await waiter
    except exceptions.CancelledError as err:
        cancelled = err
    finally:
        timer.cancel()
    if fut.done():
        return fut.result()
    fut.remove_done_callback(wake_waiter)
    # Whether we were cancelled or time is up, fut must not go on running after wait_for ends.
    await _cancel_and_wait(fut)
    if cancelled is not None:
        raise cancelled
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise TimeoutError() from exc


def as_completed(fs, *, timeout=None):
    """Yields awaitables giving the results of fs in the order they finish."""
    if futures.isfuture(fs) or _iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = events._get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = collections.deque()
    waiters = collections.deque()
    timer = None

    def one_done(f):
        if f not in pending:
            return
        pending.discard(f)
        finished.append(f)
        if waiters:
            _wake(waiters.popleft())
        if not pending and timer is not None:
            timer.cancel()

    def time_is_up():
        for f in pending:
            f.remove_done_callback(one_done)
            finished.append(None)  # None: this awaitable raises TimeoutError
        pending.clear()
        while waiters:
            _wake(waiters.popleft())

    async def next_result():
        if not finished:
            waiter = loop.create_future()
            waiters.append(waiter)
            await waiter
        f = finished.popleft()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in pending:
        f.add_done_callback(one_done)
    if pending and timeout is not None:
        timer = loop.call_later(timeout, time_is_up)
    for _ in range(len(pending)):
        yield next_result()



# ---- other threads

def run_coroutine_threadsafe(coro, loop):
    """Schedules the coroutine on loop (running in another thread); a concurrent.futures.Future of its result."""
    if not _iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def start():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if result.set_running_or_notify_cancel():
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return result
