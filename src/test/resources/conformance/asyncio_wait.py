# wait (FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED, timeout), wait_for, timeout, as_completed.
import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    ts = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all", names(done), names(pending), sorted(t.result() for t in done))
    ts = [asyncio.create_task(job(1, fail=True), name="bad"), asyncio.create_task(job(5), name="slow")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exc", names(done), names(pending), repr(ts[0].exception()))
    done, pending = await asyncio.wait(ts, timeout=0.001)
    print("timeout", names(done), names(pending))
    ts[1].cancel()
    c = asyncio.sleep(0)
    for bad in ([], c):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    c.close()
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    # wait_for
    print(await asyncio.wait_for(job(1), timeout=1))
    try:
        await asyncio.wait_for(job(50), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timeout", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(job(50), timeout=0)
    except asyncio.TimeoutError:
        print("wait_for zero timeout")
    print(await asyncio.wait_for(job(0), None))
    # timeout / timeout_at
    try:
        async with asyncio.timeout(0.01) as cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout expired", cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when(), repr(cm))
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired")
    # as_completed
    results = []
    for aw in asyncio.as_completed([job(3), job(1), job(2)]):
        results.append(await aw)
    print("as_completed", results)
    try:
        for aw in asyncio.as_completed([job(50)], timeout=0.01):
            await aw
    except TimeoutError:
        print("as_completed timeout")

asyncio.run(main())
