"""asyncio.run() and asyncio.Runner (gilpy's own code).

A Runner owns one loop for several run() calls. Closing it cancels the tasks still pending, lets
them finish, closes async generators and the default executor, then closes the loop. While a
run() is in progress in the main thread, the first Ctrl-C cancels the main task (so its
finally blocks run) and ends the run with KeyboardInterrupt; a second one raises at once.
"""
import contextvars
import signal
import threading
from . import events
from . import exceptions
from . import tasks

__all__ = ('Runner', 'run')


class Runner:
    """A context manager that runs coroutines on one event loop, closing it on exit."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._phase = 'created'          # 'created' -> 'initialized' -> 'closed'
        self._interrupt_count = 0
        self._own_loop_set = False

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def close(self):
        if self._phase != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._own_loop_set:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'

    def _ensure_loop(self):
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._phase == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if threading.current_thread() is threading.main_thread():
                # Only the main thread's current loop is ours to set (others may have their own).
                events.set_event_loop(self._loop)
                self._own_loop_set = True
        else:
            self._loop = self._loop_factory()
        self._context = contextvars.copy_context()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._phase = 'initialized'

    def run(self, coro, *, context=None):
        """Runs the coroutine to its end on the runner's loop and returns its result."""
        if not tasks._iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._ensure_loop()
        loop = self._loop
        task = loop.create_task(coro, context=self._context if context is None else context)

        on_sigint = None
        if threading.current_thread() is threading.main_thread() \
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            on_sigint = lambda signum, frame: self._interrupted(task)
            signal.signal(signal.SIGINT, on_sigint)
        self._interrupt_count = 0
        try:
            return loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._interrupt_count and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _interrupted(self, main_task):
        self._interrupt_count += 1
        if self._interrupt_count > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        self._loop.call_soon_threadsafe(_nothing)


def _nothing():
    pass


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop, closes the loop, and returns main's result."""
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    left = tasks.all_tasks(loop)
    if not left:
        return
    for task in left:
        task.cancel()
    loop.run_until_complete(tasks.gather(*left, return_exceptions=True))
    for task in left:
        if task.cancelled():
            continue
        exc = task.exception()
        if exc is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': exc,
                'task': task,
            })
