# Frames outlive their call when something holds them; a later call of the same function must get
# its own frame (gilpy reuses finished frames between calls at the same depth).
import sys


def keep(n):
    here = sys._getframe()
    return here


a = keep(1)
b = keep(2)
print(a.f_locals["n"], b.f_locals["n"], a is b)


def inner():
    return sys._getframe(1)


def outer(k):
    return inner()


x = outer("first")
y = outer("second")
print(x.f_locals["k"], y.f_locals["k"], x.f_code.co_name)


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print([count(i) for i in range(6)], count(300))


def fails(n):
    if n == 3:
        raise ValueError(n)
    return n


for i in range(5):
    try:
        print("ok", fails(i))
    except ValueError as e:
        print("caught", e)


def locals_after(a, b=2):
    c = a + b
    return locals()


print(locals_after(1), locals_after(5, b=7), locals_after(0))


def gen(n):
    for i in range(n):
        yield i


def use_gen(n):
    return list(gen(n))


print(use_gen(3), use_gen(2))


def unbound(flag):
    if flag:
        v = 1
    return v


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
