# AOT/CDS training run for `make build`: touches the interpreter's common
# paths (loops, calls, formatting, classes, comprehensions, exceptions,
# threads, a multiprocessing child and queue) so the JDK's AOT cache covers
# the classes they load. Child processes use the same cache: what the parent
# trains here (os, time, multiprocessing, serialization) is their start-up.
import sys
import time
import math
import multiprocessing as mp
try:
    import threading
except ImportError:  # until the threading module exists
    threading = None


def add(a, b=1, *rest, **kw):
    return a + b + sum(rest) + len(kw)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


total = 0
for i in range(20000):
    total += add(i, 2)
words = "the quick brown fox".split()
squares = [n * n for n in range(50) if n % 3]
index = {w: len(w) for w in words}
p = Point(1, 2) + Point(3, 4)
try:
    {}["missing"]
except KeyError as e:
    err = repr(e)
try:
    1 / 0
except ZeroDivisionError:
    pass
text = "%s|%5.2f|%d" % ("x", 3.14159, 42) + "{:>8}".format("r") + f"{total:,}"
gen = sum(x for x in range(100))
if threading is not None:
    t = threading.Thread(target=fib, args=(15,))
    t.start()
    t.join()
print(total, fib(18), sorted(index.items()), p, err, text, gen, len(squares))
sys.stdout.write("ok\n")


def mp_producer(q, n):
    back = mp.Queue()       # hosted here: the parent streams into it, as children do into theirs
    q.put(back)
    for i in range(n):
        q.put((i, "item", [i]))
    q.put(None)
    while back.get() is not None:
        pass


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=mp_producer, args=(q, 500))
    child.start()
    back = q.get()
    while q.get() is not None:
        pass
    # Both directions of a queue in steady use, so the cache holds every class that path loads.
    for i in range(2000):
        back.put(i)
        q.put(i)
        q.get()
    back.put(None)
    child.join()
    print("mp", child.exitcode, time.perf_counter() > 0)
# The C library's math functions (runtime/Libm): linking them loads JDK classes worth caching.
print("libm", 2.0 ** 0.5, math.sin(1.0), math.log(3))
# asyncio (tasks, futures, queues, contextvars, timers): the classes an event loop's first run loads.
import asyncio


async def _train_async():
    q = asyncio.Queue(maxsize=4)

    async def produce():
        for i in range(200):
            await q.put(i)
        await q.put(None)

    async def consume():
        while await q.get() is not None:
            await asyncio.sleep(0)

    await asyncio.gather(produce(), consume(), *(asyncio.sleep(0.001) for _ in range(50)))


asyncio.run(_train_async())
print("asyncio ok")
