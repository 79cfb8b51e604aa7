"""A general purpose event scheduler: events run at their times, in priority order for equal times."""

import time
import heapq
import threading
from collections import namedtuple
from itertools import count
from time import monotonic as _time

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:
    def __init__(self, timefunc=_time, delayfunc=time.sleep):
        """A scheduler using timefunc() for the time and delayfunc(seconds) to wait."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedules action(*argument, **kwargs) at an absolute time; returns the event (for cancel)."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedules an event delay time units from now."""
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events as their times come; with blocking=False, runs the due ones and returns the delay
        until the next (or None)."""
        lock = self._lock
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            with lock:
                if not q:
                    break
                (time, priority, sequence, action, argument, kwargs) = q[0]
                now = timefunc()
                if time > now:
                    delay = True
                else:
                    delay = False
                    pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
