# Benchmark: the seed's CPU loop in 1 sub-interpreter vs in 2 at once (a thread each), in one process.
# Each interpreter has its own GIL, so 2/1 stays near 1 on 2 free cores even with --gil on.
import os
import sys
import threading
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interp_common import interpreters, CPU_TASK

N = 5_000_000
SRC = CPU_TASK % N


def run(count):
    interps = [interpreters.create() for _ in range(count)]
    threads = [threading.Thread(target=i.exec, args=(SRC,)) for i in interps]
    t = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    dt = time.perf_counter() - t
    for i in interps:
        i.close()
    return dt


run(2)                                  # warm-up (parser, compiled tier)
one = sorted(run(1) for _ in range(5))[2]
two = sorted(run(2) for _ in range(5))[2]
print("seed CPU loop (%d iterations): 1 interpreter %.3f s, 2 interpreters %.3f s, 2/1 = %.2f (medians of 5)"
      % (N, one, two, two / one))
