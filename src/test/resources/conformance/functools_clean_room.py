# functools (rewritten clean-room): partial/partialmethod reprs and errors, reduce errors, lru_cache typed/cache_parameters, cached_property errors, total_ordering, singledispatch(+method), wraps; expected output from CPython 3.11.
import functools, re
def r(x): return re.sub(r'0x[0-9a-f]+', '0x?', repr(x))
p = functools.partial(max, 1, key=abs); print(r(p), p.func, p.args, p.keywords, p(-5))
pp = functools.partial(p, 2, default=0); print(r(pp), pp.args, pp.keywords)
class P(functools.partial): pass
print(r(P(int, '10', base=2)), P(int, '10', base=2)())
for bad in [lambda: functools.partial(), lambda: functools.partial(3)]:
    try: bad()
    except TypeError as e: print(e)
try: functools.reduce(lambda a, b: a, [])
except TypeError as e: print(e)
try: functools.reduce(lambda a, b: a, 5)
except TypeError as e: print(e)
print(functools.reduce(lambda a, b: a + b, [], 7), functools.reduce(lambda a,b: a-b, range(5)))
@functools.lru_cache(maxsize=2, typed=True)
def f(x): return x
f(1); f(1.0); f(1); f(2)
print(f.cache_info(), f.cache_parameters(), type(f.cache_info()).__name__, f.cache_info().hits, f.cache_info()._fields)
print(functools.lru_cache(None)(len).cache_parameters())
try: functools.lru_cache('x')
except TypeError as e: print(e)
g = functools.lru_cache(lambda: 3); print(g(), g.cache_info())
h = functools.lru_cache(maxsize=-3)(abs); h(1); h(1); print(h.cache_info())
@functools.lru_cache
def k(a, b=2): return a + b
print(k(1), k(1, b=2), k(a=1), k.cache_info(), k.__wrapped__(1), k.__name__)
try: k([1])
except TypeError as e: print(e)
class C:
    @functools.cached_property
    def val(self):
        "doc of val"
        print('computing'); return 42
c = C(); print(c.val, c.val, C.val.__doc__, C.val.attrname, type(C.val).__name__)
class S:
    __slots__ = ('a',)
    @functools.cached_property
    def val(self): return 1
try: S().val
except TypeError as e: print(e)
cp = functools.cached_property(lambda s: 1)
try: cp.__get__(C())
except TypeError as e: print(e)
try:
    @functools.total_ordering
    class Z: pass
except ValueError as e: print(e)
@functools.singledispatch
def show(x): return 'object'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
show.register(float, lambda x: 'float')
print(show(1), show([]), show(1.5), show('s'), show(True), sorted(k.__name__ for k in show.registry), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
try: show()
except TypeError as e: print(e)
try: show.register(3)
except TypeError as e: print(e)
try:
    @show.register
    def _(x): pass
except TypeError as e: print(r(str(e)))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def w(): pass
w.__dict__['extra'] = 1
@functools.wraps(w)
def v(): pass
print(v.__name__, v.extra, v.__wrapped__ is w)
class Obj: pass
o = Obj()
functools.update_wrapper(o, w); print(o.__name__, o.__wrapped__ is w)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b)); print(key(1) < key(2), key(2) == key(2), type(key(1)).__name__)
class M:
    def m(self, a, b): return (a, b)
    pm = functools.partialmethod(m, 1)
print(M().pm(2), r(M.__dict__['pm']))
print(sorted(n for n in functools.__all__))
class A:
    @functools.singledispatchmethod
    def m(self, x): return 'obj'
    @m.register
    def _(self, x: int): return 'int'
    @m.register(str)
    def _(self, x): return 'str'
print(A().m(1), A().m('s'), A().m(2.5))
import collections.abc
@functools.singledispatch
def g(x): return 'o'
g.register(collections.abc.Sequence, lambda x: 'seq')
print(g([1]), g((1,)), g(3), type(g.registry).__name__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v if isinstance(o, G) else NotImplemented
print(G(1) < G(2), G(2) <= G(2), G(3) > G(2), G.__lt__.__name__)
try: G(1) < 3
except TypeError as e: print(e)
import copy
p = functools.partial(int, base=2); p.attr = 'x'; q = copy.copy(p); print(q('101'), q.attr, q.keywords)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, ['x'], 'y'))
# copying and pickling
import functools, pickle, copy, collections
p = functools.partial(int, base=2); p.attr = 'x'
q = pickle.loads(pickle.dumps(p)); print(q('110'), q.attr, q.keywords, type(q).__name__)
print(p.__reduce__()[0].__name__, p.__reduce__()[1:])
for st in [5, (1, 2, 3, 4)]:
    try: p.__setstate__(st)
    except TypeError as e: print(e)
c = collections.Counter('aab'); print(pickle.loads(pickle.dumps(c)), copy.deepcopy(c))
P = collections.namedtuple('P', 'x y')
print(copy.copy(P(1, 2)), collections.ChainMap({'a': 1}, {'b': 2}).copy())
