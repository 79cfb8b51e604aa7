# collections (Counter, ChainMap, namedtuple rewritten clean-room): arithmetic, comparisons, reprs, errors; expected output from CPython 3.11.
from collections import Counter, ChainMap
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), sorted(c.elements()), c['z'], c.total())
d = Counter(a=1, b=-2, c=0); print(d, +d, -d, repr(Counter()), Counter({'x': 2}))
print(c + d, c - d, c | d, c & d)
e = Counter(a=3); e += Counter(a=-1, b=2); print(e); e -= Counter(a=5); print(e); e |= Counter(q=1, b=0); print(e); e &= Counter(q=3); print(e)
f = Counter(a=1); f.update('aab', z=2); f.update({'a': 1}); f.update(Counter(a=1)); print(f)
f.subtract('aaz', b=5); f.subtract({'q': 1}); print(f)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=3) >= Counter(a=2, b=0), Counter(a=1) < Counter(a=1), Counter(a=1) > Counter())
try: Counter.fromkeys('ab')
except NotImplementedError as e: print(e)
for bad in [lambda: c + 1, lambda: c - {}, lambda: c < {}]:
    try: print(bad())
    except TypeError as err: print(err)
g = c.copy(); del g['a']; del g['nope']; print(type(g).__name__, g)
class Sub(Counter): pass
print(Sub('aab'), type(Sub('ab') + Sub('a')).__name__, Sub('ab').copy().__class__.__name__)
print(Counter({'x': 1.5, 'y': 2}), Counter('ab').most_common(0), Counter(a=2, b=2, c=1).most_common(2))
try: Counter(1)
except TypeError as err: print(err)
try: Counter('a', 'b')
except TypeError as err: print(err)
print(Counter(self=1, iterable=2), Counter({'a': 'x'}))
h = Counter(); h['x'] += 1; print(h, 'x' in h, 'y' in h, h.get('y'))
print(repr(Counter({1: 'a', 2: 'b'})))
# ChainMap
m1, m2 = {'a': 1}, {'a': 2, 'b': 3}
cm = ChainMap(m1, m2); print(cm, cm['a'], cm['b'], len(cm), list(cm), dict(cm), cm.maps is cm.maps, 'b' in cm, cm.get('z', 9))
cm['c'] = 4; del cm['a']; print(m1, m2, cm)
try: del cm['b']
except KeyError as err: print('KeyError', err)
try: cm['zz']
except KeyError as err: print('KeyError', err)
try: cm.pop('b')
except KeyError as err: print('KeyError', err)
print(cm.pop('b', 'dflt'), cm.pop('c'), m1)
cm['k'] = 1; print(cm.popitem(), m1)
try: cm.popitem()
except KeyError as err: print('KeyError', err)
n = cm.new_child(); print(n, n.parents, n.new_child({'q': 1}), cm.new_child(x=1))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})), ChainMap({'a': 1}).copy(), type(ChainMap({}).copy().maps[0]))
cm2 = ChainMap({'x': 1}); cm2.clear(); print(cm2)
print(ChainMap({'a': 1}, {'b': 2}) | {'c': 3}, {'c': 3} | ChainMap({'a': 1}))
cm3 = ChainMap({'a': 1}); cm3 |= {'b': 2}; print(cm3, cm3 == ChainMap({'a': 1, 'b': 2}), cm3 == {'b': 2, 'a': 1})
class D(dict):
    def __missing__(self, k): return 'missing'
class CM(ChainMap):
    def __missing__(self, k): return 'cm-missing'
print(CM({})['x'], list(ChainMap({'b': 1, 'a': 2}, {'c': 3, 'a': 4})), list(ChainMap({'b': 1}, {'c': 3}).items()))
print(ChainMap.fromkeys('ab', 0), list(ChainMap({'a': 1}).keys()), list(ChainMap({'a': 1}).values()))
from collections import namedtuple
P = namedtuple('P', 'x y'); p = P(1, y=2)
print(p, P._fields, P._field_defaults, p._asdict(), p._replace(x=5), P._make([3, 4]), P.__doc__, P.x.__doc__, P.__module__, p.x, p[1], P.__name__, P.__qualname__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=(2, 3)); print(Q(1), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple('R', 'a, def, a, _b, 1c', rename=True); print(R._fields)
for args, kw in [(('S', 'a def'), {}), (('S', 'a a'), {}), (('S', '_a'), {}), (('1S', 'a'), {}), (('S', 'a 1'), {}), (('S', 'a'), {'defaults': (1, 2)}), (('S', ['a', 3]), {})]:
    try: namedtuple(*args, **kw)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
try: P(1)
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
try: p._replace(z=1)
except ValueError as e: print(e)
M = namedtuple('M', 'a', module='mymod'); print(M.__module__, repr(M(1)))
print(namedtuple('E', '')(), namedtuple('E', [])._fields)
class Sub(P):
    def norm(self): return self.x + self.y
print(Sub(1, 2), Sub(1, 2).norm(), Sub(3, 4)._replace(x=0), type(Sub(3, 4)._replace(x=0)).__name__)
print(p == (1, 2), hash(p) == hash((1, 2)), p.__getnewargs__(), isinstance(p, tuple), P.__slots__, x := P(*range(2)))
import copy
print(copy.copy(p), copy.deepcopy(p))
print(P.__match_args__, P._fields_defaults if hasattr(P, '_fields_defaults') else None)
print(namedtuple('T', 'a b', defaults=[1])._field_defaults, namedtuple('T', 'x', rename=True, defaults=None).__new__.__defaults__)
