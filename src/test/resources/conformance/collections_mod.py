# collections: deque, defaultdict, Counter (most_common), namedtuple (repr, _replace), OrderedDict
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5]); d.extendleft([-1, -2])
print(d, d.pop(), d.popleft(), len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
bounded = deque(range(5), maxlen=3)
bounded.append(9)
print(bounded, bounded.maxlen, list(bounded), 9 in bounded)
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["zzz"], sum(c.values()))
c.update("aaz")
print(c.most_common(2), Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1))
print(sorted(Counter("hello").elements()), Counter({"x": 2}))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=10), p._asdict(), Point._fields, p == (1, 2))
x, y = p
print(x + y, len(p), Point._make([5, 6]))
Emp = namedtuple("Emp", "name age", defaults=[30])
print(Emp("ann"), Emp("bob", 40))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1) == OrderedDict(a=1))
