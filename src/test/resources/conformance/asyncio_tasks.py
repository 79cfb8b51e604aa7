# Tasks, names, gather, sleep ordering, futures and callbacks, loop methods.
import asyncio

async def work(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()

async def main():
    log = []
    t = asyncio.create_task(work("a", 0.02, log))
    print(t.get_name(), t.done(), type(t).__name__)
    t.set_name("worker-a")
    print(t.get_name())
    r = await asyncio.gather(work("b", 0.01, log), t, work("c", 0, log))
    print(r, log)
    print(asyncio.current_task().get_name(), t.done(), t.result())
    print(len(asyncio.all_tasks()))
    # gather with return_exceptions
    async def boom(x):
        await asyncio.sleep(0)
        raise ValueError(x)
    print(await asyncio.gather(boom(1), work("d", 0, log), return_exceptions=True))
    try:
        await asyncio.gather(boom(2), work("e", 0.01, log))
    except ValueError as e:
        print("gather raised", repr(e))
    print(await asyncio.gather())
    # a Future set by a callback
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_later(0.01, fut.set_result, "late")
    seen = []
    fut.add_done_callback(lambda f: seen.append(f.result()))
    print(await fut, repr(fut))
    await asyncio.sleep(0)
    print(seen)
    f2 = loop.create_future()
    try:
        f2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    try:
        f2.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", str(e).split(":")[0])
    # ordering of call_soon / call_later / call_at
    order = []
    loop.call_later(0.02, order.append, "later2")
    loop.call_at(loop.time() + 0.01, order.append, "at1")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    print(order)
    # ensure_future and awaitables
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "awaited"
    print(await asyncio.ensure_future(Awaitable()))
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(e)
    c = asyncio.sleep(0)
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(c), asyncio.isfuture(fut))
    c.close()
    return "main done"

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(work("x", 0, [])))
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.run(5)
except ValueError as e:
    print(e)
