# Builtins: enumerate, zip, map, filter, sorted, reversed, iter/next, sum/any/all
names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=1)))
print(list(zip(names, [1, 2, 3])), list(zip("ab", [1, 2, 3], (True, False))), list(zip()))
print(list(map(str.upper, names)), list(map(lambda x, y: x * y, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(lambda n: n > 1, [1, 2, 3])))
print(list(reversed("abc")), list(reversed([1, 2, 3])), sorted("cab"))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.5, 0.25]))
print(any([0, "", 1]), any([]), all([1, "x"]), all([]), all([1, 0]))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
m = map(int, "123")
print(type(m).__name__, list(m), list(m))
counter = iter(range(3))
print(list(counter), list(counter))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), list(enumerate(Countdown(2))))
calls = iter([3, 2, 1])
print(list(calls))
vals = [5, 6, 7]
pos = iter(lambda: vals.pop() if vals else 0, 0)
print(list(pos))
print(dict(enumerate("xy")), list(zip(*[(1, "a"), (2, "b")])))
