# Order of done callbacks, call_soon/call_later/call_at handles, contexts, and the exception handler.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")
order = []

def cb(tag):
    def done(fut):
        order.append((tag, var.get(), fut.result() if not fut.cancelled() else "cancelled"))
    return done

def handler(loop, context):
    print("handler:", context["message"].split(" at ")[0], type(context.get("exception")).__name__,
          sorted(context))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    var.set("main")
    f.add_done_callback(cb("first"))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "ctx")
    f.add_done_callback(cb("second"), context=ctx)
    third = cb("third")
    f.add_done_callback(third)
    f.add_done_callback(third)
    print("removed", f.remove_done_callback(third), f.remove_done_callback(third))
    f.set_result("R")
    print("after set_result", order)      # callbacks are scheduled, not called
    await asyncio.sleep(0)
    print(order)
    order.clear()
    f.add_done_callback(cb("late"))       # on a done future: call_soon
    print("late yet?", order)
    await asyncio.sleep(0)
    print(order)

    seq = []
    now = loop.time()   # one base time: the order does not depend on how fast these lines run
    loop.call_at(now + 0.02, seq.append, "at +0.02")
    loop.call_at(now + 0.01, seq.append, "at +0.01")
    loop.call_at(now, seq.append, "at +0")
    loop.call_soon(seq.append, "soon 1")
    h = loop.call_at(now + 0.005, seq.append, "cancelled timer")
    loop.call_soon(seq.append, "soon 2")
    h.cancel()
    print(h.cancelled(), isinstance(h, asyncio.TimerHandle), h.when() > 0)
    await asyncio.sleep(0.05)
    print(seq)

    # callbacks scheduled by callbacks run on the next turn, after those already queued
    seq.clear()
    def chain(n):
        seq.append(f"chain{n}")
        if n < 3:
            loop.call_soon(chain, n + 1)
    loop.call_soon(chain, 1)
    loop.call_soon(seq.append, "other")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(seq)

    # an exception in a callback goes to the exception handler; the loop goes on
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    def bad():
        raise ZeroDivisionError("in callback")
    loop.call_soon(bad)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "extra": 1})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)
    loop.set_exception_handler(None)

    # tasks run in creation order; done callbacks of a task see its result
    seen = []
    async def job(n):
        seen.append(f"start {n}")
        await asyncio.sleep(0)
        seen.append(f"end {n}")
        return n
    ts = [asyncio.create_task(job(i)) for i in range(3)]
    for t in ts:
        t.add_done_callback(lambda t: seen.append(f"done {t.result()}"))
    await asyncio.gather(*ts)
    print(seen)

asyncio.run(main())
