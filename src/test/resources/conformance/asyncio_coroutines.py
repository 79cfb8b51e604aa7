import types
class Fut:
    def __await__(self):
        v = yield "fut-yield"
        return v
async def inner():
    try:
        r = await Fut()
        print("inner got", r)
        return r
    except ValueError as e:
        print("inner caught", e)
        return "recovered"
    finally:
        print("inner finally")
async def outer():
    x = await inner()
    print("outer got", x)
    y = await inner()
    return x, y
c = outer()
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send(7)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RE", e)
c2 = outer(); c2.send(None); c2.close(); print("closed", c2.cr_running)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def m():
    g = agen()
    print(await anext(g))
    print(await g.aclose())
    print(await anext(g, "dflt"))
    it = aiter(agen())
    print(await it.__anext__())
    await it.aclose()
    try:
        await anext(1)
    except TypeError as e: print(e)
    try:
        aiter(1)
    except TypeError as e: print(e)
    try:
        await 3
    except TypeError as e: print(e)
    async def co(): return 1
    x = co(); await x
    try:
        await x
    except RuntimeError as e: print(e)
    try:
        async for i in 5: pass
    except TypeError as e: print(e)
    try:
        async with 5: pass
    except TypeError as e: print(e)
    print(await anext(g, 9))
    print([v async for v in agen() if v > 1])
    print({v: w async for v in agen() for w in range(v)})
    gg = (v * 2 async for v in agen())
    print(type(gg).__name__, [x async for x in gg])
try:
    m().send(None)
except StopIteration:
    pass
print("end")
