# Which check reaches the limit first decides RecursionError's message, as in CPython 3.11: a Python
# frame (plain), a repr/str/comparison of a container, or a call of a builtin ("while calling a Python
# object"). Tried from several starting depths, so each kind of check is the one that trips.
import sys

sys.setrecursionlimit(60)


class ViaBuiltin:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "V(" + repr(self.child) + ")"


class ViaFString:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return f"F({self.child!r})"


def chain(cls):
    x = None
    for _ in range(100):
        x = cls(x)
    return x


def at_depth(k, fn):
    if k:
        return at_depth(k - 1, fn)
    try:
        fn()
    except RecursionError as e:
        return str(e)


for cls in (ViaBuiltin, ViaFString):
    x = chain(cls)
    for k in range(4):
        print(cls.__name__, k, at_depth(k, lambda: repr(x)))


def via_abs(n):
    abs(n)
    via_abs(n + 1)


def via_str(n):
    str(n)
    via_str(n + 1)


def via_len(n):
    len("x")
    via_len(n + 1)


def via_sorted(n):
    return sorted([n], key=lambda v: via_sorted(n + 1))


nested = []
for _ in range(100):
    nested = [nested]
for fn in (via_abs, via_str, via_len, via_sorted, lambda n: nested == [[[nested]]], lambda n: "%s" % nested):
    for k in range(3):
        print(k, at_depth(k, lambda: fn(0)))

sys.setrecursionlimit(1000)


def show(n):
    print(n)
    show(n + 1)


show(0)
