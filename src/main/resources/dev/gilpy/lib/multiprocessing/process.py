import sys
import os
import _mp
import _thread
import threading   # first: its shutdown (which joins executors) runs before _exit_function


class ProcessError(Exception):
    pass


class AuthenticationError(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


_methods = list(_mp.START_METHODS)   # named once, by the Java side (process/StartMethod)
_state = {'method': None, 'counter': 0}
_children = {}


def get_all_start_methods():
    return list(_methods)


def get_start_method(allow_none=False):
    m = _state['method']
    if m is None and not allow_none:
        _state['method'] = m = _mp.DEFAULT_START_METHOD
    return m


def set_start_method(method, force=False):
    if _state['method'] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is not None and method not in _methods:
        raise ValueError('cannot find context for %r' % (method,))
    _state['method'] = method


def cpu_count():
    return _mp.cpu_count()


class BaseProcess:
    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        _state['counter'] = _state['counter'] + 1
        self._identity = _current._identity + (_state['counter'],)
        self._parent_pid = os.getpid()
        self._parent_name = _current._name
        self._popen = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        if name is None:
            name = type(self).__name__ + '-' + ':'.join([str(i) for i in self._identity])
        self._name = name
        self._daemonic = _current._daemonic if daemon is None else daemon
        self._exitcode_cache = None

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def start(self):
        self._check_closed()
        assert self._popen is None, 'cannot start a process twice'
        assert self._parent_pid == os.getpid(), 'can only start a process object created by current process'
        assert not _current._daemonic, 'daemonic processes are not allowed to have children'
        method = self._start_method or get_start_method()
        _reap()
        # As CPython's preparation data: a child logs to stderr at the level the parent set up.
        util = sys.modules.get('multiprocessing.util')
        self._log_level = util._logger.getEffectiveLevel() if util and util._log_to_stderr else None
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        self._popen = _mp.start(self, method)
        _children[id(self)] = self

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), 'can only join a child process'
        assert self._popen is not None, 'can only join a started process'
        res = _mp.popen_wait(self._popen, timeout)
        if res is not None:
            _children.pop(id(self), None)

    def is_alive(self):
        self._check_closed()
        if self is _current:
            return True
        if self._popen is None:
            return False
        if _mp.popen_poll(self._popen) is None:
            return True
        _children.pop(id(self), None)
        return False

    def terminate(self):
        self._check_closed()
        if self._popen is not None:
            _mp.popen_signal(self._popen, False)

    def kill(self):
        self._check_closed()
        if self._popen is not None:
            _mp.popen_signal(self._popen, True)

    def close(self):
        if self._popen is not None:
            if _mp.popen_poll(self._popen) is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._exitcode_cache = _mp.popen_poll(self._popen)
        _children.pop(id(self), None)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = name

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        assert self._popen is None, 'process has already started'
        self._daemonic = daemonic

    @property
    def exitcode(self):
        self._check_closed()
        if self._popen is None:
            return None
        return _mp.popen_poll(self._popen)

    @property
    def pid(self):
        self._check_closed()
        if self is _current:
            return os.getpid()
        if self._popen is None:
            return None
        return _mp.popen_pid(self._popen)

    ident = pid

    @property
    def authkey(self):
        return _authkey()

    @property
    def sentinel(self):
        self._check_closed()
        return self.pid

    def __repr__(self):
        if self is _current:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._popen is None:
            status = 'initial'
        else:
            code = _mp.popen_poll(self._popen)
            status = 'started' if code is None else 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._popen is not None and not self._closed:
            info.append('pid=%s' % _mp.popen_pid(self._popen))
        info.append('parent=%s' % self._parent_pid)
        info.append(status)
        if status == 'stopped':
            code = _mp.popen_poll(self._popen)
            info.append('exitcode=%s' % _EXITCODE_TO_NAME.get(code, code))
        if self._daemonic:
            info.append('daemon')
        return '<%s>' % ' '.join(info)

    def _bootstrap(self):
        global _current, _parent
        _children.clear()
        _state['counter'] = 0
        _parent = _ParentProcess(self._parent_name, self._parent_pid)
        _current = self
        self._popen = None
        _mp.set_holder(getattr(self, '_holder', _mp.holder()))
        if getattr(self, '_log_level', None) is not None:
            from multiprocessing import util
            util.log_to_stderr(self._log_level)
        exitcode = 1
        try:
            try:
                self.run()
                exitcode = 0
            except SystemExit as e:
                code = e.args[0] if e.args else None
                if code is None:
                    exitcode = 0
                elif isinstance(code, int):
                    exitcode = code
                else:
                    sys.stderr.write(str(code) + '\n')
                    exitcode = 1
            except BaseException as e:
                exitcode = 1
                sys.stderr.write('Process %s:\n' % self.name)
                sys.stderr.write(_thread._format_exception(e))
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
            try:
                sys.stderr.flush()
            except Exception:
                pass
        return exitcode


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._daemonic = False
        self._target = None
        self._args = ()
        self._kwargs = {}


class _ParentProcess(BaseProcess):
    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._popen = None
        self._closed = False
        self._daemonic = False

    def is_alive(self):
        return os.getpid() != self._pid

    @property
    def pid(self):
        return self._pid

    ident = pid

    def join(self, timeout=None):
        pass


def _authkey():
    # The run's key (it authenticates every connection between its processes), as CPython's; plain
    # bytes (CPython's AuthenticationString subclasses bytes, which gilpy's bytes does not allow).
    return _mp.authkey()


# Linux's numbers; repr() shows a death by signal as CPython does (exitcode=-SIGTERM).
_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS',
            8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE',
            14: 'SIGALRM', 15: 'SIGTERM', 16: 'SIGSTKFLT', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP',
            20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU', 25: 'SIGXFSZ',
            26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH', 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS'}
_EXITCODE_TO_NAME = {-n: '-' + name for n, name in _SIGNALS.items()}

_current = _MainProcess()
_parent = None


def current_process():
    return _current


def parent_process():
    return _parent


def _reap():
    for k in list(_children.keys()):
        p = _children.get(k)
        if p is not None and p._popen is not None and _mp.popen_poll(p._popen) is not None:
            _children.pop(k, None)


def active_children():
    _reap()
    return list(_children.values())


_contexts = {}


class SpawnProcess(Process):
    _start_method = 'spawn'


class ForkProcess(Process):
    _start_method = 'fork'


class ForkServerProcess(Process):
    _start_method = 'forkserver'


class _FixedContext:
    def __init__(self, method, proc):
        self._method = method
        self.Process = proc

    def get_start_method(self, allow_none=False):
        return self._method

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from multiprocessing.pool import Pool
        return Pool(processes, initializer, initargs, maxtasksperchild, context=self)

    def __getattr__(self, name):
        import multiprocessing
        return getattr(multiprocessing, name)


_contexts['fork'] = _FixedContext('fork', ForkProcess)
_contexts['spawn'] = _FixedContext('spawn', SpawnProcess)
_contexts['forkserver'] = _FixedContext('forkserver', ForkServerProcess)


def get_context(method=None):
    if method is None:
        return _contexts[get_start_method()]
    if method not in _contexts:
        raise ValueError('cannot find context for %r' % (method,))
    return _contexts[method]


def _exit_function():
    for p in active_children():
        if p._daemonic:
            p.terminate()
    for p in active_children():
        p.join()
    _mp.flush_streams()
    _mp.shutdown()


_thread._register_shutdown(_exit_function)
if not _mp.is_child():
    _mp.prestart()
