"""Cross-interpreter queues (concurrent.interpreters.Queue): the one object interpreters really share.

A queue lives in the process under its id; the Queue object of each interpreter is a handle to it. Items
are copied into the interpreter that gets them (immutable values are shared as they are)."""
import queue
import time
import _interpreters
from _interpreters import InterpreterError

__all__ = ['create', 'Queue', 'QueueError', 'QueueEmpty', 'QueueFull']


class QueueError(InterpreterError):
    """Indicates that some queue-related operation failed."""


class QueueEmpty(QueueError, queue.Empty):
    """Raised from get_nowait() when the queue is empty (and from get() on timeout)."""


class QueueFull(QueueError, queue.Full):
    """Raised from put_nowait() when the queue is full (and from put() on timeout)."""


def create(maxsize=0):
    """Return a new cross-interpreter queue (maxsize <= 0: unbounded)."""
    return Queue(_interpreters.queue_create(maxsize))


_known = {}


class Queue:
    """A cross-interpreter queue."""

    def __new__(cls, id, /):
        if not isinstance(id, int) or isinstance(id, bool):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            if not _interpreters.queue_exists(id):
                raise QueueError(f'queue {id} not found')
            self = super().__new__(cls)
            self._id = id
            _known[id] = self
        return self

    def __repr__(self):
        return f'{type(self).__name__}({self.id})'

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if not isinstance(other, Queue):
            return NotImplemented
        return other._id == self._id

    @property
    def id(self):
        return self._id

    @property
    def maxsize(self):
        return _interpreters.queue_maxsize(self._id)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        maxsize = self.maxsize
        return maxsize > 0 and self.qsize() >= maxsize

    def qsize(self):
        return _interpreters.queue_qsize(self._id)

    def put(self, obj, block=True, timeout=None):
        """Add the object to the queue (a copy, unless it is immutable or a queue), waiting for room unless
        block is false; QueueFull if there is none (after timeout seconds)."""
        if timeout is not None:
            timeout = int(timeout) if isinstance(timeout, bool) else timeout
            if timeout < 0:
                raise ValueError('timeout value must be non-negative')
        if not _interpreters.queue_put(self._id, obj, timeout, block):
            raise QueueFull(f'queue {self._id} is full')

    def put_nowait(self, obj):
        self.put(obj, block=False)

    def get(self, block=True, timeout=None):
        """Return the next object from the queue, waiting for one unless block is false; QueueEmpty if there
        is none (after timeout seconds)."""
        if timeout is not None and timeout < 0:
            raise ValueError('timeout value must be non-negative')
        found, obj = _interpreters.queue_get(self._id, timeout, block)
        if not found:
            raise QueueEmpty(f'queue {self._id} is empty')
        return obj

    def get_nowait(self):
        return self.get(block=False)
