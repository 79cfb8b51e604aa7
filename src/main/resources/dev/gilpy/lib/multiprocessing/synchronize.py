import _mp


class _Sync:
    _kind = 'lock'

    def __init__(self, value=1, *, ctx=None):
        self._h = _mp.sync(self._kind, value)

    def acquire(self, block=True, timeout=None):
        return _mp.call(self._h, 'acquire', block, timeout, _mp.who())

    def release(self):
        _mp.call(self._h, 'release', _mp.who())

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class Lock(_Sync):
    _kind = 'lock'

    def __init__(self, *, ctx=None):
        _Sync.__init__(self, 1)

    def __repr__(self):
        return '<Lock(owner=unknown)>'


class RLock(_Sync):
    _kind = 'rlock'

    def __init__(self, *, ctx=None):
        _Sync.__init__(self, 1)

    def __repr__(self):
        return '<RLock(unknown, unknown)>'


class Semaphore(_Sync):
    _kind = 'sem'

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        _Sync.__init__(self, value)

    def get_value(self):
        return _mp.call(self._h, 'value')

    def __repr__(self):
        return '<Semaphore(value=%s)>' % self.get_value()


class BoundedSemaphore(Semaphore):
    _kind = 'bsem'


class Event:
    def __init__(self, *, ctx=None):
        self._h = _mp.sync('event', 0)

    def is_set(self):
        return _mp.call(self._h, 'is_set')

    def set(self):
        _mp.call(self._h, 'set')

    def clear(self):
        _mp.call(self._h, 'clear')

    def wait(self, timeout=None):
        return _mp.call(self._h, 'wait', timeout)


class Condition:
    """A condition variable shared between processes, built from a lock and three semaphores."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def acquire(self, block=True, timeout=None):
        return self._lock.acquire(block, timeout)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        self._sleeping_count.release()
        self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            self._lock.acquire()

    def notify(self, n=1):
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: bug in sleeping_count'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(1 << 30)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        while not result:
            if not self.wait(timeout) and timeout is not None:
                return predicate()
            result = predicate()
        return result
