# heapq and bisect: a tutorial's uses, key functions, comparison order, errors
import heapq
import bisect
from functools import cmp_to_key

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 6), data)
print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
portfolio = [
    {'name': 'IBM', 'shares': 100, 'price': 91.1},
    {'name': 'AAPL', 'shares': 50, 'price': 543.22},
    {'name': 'FB', 'shares': 200, 'price': 21.09},
    {'name': 'HPQ', 'shares': 35, 'price': 31.75},
    {'name': 'YHOO', 'shares': 45, 'price': 16.35},
    {'name': 'ACME', 'shares': 75, 'price': 115.65},
]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(3, portfolio, key=lambda s: s['price'])])
print(heapq.nlargest(1, [3, 1, 2]), heapq.nsmallest(1, []), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1, 2]))
print(heapq.nlargest(2, iter([3, 1, 2, 5])), heapq.nsmallest(2, (x for x in "hello")))
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd'), (2, 'e')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]), heapq.nlargest(3, pairs, key=lambda p: p[0]))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))
print(list(heapq.merge([3, 2], [5, 1], key=lambda x: -x, reverse=False)))
tasks = []
heapq.heappush(tasks, (2, 'code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError:", e)

log = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"I{self.v}"


items = [Item(v) for v in [6, 2, 9, 4, 1, 8]]
heapq.heapify(items)
print(items, log)
log.clear()
print(heapq.heappop(items), log)
log.clear()
heapq.heappush(items, Item(0))
print(items, log)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 5)
print(a)


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
records = [('black', 0), ('brown', 1), ('red', 2), ('orange', 3), ('yellow', 4)]
records.sort(key=lambda r: r[1])
keys = [r[1] for r in records]
print(records[bisect.bisect_left(keys, 2)])
by_name = sorted(records)
print(bisect.bisect_left(by_name, 'red', key=lambda r: r[0]), bisect.bisect_right(by_name, 'red', key=lambda r: r[0]))
bisect.insort(by_name, ('grey', 9), key=lambda r: r[0])
bisect.insort_left(by_name, ('white', 5), key=lambda r: r[0])
print(by_name)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.bisect([1, 2], "a")
except TypeError as e:
    print("TypeError:", e)


def numeric_compare(x, y):
    return x - y


K = cmp_to_key(numeric_compare)
print(sorted([5, 2, 4], key=K))
print(sorted([5, 2, 4], key=cmp_to_key(lambda a, b: b - a)))
print(K(3) < K(4), K(3) == K(3), K(5) >= K(1), K(7).obj)
print(repr(K).split(" at ")[0], repr(K(1)).split(" at ")[0], type(K).__name__, type(K).__module__)
try:
    K(1) < 1
except TypeError as e:
    print("TypeError:", e)
import heapq
try: heapq.heapreplace([], 1)
except IndexError as e: print(e)
