# 10,000 tasks, each awaiting asyncio.sleep(0) ten times (timed as a whole process by bench/run).
import asyncio

async def worker():
    for _ in range(10):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker() for _ in range(10_000)))

asyncio.run(main())
