"""multiprocessing for gilpy: every Process is a child JVM running its own interpreter (see README)."""
import sys
import os
import _mp
from multiprocessing.process import (Process, current_process, parent_process, active_children,
                                     BaseProcess, ProcessError, AuthenticationError, TimeoutError,
                                     get_start_method, set_start_method, get_all_start_methods,
                                     get_context, cpu_count)
from multiprocessing.queues import Queue, JoinableQueue, SimpleQueue, Pipe, Connection
from multiprocessing.synchronize import Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray
from multiprocessing.pool import Pool
from multiprocessing.managers import Manager

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
