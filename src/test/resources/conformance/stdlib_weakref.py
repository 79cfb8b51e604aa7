# weakref: ref with callback, WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize; referents die
# at `del x; gc.collect()` as in CPython.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


def dead(r):
    print("callback: referent died", r() is None)


a = Node("a")
r = weakref.ref(a, dead)
print(r() is a, r().name, type(r).__name__, r == weakref.ref(a), hash(r) == hash(a) or True)
del a
gc.collect()
print("after collect:", r())

cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(sorted(cache.keys()), cache["x"], "x" in cache, len(cache))
del x
gc.collect()
print(sorted(cache.keys()), "x" in cache, len(cache), cache.get("x", "gone"))

meta = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta)
del k1
gc.collect()
print(len(meta), [k.name for k in meta])

ws = weakref.WeakSet()
s1, s2 = Node("s1"), Node("s2")
ws.add(s1)
ws.add(s2)
print(len(ws), s1 in ws)
del s2
gc.collect()
print(len(ws), [n.name for n in ws])

obj = Node("f")
f = weakref.finalize(obj, print, "finalized", "obj")
print(f.alive)
del obj
gc.collect()
print(f.alive)
g = weakref.finalize(Node("g"), print, "temporary died")
gc.collect()
print(g.alive)
h_obj = Node("h")
h = weakref.finalize(h_obj, print, "never")
print(h.detach()[0], h.alive)

class Owner:
    def method(self):
        return "called"

o = Owner()
wm = weakref.WeakMethod(o.method)
print(wm()())
del o
gc.collect()
print(wm())
for bad in [lambda: weakref.ref(1), lambda: weakref.ref([]), lambda: weakref.ref("s"), lambda: weakref.ref({})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(gc.isenabled(), gc.get_threshold())
cache["z"]
