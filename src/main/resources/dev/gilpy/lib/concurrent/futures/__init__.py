"""Asynchronous execution of callables (thread pools) for gilpy.

ProcessPoolExecutor belongs to the multiprocessing work and is not provided yet."""
from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError, BrokenExecutor, Future, Executor,
                                      wait, as_completed, DoneAndNotDoneFutures)
from concurrent.futures.thread import ThreadPoolExecutor, BrokenThreadPool
from concurrent.futures.process import ProcessPoolExecutor, BrokenProcessPool

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ThreadPoolExecutor', 'ProcessPoolExecutor')
