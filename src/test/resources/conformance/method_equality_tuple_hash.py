# Bound methods compare and hash by the object they are bound to (identity) and their function;
# tuple hashes stay right whether or not they can be kept.

class A:
    def f(self): return 1
    def g(self): return 2
    def __eq__(self, other): return True      # instances all equal: methods still compare by identity
    __hash__ = object.__hash__

a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f is a.f)
print(a.f == b.f, a.f == a.g, a.f != b.f)
print(hash(a.f) == hash(a.f), {a.f: "x"}[a.f], a.f in {a.f}, a.f in [a.f])
print(A.f == A.f, a.f == A.f, A.f.__get__(a) == a.f)
print(type(a.f).__eq__(a.f, a.f), type(a.f).__ne__(a.f, b.f), type(a.f).__lt__(a.f, a.f))
try:
    a.f < a.f
except TypeError as e:
    print("TypeError:", e)

# methods of classmethods: bound to the class itself
class C:
    @classmethod
    def k(cls): return cls
print(C.k == C.k, C().k == C.k, len({C.k, C.k}))

# built-in methods: the same method of the very same object
x, y = [], []
print(x.append == x.append, x.append == y.append, x.append != x.append, x.append == x.extend)
print(hash(x.append) == hash(x.append), len({x.append, x.append, y.append}))
print(len == len, len != print, {}.get == {}.get)

# tuple hashes: equal tuples hash alike, again and again, nested or not
t = (1, "a", 2.5, None, True, b"x", (3, (4, "z")))
u = (1, "a", 2.5, None, True, b"x", (3, (4, "z")))
print(hash(t) == hash(u), hash(t) == hash(t), {t: 1}[u], len({t, u}))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))

# a tuple holding an object whose hash changes: every hash() asks again (nothing kept)
class Mut:
    def __init__(self): self.h = 1
    def __hash__(self): return self.h
m = Mut()
tm = (m, 1)
h1 = hash(tm)
m.h = 2
h2 = hash(tm)
print(h1 != h2, {tm: "v"}[tm])
m.h = 1
print(hash(tm) == h1)

# subclasses of tuple: a Python class keeps its own attributes; hashing as tuple unless overridden
class T(tuple):
    pass
class H(tuple):
    def __hash__(self): return 7
tt = T((1, 2))
tt.label = "pair"
print(tt, tt.label, hash(tt) == hash((1, 2)), hash(H((1, 2))), {tt: 5}[(1, 2)], vars(tt))
import collections
P = collections.namedtuple("P", "x y")
print(P(1, 2), hash(P(1, 2)) == hash((1, 2)), {P(1, 2): "p"}[(1, 2)])

# types.MethodType binds a callable to an object by hand.
import types
class MA: pass
def mf(self, x): return (self, x)
ma = MA()
m = types.MethodType(mf, ma); print(m(1)[1], m.__func__ is mf, m.__self__ is ma, m == types.MethodType(mf, ma))
ma.g = types.MethodType(lambda self: 'patched', ma); print(ma.g())
for args in [(), (mf,), (1, 2), (mf, None)]:
    try: types.MethodType(*args)
    except TypeError as e: print(e)
print(callable(m), callable(1), callable(MA), callable(len))
