# Benchmark: the seeds' CPU-bound compute() once, in one thread (the baseline for cpu_2threads).
import threading


def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total


results = []
t = threading.Thread(target=lambda: results.append(compute()))
t.start()
t.join()
print(results)
