# asyncio.Event and Condition: wake-ups, notify(n)/notify_all, wait_for, a lock shared by two
# conditions, the lock held again after a cancelled wait (queueing behind the other waiters),
# reprs, errors; every primitive is bound to the loop of its first wait.
import asyncio


def state(obj):
    return repr(obj).split(" [", 1)[1][:-2]


async def event_part():
    ev = asyncio.Event()
    print(repr(ev))
    log = []

    async def waiter(n):
        try:
            log.append((n, await ev.wait()))
        except asyncio.CancelledError:
            log.append((n, "cancelled"))
            raise

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev))
    ts[1].cancel()
    ev.set()
    ev.clear()   # those already woken still return True
    print(state(ev), ev.is_set())
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, state(ev))
    ev.set()
    print(await ev.wait(), repr(ev))
    ev.set()
    print(ev.is_set())


async def condition_part():
    cond = asyncio.Condition()
    print(repr(cond))
    log = []

    async def waiter(n):
        async with cond:
            try:
                result = await cond.wait()
                log.append((n, result, cond.locked()))
            except asyncio.CancelledError:
                log.append((n, "cancelled", cond.locked()))
                raise

    ts = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(cond))
    async with cond:
        cond.notify()
        print(state(cond))
    await asyncio.sleep(0)
    print(log, state(cond))
    async with cond:
        cond.notify(2)
    ts[3].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, state(cond)); log.clear()
    for call in (cond.notify, cond.notify_all, cond.release):
        try:
            call()
        except RuntimeError as e:
            print(call.__name__, repr(e))
    try:
        await cond.wait()
    except RuntimeError as e:
        print(repr(e))
    # wait_for re-checks the predicate after each notify and returns its value
    level = [0]

    async def watcher():
        async with cond:
            got = await cond.wait_for(lambda: log.append("check") or (level[0] >= 2 and level[0] * 10))
            log.append(("watcher", got))

    t = asyncio.create_task(watcher())
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            level[0] += 1
            cond.notify_all()
    await t
    print(log); log.clear()
    async with cond:
        print(await cond.wait_for(lambda: "at once"))
    # a notified waiter cancelled before it runs does not pass the notification on
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    ts[0].cancel()
    await asyncio.sleep(0.01)
    print(log, state(cond))
    for t in ts:
        t.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    log.clear()
    # cancelled while queueing for the lock again: it retries from the back of the queue
    ts = [asyncio.create_task(waiter(i)) for i in range(2)]
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify_all()
    cond.release()
    await cond.acquire()
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print(log, state(cond))
    cond.release()
    print([type(r).__name__ for r in await asyncio.gather(*ts, return_exceptions=True)], log)
    log.clear()
    # a cancelled wait() still returns with the lock held
    t = asyncio.create_task(waiter(9))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, cond.locked())
    # two conditions over one lock
    lock = asyncio.Lock()
    c1, c2 = asyncio.Condition(lock), asyncio.Condition(lock)
    async with c1:
        print(lock.locked(), c2.locked(), state(c2))
    print(lock.locked(), c1.acquire.__self__ is lock, c2.release.__self__ is lock)
    async with c1 as target:
        print("as", target)


lock = asyncio.Lock()
ev = asyncio.Event()
queue = asyncio.Queue()
cond = asyncio.Condition()


async def use_everything():
    await lock.acquire()
    for coro in (lock.acquire(), ev.wait(), queue.get()):
        try:
            await asyncio.wait_for(coro, 0.01)
        except TimeoutError:
            print("timed out")
    async with cond:
        try:
            await asyncio.wait_for(cond.wait(), 0.01)
        except TimeoutError:
            print("timed out", cond.locked())


async def main():
    await event_part()
    await condition_part()
    await use_everything()


asyncio.run(main())
try:
    asyncio.run(use_everything())
except RuntimeError as e:
    print(e)
for obj in (ev, queue, cond):
    async def again():
        if obj is cond:
            async with cond:
                await cond.wait()
        elif obj is ev:
            await ev.wait()
        else:
            await queue.get()
    try:
        asyncio.run(again())
    except RuntimeError as e:
        print(e)
