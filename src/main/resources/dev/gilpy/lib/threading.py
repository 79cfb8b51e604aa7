"""Threads and the synchronisation objects between them, on top of the Java _thread module.

gilpy's own implementation of the documented threading API. Locks, RLocks and thread-local storage are
the Java ones; Condition is built on them (each waiter blocks on a lock of its own), and Semaphore, Event
and Barrier on Condition. A thread's Python object is stored in its Java thread state, so
current_thread() is one lookup; the Java thread carries the Python name (what --gil-trace shows).
"""

import _thread
import sys as _sys
from _warnings import warn as _warn

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'get_native_id']

_allocate_lock = _thread.allocate_lock
_clock = _thread._monotonic
_own_object = _thread._get_thread_object
_adopt = _thread._set_thread_object
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
local = _thread._local
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _allocate_lock
_CRLock = _thread.RLock


def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may acquire it again, and must release it as often."""
    return _CRLock(*args, **kwargs)


def _deprecated(old, advice):
    _warn(f'{old} is deprecated, {advice} instead', DeprecationWarning, 3)


# Hooks installed in every thread started from now on.
_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Install func as the trace function of threads started from now on."""
    _hooks['trace'] = func


def gettrace():
    """The function settrace() installed, or None."""
    return _hooks['trace']


def setprofile(func):
    """Install func as the profile function of threads started from now on."""
    _hooks['profile'] = func


def getprofile():
    """The function setprofile() installed, or None."""
    return _hooks['profile']


# ---------------------------------------------------------------- conditions and what is built on them

