# Generator pipelines: chained generators, yield from over a tree, generator expressions, send().
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def main(n):
    pipeline = sum(evens(squares(numbers(n))))
    tree = build(0, 1 << 12)
    tree_sum = 0
    for _ in range(n // 20000):
        for v in tree:
            tree_sum += v
    gen_expr = sum(x for x in range(n) if x % 3 == 0)
    avg = averager()
    next(avg)
    last = 0
    for i in range(n // 2):
        last = avg.send(i)
    print("generators", n, pipeline, tree_sum, gen_expr, last)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500000)
