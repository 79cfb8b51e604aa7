import multiprocessing as mp
import sys
import time

def cpu_task():
    total = 0
    for i in range(10_000_000):
        total += i

if __name__ == "__main__":
    mp.Process(target=cpu_task)  # warm import
    t0 = time.perf_counter()
    p = mp.Process(target=cpu_task); p.start(); p.join()
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    ps = [mp.Process(target=cpu_task) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    two = time.perf_counter() - t0
    print("one child s:", round(one, 2), "two children s:", round(two, 2), "ratio:", round(two / one, 2))
