# functools: reduce, partial, wraps, lru_cache (with cache_info), cache, cmp_to_key
import functools
from functools import reduce, partial, wraps, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [1, 2, 3], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func is power, square.keywords, two_to.args)
def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@logged
def documented(x):
    "Returns x."
    return x
print(documented.__name__, documented.__doc__, documented(3), documented.__wrapped__.__name__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    return x
for v in [1, 2, 1, 3, 1, 2]:
    ident(v)
print(ident.cache_info())
@functools.cache
def sq(n):
    return n * n
print(sq(4), sq(4), sq.cache_info().hits)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
