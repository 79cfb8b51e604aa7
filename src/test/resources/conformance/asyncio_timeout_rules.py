# asyncio.timeout / timeout_at / Timeout (3.11): states in the repr (created, active when=..., expiring,
# expired, finished), reschedule rules and messages, TimeoutError caused by the CancelledError, past
# deadlines, swallowed cancellations, nesting, outside cancellation; to_thread copies contextvars.
import asyncio
import contextvars
import threading


def short(t):
    return repr(t).split(" when")[0]


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t), t.when(), t.expired())
    async with t as same:
        print(same is t, repr(t))
        t.reschedule(loop.time() + 100)
        print(repr(t))
    print(repr(t), t.expired())
    print(repr(asyncio.Timeout(12.34567)), asyncio.Timeout(5).when())
    try:
        async with asyncio.timeout(0.01) as t:
            print(repr(t))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__, repr(e.__cause__), t.expired(), repr(t))
    try:
        async with asyncio.timeout(-1) as t:
            print("body runs", t.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("negative delay", t.expired())
    async with asyncio.timeout(0) as t:
        pass
    print("no await, no error", t.expired(), asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    async with asyncio.timeout_at(loop.time() + 10) as t:
        await asyncio.sleep(0)
    print("in time", t.expired())
    try:
        async with asyncio.timeout(10) as t:
            t.reschedule(loop.time())
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled to now", t.expired())
    async with asyncio.timeout(0.01) as t:
        t.reschedule(None)
        await asyncio.sleep(0.03)
    print("deadline removed", t.expired())
    async with asyncio.timeout(0.01) as t:
        t.reschedule(loop.time() + 10)
        await asyncio.sleep(0.03)
    print("deadline extended", t.expired())
    try:
        async with asyncio.timeout(None) as t:
            t.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("deadline set late", t.expired())
    for when in (1, None):
        try:
            t.reschedule(when)
        except RuntimeError as e:
            print(repr(e))
    fresh = asyncio.timeout(1)
    try:
        fresh.reschedule(1)
    except RuntimeError as e:
        print(repr(e))
    async with fresh:
        pass
    try:
        async with fresh:
            pass
    except RuntimeError as e:
        print(repr(e))
    # the block swallows the cancellation: no TimeoutError, but expired()
    async with asyncio.timeout(0.01) as t:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inside", short(t), t.expired())
            try:
                t.reschedule(None)
            except RuntimeError as e:
                print(repr(e))
    print("swallowed", short(t), t.expired(), asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("other")
    except ValueError as e:
        print(repr(e), short(t))
    # nested: the outer deadline fires; the inner block lets it through
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(10) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner caught it (wrong)")
    except TimeoutError:
        print("outer", outer.expired(), inner.expired(), asyncio.current_task().cancelling())
    # a cancellation from outside passes through unchanged
    async def guarded():
        async with asyncio.timeout(10) as t:
            await asyncio.sleep(1)
    task = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outside cancel passes", task.cancelled())
    # to_thread: positional and keyword arguments, a copy of the context, another thread
    var = contextvars.ContextVar("var", default="unset")
    var.set("from loop")

    def work(a, *, b):
        seen = var.get()
        var.set("changed in thread")
        return a + b, seen, threading.current_thread() is threading.main_thread()

    print(await asyncio.to_thread(work, 1, b=2), var.get())
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print(repr(e))


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print(repr(e))


async def no_task():
    async with asyncio.timeout(1):
        pass
coro = no_task()
try:
    coro.send(None)
except RuntimeError as e:
    print(repr(e))
