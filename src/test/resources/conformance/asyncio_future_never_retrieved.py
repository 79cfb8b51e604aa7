# A plain Future's exception nobody looked at is reported when the loop closes; retrieved ones are not.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    looked = loop.create_future()
    looked.set_exception(RuntimeError("seen"))
    looked.exception()
    ignored_cancel = loop.create_future()
    ignored_cancel.cancel()
    lost = loop.create_future()
    lost.set_exception(OSError(5, "never looked at"))
    print("main done")

asyncio.run(main())
print("after run")
