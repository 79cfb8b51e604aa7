# TaskGroup: waits for its tasks; a failure cancels the rest and comes out as an ExceptionGroup.
import asyncio

async def job(n, log, fail=False):
    try:
        await asyncio.sleep(n / 100)
        if fail:
            raise ValueError(f"job {n}")
        log.append(f"done {n}")
        return n
    except asyncio.CancelledError:
        log.append(f"cancelled {n}")
        raise

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(2, log))
        t2 = tg.create_task(job(1, log), name="second")
        print("inside", t2.get_name())
    print("results", t1.result(), t2.result(), log)
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, log, fail=True))
            tg.create_task(job(5, log))
            tg.create_task(job(6, log))
    except BaseException as eg:
        print(type(eg).__name__, str(eg), [repr(e) for e in eg.exceptions])
    print(sorted(log))
    try:
        tg.create_task(c := job(1, log))
    except RuntimeError as e:
        print("RuntimeError", str(e).split(" ", 1)[0], str(e).rsplit(" ", 2)[-2:])
        c.close()
    # the body's own error cancels the tasks too
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(5, log))
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseException as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions], log)
    print(asyncio.current_task().cancelling())

asyncio.run(main())
