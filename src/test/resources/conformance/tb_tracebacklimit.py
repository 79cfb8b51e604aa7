# sys.tracebacklimit: only the innermost entries are printed.
import sys

sys.tracebacklimit = 2


def a():
    b()


def b():
    c()


def c():
    raise KeyError("deep")


print("start")
a()
