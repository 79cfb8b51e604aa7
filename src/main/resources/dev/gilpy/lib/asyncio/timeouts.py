"""Deadlines for a block of code: `async with asyncio.timeout(delay):` (CPython 3.11 semantics).

At the deadline the current task is cancelled; leaving the block turns that cancellation into
TimeoutError (with the CancelledError as its cause). A cancellation from elsewhere passes through.
"""
from . import events
from . import exceptions
from . import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


# The states, as the repr names them.
_CREATED = 'created'
_ACTIVE = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_FINISHED = 'finished'


class Timeout:
    """An async context manager that cancels its task at loop time `when` (None: never)."""

    def __init__(self, when):
        """when: a deadline on the loop's clock (loop.time()), or None for no deadline."""
        self._state = _CREATED
        self._when = when
        self._timeout_handler = None
        self._task = None

    def when(self):
        """The current deadline (loop time), or None."""
        return self._when

    def reschedule(self, when):
        """Moves the deadline to `when` (loop time; None removes it). Only inside the block."""
        if self._state == _CREATED:
            raise RuntimeError('Timeout has not been entered')
        if self._state != _ACTIVE:
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is None:
            return
        loop = events.get_running_loop()
        if when > loop.time():
            handle = loop.call_at(when, self._on_timeout)
        else:
            # Already due: cancel as soon as the task yields, not in the middle of this call.
            handle = loop.call_soon(self._on_timeout)
        self._timeout_handler = handle

    def expired(self):
        """True once the deadline has cancelled the task."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        extra = ''
        if self._state == _ACTIVE:
            deadline = 'None' if self._when is None else f'{self._when:.3f}'
            extra = f' when={deadline}'
        return f'<Timeout [{self._state}]{extra}>'

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._state = _ACTIVE
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state != _EXPIRING:
            self._state = _FINISHED
            return None
        self._state = _EXPIRED
        # Take back our cancel(); if it was the only one, the CancelledError is ours to replace.
        if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout whose deadline is `delay` seconds from now (None: no deadline)."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout whose deadline is the loop time `when` (None: no deadline)."""
    return Timeout(when)
