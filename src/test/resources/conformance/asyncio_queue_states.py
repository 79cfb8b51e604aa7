# asyncio.Queue/LifoQueue/PriorityQueue: reprs and str with waiters and task counts, maxsize forms,
# QueueFull/QueueEmpty, task_done/join, getters and putters cancelled before or after their wake-up.
import asyncio
def r(q): return repr(q)
async def main():
    q = asyncio.Queue(2)
    print(str(q), r(q), q.maxsize, q.qsize(), q.empty(), q.full())
    gs = [asyncio.create_task(q.get()) for _ in range(2)]
    await asyncio.sleep(0)
    print(str(q), r(q))
    q.put_nowait("a")
    print(str(q), r(q))
    await asyncio.sleep(0)
    print(str(q), r(q), gs[0].result(), gs[1].done())
    q.put_nowait("b")
    await asyncio.sleep(0)
    for x in "cd": q.put_nowait(x)
    ps = [asyncio.create_task(q.put(x)) for x in "ef"]
    await asyncio.sleep(0)
    print(str(q), r(q), q.full())
    print(q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(str(q))
    try: q.put_nowait("z")
    except asyncio.QueueFull as e: print("full", repr(e))
    print([q.get_nowait() for _ in range(2)]); await asyncio.sleep(0); print(str(q), q.get_nowait())
    try: q.get_nowait()
    except asyncio.QueueEmpty as e: print("empty", repr(e))
    print(str(q))
    for c in (asyncio.LifoQueue, asyncio.PriorityQueue):
        qq = c(); qq.put_nowait(3); qq.put_nowait(1); qq.put_nowait(2)
        print(str(qq), r(qq), [qq.get_nowait() for _ in range(3)])
    for m in (0, -1, None):
        try:
            qq = asyncio.Queue(m); print(m, qq.full(), qq.maxsize, str(qq))
            for i in range(5): qq.put_nowait(i)
            print(qq.full(), qq.qsize())
        except Exception as e: print(repr(e))
    qq = asyncio.Queue(1.5)
    qq.put_nowait(1); print(qq.full(), str(qq)); qq.put_nowait(2); print(qq.full())
    print(asyncio.Queue[int], asyncio.PriorityQueue[str])
    q = asyncio.Queue()
    try: q.task_done()
    except ValueError as e: print(repr(e))
    await q.join(); print("join empty ok")
    q.put_nowait(1); q.get_nowait()
    print(str(q))
    t = asyncio.create_task(q.join())
    await asyncio.sleep(0); print(t.done())
    q.task_done(); await asyncio.sleep(0); print(t.done(), str(q))
    # getter cancelled after wake
    log = []
    async def g(n):
        try:
            v = await q.get(); log.append((n, v))
        except asyncio.CancelledError:
            log.append((n, "cancelled")); raise
    gs = [asyncio.create_task(g(i)) for i in range(3)]
    await asyncio.sleep(0)
    q.put_nowait("x")
    gs[0].cancel()
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    q.put_nowait("y")
    await asyncio.sleep(0)
    print(log, str(q))
    gs[2].cancel()
    await asyncio.gather(*gs, return_exceptions=True)
    print(log, str(q))
    # putter cancelled after wake
    log.clear()
    q = asyncio.Queue(1); q.put_nowait(0)
    async def p(n):
        try:
            await q.put(n); log.append(("put", n))
        except asyncio.CancelledError:
            log.append((n, "cancelled")); raise
    ps = [asyncio.create_task(p(i)) for i in range(1, 4)]
    await asyncio.sleep(0)
    print(str(q))
    q.get_nowait()
    ps[0].cancel()
    await asyncio.sleep(0)
    print(log, str(q))
    await asyncio.sleep(0)
    print(log, str(q))
    q.get_nowait(); await asyncio.sleep(0); await asyncio.sleep(0)
    print(log, str(q))
    # get cancelled before wake (plain)
    q = asyncio.Queue()
    t = asyncio.create_task(q.get()); await asyncio.sleep(0); t.cancel(); await asyncio.sleep(0)
    print(t.cancelled(), str(q))
    print(q.get.__qualname__, asyncio.iscoroutinefunction(q.get), asyncio.iscoroutinefunction(q.join))
    print(type(q).__module__, asyncio.QueueFull.__module__, asyncio.QueueFull.__mro__)
asyncio.run(main())
class Dedup(asyncio.Queue):
    def _init(self, maxsize):
        super()._init(maxsize)
        self.seen = set()
    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            super()._put(item)
async def hooks():
    q = Dedup()
    for x in "abab":
        await q.put(x)
    print(str(q), q.qsize())
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print(out)
    print(str(q))   # the dropped duplicates were counted as put
    q.task_done(); q.task_done()
    await q.join()
    pq = asyncio.PriorityQueue(2)
    await pq.put((2, "b"))
    await pq.put((1, "a"))
    t = asyncio.create_task(pq.put((0, "z")))
    await asyncio.sleep(0)
    print(str(pq), [await pq.get() for _ in range(3)], t.done())
asyncio.run(hooks())
