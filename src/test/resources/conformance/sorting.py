# Sorting: sorted/list.sort with key and reverse, stability, mixed errors
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, 2, 9, 1, 5, 6]
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.sort(key=lambda n: n % 3); print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
stable = sorted(range(10), key=lambda i: i % 3)
print(stable)
print(sorted([3.5, 1, 2.25, -1]), sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([], reverse=True), sorted([1], key=abs))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(sorted([V(3), V(1), V(2)]))
