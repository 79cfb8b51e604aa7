# CPython's SyntaxErrors for async/await in the wrong place, and what is allowed.
cases = [
    "await x",
    "def f():\n    await x",
    "class C:\n    await x",
    "def f():\n    async with x: pass",
    "def f():\n    async for i in x: pass",
    "def f():\n    return [i async for i in x]",
    "[await x for y in z]",
    "{i: 1 async for i in x}",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield from x",
    "f = lambda: await x",
    "async = 1",
    "def await(): pass",
    "async def f():\n    return [await x for y in z]",
    "def f():\n    return (await x for y in z)",
    "async def f():\n    async with a as b, c:\n        async for i in b:\n            await i",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    return lambda: await x",
    "async def f():\n    yield 1\n    return",
    "async def f():\n    return {await x async for y in z}",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok      ", repr(src))
    except SyntaxError as e:
        print("error   ", repr(src), "->", e.msg, e.lineno)
