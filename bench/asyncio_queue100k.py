# asyncio.Queue producer/consumer, 100k items: prints items/s (self-reported).
import asyncio
import time

N = 100_000

async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    got = 0
    while True:
        x = await q.get()
        if x is None:
            return got
        got += 1

async def main():
    q = asyncio.Queue(maxsize=100)
    t0 = time.perf_counter()
    _, got = await asyncio.gather(producer(q), consumer(q))
    dt = time.perf_counter() - t0
    print(got, "items", round(got / dt), "items/s")

asyncio.run(main())
