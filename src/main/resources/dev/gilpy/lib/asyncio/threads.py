"""asyncio.to_thread (CPython 3.11: asyncio/threads.py), written for gilpy."""
import functools
from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default executor (a thread) and awaits its result."""
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, functools.partial(func, *args, **kwargs))
