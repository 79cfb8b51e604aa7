# 1,000 tasks each sleeping 0.1 s: prints the wall time from the first start to the last end (self-reported).
import asyncio
import time

async def sleeper():
    await asyncio.sleep(0.1)

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(*(sleeper() for _ in range(1000)))
    print(f"{time.perf_counter() - t0:.3f}", "s")

asyncio.run(main())
