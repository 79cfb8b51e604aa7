# Benchmark: the seeds' CPU-bound compute() once, in one thread (the baseline for cpu_2threads).
# Also reports, on stderr, the time of the threaded section alone (bench/run's GIL-signature line).
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
t = threading.Thread(target=lambda: results.append(compute()))
t.start()
t.join()
print(f"threads section: {time.perf_counter() - t0:.4f} s", file=sys.stderr)
print(results)
