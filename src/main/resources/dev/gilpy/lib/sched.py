"""sched: run callables at chosen times, ordered by (time, priority); gilpy's own implementation.

The clock and the waiting are injected (timefunc, delayfunc), so a scheduler can run on simulated time.
"""
import heapq
import threading
import time as _time_module
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

# Fields in comparison order: events sort by time, then priority, then the order they were entered,
# so the callables and arguments themselves are never compared.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()  # stands for "no kwargs given", so each event gets its own fresh dict


class scheduler:
    """A queue of events, each run once its time has come (see run())."""

    def __init__(self, timefunc=_time_module.monotonic, delayfunc=_time_module.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._queue = []  # a heapq heap of Event
        self._sequence_generator = count()
        self._lock = threading.RLock()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) for the absolute time (in timefunc's units).

        Lower priority numbers run first among events due at the same time. Returns the event, which
        cancel() accepts.
        """
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            entry = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, entry)
        return entry

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Like enterabs(), with the time given as a delay from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Drop a pending event; ValueError if it is not in the queue."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when nothing is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run events as they fall due until the queue is empty.

        With blocking=False, run only what is already due and return the delay until the next event
        (None when the queue ran empty). The lock is never held while sleeping or running an action, so
        other threads (and the actions themselves) may enter and cancel events meanwhile.
        """
        while True:
            with self._lock:
                if not self._queue:
                    return None
                head = self._queue[0]
                now = self.timefunc()
                wait = head.time - now if head.time > now else None
                if wait is None:
                    heapq.heappop(self._queue)
            if wait is not None:
                if not blocking:
                    return wait
                self.delayfunc(wait)
                continue
            head.action(*head.argument, **head.kwargs)
            # A zero delay gives other threads a turn between consecutive events.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events as a list in the order they would run."""
        with self._lock:
            pending = list(self._queue)
        ordered = []
        while pending:
            ordered.append(heapq.heappop(pending))
        return ordered
