# Lookups the VM caches (methods along the MRO, global names) must see every change: class and
# instance attributes set and deleted, a class counter, a global rebound by a loop, builtins replaced.
class A:
    def m(self): return "A.m"
class B(A):
    pass
b = B()
print(b.m())
A.m = lambda self: "new A.m"
print(b.m())
def bm(self): return "B.m"
B.m = bm
print(b.m())
del B.m
print(b.m())
b.m = lambda: "inst"
print(b.m())
del b.m
print(b.m())
class C:
    count = 0
    def inc(self):
        C.count += 1
        return C.count
c = C()
for i in range(5): c.inc()
print(C.count, c.count)
g = 1
def f():
    return g
for g in range(3):
    print(f())
del g
try:
    f()
except NameError as e:
    print(e)
import builtins
def h(): return len([1])
print(h())
builtins.len = lambda x: 42
print(h())
len = lambda x: 7
print(h())

# Instance attributes read and written through the per-name caches, while the class changes under them.
class P:
    def __init__(self):
        self.v = 1
    def get(self):
        return self.v
p = P()
for _ in range(3):
    p.v = p.v + 1
print(p.get(), p.v)
P.v = property(lambda self: "prop")          # a data descriptor now wins over the instance dict
print(p.v, p.get())
del P.v
print(p.v)
P.__getattr__ = lambda self, name: "missing " + name
print(p.nothing, p.v)
log = []
def setattr_hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
P.__setattr__ = setattr_hook
p.w = 5
print(log, p.w)
del P.__setattr__
p.w = 6
print(log, p.w)
p.get = lambda: "shadowed"                   # the instance dict shadows the method
print(p.get())
del p.get
print(p.get())
class S:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = S()
s.a += 1
print(s.a)
try:
    s.b = 1
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q()
print(q.get())
P.get = lambda self: "replaced in base"
print(q.get())
