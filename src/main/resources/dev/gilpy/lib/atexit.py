"""Functions to call when the interpreter exits normally (gilpy's own).

They run last-registered first, after non-daemon threads were joined; an exception in one is
printed ("Exception ignored in atexit callback: ...") and the others still run. os._exit() and
multiprocessing children (which end like CPython's forked ones) run none."""

import sys

_callbacks = []


def register(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit; returns func, so it serves as a decorator."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    """Forget every registration of func (compared with ==)."""
    _callbacks[:] = [entry for entry in _callbacks if not entry[0] == func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _without_own_frames(text):
    """Drop this module's frames from a traceback text: the report starts at the callback."""
    own = '  File "%s"' % __file__
    kept = []
    skipping = False
    for line in text.splitlines(True):
        if line.startswith('  File '):
            skipping = line.startswith(own)
        elif not line.startswith('    '):
            skipping = False
        if not skipping:
            kept.append(line)
    return ''.join(kept)


def _run_exitfuncs():
    """Run and forget the registered callbacks, newest first."""
    import _thread
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            try:
                sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
                sys.stderr.write(_without_own_frames(_thread._format_exception(exc)))
            except BaseException:
                pass
