# Queue/LifoQueue/PriorityQueue, Lock, Event, Condition, Semaphore, BoundedSemaphore.
import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put(f"{name}{i}")
    await q.put(None)

async def consumer(q, got):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            return
        got.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    got = []
    await asyncio.gather(producer(q, 5, "p"), consumer(q, got))
    print(got, q.qsize(), q.empty(), q.full(), q.maxsize)
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", repr(q).split(" ", 3)[3])
    try:
        for _ in range(5):
            q.task_done()
    except ValueError as e:
        print(e)
    lq, pq = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait((x, str(x)))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    # join waits for task_done
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0)
            print("processed", item)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    w.cancel()
    print("joined")
    # Lock
    lock = asyncio.Lock()
    log = []
    async def critical(name):
        async with lock:
            log.append(f"in {name}")
            await asyncio.sleep(0)
            log.append(f"out {name}")
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(log, lock.locked(), repr(lock).split(' [')[1])
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    # Event
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(ev).split(' [')[1], repr(ev).startswith('<asyncio.locks.Event object at 0x'))
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print(ev.is_set())
    # Condition
    cond = asyncio.Condition()
    items = []
    async def cons(i):
        async with cond:
            await cond.wait_for(lambda: items)
            return f"c{i} got {items.pop()}"
    cs = [asyncio.create_task(cons(i)) for i in range(2)]
    await asyncio.sleep(0)
    for v in ("x", "y"):
        async with cond:
            items.append(v)
            cond.notify()
        await asyncio.sleep(0)
    print(sorted(await asyncio.gather(*cs)))
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    # Semaphore
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak[0], sem.locked(), repr(sem).split(" [")[1])
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)

asyncio.run(main())
