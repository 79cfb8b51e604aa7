# A deep uncaught recursion: the traceback shows only the innermost 1000 entries (CPython's default
# limit), with the repeated lines folded.
import sys

sys.setrecursionlimit(5000)
print("before the recursion")


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


ping(0)
