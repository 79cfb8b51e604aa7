# Instance attributes kept in per-class layouts (shared keys): every way a program can see or change them
# must behave as CPython's dicts do, in both tiers (the loops run long enough to be compiled).

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def get(self):
        return self.x


def hot(objs, n=3000):
    t = 0
    for _ in range(n):
        for o in objs:
            t += o.get() + o.y
            o.x = o.x
    return t


a, b = P(1, 2), P(3, 4)
print(hot([a, b]))

# __dict__ is the instance's storage: writes go both ways
d = a.__dict__
print(d, vars(a) is d, type(d).__name__)
d["z"] = 5
print(a.z)
a.w = 6
print(d, list(d), len(d))
d["x"] = 10
print(a.get(), hot([a, b], 10))
d.clear()
print(hasattr(a, "x"), a.__dict__)
a.x = 1
a.y = 2
print(hot([a, b], 10), a.__dict__)

# deleting and re-adding keeps CPython's dict order
c = P(1, 2)
c.z = 3
del c.x
c.x = 4
print(c.__dict__, list(vars(c)))
try:
    del c.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(P(1, 2).nope)
except AttributeError as e:
    print("AttributeError:", e)

# replacing the dict
e = P(1, 2)
e.__dict__ = {"x": 100, "q": 7, "y": 0}
print(e.get(), e.q, hasattr(e, "yy"), hot([e], 5))
nd = {"x": 1, "y": 1}
e.__dict__ = nd
e.k = 9
print(nd, e.__dict__ is nd)
try:
    e.__dict__ = [1]
except TypeError as ex:
    print("TypeError:", ex)
del e.__dict__
print(e.__dict__, hasattr(e, "x"))

# instance attributes shadow plain class attributes (and methods), then stop shadowing once deleted
class C:
    k = "class"

    def m(self):
        return "method"


def readk(o, n=2000):
    r = None
    for _ in range(n):
        r = (o.k, o.m())
    return r


o = C()
print(readk(o))
o.k = "inst"
print(readk(o))
o.m = lambda: "instance function"
print(readk(o))
del o.m, o.k
print(readk(o))
C.k = "changed"
print(readk(o))
C.m = lambda self: "new method"
print(readk(o))
del C.k
try:
    readk(o)
except AttributeError as ex:
    print("AttributeError:", ex)

# many attributes and many layouts of one class still work (they end up in dicts)
class Bag:
    pass


big = Bag()
for i in range(100):
    setattr(big, "a%d" % i, i)
print(sum(getattr(big, "a%d" % i) for i in range(100)), len(vars(big)), list(vars(big))[:3])
bags = []
for i in range(400):
    x = Bag()
    setattr(x, "first%d" % i, i)
    x.common = i
    bags.append(x)
print(sum(x.common for x in bags), vars(bags[399]))

# equal layouts, different classes: one cache entry must not serve the other class
class Q1:
    def __init__(self):
        self.v = "Q1"


class Q2:
    def __init__(self):
        self.v = "Q2"

    @property
    def w(self):
        return "prop"


def readv(objs, n=500):
    out = []
    for _ in range(n):
        out = [q.v for q in objs]
    return out


print(readv([Q1(), Q2(), Q1()]))
print(dir(Q2())[-2:], "v" in dir(Q1()))
