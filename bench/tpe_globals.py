# Benchmark (issue 21, "threads are cheap"): 5,000 ThreadPoolExecutor tasks, each reading and writing a module
# global 100 times (the pool is made and shut down in each round). Prints the first round (a cold start: the
# JIT warms up here) and the median of the next 9 rounds, in seconds.
import time
from concurrent.futures import ThreadPoolExecutor

counter = 0


def task(k):
    global counter
    for _ in range(100):
        counter += 1
    return k


def round_s():
    t = time.perf_counter()
    with ThreadPoolExecutor() as ex:
        for f in [ex.submit(task, i) for i in range(5000)]:
            f.result()
    return time.perf_counter() - t


first = round_s()
runs = sorted(round_s() for _ in range(9))
print("5000 ThreadPoolExecutor tasks x 100 global updates: first round %.4f s, then median %.4f s (of 9)"
      % (first, runs[4]))
