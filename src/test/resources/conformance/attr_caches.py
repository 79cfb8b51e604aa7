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
