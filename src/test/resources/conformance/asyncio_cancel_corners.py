# Cancellation corner cases: before the first step, twice, counts, messages, swallowing, shield, gather, wait_for.
import asyncio

log = []

async def sleeper(name, delay=10):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        log.append(f"{name} got CancelledError{e.args}")
        raise

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("stubborn swallowed it")
    return "still here"

async def main():
    # cancelled before it ever ran: the coroutine body never starts
    t = asyncio.create_task(sleeper("early"))
    print(t.cancel(), t.cancelling(), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("early:", e.args, t.cancelled(), log)
    print(t.cancel(), t.cancelling())

    # cancel with a message reaches the coroutine and the awaiter
    t = asyncio.create_task(sleeper("msg"))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("msg:", e.args, log[-1])
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)

    # a coroutine that swallows the cancellation finishes normally
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling(), t.uncancel(), t.uncancel())

    # uncancel before the task runs again: it is still cancelled (3.11)
    t = asyncio.create_task(sleeper("uncancel"))
    await asyncio.sleep(0)
    t.cancel()
    print("uncancel ->", t.uncancel(), t.cancelling())
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, t.cancelled())

    # shield: the outer is cancelled, the inner goes on
    inner = asyncio.create_task(sleeper("inner", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    print("shield:", outer.cancelled(), inner.cancelled(), await inner)

    # gather: cancelling it cancels the children; the awaiter sees CancelledError
    kids = [asyncio.create_task(sleeper(f"kid{i}")) for i in range(2)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    print("gather cancel:", g.cancel("stop all"), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", e.args, [k.cancelled() for k in kids])
    print(sorted(x for x in log if x.startswith("kid")))

    # gather with return_exceptions keeps a cancelled child's CancelledError as a value
    a = asyncio.create_task(sleeper("a"))
    b = asyncio.create_task(sleeper("b", 0))
    await asyncio.sleep(0)
    a.cancel("drop a")
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([repr(x) for x in res])

    # wait_for: the inner task is cancelled when time is up, and has finished before TimeoutError
    inner = asyncio.create_task(sleeper("slow"))
    try:
        await asyncio.wait_for(inner, 0.01)
    except TimeoutError as e:
        print("timeout:", type(e.__cause__).__name__, inner.cancelled())

    # cancelling a task that awaits a future cancels that future
    fut = asyncio.get_running_loop().create_future()
    async def waits():
        return await fut
    t = asyncio.create_task(waits())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("future:", fut.cancelled(), t.cancelled())

    # cancel() on a finished task is False and changes nothing
    done = asyncio.create_task(sleeper("quick", 0))
    await done
    print("done:", done.cancel(), done.cancelling(), done.result())

    # a task cancelling itself
    async def self_cancel():
        asyncio.current_task().cancel("me")
        await asyncio.sleep(0)
        return "not reached"
    t = asyncio.create_task(self_cancel())
    r = await asyncio.gather(t, return_exceptions=True)
    print("self:", repr(r[0]))

asyncio.run(main())
