# tuple, range and slice objects
t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), (1,), (), tuple("ab"))
print(t + (4,), (0,) * 3, 2 in t, (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
a, b, *c = t
print(a, b, c)
try:
    t[0] = 5
except TypeError as e:
    print(e)
r = range(10)
print(r, range(2, 8), range(0, 10, 3), list(range(5, 0, -1)), list(range(0)))
print(len(r), r[3], r[-1], r[2:5], 5 in r, 10 in r, r.index(4), range(0, 20, 5).count(10))
print(list(range(-5, 5, 3)), len(range(0, 10, 3)), range(3) == range(0, 3))
print(sum(range(101)), max(range(5)), list(reversed(range(3))))
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, "abcdefg"[s], [0, 1, 2, 3, 4, 5][slice(3)])
print(slice(None, None, -1).indices(5), "hello"[slice(None, None, -1)])
print(type(t).__name__, type(r).__name__, type(s).__name__)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
print(tuple(x * x for x in range(4)), (1, 2) == (1, 2), (1, [2])[1])
print(repr((1,)), repr(()), repr(("a", 2)))
