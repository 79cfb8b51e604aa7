"""Process objects, the current and parent process, start methods and contexts.

Every started Process is a child JVM running its own interpreter: start() hands the object to the
Java side (_mp), which pickles it into the child's job; the child rebuilds it and calls _bootstrap().
"""
import sys
import os
import _mp
import _thread
import threading   # imported first so that its shutdown (joining executors) runs before our exit hook

__all__ = ['BaseProcess', 'current_process', 'active_children', 'parent_process']


class ProcessError(Exception):
    """Base class of multiprocessing's own errors."""


class AuthenticationError(ProcessError):
    """A connection's authentication failed."""


class TimeoutError(ProcessError):
    """A result did not arrive in time."""


class _Lineage:
    """This process's place in the tree: itself, its parent, and the children it made and started."""

    def __init__(self):
        self.me = None
        self.parent = None
        self.made = 0           # Process objects created here so far: their names count from it
        self.live = {}          # id(process) -> started child not yet seen to end
        self.method = None      # the start method, once chosen

    def adopt(self, process):
        """Become process: what a child does first (a fork child also forgets the parent's children)."""
        self.parent = _ParentProcess(process._parent_name, process._parent_pid)
        self.me = process
        self.made = 0
        self.live = {}

    def next_identity(self):
        self.made += 1
        return self.me._identity + (self.made,)

    def forget_ended(self):
        for key, child in list(self.live.items()):
            if child._popen is not None and child._popen.poll() is not None:
                self.live.pop(key, None)
        return list(self.live.values())


_lineage = _Lineage()


class _Popen:
    """The Java side's handle of a started child, with the operations Process needs."""

    def __init__(self, process, method):
        self._child = _mp.start(process, method)

    @property
    def pid(self):
        return _mp.popen_pid(self._child)

    def poll(self):
        return _mp.popen_poll(self._child)

    def wait(self, timeout=None):
        return _mp.popen_wait(self._child, timeout)

    def terminate(self):
        _mp.popen_signal(self._child, False)

    def kill(self):
        _mp.popen_signal(self._child, True)


def _stderr_log_level():
    # A child logs to stderr at the level the parent chose with log_to_stderr() (util keeps both facts).
    util = sys.modules.get('multiprocessing.util')
    if util is None or not util._log_to_stderr:
        return None
    return util._logger.getEffectiveLevel()


