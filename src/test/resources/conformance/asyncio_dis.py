# The opcodes of async code, as dis shows them (only the coroutine-related ones: offsets and the
# rest of the layout are gilpy's, see README "dis").
import dis

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)

ASYNC_OPS = {"RETURN_GENERATOR", "GET_AWAITABLE", "SEND", "YIELD_VALUE", "GET_AITER", "GET_ANEXT",
             "END_ASYNC_FOR", "BEFORE_ASYNC_WITH", "ASYNC_GEN_WRAP", "JUMP_BACKWARD_NO_INTERRUPT", "RESUME"}

def ops(fn):
    buf = Buf()
    dis.dis(fn, file=buf)
    out = []
    for line in "".join(buf.parts).splitlines():
        words = line.replace(">>", "").split()
        for i, w in enumerate(words):
            if w in ASYNC_OPS:
                arg = words[i + 1] if w in ("RESUME", "GET_AWAITABLE") else ""
                out.append((w + " " + arg).strip())
                break
    return out

async def f(a, cm):
    async with cm as x:
        await a
    async for i in a:
        pass
    return [j async for j in a]

async def g():
    yield 1
    await g

def h():
    yield 1

for fn in (f, g, h):
    print(fn.__name__, ops(fn))
    print("  flags", hex(fn.__code__.co_flags & 0x3a0))
