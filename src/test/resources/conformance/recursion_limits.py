# Deep recursion of every kind reaches a high limit and ends in RecursionError (never a crash or a hang);
# the depth counter is balanced afterwards. (CPython 3.11 itself needs `ulimit -s unlimited` for the
# generator chain: it recurses on the C stack there; the expectation was recorded so.)
import sys
import threading

LIMIT = 10000
sys.setrecursionlimit(LIMIT)
print(sys.getrecursionlimit())
m = 0


def run(name, fn):
    global m
    m = 0
    try:
        fn()
        print(name, "returned")
    except RecursionError as e:
        # which check trips first (a frame, or a call into a builtin) differs between implementations
        print(name, "RecursionError", m > LIMIT // 4, str(e).startswith("maximum recursion depth exceeded"))


def f(n):
    global m
    m = n
    return f(n + 1)


run("plain", lambda: f(0))


def g(n):
    global m
    m = n
    yield from g(n + 1)


run("generator", lambda: next(g(0)))


class G:
    def __getattr__(self, name):
        global m
        m += 1
        return getattr(self, name)


run("__getattr__", lambda: G().x)


class I:
    def __init__(self, n):
        global m
        m = n
        I(n + 1)


run("__init__", lambda: I(0))


def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def d(n):
    global m
    m = n
    return d(n + 1)


run("decorator", lambda: d(0))


def s(n):
    global m
    m = n
    return sorted([n], key=lambda x: s(n + 1))


run("sorted key", lambda: s(0))


def mp(n):
    global m
    m = n
    return list(map(mp, [n + 1]))


run("map", lambda: mp(0))


def cl(n):
    def inner():
        global m
        m = n
        return cl(n + 1)
    return inner()


run("closure", lambda: cl(0))


def in_thread():
    run("thread", lambda: f(0))


# A small stack_size() request does not shorten a thread's recursion (Python calls do not use it up).
print(threading.stack_size(), threading.stack_size(64 * 1024), threading.stack_size())
t = threading.Thread(target=in_thread)
t.start()
t.join()
print(threading.stack_size(0))
for bad in (100, -1, "x"):
    try:
        threading.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# The exact depth reached by plain recursion, as CPython counts it (one per Python frame).
for limit in (50, 200, 1000):
    sys.setrecursionlimit(limit)
    run("depth %d" % limit, lambda: f(1))
    print("reached", m)
    try:
        f(1)
    except RecursionError as e:
        print(e)

# After all that the counter is back where it was: recursion just below the limit works.
sys.setrecursionlimit(1000)


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


print(down(950))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
