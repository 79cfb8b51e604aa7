# Cancellation: CancelledError in the task, finally blocks, messages, uncancel/cancelling, shield.
import asyncio

async def sleeper(log, name="s"):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(t.cancel("stop it"), t.cancelling())
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raised", type(e).__name__)
    # a task that swallows the cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            asyncio.current_task().uncancel()
            return "kept going"
    t2 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t2.cancel()
    print(await t2, t2.cancelling())
    # cancel before the first step
    t3 = asyncio.create_task(sleeper(log, "early"))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("early cancelled", log[-1:])
    # shield
    async def precious():
        await asyncio.sleep(0.01)
        return "precious result"
    inner = asyncio.create_task(precious())
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner:", inner.cancelled())
    print(await inner)
    # cancel propagates through nested awaits
    async def level2():
        try:
            await asyncio.sleep(10)
        finally:
            print("level2 finally")
    async def level1():
        try:
            await level2()
        finally:
            print("level1 finally")
    t4 = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t4.cancel()
    await asyncio.gather(t4, return_exceptions=True)
    print("t4", t4.cancelled())
    # gather cancelled
    g = asyncio.gather(asyncio.sleep(10), asyncio.sleep(10))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(isinstance(asyncio.CancelledError(), Exception), issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())
