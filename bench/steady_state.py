# Steady state, after warm-up: best of 6 rounds, in ns per loop iteration or per call.
# Run it under gilpy (-X jit=on / off) and CPython to compare the tiers without start-up.
import time
def a(n):
    for i in range(n):
        pass
def d(n):
    total = 0
    for i in range(n):
        total += i
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
best = {}
for r in range(6):
    for f, n, k in ((a, 5_000_000, 5e6), (d, 5_000_000, 5e6), (fib, 25, 242785)):
        t = time.perf_counter(); f(n); dt = (time.perf_counter() - t) * 1e9 / k
        best[f.__name__] = min(best.get(f.__name__, 1e9), dt)
print(" ".join(k + "=" + str(round(v, 1)) for k, v in best.items()))
