# The seed's I/O-bound task (seed 000: two tasks that each wait 2 s) written with asyncio, and the
# download loop of seed 003 with sleeps standing in for the network. One thread runs everything: while
# one coroutine waits, the event loop runs another, so the waits overlap as they do with threads.
import asyncio
import time


async def task(name):
    print(f"Task {name} starting")
    await asyncio.sleep(2)          # waiting on I/O: other tasks run meanwhile
    print(f"Task {name} finished")


async def download(url, limit):
    async with limit:               # at most 3 downloads at once, like a pool of 3 workers
        await asyncio.sleep(0.2)    # the network
        return f"{url.rsplit('/', 1)[1]}: {len(url)} bytes"


async def main():
    t0 = time.perf_counter()
    await asyncio.gather(task("A"), task("B"))
    print("All tasks completed")
    elapsed = time.perf_counter() - t0
    print("the two 2-second waits overlapped:", elapsed < 3.5)

    urls = [f"https://i.example.com/image{n}.jpg" for n in range(9)]
    limit = asyncio.Semaphore(3)
    t0 = time.perf_counter()
    for line in await asyncio.gather(*(download(u, limit) for u in urls)):
        print(line)
    elapsed = time.perf_counter() - t0
    print("9 downloads of 0.2 s, 3 at a time, took about 0.6 s:", 0.55 < elapsed < 1.5)


asyncio.run(main())
