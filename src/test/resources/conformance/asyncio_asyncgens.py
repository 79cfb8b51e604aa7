# loop.shutdown_asyncgens (asyncio.run calls it): suspended async generators are closed, their finally
# blocks run; an error there goes to the exception handler; sys.set_asyncgen_hooks/get_asyncgen_hooks.
import asyncio, sys
log = []
async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        log.append(f"{name} closed")
        await asyncio.sleep(0)
        log.append(f"{name} cleanup awaited")

async def failing_close():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

keep = []
async def main():
    g = ticker("a")
    keep.append(g)
    async for x in g:
        if x == 2:
            break
    h = ticker("b")
    keep.append(h)
    print(await h.__anext__(), await h.asend(None))
    f = failing_close()
    keep.append(f)
    print(await f.__anext__())
    done = ticker("done")
    keep.append(done)
    await done.__anext__()
    await done.aclose()
    print("main done", log)
    print(sys.get_asyncgen_hooks().firstiter is not None)

asyncio.run(main())
print(sorted(log))
print(sys.get_asyncgen_hooks())

async def after():
    loop = asyncio.get_running_loop()
    await loop.shutdown_asyncgens()
    g = ticker("late")
    keep.append(g)
    import warnings
    warnings.filterwarnings("error", category=ResourceWarning)
    try:
        await g.__anext__()
    except ResourceWarning as w:
        print("ResourceWarning", str(w).split(" was ")[1])
    warnings.resetwarnings()
    await g.aclose()
asyncio.run(after())
try:
    sys.set_asyncgen_hooks(firstiter=3)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter=lambda g: print("firstiter", type(g).__name__))
async def agen():
    yield 1
a = agen()
c = a.__anext__()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
