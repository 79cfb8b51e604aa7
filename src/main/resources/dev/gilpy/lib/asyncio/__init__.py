"""asyncio for gilpy: coroutines run by an event loop, with CPython 3.11's API and messages.

The event loop waits on timers and thread-safe wake-ups only (no sockets or subprocess pipes).
"""
from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .runners import *
from .threads import *
from .base_events import BaseEventLoop

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ + locks.__all__
           + queues.__all__ + timeouts.__all__ + taskgroups.__all__ + runners.__all__ + threads.__all__)


def iscoroutine(obj):
    """True for coroutine objects (and generators, and other objects with the coroutine methods)."""
    return tasks._iscoroutine(obj)


def iscoroutinefunction(func):
    """True for functions defined with async def."""
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)
