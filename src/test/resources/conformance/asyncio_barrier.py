# asyncio.Barrier (3.11): arrival indexes, filling/draining/resetting/broken states, n_waiting, abort,
# reset, BrokenBarrierError messages, cancelled waiters, arrivals while a round drains, reprs.
import asyncio
def st(b): return repr(b).split(" [")[1][:-2] + f" n={b.n_waiting} broken={b.broken} parties={b.parties}"
async def main():
    b = asyncio.Barrier(3)
    log = []
    async def w(n):
        try:
            i = await b.wait()
            log.append((n, i))
            return i
        except BaseException as e:
            log.append((n, type(e).__name__)); raise
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(st(b))
    ts.append(asyncio.create_task(w(2)))
    await asyncio.sleep(0)
    print(st(b), log)
    await asyncio.sleep(0)
    print(st(b), log)
    print(await asyncio.gather(*ts), st(b)); log.clear()
    # async with
    async def aw(n):
        async with b as i:
            log.append((n, i, st(b)))
    await asyncio.gather(*(aw(i) for i in range(3)))
    print(log); log.clear()
    # cancel a waiter while filling
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print(st(b), log)
    ts += [asyncio.create_task(w(i)) for i in (5, 6)]
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([type(x).__name__ for x in r], log, st(b)); log.clear()
    # abort
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print(st(b))
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(x) for x in r], log, st(b)); log.clear()
    try: await b.wait()
    except asyncio.BrokenBarrierError as e: print("wait on broken", repr(e))
    await b.reset()
    print(st(b))
    # reset while waiting
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    await b.reset()
    print(st(b))
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(x) for x in r], log, st(b)); log.clear()
    try: asyncio.Barrier(0)
    except ValueError as e: print(repr(e))
    b1 = asyncio.Barrier(1)
    print(await b1.wait(), await b1.wait(), st(b1))
    print(asyncio.BrokenBarrierError.__mro__)
    # cancel during draining
    b = asyncio.Barrier(2)
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(st(b), log)
    ts[0].cancel()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([repr(x) for x in r], log, st(b)); log.clear()
    # a third arrives while draining
    b = asyncio.Barrier(2)
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    await asyncio.sleep(0)
    print(st(b))
    ts.append(asyncio.create_task(w(2)))
    await asyncio.sleep(0)
    print(st(b), log)
    await asyncio.sleep(0)
    print(st(b), log)
    ts.append(asyncio.create_task(w(3)))
    r = await asyncio.gather(*ts, return_exceptions=True)
    print(r, log, st(b)); log.clear()
asyncio.run(main())
async def more():
    b = asyncio.Barrier(2)
    print(repr(b))
    await b.abort()
    print(repr(b))
    await b.reset()
    print(repr(b))
    try:
        await asyncio.wait_for(b.wait(), 0.01)
    except TimeoutError:
        print("timed out", repr(b))
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
asyncio.run(more())
