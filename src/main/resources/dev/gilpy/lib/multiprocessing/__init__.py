"""multiprocessing for gilpy: every Process is a child JVM running its own interpreter (see README).

Only multiprocessing.process is imported with the package: a child process needs nothing else to run
its target, and each child pays for what it imports. Queue, Pool, Lock, Value, Manager... are callables
that import their submodule when called, as CPython's context methods do.
"""
from multiprocessing.process import (Process, current_process, parent_process, active_children,
                                     BaseProcess, ProcessError, AuthenticationError, TimeoutError,
                                     get_start_method, set_start_method, get_all_start_methods,
                                     get_context, cpu_count)

_LAZY = {
    'queues': ('Queue', 'JoinableQueue', 'SimpleQueue', 'Pipe'),
    'synchronize': ('Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Event', 'Condition'),
    'sharedctypes': ('Value', 'Array', 'RawValue', 'RawArray'),
    'pool': ('Pool',),
    'managers': ('Manager',),
}


def _factory(sub, name):
    # Like CPython's context methods (multiprocessing.Queue is ctx.Queue): a callable that imports
    # its submodule when it is called.
    def create(*args, **kwargs):
        return getattr(__import__('multiprocessing.' + sub, fromlist=[name]), name)(*args, **kwargs)
    create.__name__ = create.__qualname__ = name
    return create


for _sub, _names in _LAZY.items():
    for _name in _names:
        globals()[_name] = _factory(_sub, _name)
del _sub, _names, _name


def __getattr__(name):
    if name == 'Connection':   # the class itself (gilpy's; CPython's is multiprocessing.connection.Connection)
        from multiprocessing.queues import Connection
        return Connection
    raise AttributeError(f"module 'multiprocessing' has no attribute {name!r}")


def freeze_support():
    pass


def set_executable(path):
    pass


def get_logger():
    from multiprocessing import util
    return util.get_logger()


def log_to_stderr(level=None):
    from multiprocessing import util
    return util.log_to_stderr(level)
