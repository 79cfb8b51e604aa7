# Benchmark: the seed's CPU loop in 1 sub-interpreter vs in 2 at once (a thread each), in one process, and
# beside them 2 threads of one interpreter running the same source. Each interpreter has its own GIL, so the
# 2/1 ratio stays near 1 on 2 free cores even with --gil on, while 2 threads under one GIL take about 2
# (and about 1 with --gil off). The runs alternate, so a change in the machine's load hits all three alike.
import os
import sys
import threading
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interp_common import interpreters, CPU_TASK

N = 5_000_000
SRC = CPU_TASK % N


def run(count, in_interpreters=True):
    interps = [interpreters.create() for _ in range(count)] if in_interpreters else []
    if in_interpreters:
        threads = [threading.Thread(target=i.exec, args=(SRC,)) for i in interps]
    else:
        threads = [threading.Thread(target=exec, args=(SRC, {})) for _ in range(count)]
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
run(2, False)
ones, twos, threads2 = [], [], []
for _ in range(5):
    ones.append(run(1))
    twos.append(run(2))
    threads2.append(run(2, False))
one, two, th2 = (sorted(x)[2] for x in (ones, twos, threads2))
print("seed CPU loop (%d iterations): 1 interpreter %.3f s, 2 interpreters %.3f s, 2/1 = %.2f; "
      "2 threads of one interpreter %.3f s, 2 interpreters/2 threads = %.2f (medians of 5)"
      % (N, one, two, two / one, th2, two / th2))
