# Comprehensions: list/set/dict/generator, nested, conditions, scoping, walrus
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(3)] for r in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([list(col) for col in zip(*matrix)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(101)))
x = "outer"
print([x for x in "ab"], x)
print([y if y % 2 else -y for y in range(5)])
data = [1, 5, 3, 8]
if (n := len(data)) > 3:
    print("long list", n)
print([z for v in data if (z := v * 10) > 30])
print(z)
total = 0
while (chunk := data[total:total + 2]):
    print("chunk", chunk)
    total += 2
print({i: [j for j in range(i)] for i in range(4)})
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]])
print(dict((w[0], len(w)) for w in words))
print([i for i in range(3)] == list(range(3)))
print(sorted({c for c in "mississippi"}))
def uses_walrus(items):
    return [last := i for i in items], last
print(uses_walrus([1, 2, 3]))
