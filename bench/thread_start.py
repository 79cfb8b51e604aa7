# Benchmark (issue 21, "threads are cheap"): the cost of starting a thread. threading.Thread(target=f).start()
# followed by join(), 2,000 times in a row after 200 warm-up starts; prints the median of 5 rounds as
# milliseconds per start+join. The thread's body is empty, so this is the start/exit machinery alone.
import threading
import time


def f():
    pass


def round_ms(n):
    t = time.perf_counter()
    for _ in range(n):
        th = threading.Thread(target=f)
        th.start()
        th.join()
    return (time.perf_counter() - t) * 1000 / n


round_ms(200)
runs = sorted(round_ms(2000) for _ in range(5))
print("thread start+join: %.3f ms (median of 5 rounds of 2000)" % runs[2])
