"""Ctrl-C handling for test runs (-c/--catch): the first Ctrl-C stops the run after the current test."""

import signal
import weakref

__unittest = True

_results = weakref.WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler:
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        self.default_handler = default_handler if callable(default_handler) else signal.default_int_handler

    def __call__(self, signum, frame):
        installed = signal.getsignal(signal.SIGINT)
        if installed is not self or self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def registerResult(result):
    _results[result] = 1


def removeResult(result):
    return _results.pop(result, None) is not None


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is None:
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        def wrapper(*args, **kwargs):
            saved = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, saved)
        return wrapper
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        _interrupt_handler = None
