# Benchmark: create() + exec('pass') + close() of a sub-interpreter, median of 100 in one process.
import os
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interp_common import interpreters

times = []
for _ in range(100):
    t = time.perf_counter()
    interp = interpreters.create()
    interp.exec('pass')
    interp.close()
    times.append(time.perf_counter() - t)
times.sort()
print("create()+exec('pass')+close(): median %.2f ms, min %.2f ms (100 in one process)"
      % (times[50] * 1e3, times[0] * 1e3))
