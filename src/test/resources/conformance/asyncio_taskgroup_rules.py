# TaskGroup (3.11): reprs through its life, create_task errors (not entered / shutting down / finished),
# error order (children, then the body), external cancellation, cancelling() counts, SystemExit from the
# body, BaseExceptionGroup, nested groups, name/context of tasks.
import asyncio
async def boom(d, exc):
    await asyncio.sleep(d); raise exc
async def ok(d, log, n):
    try:
        await asyncio.sleep(d); log.append(n); return n
    except asyncio.CancelledError:
        log.append(f"c{n}"); raise
async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn cancelled")
        await asyncio.sleep(0.01)
        raise ValueError("during cancel")
def cn(): return asyncio.current_task().cancelling()
async def main():
    # body catches the parent-cancel and raises another error
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0.01, ValueError("child")))
            try: await asyncio.sleep(1)
            except asyncio.CancelledError: raise KeyError("body")
    except ExceptionGroup as eg: print(1, repr(eg), cn())
    # body catches cancel and ends normally
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0.01, ValueError("child")))
            try: await asyncio.sleep(1)
            except asyncio.CancelledError: print("body swallowed")
    except ExceptionGroup as eg: print(2, repr(eg), cn())
    # child raising in its cancellation handler
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0.01, ValueError("first")))
            tg.create_task(stubborn(log))
    except ExceptionGroup as eg: print(3, repr(eg), log, cn())
    # external cancel plus child error
    async def inner(log):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(log))
            await asyncio.sleep(1)
    log = []
    t = asyncio.create_task(inner(log))
    await asyncio.sleep(0.01); t.cancel()
    try: await t
    except BaseException as e: print(4, repr(e), log)
    # external cancel while in __aexit__
    async def inner2(log):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1, log, 1))
    log = []
    t = asyncio.create_task(inner2(log))
    await asyncio.sleep(0.01); t.cancel()
    try: await t
    except BaseException as e: print(5, repr(e), log, t.cancelling())
    # external cancel while in __aexit__, child errors on cancel
    async def inner3(log):
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(log))
    log = []
    t = asyncio.create_task(inner3(log))
    await asyncio.sleep(0.01); t.cancel()
    try: await t
    except BaseException as e: print(6, repr(e), log)
    # body SystemExit plus child error
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(log))
            await asyncio.sleep(0)
            raise SystemExit(3)
    except BaseException as e: print(7, repr(e))
    # BaseExceptionGroup when a child raises a BaseException subclass that is not SE/KI
    class MyBase(BaseException): pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0, MyBase("mb")))
    except BaseException as e: print(8, repr(e), type(e).__name__)
    # context / cause of the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0, ValueError("v")))
    except BaseException as e: print(9, e.__cause__, e.__suppress_context__, e.__context__)
    # tasks are done by the time the group exits; result ordering
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(ok(0.01 * (3 - i), [], i)) for i in range(3)]
    print(10, [t.result() for t in ts], cn())
    print(11, repr(tg))
async def lifecycle():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        tg.create_task(c := ok(0, [], 1))
    except RuntimeError as e:
        print(repr(e)); c.close()
    async with tg as same:
        print(same is tg, repr(tg))
        t = tg.create_task(ok(0, [], 1), name="one")
        print(repr(tg), t.get_name())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(repr(e))
    print(repr(tg), t.result())
    try:
        tg.create_task(c := ok(0, [], 1))
    except RuntimeError as e:
        print(repr(e)); c.close()
    async def spawner(tg, log):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append(repr(tg))
            try:
                tg.create_task(c := ok(0, [], 1))
            except RuntimeError as e:
                log.append(repr(e)); c.close()
            raise
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0.01, ValueError("x")))
            tg.create_task(spawner(tg, log))
    except ExceptionGroup as eg:
        print(repr(eg), log, repr(tg))
    async def late_spawner(tg, log):
        await asyncio.sleep(0.01)
        tg.create_task(ok(0, log, "late"))
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(late_spawner(tg, log))
    print("late", log)
    import contextvars
    var = contextvars.ContextVar("var", default=0)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 42)
    async def read():
        return var.get()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(read(), name="nm", context=ctx)
        t2 = tg.create_task(read())
    print(t1.get_name(), t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1, log, 9))
            await asyncio.sleep(0)
            raise SystemExit(5)
    except SystemExit as e:
        print("SystemExit", e.code, log[-1])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(0, ValueError(1)))
            tg.create_task(boom(0, ValueError(2)))
    except* ValueError as eg:
        print(str(eg), len(eg.exceptions))
asyncio.run(main())
asyncio.run(lifecycle())
