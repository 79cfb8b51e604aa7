# reprlib (size- and depth-limited repr, recursive_repr) and graphlib.TopologicalSorter
import reprlib, graphlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(set(range(20))))
print(reprlib.repr('a' * 100), reprlib.repr("x'y" * 20), reprlib.repr(2 ** 200), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(deque(range(10))), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({'b': [1, 2, 3], 'a': {1: 2}}), reprlib.repr(object)[:20], reprlib.repr({1, 'a'}) in ("{1, 'a'}", "{'a', 1}"))
class Big:
    def __repr__(self): return 'Big' * 20
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
r = reprlib.Repr(); r.maxlist = 2; r.maxlevel = 1; r.fillvalue = '+'
print(r.repr([1, [2, 3], 4]), r.repr({1: {2: 3}}), r.repr([]), r.repr({}), r.repr(()))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.children})'
n = Node(); n.children.append(n); n.children.append(Node())
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, "__wrapped__"))
class L(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self): return 'L' + list.__repr__(self)
x = L([1]); x.append(x); print(repr(x))

ts = graphlib.TopologicalSorter({'D': {'B', 'C'} and ['B', 'C'], 'C': ['A'], 'B': ['A']})
print(list(ts.static_order()))
graph = {"tarfile": ["zlib", "bz2"], "zlib": [], "bz2": ["x"], "app": ["tarfile", "zlib"]}
print(tuple(graphlib.TopologicalSorter(graph).static_order()))
ts = graphlib.TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(7)
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready(); steps.append(ready); ts.done(*ready)
print(steps, bool(ts))
for graph in [{1: [2], 2: [3], 3: [1]}, {'a': ['b'], 'b': ['c', 'a'], 'c': []}, {1: [1]}, {0: [1], 1: [2], 2: [3], 3: [1], 4: []}]:
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError), str(e))
ts = graphlib.TopologicalSorter({1: [0]})
for call in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try: call()
    except ValueError as e: print(e)
ts.prepare()
for call in [ts.prepare, lambda: ts.add(5), lambda: ts.done(9), lambda: ts.done(1)]:
    try: call()
    except ValueError as e: print(e)
print(ts.get_ready(), ts.get_ready()); ts.done(0)
try: ts.done(0)
except ValueError as e: print(e)
print(ts.get_ready(), ts.is_active()); ts.done(1); print(ts.is_active())
print(graphlib.TopologicalSorter[int])
