"""Queues for passing items between the tasks of one event loop (FIFO, LIFO, priority).

put() waits while a bounded queue is full, get() while it is empty; the waiting tasks are served
in arrival order. The *_nowait() methods never wait. task_done() and join() count finished items.
Not thread-safe: use loop.call_soon_threadsafe() to feed a queue from another thread.
"""
import collections
import heapq
import types

from . import locks

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


class Queue(locks._LoopBound):
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    # Subclasses choose the order through three hooks: _init (make self._queue), _put and _get.

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        # Futures of parked tasks, oldest first (plain lists: few wait at once, and the list
        # operations are the cheapest here).
        self._getters = []   # waiting for an item
        self._putters = []   # waiting for room
        self._unfinished_tasks = 0
        self._finished = locks.Event()         # set while no item awaits its task_done()
        self._finished.set()
        self._init(maxsize)

    __class_getitem__ = classmethod(types.GenericAlias)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        parts = [f'maxsize={self._maxsize!r}']
        if self.qsize():
            parts.append(f'_queue={list(self._queue)!r}')
        if self._getters:
            parts.append(f'_getters[{len(self._getters)}]')
        if self._putters:
            parts.append(f'_putters[{len(self._putters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    @property
    def maxsize(self):
        """The bound given at creation (<= 0: none)."""
        return self._maxsize

    def qsize(self):
        """How many items are in the queue."""
        return len(self._queue)

    def empty(self):
        """True if the queue holds no item."""
        return not self._queue

    def full(self):
        """True if a bounded queue holds maxsize items (never for an unbounded one)."""
        if self._maxsize <= 0:
            return False
        return len(self._queue) >= self._maxsize

    async def put(self, item):
        """Adds item, first waiting for room if the queue is full."""
        # put_nowait decides whether there is room (through full()): one call per item when there is.
        while True:
            try:
                return self.put_nowait(item)
            except QueueFull:
                pass
            await self._wait_turn(self._putters, True)   # outside the except: no QueueFull as context

    def put_nowait(self, item):
        """Adds item at once, or raises QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        if self._unfinished_tasks == 1:
            self._finished.clear()
        if self._getters:
            _wake_oldest(self._getters)

    async def get(self):
        """Removes and returns the next item, first waiting for one if the queue is empty."""
        while True:
            try:
                return self.get_nowait()
            except QueueEmpty:
                pass
            await self._wait_turn(self._getters, False)

    def get_nowait(self):
        """Removes and returns the next item at once, or raises QueueEmpty."""
        if not self._queue:
            raise QueueEmpty
        item = self._get()
        if self._putters:
            _wake_oldest(self._putters)
        return item

    def task_done(self):
        """Marks one item taken by get() as processed; join() returns when all are.

        ValueError if called more times than items were put.
        """
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Waits until every item put has been marked with task_done()."""
        if self._unfinished_tasks:
            await self._finished.wait()

    async def _wait_turn(self, waiters, for_room):
        # A waker pops our future off `waiters` before resolving it. If we are cancelled after
        # that but before running, the room (or item) it announced goes to the next waiter.
        turn = self._get_loop().create_future()
        waiters.append(turn)
        try:
            await turn
        except BaseException:
            woken = turn.done() and not turn.cancelled()
            turn.cancel()
            if not woken:
                if turn in waiters:
                    waiters.remove(turn)
            elif (not self.full()) if for_room else not self.empty():
                _wake_oldest(waiters)
            raise


def _wake_oldest(waiters):
    """Pops futures off the front of `waiters` until one still pending is found and resolved."""
    while waiters:
        turn = waiters.pop(0)
        if not turn.done():
            turn.set_result(None)
            return


class PriorityQueue(Queue):
    """Gives the smallest item first (entries are often (priority, data) tuples)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Gives the most recently added item first."""

    def _get(self):
        return self._queue.pop()
