# Threads beside the loop: to_thread, run_in_executor, run_coroutine_threadsafe, call_soon_threadsafe.
import asyncio
import concurrent.futures
import threading
import time

def blocking(n):
    time.sleep(0.01)
    return n * n, threading.current_thread() is threading.main_thread()

async def main():
    print(await asyncio.to_thread(blocking, 3))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 4))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(3))))
    def fails():
        raise KeyError("in thread")
    try:
        await asyncio.to_thread(fails)
    except KeyError as e:
        print("to_thread raised", repr(e))
    # another thread hands work to the loop
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    results = []
    def other_thread():
        fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        results.append(fut.result(timeout=5))
        loop.call_soon_threadsafe(done.set)
    done = asyncio.Event()
    t = threading.Thread(target=other_thread)
    t.start()
    await done.wait()
    t.join()
    print("from thread", results)
    # the loop sleeps while idle, woken by another thread
    fut = loop.create_future()
    threading.Timer(0.02, lambda: loop.call_soon_threadsafe(fut.set_result, "woken")).start()
    print(await fut)

asyncio.run(main())
print("threads after run:", threading.active_count())
