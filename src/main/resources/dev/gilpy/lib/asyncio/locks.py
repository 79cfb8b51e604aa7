"""Coordination between the tasks of one event loop: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier.

They are not thread-safe. Each object binds itself to the loop of its first task that has to wait.
Waiting tasks are served in arrival order: a parked task holds a future in a list (few tasks wait
at once; a plain list is the cheapest container here), and whoever releases resolves the oldest
future that is still pending. A task leaves the list only when it runs again, so a woken task that
is cancelled before it runs passes its turn on.
"""
from . import events
from . import exceptions

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


class _LoopBound:
    """Remembers the loop of the first wait; using the object from another loop is an error."""

    _loop = None

    def _get_loop(self):
        running = events.get_running_loop()
        if self._loop is None:
            self._loop = running
        elif self._loop is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _HeldByAsyncWith:
    """`async with x:` acquires x for the block (the target of `as` is None)."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, state, waiters):
    """The repr shared by the primitives: object's own repr with a [state, waiters:N] suffix."""
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'{object.__repr__(obj)[:-1]} [{state}]>'


async def _park(owner, waiters, ticket=None):
    """Suspends the current task until its future (`ticket`, by default a new one) in `waiters`
    is resolved, or the task is cancelled. The future leaves `waiters` when the task resumes,
    whatever woke it.
    """
    if ticket is None:
        ticket = owner._get_loop().create_future()
    waiters.append(ticket)
    try:
        return await ticket
    finally:
        waiters.remove(ticket)


def _first_pending(waiters):
    """The oldest waiter whose future is not resolved yet, or None."""
    for ticket in waiters:
        if not ticket.done():
            return ticket
    return None


