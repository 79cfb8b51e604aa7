# contextvars (CPython 3.11): ContextVar get/set/reset and Token, copy_context, Context.run and its mapping,
# and asyncio: each task runs in a copy of the context it was created in, call_soon(context=).
import contextvars, asyncio
from contextvars import ContextVar, copy_context, Context, Token
v = ContextVar("v", default=1)
w = ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0] is w)
t = v.set(2)
print(v.get(), t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(3)
print(t2.old_value)
v.reset(t2); print(v.get())
v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e).split(" at ")[0][:20], "has already been used once" in str(e))
try:
    w.reset(v.set(5))
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
ctx = copy_context()
print(type(ctx).__name__, v in ctx, ctx[v], len(ctx), ctx.get(w), ctx.get(w, 9))
def f(x, y=0):
    v.set(x + y)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(f, 10, y=1), v.get(), ctx[v], ctx[w], sorted(k.name for k in ctx), sorted(map(str, ctx.values())))
print(sorted((k.name, val) for k, val in ctx.items()), w in ctx, w in copy_context())
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", "is already entered" in str(e))
try:
    ctx[ContextVar("zz")]
except KeyError as e:
    print("KeyError")
t = ctx.run(v.set, 50)
try:
    v.reset(t)
except ValueError as e:
    print("ValueError", "different Context" in str(e))
print(len(Context()), Context().get(v))
try:
    Context(1)
except TypeError as e:
    print("TypeError", e)
try:
    ContextVar(1)
except TypeError as e:
    print("TypeError", e)
print(ContextVar[int])
c2 = ctx.copy(); print(c2[v], c2 is ctx)

request = ContextVar("request", default="none")
async def handler(n):
    request.set(f"req{n}")
    await asyncio.sleep(0.001 * (3 - n))
    return request.get()
async def main():
    request.set("main")
    r = await asyncio.gather(*(handler(i) for i in range(3)))
    print(r, request.get())
    ctx = copy_context()
    ctx.run(request.set, "custom")
    t = asyncio.create_task(handler_ctx(), context=ctx)
    print(await t, request.get())
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(request.get()), context=ctx)
    print(await done)
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()))
    print(await fut)
async def handler_ctx():
    return request.get()
asyncio.run(main())
print(request.get())
