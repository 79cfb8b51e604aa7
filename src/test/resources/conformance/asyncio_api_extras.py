# asyncio 3.11 API checked against CPython: loop.set_task_factory/get_task_factory, DefaultEventLoopPolicy, Barrier.
import asyncio
async def job(x):
    await asyncio.sleep(0)
    return x * 2
def factory(loop, coro, **kw):
    print("factory", sorted(kw))
    t = asyncio.Task(coro, loop=loop, **kw)
    return t
async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(job(2), name="named")
    print(t.get_name(), await t)
    print(await asyncio.gather(job(1), job(3)))
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(5)
    except TypeError as e:
        print(e)
    print(type(asyncio.get_event_loop_policy()).__name__ in ("_UnixDefaultEventLoopPolicy", "BaseDefaultEventLoopPolicy"),
          issubclass(asyncio.DefaultEventLoopPolicy, asyncio.AbstractEventLoopPolicy))
asyncio.run(main())
import asyncio
async def party(b, i, log):
    idx = await b.wait()
    log.append((i, idx))
    return idx
async def barrier_main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    r = await asyncio.gather(*(party(b, i, log) for i in range(3)))
    print(sorted(r), len(log), b.n_waiting)
    # reuse, and async with
    async def ctx(i):
        async with b as pos:
            return pos
    print(sorted(await asyncio.gather(*(ctx(i) for i in range(3)))))
    # abort breaks waiters
    t = [asyncio.create_task(b.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(b.n_waiting, "waiting", "[filling, waiters:2/3]" in repr(b))
    await b.abort()
    res = await asyncio.gather(*t, return_exceptions=True)
    print([type(x).__name__ for x in res], b.broken, "[broken]" in repr(b))
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e)
    await b.reset()
    print(b.broken)
    t = [asyncio.create_task(b.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    res = await asyncio.gather(*t, return_exceptions=True)
    print([str(x) for x in res], b.n_waiting)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
asyncio.run(barrier_main())
