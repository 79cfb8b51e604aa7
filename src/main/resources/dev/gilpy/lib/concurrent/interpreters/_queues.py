"""Cross-interpreter queues (concurrent.interpreters.Queue): the one object interpreters really share.

A queue lives in the process under its id; the Queue object of each interpreter is a handle to it (one per
id and interpreter). Items are copied into the interpreter that gets them (immutable values are shared as
they are). A queue is freed when every interpreter that held a handle to it has closed and no value on its
way to an interpreter names it: a queue the main interpreter holds lives until the process ends."""
import queue
import time
import _interpreters

__all__ = ['create', 'Queue', 'QueueError', 'QueueNotFoundError', 'QueueEmpty', 'QueueFull',
           'ItemInterpreterDestroyed', 'UNBOUND', 'UNBOUND_ERROR', 'UNBOUND_REMOVE']


class QueueError(RuntimeError):
    """Indicates that some queue-related operation failed."""


class QueueNotFoundError(QueueError):
    """The queue was freed (or never existed)."""


class QueueEmpty(QueueError, queue.Empty):
    """Raised from get_nowait() when the queue is empty (and from get() on timeout)."""


class QueueFull(QueueError, queue.Full):
    """Raised from put_nowait() when the queue is full (and from put() on timeout)."""


class ItemInterpreterDestroyed(QueueError):
    """Raised from get() for an item put with UNBOUND_ERROR by an interpreter that has since been closed."""


class _UnboundItem:
    """The marker get() returns for an item whose interpreter was closed (the item's objects went with it)."""
    __slots__ = ()

    def __repr__(self):
        return f'{__name__}.UNBOUND'


# What becomes of an item when the interpreter that put it is closed: it is replaced by UNBOUND (the
# default), get() raises ItemInterpreterDestroyed for it, or it is removed from the queue.
UNBOUND = _UnboundItem()
UNBOUND_ERROR = object()
UNBOUND_REMOVE = object()
_UNBOUND_OPS = {UNBOUND_REMOVE: 1, UNBOUND_ERROR: 2, UNBOUND: 3}


def _unboundop(unbounditems):
    try:
        return _UNBOUND_OPS[unbounditems]
    except (KeyError, TypeError):
        raise ValueError(f'unsupported unbounditems {unbounditems!r}') from None


def create(maxsize=0, *, unbounditems=UNBOUND):
    """Return a new cross-interpreter queue (maxsize <= 0: unbounded)."""
    return Queue(_interpreters.queue_create(maxsize, _unboundop(unbounditems)))


_known = {}


class Queue:
    """A cross-interpreter queue."""

    def __new__(cls, id, /):
        if not isinstance(id, int) or isinstance(id, bool):
            raise TypeError(f'id must be an int, got {id!r}')
        self = _known.get(id)
        if self is None:
            if not _interpreters.queue_bind(id):
                raise QueueNotFoundError(f'queue {id} not found')
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

    def put(self, obj, block=True, timeout=None, *, unbounditems=None):
        """Add the object to the queue (a copy, unless it is immutable or a queue), waiting for room unless
        block is false; QueueFull if there is none (after timeout seconds)."""
        if timeout is not None:
            timeout = int(timeout) if isinstance(timeout, bool) else timeout
            if timeout < 0:
                raise ValueError('timeout value must be non-negative')
        op = None if unbounditems is None else _unboundop(unbounditems)
        if not _interpreters.queue_put(self._id, obj, timeout, block, op):
            raise QueueFull(f'queue {self._id} is full')

    def put_nowait(self, obj, *, unbounditems=None):
        self.put(obj, block=False, unbounditems=unbounditems)

    def get(self, block=True, timeout=None):
        """Return the next object from the queue, waiting for one unless block is false; QueueEmpty if there
        is none (after timeout seconds)."""
        if timeout is not None and timeout < 0:
            raise ValueError('timeout value must be non-negative')
        found, obj, unboundop = _interpreters.queue_get(self._id, timeout, block)
        if not found:
            raise QueueEmpty(f'queue {self._id} is empty')
        if unboundop == 3:
            return UNBOUND
        if unboundop == 2:
            raise ItemInterpreterDestroyed("item's original interpreter destroyed")
        return obj

    def get_nowait(self):
        return self.get(block=False)


_interpreters._register_queue_class(Queue)
