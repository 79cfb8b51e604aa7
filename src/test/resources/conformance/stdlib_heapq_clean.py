import heapq, random
rng = random.Random(7)
h = []
for v in [rng.randrange(50) for _ in range(40)]:
    heapq.heappush(h, v)
print(h)
out = []
while len(h) > 25:
    out.append(heapq.heappop(h))
print(out, h)
print(heapq.heapreplace(h, 3), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 40), h)
x = [rng.randrange(100) for _ in range(31)]
heapq.heapify(x); print(x)
y = list(range(20, 0, -1)); heapq.heapify(y); print(y)
z = []; heapq.heapify(z); print(z, heapq.heappushpop(z, 5), z)
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)), (heapq.heapify, ((),)),
             (heapq.heappop, ((1,),)), (heapq.heapreplace, ((1,), 2)), (heapq.heappushpop, ((1,), 2))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
m = [rng.randrange(100) for _ in range(15)]
heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 50), m)
class K:
    def __init__(s, v, tag): s.v, s.tag = v, tag
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return '%d%s' % (s.v, s.tag)
ks = [K(v, t) for v, t in zip([3, 1, 3, 2, 1, 3, 2], 'abcdefg')]
hk = []
for k in ks:
    heapq.heappush(hk, k)
print(hk, [heapq.heappop(hk) for _ in range(7)])
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([7, 5, 3], [8, 5, 1], reverse=True)))
print(list(heapq.merge(['a', 'bb', 'ccc'], ['B', 'dd'], key=len)))
print(list(heapq.merge(['ccc', 'bb', 'a'], ['DD', 'e'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), list(heapq.merge([], [3])))
print(list(heapq.merge([K(1, 'a'), K(2, 'a')], [K(1, 'b'), K(2, 'b')], [K(1, 'c')])))
log = []
def src(name, vals):
    for v in vals:
        log.append(name + str(v)); yield v
g = heapq.merge(src('p', [1, 4]), src('q', [2, 3]))
print(next(g), log); print(next(g), log); print(list(g), log)
data = [rng.randrange(30) for _ in range(60)]
for n in [-1, 0, 1, 2, 5, 59, 60, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data), key=lambda v: -v), heapq.nlargest(n, iter(data), key=lambda v: v % 7))
print(heapq.nsmallest(3, ks), heapq.nlargest(3, ks), heapq.nsmallest(4, iter(ks)), heapq.nlargest(4, iter(ks)))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(2, iter([])), heapq.nlargest(1, ks, key=lambda k: k.v))
print(heapq.nsmallest(3, iter(ks), key=lambda k: k.v), heapq.nlargest(3, iter(ks), key=lambda k: k.v))
print(heapq.__all__)
