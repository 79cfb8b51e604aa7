# Time to RecursionError (issue 13): `recursion.py calls LIMIT` recurses without bound under
# sys.setrecursionlimit(LIMIT); `recursion.py repr DEPTH` takes repr() of a list nested DEPTH deep
# (default limit). Prints the seconds from the first call to the caught RecursionError (start-up and
# building the list excluded), so bench/run can compare with CPython's binary.
import sys
import time

mode, n = sys.argv[1], int(sys.argv[2])


def f(k):
    return f(k + 1)


if mode == "calls":
    sys.setrecursionlimit(n)
    t0 = time.perf_counter()
    try:
        f(0)
    except RecursionError:
        pass
else:
    x = []
    for _ in range(n):
        x = [x]
    t0 = time.perf_counter()
    try:
        repr(x)
    except RecursionError:
        pass
print("%.3f" % (time.perf_counter() - t0))