def _exit_status(exc):
    """The exit code of a child whose target raised SystemExit (printing a non-int code, as Python does)."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(str(code) + '\n')
    return 1


def _exitcode_text(code):
    if code < 0:
        import signal
        try:
            return '-' + signal.Signals(-code).name
        except ValueError:
            pass
    return str(code)


class BaseProcess:
    """A process that runs target(*args, **kwargs), or the run() method of a subclass."""
    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        creator = _lineage.me
        self._identity = _lineage.next_identity()
        self._parent_pid = os.getpid()
        self._parent_name = creator.name
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self._name = name if name is not None else '%s-%s' % (
            type(self).__name__, ':'.join(str(n) for n in self._identity))
        self._daemonic = creator.daemon if daemon is None else daemon
        self._popen = None
        self._closed = False

    def run(self):
        """What the child does: call the target. Subclasses may override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _ensure_open(self):
        if self._closed:
            raise ValueError('process object is closed')

    def _is_mine(self):
        return self._parent_pid == os.getpid()

    def start(self):
        """Start the child process; run() runs there."""
        self._ensure_open()
        assert self._popen is None, 'cannot start a process twice'
        assert self._is_mine(), 'can only start a process object created by current process'
        assert not _lineage.me.daemon, 'daemonic processes are not allowed to have children'
        _lineage.forget_ended()
        self._log_level = _stderr_log_level()
        self._popen = _Popen(self, self._start_method or get_start_method())
        _lineage.live[id(self)] = self

    def join(self, timeout=None):
        """Wait until the child ends, or at most timeout seconds."""
        self._ensure_open()
        assert self._is_mine(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        if self._popen.wait(timeout) is not None:
            _lineage.live.pop(id(self), None)

    def is_alive(self):
        self._ensure_open()
        if self is _lineage.me:
            return True
        assert self._is_mine(), 'can only test a child process'
        if self._popen is None:
            return False
        if self._popen.poll() is None:
            return True
        _lineage.live.pop(id(self), None)
        return False

    def terminate(self):
        """Send SIGTERM to the child."""
        self._ensure_open()
        self._popen.terminate()

    def kill(self):
        """Send SIGKILL to the child."""
        self._ensure_open()
        self._popen.kill()

    def close(self):
        """Release the process object; most of its methods then raise ValueError."""
        if self._popen is not None:
            if self._popen.poll() is None:
                raise ValueError('Cannot close a process while it is still running. '
                                 'You should first call join() or terminate().')
            self._popen = None
            _lineage.live.pop(id(self), None)
        self._closed = True

    def _rename(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    def _set_daemonic(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemonic = daemonic

    name = property(lambda self: self._name, _rename)
    daemon = property(lambda self: self._daemonic, _set_daemonic,
                      doc='Whether the child is terminated, not waited for, when this process exits.')

    @property
    def exitcode(self):
        """None while the child runs (or before start()); its exit status, or -signal, once it ended."""
        self._ensure_open()
        return None if self._popen is None else self._popen.poll()

    @property
    def pid(self):
        self._ensure_open()
        if self is _lineage.me:
            return os.getpid()
        return None if self._popen is None else self._popen.pid

    ident = pid

    @property
    def authkey(self):
        # The run's key, shared by all its processes. Plain bytes: CPython's AuthenticationString may only be
        # pickled while a child is spawned, a state gilpy's launcher does not have, so it could not travel
        # in a child's arguments.
        return _mp.authkey()

    @property
    def sentinel(self):
        # gilpy has no per-child descriptor to wait on: the pid identifies the child instead.
        self._ensure_open()
        if self._popen is None:
            raise ValueError('process not started')
        return self._popen.pid

    def _status(self):
        if self is _lineage.me:
            return 'started', None
        if self._popen is None:
            return 'initial', None
        code = self._popen.poll()
        return ('started', None) if code is None else ('stopped', code)

    def __repr__(self):
        words = [type(self).__name__, 'name=%r' % self._name]
        if self._closed:
            status, code = 'closed', None
        else:
            status, code = self._status()
            if self._popen is not None:
                words.append('pid=%s' % self._popen.pid)
        words.append('parent=%s' % self._parent_pid)
        words.append(status)
        if code is not None:
            words.append('exitcode=' + _exitcode_text(code))
        if self._daemonic:
            words.append('daemon')
        return '<%s>' % ' '.join(words)

    def _bootstrap(self):
        """Run in the child: take this object's place in the tree, run(), and return the exit code."""
        _lineage.adopt(self)
        self._popen = None
        _mp.set_holder(getattr(self, '_holder', _mp.holder()))
        level = getattr(self, '_log_level', None)
        if level is not None:
            from multiprocessing import util
            util.log_to_stderr(level)
        try:
            self.run()
            status = 0
        except SystemExit as e:
            status = _exit_status(e)
        except BaseException as e:
            sys.stderr.write('Process %s:\n' % self.name)
            sys.stderr.write(_thread._format_exception(e))
            status = 1
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
        return status


class Process(BaseProcess):
    """A process started with the current default start method."""


class _MainProcess(BaseProcess):
    """The process the program started as."""

    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._parent_name = None
        self._daemonic = False
        self._target, self._args, self._kwargs = None, (), {}
        self._popen = None
        self._closed = False


class _ParentProcess(BaseProcess):
    """A child's view of the process that started it."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._parent_name = None
        self._daemonic = False
        self._popen = None
        self._closed = False

    def _status(self):
        return 'unknown', None

    def is_alive(self):
        try:
            os.kill(self._pid, 0)
        except OSError:
            return False
        return True

    @property
    def pid(self):
        return self._pid

    ident = pid

    def join(self, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive() and (deadline is None or time.monotonic() < deadline):
            time.sleep(0.01)


_lineage.me = _MainProcess()


def current_process():
    """The Process object of the running process."""
    return _lineage.me


def parent_process():
    """The process that started this one (None in the main process)."""
    return _lineage.parent


def active_children():
    """The children started here that have not ended yet (joining those that have)."""
    return _lineage.forget_ended()


def cpu_count():
    return _mp.cpu_count()


# -- start methods and contexts --------------------------------------------------------------

def get_all_start_methods():
    return list(_mp.START_METHODS)


def get_start_method(allow_none=False):
    if _lineage.method is None and not allow_none:
        _lineage.method = _mp.DEFAULT_START_METHOD
    return _lineage.method


def set_start_method(method, force=False):
    if _lineage.method is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _mp.START_METHODS:
        raise ValueError('cannot find context for %r' % (method,))
    _lineage.method = method


class SpawnProcess(Process):
    _start_method = 'spawn'


class ForkProcess(Process):
    _start_method = 'fork'


class ForkServerProcess(Process):
    _start_method = 'forkserver'


class BaseContext:
    """A start method and the multiprocessing API bound to it (get_context() returns one)."""
    _name = None
    Process = Process

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __getattr__(self, name):
        # Queue, Lock, Manager, ...: the package's own, which work with every start method here.
        import multiprocessing
        return getattr(multiprocessing, name)


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


_CONTEXTS = {c._name: c() for c in (ForkContext, SpawnContext, ForkServerContext)}


def get_context(method=None):
    if method is None:
        method = get_start_method()
    try:
        return _CONTEXTS[method]
    except KeyError:
        raise ValueError('cannot find context for %r' % (method,)) from None


def _exit_function():
    # At interpreter exit, as CPython's: daemonic children are terminated, the others waited for.
    for child in active_children():
        if child._daemonic:
            child.terminate()
    for child in active_children():
        child.join()
    _mp.flush_streams()
    _mp.shutdown()


_thread._register_shutdown(_exit_function)
if not _mp.is_child():
    _mp.prestart()
