# Benchmark: the seeds' CPU-bound compute() in two threads at once, each doing the whole loop.
# Under a GIL this takes about twice cpu_1thread (the threads take turns); without one, about the same.
import threading


def compute():
    total = 0
    for i in range(10_000_000):
        total += i
    return total


results = []
threads = [threading.Thread(target=lambda: results.append(compute())) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
