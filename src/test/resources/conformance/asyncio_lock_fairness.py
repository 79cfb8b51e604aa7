# asyncio.Lock / Semaphore / BoundedSemaphore: FIFO order, newcomers vs woken waiters, cancellation
# before and after a wake-up (3.11: the turn passes on), reprs with waiter counts, errors.
import asyncio


def state(obj):
    return repr(obj).split(" [", 1)[1][:-2]


async def lock_part():
    lock = asyncio.Lock()
    log = []

    async def user(name):
        log.append(f"want {name}")
        try:
            async with lock:
                log.append(f"got {name}")
                await asyncio.sleep(0)
                log.append(f"rel {name}")
        except asyncio.CancelledError:
            log.append(f"cancelled {name} locked={lock.locked()}")
            raise

    print(repr(lock))
    # first come, first served
    await asyncio.gather(*(user(n) for n in "abcd"))
    print("fifo", log); log.clear()
    # a newcomer that runs before the woken waiter still queues behind it
    await lock.acquire()
    print(repr(lock))
    waiter = asyncio.create_task(user("w"))
    await asyncio.sleep(0)
    newcomer = asyncio.create_task(user("new"))
    lock.release()
    print("released:", state(lock))
    await asyncio.gather(waiter, newcomer)
    print("newcomer", log); log.clear()
    # the only waiter is cancelled: a newcomer takes the free lock at once
    await lock.acquire()
    waiter = asyncio.create_task(user("w"))
    await asyncio.sleep(0)
    waiter.cancel()
    newcomer = asyncio.create_task(user("new"))
    lock.release()
    await asyncio.gather(waiter, newcomer, return_exceptions=True)
    print("cancelled waiter", log); log.clear()
    # cancelled before being woken: it just leaves the queue
    await lock.acquire()
    ts = [asyncio.create_task(user(n)) for n in "xyz"]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print("before wake:", state(lock))
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log); log.clear()
    # woken, then cancelled before it ran: the next waiter gets the lock
    await lock.acquire()
    ts = [asyncio.create_task(user(n)) for n in "pqr"]
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    print("woken+cancelled:", state(lock))
    await asyncio.sleep(0)
    print(state(lock), log)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(log, [type(x).__name__ for x in res]); log.clear()
    # every waiter cancelled, then released
    await lock.acquire()
    ts = [asyncio.create_task(user(n)) for n in "ijk"]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, lock.locked(), state(lock)); log.clear()
    try:
        lock.release()
    except RuntimeError as e:
        print(repr(e))
    print(await lock.acquire(), lock.locked())
    lock.release()
    async with lock as target:
        print("as", target, lock.locked())
    for bad in ("with lock: pass", "await lock"):
        try:
            if bad.startswith("with"):
                with lock:
                    pass
            else:
                await lock
        except TypeError as e:
            print(repr(e))
    try:
        asyncio.Lock(loop=asyncio.get_running_loop())
    except TypeError as e:
        print(repr(e))


async def semaphore_part():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name):
        log.append(f"want {name}")
        try:
            async with sem:
                log.append(f"got {name}")
                await asyncio.sleep(0)
            log.append(f"rel {name}")
        except asyncio.CancelledError:
            log.append(f"cancelled {name} locked={sem.locked()} value={sem._value}")
            raise

    print(repr(sem))
    await sem.acquire()
    print(repr(sem))
    waiter = asyncio.create_task(user("w"))
    await asyncio.sleep(0)
    newcomer = asyncio.create_task(user("new"))
    sem.release()
    print("released:", state(sem), sem.locked())
    await asyncio.gather(waiter, newcomer)
    print(log); log.clear()
    # a unit handed to a task that is then cancelled goes to the next one
    await sem.acquire()
    ts = [asyncio.create_task(user(n)) for n in "pqr"]
    await asyncio.sleep(0)
    sem.release()
    ts[0].cancel()
    print(state(sem))
    await asyncio.sleep(0)
    print(state(sem), log)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(log, [type(x).__name__ for x in res], state(sem)); log.clear()
    # two releases wake two waiters, in order
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(sem.locked(), state(sem))
    sem.release()
    sem.release()
    print(sem.locked(), state(sem))
    await asyncio.sleep(0)
    print(log, state(sem))
    sem.release()
    await asyncio.gather(*ts)
    print(log, state(sem)); log.clear()
    # a woken task that has not run yet keeps newcomers queued, then passes free units on
    sem = asyncio.Semaphore(0)
    first = asyncio.create_task(user("first"))
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    late = asyncio.create_task(user("late"))
    await asyncio.sleep(0)
    print(state(sem), log)
    await asyncio.gather(first, late)
    print(log, state(sem)); log.clear()
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(repr(e))
    print(repr(asyncio.Semaphore(0)).endswith("[locked]>"), await sem.acquire())
    bounded = asyncio.BoundedSemaphore(2)
    print(repr(bounded))
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print(repr(e), state(bounded))
    async with bounded as target:
        print("as", target, state(bounded))
    print(isinstance(bounded, asyncio.Semaphore))


async def main():
    await lock_part()
    await semaphore_part()


asyncio.run(main())