class Condition:
    """Lets threads sleep until another thread, holding the same lock, notifies them."""

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self.acquire, self.release = lock.acquire, lock.release
        # Waiting must give up the lock completely (an RLock may be held several times) and take it back
        # the same way: RLocks have methods for that, a plain lock is released once.
        if hasattr(lock, '_release_save'):
            self._let_go, self._take_back, self._is_owned = lock._release_save, lock._acquire_restore, lock._is_owned
        self._waiters = []   # one locked lock per sleeping thread, oldest first

    def _let_go(self):
        self._lock.release()

    def _take_back(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if this thread can take it, no thread held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f'<Condition({self._lock}, {len(self._waiters)})>'

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timeout seconds pass, take the lock back.
        False when the timeout ran out."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        state = self._let_go()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._take_back(state)
            if not woken and gate in self._waiters:
                self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """wait() until predicate() is true or timeout seconds pass; returns predicate()'s last value."""
        deadline = None if timeout is None else _clock() + timeout
        while True:
            value = predicate()
            if value:
                return value
            if deadline is None:
                self.wait()
                continue
            left = deadline - _clock()
            if left <= 0:
                return value
            self.wait(left)

    def notify(self, n=1):
        """Wake up to n of the threads waiting (the longest waiting first)."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        if not waiters:
            return
        woken, self._waiters = waiters[:n], waiters[n:]
        for gate in woken:
            try:
                gate.release()
            except RuntimeError:
                pass   # its waiter timed out meanwhile

    def notify_all(self):
        """Wake every waiting thread."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll()', 'use notify_all()')
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes one from, waiting while it is zero, and release() adds to."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: value={self._value}>'

    def _available(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        """Take one unit: True when taken, False when non-blocking or timed out with none free."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value <= 0:
                if not blocking or not self._cond.wait_for(self._available, timeout):
                    return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        """Give back n units; ValueError if that would exceed the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes them all, clear() makes them wait again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return (f'<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: '
                f'{"set" if self._flag else "unset"}>')

    def is_set(self):
        """True once set() was called (and clear() not since)."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet()', 'use is_set()')
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds pass; returns True when it was set."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    """The barrier was reset or broken while a thread waited at it (or was broken before)."""


class _Round:
    """One filling of a barrier: how many arrived, and how it ended (opened, or broken)."""
    __slots__ = ('arrived', 'opened', 'broken')

    def __init__(self):
        self.arrived = 0
        self.opened = self.broken = False

    def over(self):
        return self.opened or self.broken


class Barrier:
    """Lets parties threads wait for each other: the last to arrive runs action and releases them all."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()

    def __repr__(self):
        where = f'{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}'
        if self._round.broken:
            return f'<{where}: broken>'
        return f'<{where}: waiters={self.n_waiting}/{self._parties}>'

    def wait(self, timeout=None):
        """Wait for the other parties; returns this thread's arrival index (0 .. parties - 1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            this = self._round
            if this.broken:
                raise BrokenBarrierError
            index = this.arrived
            this.arrived += 1
            if this.arrived == self._parties:
                self._open(this)
            elif not self._cond.wait_for(this.over, timeout):
                self._break_round(this)
                raise BrokenBarrierError
            if this.broken:
                raise BrokenBarrierError
            return index

    def _open(self, this):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break_round(this)
            raise
        this.opened = True
        self._round = _Round()
        self._cond.notify_all()

    def _break_round(self, this):
        this.broken = True
        self._cond.notify_all()

    def reset(self):
        """Bring the barrier back to empty; threads waiting at it get BrokenBarrierError."""
        with self._cond:
            if self._round.arrived:
                self._break_round(self._round)
            self._round = _Round()

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError until reset()."""
        with self._cond:
            self._break_round(self._round)

    @property
    def parties(self):
        """The number of threads needed to pass."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        return 0 if self._round.broken else self._round.arrived

    @property
    def broken(self):
        """True when the barrier is broken."""
        return self._round.broken


# ---------------------------------------------------------------- threads

_registry_lock = _CRLock()
_active = {}      # ident -> Thread: threads running now (the main thread and dummies included)
_starting = {}    # Thread -> Thread: started, not yet running
_serial = [0]     # the number in the next default name (Thread-N, Dummy-N)
_exit_calls = []  # _register_atexit's callbacks
_exiting = [False]


def _next_name(prefix):
    with _registry_lock:
        _serial[0] += 1
        return f'{prefix}{_serial[0]}'


class _ExceptHookArgs(tuple):
    """What excepthook() receives: (exc_type, exc_value, exc_traceback, thread)."""
    __module__ = '_thread'   # where CPython defines it
    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != 4:
            raise TypeError(f'_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)')
        return tuple.__new__(cls, items)

    exc_type = property(lambda self: self[0], doc='Exception type.')
    exc_value = property(lambda self: self[1], doc='Exception value.')
    exc_traceback = property(lambda self: self[2], doc='Exception traceback.')
    thread = property(lambda self: self[3], doc='Thread')

    def __repr__(self):
        return (f'_thread._ExceptHookArgs(exc_type={self[0]!r}, exc_value={self[1]!r}, '
                f'exc_traceback={self[2]!r}, thread={self[3]!r})')


ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Print the exception a thread did not handle on sys.stderr (SystemExit is ignored)."""
    if args.exc_type is SystemExit:
        return
    out = _sys.stderr
    if out is None:
        out = getattr(args.thread, '_stderr', None)
        if out is None:
            return
    who = get_ident() if args.thread is None else args.thread.name
    out.write(f'Exception in thread {who}:\n' + _thread._format_exception(args.exc_value))
    out.flush()


__excepthook__ = excepthook


def _not_initialised(error=AssertionError):
    return error('Thread.__init__() not called')


class Thread:
    """A thread of control: start() runs run() (by default target(*args, **kwargs)) in a new thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        if name:
            name = str(name)
        else:
            name = _next_name('Thread-')
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f'{name} ({label})'
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._booted = self._stopped = False
        self._running = None   # a lock held while the thread runs: join() waits for it
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        if not self._initialized:
            raise AssertionError('Thread.__init__() was not called')
        status = 'stopped' if self._stopped else 'started' if self._booted else 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += f' {self._ident}'
        return f'<{type(self).__name__}({self._name}, {status})>'

    def start(self):
        """Run run() in a new thread; returns once that thread is running."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._running is not None:
            raise RuntimeError('threads can only be started once')
        running = self._running = _allocate_lock()
        running.acquire()
        booted = self._boot_gate = _allocate_lock()
        booted.acquire()
        with _registry_lock:
            _starting[self] = self
        try:
            _thread._start_named(self._bootstrap, self._name)
        except BaseException:
            with _registry_lock:
                _starting.pop(self, None)
            raise
        booted.acquire()   # released by the new thread once it is registered

    def _bootstrap(self):
        """The new thread's first frame: register, run(), report an exception, deregister."""
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            _adopt(self)
            with _registry_lock:
                _active[self._ident] = self
                _starting.pop(self, None)
                self._booted = True
            self._boot_gate.release()
            self._install_hooks()
            try:
                self.run()
            except BaseException as error:
                self._report(error)
        finally:
            with _registry_lock:
                self._stopped = True
                _active.pop(self._ident, None)
            self._running.release()

    @staticmethod
    def _install_hooks():
        for kind in ('trace', 'profile'):
            hook = _hooks[kind]
            if hook is not None and hasattr(_sys, 'set' + kind):
                getattr(_sys, 'set' + kind)(hook)

    def _report(self, error):
        try:
            hook = excepthook
            if hook is None:
                raise RuntimeError('threading.excepthook is None')
            hook(ExceptHookArgs((type(error), error, error.__traceback__, self)))
        except BaseException as failure:
            _sys.excepthook(type(failure), failure, failure.__traceback__)

    def run(self):
        """What the thread does: call the target given to the constructor. Subclasses override it."""
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # The Thread object may live on long after: let go of the target and its arguments.
            del self._target, self._args, self._kwargs, target

    def join(self, timeout=None):
        """Wait until the thread ends, or at most timeout seconds."""
        if not self._initialized:
            raise _not_initialised(RuntimeError)
        if self._running is None:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self._stopped:
            return
        _thread._block_hint('join')
        try:
            if timeout is None:
                ended = self._running.acquire()
            else:
                ended = self._running.acquire(True, max(timeout, 0))
        finally:
            _thread._block_hint(None)
        if ended:
            self._running.release()

    def is_alive(self):
        """True from the moment start() returns until run() has ended."""
        if not self._initialized:
            raise _not_initialised()
        return self._booted and not self._stopped

    @property
    def name(self):
        """The thread's name (not necessarily unique)."""
        if not self._initialized:
            raise _not_initialised()
        return self._name

    @name.setter
    def name(self, name):
        if not self._initialized:
            raise _not_initialised()
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), None before it started."""
        if not self._initialized:
            raise _not_initialised()
        return self._ident

    @property
    def native_id(self):
        """The operating system's id of the thread, None before it started."""
        if not self._initialized:
            raise _not_initialised()
        return self._native_id

    @property
    def daemon(self):
        """A daemon thread does not keep the program alive at exit."""
        if not self._initialized:
            raise _not_initialised()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise _not_initialised(RuntimeError)
        if self._running is not None:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _deprecated('isDaemon()', 'get the daemon attribute')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated('setDaemon()', 'set the daemon attribute')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: read the name attribute."""
        _deprecated('getName()', 'get the name attribute')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated('setName()', 'set the name attribute')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless cancel()led first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _PresentThread(Thread):
    """A Thread object for a thread already running when it is made (the main one, or a foreign one)."""

    def __init__(self, name, daemon):
        Thread.__init__(self, name=name, daemon=daemon)
        self._booted = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._running = _allocate_lock()
        self._running.acquire()
        _adopt(self)
        with _registry_lock:
            _active[self._ident] = self


class _MainThread(_PresentThread):
    def __init__(self):
        _PresentThread.__init__(self, 'MainThread', False)


class _DummyThread(_PresentThread):
    """Stands for a thread not started by threading (_thread.start_new_thread): always alive."""

    def __init__(self):
        _PresentThread.__init__(self, _next_name('Dummy-'), True)

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')


def current_thread():
    """The Thread object of the calling thread."""
    this = _own_object()
    return _DummyThread() if this is None else this


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread()', 'use current_thread()')
    return current_thread()


def main_thread():
    """The Thread object of the thread the interpreter started in."""
    return _main_thread


def enumerate():
    """The Thread objects alive now (started ones not yet running included)."""
    with _registry_lock:
        return list(_active.values()) + list(_starting)


def active_count():
    """len(enumerate())."""
    with _registry_lock:
        return len(_active) + len(_starting)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount()', 'use active_count()')
    return active_count()


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit before non-daemon threads are joined (last registered first)."""
    if _exiting[0]:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_calls.append((func, arg, kwargs))


def _shutdown():
    """Interpreter exit (called by the Java side): run the exit calls, then join every non-daemon thread."""
    if _main_thread._stopped:
        return
    _exiting[0] = True
    for func, arg, kwargs in reversed(_exit_calls):
        func(*arg, **kwargs)
    if _main_thread._ident == get_ident():
        with _registry_lock:
            _main_thread._stopped = True
        _main_thread._running.release()
    while True:
        others = [t for t in enumerate() if not t._daemonic and t is not _main_thread and t.is_alive()]
        if not others:
            return
        for t in others:
            t.join()


_main_thread = _MainThread()
_thread._register_shutdown(_shutdown)
