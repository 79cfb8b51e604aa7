"""The event loop (CPython 3.11: asyncio/base_events.py), written for gilpy.

It runs ready callbacks in order, moves timers whose time has come to the ready queue, and when there
is nothing to do it blocks on a condition variable until the next timer is due or another thread calls
call_soon_threadsafe: an idle loop uses no CPU. Its clock is time.monotonic(), which under
`gilpy --sched SEED` is the deterministic scheduler's virtual clock, so sleeps return at once and a run
repeats exactly for a seed.
"""
import sys
import threading
import time
import _thread
from _thread import _format_exception
from . import events
from . import exceptions
from . import futures
from . import tasks

__all__ = ('BaseEventLoop',)

# The longest single wait (CPython caps its selector timeout at one day).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if item._when < heap[parent]._when:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right]._when < heap[child]._when:
            child = right
        if heap[child]._when < last._when:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return top


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return  # run_until_complete() re-raises it
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        # Ready callbacks in order; _run_once takes the whole list, so what they schedule runs next time.
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._default_executor = None
        self._exception_handler = None
        self._debug = False
        self._unretrieved = []
        self._task_count = 0
        self._task_factory = None
        # Wake-ups from other threads: a flag under a condition variable (no lost wake-ups, no polling).
        # (reentrant: Ctrl-C's handler runs call_soon_threadsafe in the loop's own thread).
        self._wakeup = threading.Condition(threading.RLock())
        self._woken = False
        self._from_threads = []
        self._executor_shutdown_called = False
        # Async generators iterated while this loop ran (given by sys's firstiter hook), for
        # shutdown_asyncgens. Held strongly: the JVM never tells us that one was collected, so closing
        # them at shutdown is how their finally blocks run.
        self._asyncgens = set()
        self._asyncgens_prune_at = 1024
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- scheduling callbacks

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        with self._wakeup:
            self._from_threads.append(handle)
            self._woken = True
            self._wakeup.notify()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _write_to_self(self):
        with self._wakeup:
            self._woken = True
            self._wakeup.notify()

    # ---- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)  # the factory signature before 3.11
        else:
            task = self._task_factory(self, coro, context=context)
        if name is not None:
            try:
                set_name = task.set_name
            except AttributeError:
                import warnings
                warnings.warn("Task.set_name() was added in Python 3.8, the method support will be "
                              "mandatory for third-party task implementations since 3.13.",
                              DeprecationWarning, stacklevel=3)
            else:
                set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _note_unretrieved(self, fut):
        self._unretrieved.append(fut)

    # ---- running

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _thread.get_ident()
        old_agen_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # it is raised here: not "never retrieved"
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._report_unretrieved()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _report_unretrieved(self):
        pending = self._unretrieved
        self._unretrieved = []
        for fut in pending:
            fut._report_unretrieved()

    def _run_once(self):
        """One iteration: wait for the next timer or a wake-up, then run what is ready."""
        scheduled = self._scheduled
        if self._timer_cancelled_count > len(scheduled) // 2 and self._timer_cancelled_count > 100:
            kept = [h for h in scheduled if not h._cancelled]
            for h in scheduled:
                if h._cancelled:
                    h._scheduled = False
            kept.sort(key=lambda h: h._when)
            scheduled[:] = kept
            self._timer_cancelled_count = 0
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            _heappop(scheduled)._scheduled = False

        ready = self._ready
        if not (ready or self._stopping or self._woken):
            timeout = None
            if scheduled:
                timeout = min(max(0, scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
            if timeout != 0:
                with self._wakeup:
                    if not self._woken:
                        self._wakeup.wait(timeout)
        if self._woken:
            with self._wakeup:
                self._woken = False
                ready.extend(self._from_threads)
                self._from_threads = []

        if scheduled:
            end_time = self.time()
            while scheduled:
                handle = scheduled[0]
                if handle._when > end_time:
                    break
                handle = _heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

        if ready:
            self._ready = []
            for handle in ready:
                if not handle._cancelled:
                    handle._run()

    # ---- executors

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens.add(agen)
        if len(self._asyncgens) >= self._asyncgens_prune_at:
            # Drop the finished ones now and then, so a loop that makes many keeps few.
            self._asyncgens = {ag for ag in self._asyncgens if ag.ag_frame is not None}
            self._asyncgens_prune_at = max(1024, 2 * len(self._asyncgens))

    async def shutdown_asyncgens(self):
        """Closes every async generator still suspended (their finally blocks run), together."""
        self._asyncgens_shutdown_called = True
        closing_agens = [ag for ag in self._asyncgens if ag.ag_frame is not None]
        self._asyncgens.clear()
        if not closing_agens:
            return
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()

        def shutdown():
            try:
                self._default_executor.shutdown(wait=True)
                if not self.is_closed():
                    self.call_soon_threadsafe(future.set_result, None)
            except Exception as ex:
                if not self.is_closed():
                    self.call_soon_threadsafe(future.set_exception, ex)

        thread = threading.Thread(target=shutdown)
        thread.start()
        try:
            await future
        finally:
            thread.join()

    # ---- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Writes the message, the context's other items and the exception's traceback to stderr
        (CPython logs them on the 'asyncio' logger, which shows just that)."""
        message = context.get('message') or 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines) + '\n'
        exc = context.get('exception')
        if exc is not None:
            text += _format_exception(exc)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                sys.stderr.write('Exception in default exception handler\n')
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    sys.stderr.write('Exception in default exception handler\n')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
