# The convoy effect: an I/O-bound thread (short sleeps, like waiting on a socket) shares the interpreter
# with a CPU-bound thread. Each time its sleep ends it must take the GIL back from the CPU thread, which
# only drops it at a switch-interval request: with the GIL on every 1 ms wait costs up to ~5 ms more.
# With the GIL off (gilpy --gil off) the I/O thread wakes on time.
# Run: ./gilpy --gil on samples/convoy.py    and    ./gilpy --gil off samples/convoy.py
import sys
import threading
import time

SLEEP = 0.001
ROUNDS = 40

stop = False


def cpu_bound():
    x = 0
    while not stop:
        for i in range(1000):
            x += i
    return x


def io_bound(latencies):
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        time.sleep(SLEEP)
        latencies.append(time.perf_counter() - t0)


def measure(with_cpu):
    global stop
    stop = False
    latencies = []
    cpu = threading.Thread(target=cpu_bound, name="cpu-bound")
    io = threading.Thread(target=io_bound, args=(latencies,), name="io (next to CPU)" if with_cpu else "io (alone)")
    if with_cpu:
        cpu.start()
    io.start()
    io.join()
    stop = True
    if with_cpu:
        cpu.join()
    latencies.sort()
    return latencies[len(latencies) // 2], sum(latencies) / len(latencies)


gil = sys._is_gil_enabled()
alone_med, alone_mean = measure(False)
busy_med, busy_mean = measure(True)
print("GIL enabled:", gil)
print("sleep(%.3f) alone:        median %.2f ms, mean %.2f ms" % (SLEEP, alone_med * 1e3, alone_mean * 1e3))
print("sleep(%.3f) next to CPU:  median %.2f ms, mean %.2f ms" % (SLEEP, busy_med * 1e3, busy_mean * 1e3))
slowdown = busy_mean / alone_mean
print("slowdown next to a CPU-bound thread: %.1fx" % slowdown)
# Stable line for the golden test: every sleep lasted at least its requested time.
print("all sleeps lasted at least %.0f ms:" % (SLEEP * 1e3), alone_med >= SLEEP and busy_med >= SLEEP)
