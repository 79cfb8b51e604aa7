"""gilpy's event loop: a ready queue, a timer heap, and a condition variable to sleep on.

Each turn runs the callbacks that were ready when it began (what they schedule waits for the next
turn), after moving the timers that are due into the ready queue. With nothing ready, the loop
blocks on its condition until the earliest timer is due or another thread hands it a callback
(call_soon_threadsafe), so an idle loop uses no CPU. The clock is time.monotonic(), which under
`gilpy --sched SEED` is the scheduler's virtual clock: sleeps end at once and runs repeat by seed.
"""
import heapq
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

_monotonic = time.monotonic
_Handle = events.Handle
_TimerHandle = events.TimerHandle
# A wait longer than a day is cut into pieces (the timer is still there when we wake).
_LONGEST_WAIT = 86400.0


def _stop_when_done(fut):
    """run_until_complete's callback: the future is done, so the loop can stop."""
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return  # the exception is on its way out of run_forever already
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):
    """The event loop asyncio.run() and new_event_loop() give in gilpy."""

    def __init__(self):
        # Ready handles, in order. A turn takes the whole list, so what runs during it waits for the
        # next turn. Other threads add theirs to _from_threads under _wake (never to _ready, which
        # may be swapped out under them).
        self._ready = []
        self._from_threads = []
        self._timers = []                  # heap of (when, sequence, TimerHandle)
        self._timer_seq = 0
        self._dead_timers = 0              # cancelled handles still in the heap
        self._wake = threading.Condition(threading.RLock())
        self._nudged = False               # set by other threads under _wake
        self._stopping = False
        self._closed = False
        self._owner = None                 # the thread running run_forever
        self._debug = False
        self._task_factory = None
        self._exception_handler = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._unretrieved = []              # futures that ended with an exception (see futures.py)
        self._unretrieved_prune_at = 1024
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def time(self):
        return _monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    # ---- scheduling

    def call_soon(self, callback, *args, context=None):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = _Handle(callback, args, self, context)
        with self._wake:
            self._from_threads.append(handle)
            self._nudged = True
            self._wake.notify()
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(_monotonic() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = _TimerHandle(when, callback, args, self, context)
        self._timer_seq += 1
        heapq.heappush(self._timers, (when, self._timer_seq, timer))
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._dead_timers += 1

    def _write_to_self(self):
        """Wakes the loop if it sleeps (safe from any thread, and from a signal handler)."""
        with self._wake:
            self._nudged = True
            self._wake.notify()

    # ---- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        task = factory(self, coro) if context is None else factory(self, coro, context=context)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _note_unretrieved(self, fut):
        due = self._unretrieved
        due.append(fut)
        if len(due) >= self._unretrieved_prune_at:
            # A long-lived loop sees many exceptions that are retrieved: keep only the ones still due.
            due[:] = [f for f in due if f._unretrieved]
            self._unretrieved_prune_at = max(1024, 2 * len(due))

    # ---- running

    def is_running(self):
        return self._owner is not None

    def is_closed(self):
        return self._closed

    def run_forever(self):
        self._check_closed()
        if self._owner is not None:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._owner = _thread.get_ident()
        saved_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._stopping = False
            self._owner = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        if self._owner is not None:
            raise RuntimeError('This event loop is already running')
        made_here = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if made_here:
            future._log_destroy_pending = False
        future.add_done_callback(_stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if made_here and future.done() and not future.cancelled():
                future.exception()  # the caller sees it raised: not "never retrieved"
            raise
        finally:
            future.remove_done_callback(_stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._owner is not None:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        self._dead_timers = 0
        self._report_unretrieved()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _report_unretrieved(self):
        due, self._unretrieved = self._unretrieved, []
        for fut in due:
            fut._report_unretrieved()

    def _drop_dead_timers(self):
        timers = self._timers
        if self._dead_timers > 100 and self._dead_timers * 2 > len(timers):
            kept = []
            for entry in timers:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            timers[:] = kept
            self._dead_timers = 0
            return
        while timers and timers[0][2]._cancelled:
            heapq.heappop(timers)[2]._scheduled = False
            self._dead_timers -= 1

    def _run_once(self):
        """One turn: sleep if there is nothing to do, take the due timers, run what is ready."""
        timers = self._timers
        if timers:
            self._drop_dead_timers()
        if not self._ready and not self._stopping:
            wait = None
            if timers:
                wait = min(max(0.0, timers[0][0] - _monotonic()), _LONGEST_WAIT)
            if wait != 0:
                with self._wake:
                    if not self._nudged:
                        self._wake.wait(wait)
        if self._nudged:
            with self._wake:
                self._nudged = False
                self._ready += self._from_threads
                self._from_threads = []
        ready = self._ready
        if timers:
            now = _monotonic()
            while timers and timers[0][0] <= now:
                timer = heapq.heappop(timers)[2]
                timer._scheduled = False
                ready.append(timer)
        if not ready:
            return
        self._ready = []
        for handle in ready:
            if handle._cancelled:
                continue
            try:
                handle._context.run(handle._callback, *handle._args)
            except (SystemExit, KeyboardInterrupt):
                # Stopping here: the handles not run yet stay for a later run_forever.
                at = next(i for i, h in enumerate(ready) if h is handle)
                self._ready[:0] = ready[at + 1:]
                raise
            except BaseException as exc:
                self.call_exception_handler({
                    'message': f'Exception in callback {events._describe_callable(handle._callback, handle._args)}',
                    'exception': exc,
                    'handle': handle,
                })

    # ---- executors

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Waits, off the loop, until the default executor's threads have ended."""
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        finished = self.create_future()

        def join_workers():
            try:
                executor.shutdown(wait=True)
            except Exception as exc:
                outcome = (finished.set_exception, exc)
            else:
                outcome = (finished.set_result, None)
            if not self.is_closed():
                self.call_soon_threadsafe(*outcome)

        joiner = threading.Thread(target=join_workers)
        joiner.start()
        try:
            await finished
        finally:
            joiner.join()

    # ---- async generators

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(f'asynchronous generator {agen!r} was scheduled after loop.shutdown_asyncgens() call',
                          ResourceWarning, source=self)
        # Held strongly: the JVM never says when one is collected, so shutdown_asyncgens is where
        # their finally blocks run. Finished ones are dropped now and then.
        gens = self._asyncgens
        gens.add(agen)
        if len(gens) >= 1024 and len(gens) & 1023 == 0:
            self._asyncgens = {g for g in gens if g.ag_frame is not None}

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self._closed:
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """Closes the async generators still suspended (their finally blocks run), all together."""
        self._asyncgens_shutdown_called = True
        open_gens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens = set()
        if not open_gens:
            return
        outcomes = await tasks.gather(*(g.aclose() for g in open_gens), return_exceptions=True)
        for agen, outcome in zip(open_gens, outcomes):
            if isinstance(outcome, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': outcome,
                    'asyncgen': agen,
                })

    # ---- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Writes what CPython's 'asyncio' logger shows: the message, the other entries, the traceback."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines += [f'{key}: {context[key]!r}' for key in sorted(context) if key not in ('message', 'exception')]
        text = '\n'.join(lines) + '\n'
        exc = context.get('exception')
        if exc is not None:
            text += _format_exception(exc)
        sys.stderr.write(text)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        try:
            if handler is None:
                self.default_exception_handler(context)
                return
            try:
                handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({'message': 'Unhandled error in exception handler',
                                                'exception': exc, 'context': context})
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            sys.stderr.write('Exception in default exception handler\n')

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
