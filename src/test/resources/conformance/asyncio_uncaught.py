# An exception escaping asyncio.run: CPython's traceback, exit status 1; output before it is kept.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    if n == 2:
        raise ConnectionError(f"download {n} failed")
    return n

async def main():
    print(await fetch(1))
    print(await asyncio.gather(fetch(1), fetch(2)))

asyncio.run(main())
