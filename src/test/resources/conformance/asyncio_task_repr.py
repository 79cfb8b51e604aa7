# Reprs of tasks, futures and handles in each state, as CPython 3.11 shows them (paths replaced).
import asyncio
import functools

def show(obj):
    print(repr(obj).replace(__file__, "FILE"))

async def sleeper():
    await asyncio.sleep(10)

async def answer():
    return 42

async def broken():
    raise KeyError("gone")

def plain(x, y=0):
    pass

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    show(t)
    await asyncio.sleep(0)
    show(t)
    t.cancel()
    show(t)
    await asyncio.sleep(0)
    show(t)
    t2 = asyncio.create_task(answer(), name="the answer")
    await asyncio.sleep(0)
    show(t2)
    t3 = asyncio.create_task(broken())
    await asyncio.sleep(0)
    show(t3)
    t3.exception()
    f = loop.create_future()
    show(f)
    f.add_done_callback(plain)
    show(f)
    f.add_done_callback(print)
    show(f)
    f.add_done_callback(functools.partial(plain, 1))
    f.add_done_callback(plain)
    show(f)
    waiting = asyncio.create_task(asyncio.wait_for(f, 100))
    await asyncio.sleep(0)
    f.set_result([1, "two"])
    show(f)
    await waiting
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    show(g)
    g.exception()
    c = loop.create_future()
    c.cancel("why")
    show(c)
    show(loop.call_soon(plain, 1, 2))
    show(loop.call_soon(functools.partial(plain, y=4), 5))
    h = loop.call_soon(print)
    h.cancel()
    show(h)
    show(asyncio.gather())
    gat = asyncio.gather(answer())
    show(gat)
    await gat
    show(gat)
    print(asyncio.current_task().get_name(), t.get_name(), t2.get_name())
    t2.set_name(12345)
    print(repr(t2.get_name()))

asyncio.run(main())
