# A task's exception that nobody retrieves is reported when the loop is done with it.
import asyncio

async def fails():
    raise ValueError("nobody looked")

async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("after run")
