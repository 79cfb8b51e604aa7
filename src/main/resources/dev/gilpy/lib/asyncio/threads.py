"""asyncio.to_thread: run a blocking function in the loop's default executor."""
import contextvars

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in a worker thread and returns (awaits) its result.

    The function sees a copy of the caller's context variables.
    """
    loop = events.get_running_loop()
    context = contextvars.copy_context()

    def call_in_context():
        return context.run(func, *args, **kwargs)

    return await loop.run_in_executor(None, call_in_context)
