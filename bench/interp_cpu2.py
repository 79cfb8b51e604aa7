# Benchmark: the seed's CPU loop in 1 sub-interpreter vs in 2 at once (Interpreter.call_in_thread), in one
# process, and beside them 2 threads of one interpreter running the same function. Each interpreter has its own
# GIL, so the 2/1 ratio stays near 1 on 2 free cores even with --gil on, while 2 threads under one GIL take
# about 2 (and about 1 with --gil off). Interpreters are made, and the function loaded in them, before the
# clock starts; three warm-up rounds let the JIT finish compiling the interpreter loop first (its compile
# competes with the two workers for the two cores). The runs alternate, so a change in the machine's load
# hits all three alike. An argument sets the loop's size (bench/run also runs 25M: the seed's 5M iterations take
# ~30 ms in gilpy, where fixed costs — thread start, young collections that stop every thread — weigh more).
import os
import sys
import threading
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from interp_common import interpreters, CPU_TASK

N = int(sys.argv[1]) if len(sys.argv) > 1 and __name__ == "__main__" else 5_000_000
# CPython 3.14 / gilpy: call_in_thread(fn, *args). CPython 3.13's test module takes no arguments: exec instead.
CALL_ARGS = interpreters.__name__ == "concurrent.interpreters"


def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total


def run(count, in_interpreters=True):
    interps = [interpreters.create() for _ in range(count)] if in_interpreters else []
    for i in interps:
        if CALL_ARGS:
            i.call(compute, 0)                 # loads this script there as __mp_main__
        else:
            i.exec(CPU_TASK % 0)
    t = time.perf_counter()
    if not in_interpreters:
        threads = [threading.Thread(target=compute, args=(N,)) for _ in range(count)]
        for th in threads:
            th.start()
    elif CALL_ARGS:
        threads = [i.call_in_thread(compute, N) for i in interps]
    else:
        threads = [threading.Thread(target=i.exec, args=("compute(%d)" % N,)) for i in interps]
        for th in threads:
            th.start()
    for th in threads:
        th.join()
    dt = time.perf_counter() - t
    for i in interps:
        i.close()
    return dt


if __name__ == "__main__":
    for _ in range(3):                          # warm-up
        run(2), run(1), run(2, False)
    ones, twos, threads2 = [], [], []
    for _ in range(5):
        ones.append(run(1))
        twos.append(run(2))
        threads2.append(run(2, False))
    one, two, th2 = (sorted(x)[2] for x in (ones, twos, threads2))
    print("seed CPU loop (%d iterations): 1 interpreter %.3f s, 2 interpreters %.3f s, 2/1 = %.2f; "
          "2 threads of one interpreter %.3f s, 2 interpreters/2 threads = %.2f (medians of 5)"
          % (N, one, two, two / one, th2, two / th2))
