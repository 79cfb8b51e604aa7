"""Asynchronous execution of callables (thread pools) for gilpy.

ProcessPoolExecutor belongs to the multiprocessing work and is not provided yet."""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed, DoneAndNotDoneFutures)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool


def __getattr__(name):
    # Imported on first use, as CPython does: it brings in concurrent.interpreters.
    if name == 'InterpreterPoolExecutor':
        from concurrent.futures.interpreter import InterpreterPoolExecutor
        globals()['InterpreterPoolExecutor'] = InterpreterPoolExecutor
        return InterpreterPoolExecutor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor',
           'InterpreterPoolExecutor')
