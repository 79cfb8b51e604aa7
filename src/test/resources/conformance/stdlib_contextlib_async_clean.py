import asyncio
from contextlib import asynccontextmanager, AsyncExitStack, aclosing, nullcontext
@asynccontextmanager
async def res(n):
    print('open', n); yield n; print('close', n)
async def main():
    async with res(1) as r: print('got', r)
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(res(2)))
        st.callback(print, 'sync cb')
        st.push_async_callback(asyncio.sleep, 0)
        print(st.enter_context(nullcontext(3)))
    async with nullcontext(4) as v: print(v)
asyncio.run(main())
