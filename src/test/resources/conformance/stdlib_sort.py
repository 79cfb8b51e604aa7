# list.sort/sorted: CPython's timsort (same comparisons, in the same order), cmp_to_key, failures.
import functools, random
calls = []
def cmp(a, b):
    calls.append((a, b))
    return (a > b) - (a < b)
random.seed(5)
for n in [0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 3000]:
    for kind in range(4):
        data = [random.randrange(n // 2 + 1) for _ in range(n)]
        if kind == 1: data.sort()
        if kind == 2: data = sorted(data, reverse=True)
        if kind == 3: data = list(range(n // 2)) + [random.random() for _ in range(n - n // 2)]
        calls.clear()
        out = sorted(data, key=functools.cmp_to_key(cmp))
        h = hash(tuple(calls))
        print(n, kind, len(calls), out == sorted(data), h % 1000003)
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('cmp', s.v, o.v); return s.v < o.v
    def __repr__(s): return 'C(%d)' % s.v
l = [C(3), C(1), C(2), C(5), C(4)]
l.sort(); print(l)
l.sort(reverse=True); print(l)
print(repr(functools.cmp_to_key(cmp)(1)).split(' at ')[0])
class Bad:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 7 or o.v == 7: raise ValueError('no 7')
        return s.v < o.v
    def __repr__(s): return str(s.v)
l = [Bad(v) for v in [9, 3, 8, 1, 7, 2, 6, 0, 5, 4] * 10]
try: l.sort()
except ValueError as e: print(e, l)
l = [Bad(v) for v in [9, 3, 8, 1, 7, 2, 6, 0, 5, 4] * 10]
try: l.sort(reverse=True)
except ValueError as e: print(e, l)
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
