# time and os: perf_counter increases, sleep, time(); getpid, cpu_count, environ, getcwd
import time
import os
t0 = time.perf_counter()
time.sleep(0.05)
t1 = time.perf_counter()
print(t1 > t0, 0.04 < t1 - t0 < 2.0)
vals = [time.perf_counter() for _ in range(100)]
print(all(a <= b for a, b in zip(vals, vals[1:])))
print(time.time() > 1_600_000_000, isinstance(time.monotonic(), float))
print(isinstance(time.perf_counter_ns(), int))
pid = os.getpid()
print(isinstance(pid, int), pid > 0)
print(isinstance(os.cpu_count(), int), os.cpu_count() >= 1)
print(os.environ.get("GILPY_SURELY_UNSET_VARIABLE"), os.environ.get("GILPY_SURELY_UNSET_VARIABLE", "fallback"))
print(isinstance(os.environ.get("PATH", ""), str))
print(os.path.basename(os.getcwd()), os.path.isabs(os.getcwd()))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.dirname("/a/b/c"))
print(os.sep, os.path.exists("mod_time_os.py"))
