import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, 4, 6))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('VE', e)
try:
    bisect.insort(a, 1, -2)
except ValueError as e:
    print('VE', e)
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
k = lambda r: r[1]
print(bisect.bisect_left(recs, 3, key=k), bisect.bisect_right(recs, 3, key=k))
bisect.insort_left(recs, ('x', 3), key=k); print(recs)
bisect.insort_right(recs, ('y', 3), key=k); print(recs)
bisect.insort(recs, ('z', 0), key=k); print(recs)
b = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
print(b)
class T:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        print('lt', s.v, o.v if isinstance(o, T) else o); return s.v < (o.v if isinstance(o, T) else o)
ts = [T(1), T(3), T(5)]
print(bisect.bisect_left(ts, T(3)), bisect.bisect_right(ts, T(3)))
print(bisect.bisect_right('abcde', 'c'), bisect.bisect_left((1, 2, 3), 2, hi=1))
try:
    bisect.bisect_left(a, 1, key=None, foo=1)
except TypeError as e:
    print('TE')
def grades(score, breakpoints=[60, 70, 80, 90], g='FDCBA'):
    return g[bisect.bisect(breakpoints, score)]
print([grades(s) for s in [33, 99, 77, 70, 89, 90, 100]])
