"""Synchronised queues for threads: FIFO, LIFO and priority order, with task accounting.

gilpy's own implementation of the documented queue API. One lock guards the storage; three conditions
on it wake putters, getters and join() callers. SimpleQueue and Empty come from the Java _queue module.
"""

import threading
from _thread import _block_hint
from _thread import _monotonic as _clock
from _queue import Empty, SimpleQueue

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    """Raised by put() when the queue stays full (put_nowait(), or a timed put that ran out)."""


def _deadline(block, timeout):
    """None to wait forever, else the clock reading after which the caller gives up (block=False: now)."""
    if not block:
        return 0.0
    if timeout is None:
        return None
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    return _clock() + timeout


class Queue:
    """A first-in first-out queue holding at most maxsize items (maxsize <= 0: no bound)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self.mutex = lock = threading.Lock()
        # Three conditions on one lock: putters wait on not_full, getters on not_empty, join() on the last.
        self.not_empty, self.not_full, self.all_tasks_done = [threading.Condition(lock) for _ in 'gpj']
        self._init(maxsize)

    __class_getitem__ = classmethod(lambda cls, item: _generic_alias(cls, item))

    # Storage: the four methods subclasses override to change the order.
    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _qsize(self):
        return len(self.queue)

    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _bounded_full(self):
        return 0 < self.maxsize <= self._qsize()

    def _drained(self):
        return not self._qsize()

    def _await(self, cond, blocked, deadline, error):
        """With cond's lock held: wait while blocked() is true; error() when the deadline passes first."""
        while blocked():
            if deadline is None:
                _block_hint('queue')
                cond.wait()
                continue
            left = deadline - _clock()
            if left <= 0.0:
                raise error()
            _block_hint('queue')
            cond.wait(left)

    def put(self, item, block=True, timeout=None):
        """Add item; when the queue is bounded and full, wait as block/timeout say, then raise Full."""
        with self.not_full:
            if self.maxsize > 0:
                self._await(self.not_full, self._bounded_full, _deadline(block, timeout), Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item; when there is none, wait as block/timeout say, then raise Empty."""
        with self.not_empty:
            if not self._qsize():
                self._await(self.not_empty, self._drained, _deadline(block, timeout), Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(False)

    def task_done(self):
        """Mark one item taken by get() as processed; join() returns when none is left unprocessed."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Wait until every item ever put has been marked done with task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                _block_hint('queue')
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items now (a snapshot: other threads may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True when no item is queued now."""
        with self.mutex:
            return self._qsize() == 0

    def full(self):
        """True when a bounded queue holds maxsize items now."""
        with self.mutex:
            return self._bounded_full()


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class LifoQueue(Queue):
    """A queue whose get() returns the most recently put item."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A queue whose get() returns the smallest item (typically a (priority, data) tuple)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)
