# set and frozenset: methods and operators (small ints only, so order is stable)
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s, len(s), 2 in s, 3 in s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset({1, 2, 3, 4, 5}), a.isdisjoint({9}))
c = set(); print(c, set([1, 1, 2]), set(range(3)), set("aaa"))
c.update([5, 6], {7}); print(c)
c.intersection_update({5, 7, 9}); print(c)
c.difference_update({5}); print(c)
print(c.pop(), c)
f = frozenset([1, 2, 3])
print(f, f | {4}, f & {2}, hash(f) == hash(frozenset([3, 2, 1])), type(f | {4}).__name__)
print({frozenset([1]): "frozen key"}[frozenset([1])])
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset())
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    {[1]}
except TypeError as e:
    print(e)
x = {1, 2}
x |= {3}; x &= {2, 3}; x -= {2}
print(x, sorted({5, 3, 9}), min({4, 2}), sum({1, 2, 3}))
print({n % 4 for n in range(20)}, len({1, 1.0, True}))
