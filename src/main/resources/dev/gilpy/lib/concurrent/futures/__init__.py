"""Asynchronous execution of callables: thread, process and interpreter pools, for gilpy."""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed, DoneAndNotDoneFutures)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool


def __getattr__(name):
    # Imported on first use, as CPython does: the process pool brings in multiprocessing (whose import starts
    # spare child JVMs, which would compete for the CPU with a program that only wanted threads or
    # interpreters), the interpreter pool brings in concurrent.interpreters.
    if name in ('ProcessPoolExecutor', 'BrokenProcessPool'):
        from concurrent.futures import process
        value = getattr(process, name)
    elif name == 'InterpreterPoolExecutor':
        from concurrent.futures.interpreter import InterpreterPoolExecutor as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor',
           'InterpreterPoolExecutor')