class Lock(_HeldByAsyncWith, _LoopBound):
    """A mutual-exclusion lock for tasks; waiting tasks get it first come, first served."""

    def __init__(self):
        self._held = False
        self._waiters = []

    def __repr__(self):
        return _describe(self, 'locked' if self._held else 'unlocked', self._waiters)

    def locked(self):
        """True while some task holds the lock."""
        return self._held

    async def acquire(self):
        """Waits until the lock is free and takes it; returns True."""
        if not self._held:
            # Free, and nobody queued ahead of us who still wants it: take it at once.
            if not self._waiters or all(ticket.cancelled() for ticket in self._waiters):
                self._held = True
                return True
        try:
            await _park(self, self._waiters)
        except exceptions.CancelledError:
            if not self._held:
                # We may have been the one chosen by release(): the turn goes to the next task.
                self._wake_first()
            raise
        self._held = True
        return True

    def release(self):
        """Frees the lock and wakes the task that has waited longest (RuntimeError if not held)."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._wake_first()

    def _wake_first(self):
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(_LoopBound):
    """A flag that tasks can wait for; set() wakes every waiting task."""

    def __init__(self):
        self._flag = False
        self._waiters = []

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset', self._waiters)

    def is_set(self):
        """True if the flag is set."""
        return self._flag

    def set(self):
        """Sets the flag and wakes all waiting tasks."""
        if self._flag:
            return
        self._flag = True
        for ticket in self._waiters:
            if not ticket.done():
                ticket.set_result(True)

    def clear(self):
        """Resets the flag; later wait() calls block again."""
        self._flag = False

    async def wait(self):
        """Returns True once the flag is set (at once if it is set already)."""
        if not self._flag:
            await _park(self, self._waiters)
        return True


class Condition(_HeldByAsyncWith, _LoopBound):
    """Lets tasks wait, holding a lock, until another task notifies them.

    The lock can be given (and shared by several conditions); by default a new Lock.
    """

    def __init__(self, lock=None):
        self._waiters = []
        self._lock = Lock() if lock is None else lock
        # The lock's own bound methods, so that `cond.acquire == lock.acquire`.
        self.acquire, self.release = self._lock.acquire, self._lock.release
        self.locked = self._lock.locked

    def __repr__(self):
        return _describe(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        """Releases the lock, waits for a notify, and takes the lock back before returning True.

        The lock is held again on every way out, also when the task is cancelled meanwhile.
        """
        lock = self._lock
        if not lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        lock.release()
        try:
            await _park(self, self._waiters)
        finally:
            await self._reacquire()
        return True

    async def _reacquire(self):
        # A cancellation while queueing for the lock is remembered, the lock retried from the
        # back of the queue, and the cancellation delivered once the lock is held.
        interrupted = 0
        while True:
            try:
                await self.acquire()
            except exceptions.CancelledError:
                interrupted += 1
                continue
            break
        if interrupted:
            raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Waits until predicate() is true; returns its last value."""
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        """Wakes up to n waiting tasks (the lock must be held)."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for ticket in self._waiters:
            if woken >= n:
                break
            if not ticket.done():
                ticket.set_result(False)
                woken += 1

    def notify_all(self):
        """Wakes every waiting task (the lock must be held)."""
        self.notify(len(self._waiters))


class Semaphore(_HeldByAsyncWith, _LoopBound):
    """A counter of free units: acquire() takes one (waiting while none is free), release() adds one.

    A released unit goes straight to the oldest waiting task, so newcomers cannot overtake it.
    """

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _describe(self, state, self._waiters)

    def locked(self):
        """True when acquire() would have to wait."""
        if self._value == 0:
            return True
        return any(not ticket.cancelled() for ticket in self._waiters)

    async def acquire(self):
        """Takes one unit, waiting for a release if none is free; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        ticket = self._get_loop().create_future()
        try:
            await _park(self, self._waiters, ticket)
        except exceptions.CancelledError:
            if not ticket.cancelled():
                # A unit was handed to us before the cancellation arrived: it goes back.
                self._value += 1
            raise
        finally:
            self._pass_on_free_units()
        return True

    def release(self):
        """Gives one unit back, to the oldest waiting task if there is one."""
        self._value += 1
        self._hand_over()

    def _hand_over(self):
        # The unit is counted out of _value as it is given, so that a woken task owns it.
        ticket = _first_pending(self._waiters)
        if ticket is None:
            return False
        self._value -= 1
        ticket.set_result(True)
        return True

    def _pass_on_free_units(self):
        # Units freed while the acquiring task was queued (or given to it and refused by its
        # cancellation) go to tasks that queued behind it.
        while self._value > 0 and self._hand_over():
            pass


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value (ValueError)."""

    def __init__(self, value=1):
        self._bound = value
        super().__init__(value)

    def release(self):
        """Gives one unit back; ValueError if that would exceed the initial value."""
        if self._value >= self._bound:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(_LoopBound):
    """Makes `parties` tasks wait for each other: wait() returns once that many have arrived.

    States: filling (arrivals counted), draining (the tasks of a completed round leave),
    resetting (reset() is throwing the waiters out), broken (after abort()).
    """

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._state = 'filling'
        self._count = 0
        self._cond = Condition()

    def __repr__(self):
        state = self._state
        if state != 'broken':
            state = f'{state}, waiters:{self.n_waiting}/{self._parties}'
        return _describe(self, state, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, exc_type, exc, tb):
        pass

    async def wait(self):
        """Waits for the round to fill and returns this task's arrival index (0 .. parties-1).

        BrokenBarrierError if the barrier is aborted or reset meanwhile (or was aborted before).
        """
        async with self._cond:
            # A round still emptying must finish before this task counts for the next one.
            await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise exceptions.BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count = index + 1
            try:
                if self._count == self._parties:
                    self._state = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 'filling')
                    if self._state != 'draining':
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in ('draining', 'resetting'):
                    self._state = 'filling'
                    self._cond.notify_all()

    async def reset(self):
        """Returns the barrier to its empty state; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            self._state = 'resetting' if self._count > 0 else 'filling'
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiting and future wait() calls get BrokenBarrierError."""
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        """The number of tasks a round needs."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait in the round being filled."""
        return self._count if self._state == 'filling' else 0

    @property
    def broken(self):
        """True after abort() (until reset())."""
        return self._state == 'broken'
