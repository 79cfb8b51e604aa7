# Functions: defaults, *args, **kwargs, keyword-only, positional-only, unpacking
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, y, /, z):
    return x + y + z
print(g(1, 2, 3), g(1, 2, z=3))
def h(*, key):
    return key
print(h(key="k"))
def defaults(n, acc=[]):
    acc.append(n)
    return acc
print(defaults(1), defaults(2))
def star(*args):
    return args
print(star(), star(1), star(*[1, 2], *(3,)))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(), kw(a=1, **{"b": 2}))
def both(a, b, c):
    return a * 100 + b * 10 + c
print(both(*[1, 2], c=3), both(**{"c": 1, "b": 2, "a": 3}))
def ret_none():
    pass
print(ret_none())
def multi():
    return 1, 2
print(multi())
print(f.__name__, both.__name__, (lambda: 0).__name__)
def doc():
    "docstring here"
print(doc.__doc__)
try:
    both(1, 2)
except TypeError as e:
    print(e)
try:
    both(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    both(1, 2, 3, a=1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)
try:
    both(1, 2, d=5)
except TypeError as e:
    print(e)
