# Benchmark: the seeds' CPU-bound compute() in two threads at once, each doing the whole loop.
# Under a GIL this takes about twice cpu_1thread (the threads take turns); without one, about the same.
import sys
import threading
import time


def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total


results = []
t0 = time.perf_counter()
threads = [threading.Thread(target=lambda: results.append(compute())) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"threads section: {time.perf_counter() - t0:.4f} s", file=sys.stderr)
print(results)
