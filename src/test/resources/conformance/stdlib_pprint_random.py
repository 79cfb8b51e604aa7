# pprint over 100 random nested structures (lists, tuples, dicts, sets, OrderedDict, defaultdict, Counter,
# deque, SimpleNamespace, dataclasses, long strings, bytes) at random widths, indents, depths, compact and sort_dicts
import pprint, random
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='x', repr=False)

rnd = random.Random(7)
words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
def leaf():
    k = rnd.randrange(9)
    if k == 0: return rnd.randrange(-10**6, 10**12)
    if k == 1: return rnd.random() * 100
    if k == 2: return " ".join(rnd.choice(words) for _ in range(rnd.randrange(1, 25)))
    if k == 3: return rnd.choice(words)
    if k == 4: return None
    if k == 5: return bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 40)))
    if k == 6: return "line one\nline two " + rnd.choice(words) * 5 + "\n"
    if k == 7: return rnd.choice([True, False])
    return (rnd.randrange(5),)
def build(d):
    if d == 0 or rnd.random() < 0.3: return leaf()
    k = rnd.randrange(12)
    n = rnd.randrange(0, 7)
    if k == 0: return [build(d-1) for _ in range(n)]
    if k == 1: return tuple(build(d-1) for _ in range(n))
    if k == 2: return {rnd.choice(words) + str(i): build(d-1) for i in range(n)}
    if k == 3: return {rnd.randrange(100) for _ in range(n)}
    if k == 4: return OrderedDict((rnd.choice(words), build(d-1)) for _ in range(n))
    if k == 5:
        dd = defaultdict(list)
        for i in range(n): dd[rnd.choice(words)].append(build(d-1))
        return dd
    if k == 6: return Counter(rnd.choice(words) for _ in range(n * 3))
    if k == 7: return deque([build(d-1) for _ in range(n)], maxlen=rnd.choice([None, 10]))
    if k == 8: return SimpleNamespace(**{w: build(d-1) for w in rnd.sample(words, n)})
    if k == 9: return Item(rnd.choice(words), rnd.randrange(50), [build(d-1) for _ in range(n)])
    if k == 10: return frozenset(rnd.randrange(1000) for _ in range(n))
    return {(i, rnd.choice(words)): build(d-1) for i in range(n)}

for trial in range(100):
    obj = build(4)
    width = rnd.choice([10, 20, 40, 60, 80, 120])
    indent = rnd.choice([1, 1, 2, 4])
    depth = rnd.choice([None, None, 2, 3])
    compact = rnd.choice([False, True])
    sd = rnd.choice([True, False])
    print(f"--- {trial} w={width} i={indent} d={depth} c={compact} s={sd}")
    print(pprint.pformat(obj, width=width, indent=indent, depth=depth, compact=compact, sort_dicts=sd))
    print(pprint.saferepr(obj) == pprint.pformat(obj, width=10**6), pprint.isreadable(obj), pprint.isrecursive(obj))
