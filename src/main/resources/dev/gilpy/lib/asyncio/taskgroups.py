"""TaskGroup: structured concurrency for tasks (CPython 3.11 semantics).

`async with TaskGroup() as tg:` runs tg.create_task() tasks and waits for all of them on exit.
The first task that fails cancels the others and the body; the failures come out together as an
ExceptionGroup, or as themselves when one is KeyboardInterrupt or SystemExit.
"""
from . import events
from . import exceptions
from . import tasks

__all__ = ('TaskGroup',)


class TaskGroup:
    """Runs tasks as a group: leaving the `async with` block waits until every task has ended."""

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._entered = False
        self._exiting = False         # the body is over; waiting for the remaining tasks
        self._aborting = False        # the remaining tasks are being cancelled
        self._cancelled_parent = False   # we called cancel() on the parent task
        self._tasks = set()
        self._errors = []
        self._base_error = None       # a KeyboardInterrupt/SystemExit wins over the group
        self._all_done = None         # resolved by the last task to end, while exiting

    def __repr__(self):
        words = ['TaskGroup']
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return f'<{" ".join(words)}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _ends_process(exc) and self._base_error is None:
            self._base_error = exc
        # A CancelledError of the body is passed on, unless it is the one we sent.
        cancellation = exc if et is exceptions.CancelledError else None
        if self._cancelled_parent and self._parent_task.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancel:
                # Cancelled from outside while waiting: cancel the tasks and report it afterwards.
                if not self._aborting:
                    cancellation = cancel
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Starts a task for coro in this group (keyword arguments as for asyncio.create_task)."""
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _ends_process(error) and self._base_error is None:
            self._base_error = error
        if self._parent_task.done():
            # Nobody is left to raise it to: report it as the loop reports lost exceptions.
            self._loop.call_exception_handler({
                'message': f'Task {task.get_name()!r} has errored out but its parent '
                           f'task {self._parent_task} is already completed',
                'exception': error,
                'task': task,
            })
            return
        if not self._aborting and not self._cancelled_parent:
            # The first failure stops the group: the other tasks and the body are cancelled.
            self._abort()
            self._cancelled_parent = True
            self._parent_task.cancel()


def _ends_process(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))
