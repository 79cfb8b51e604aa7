# Tuple and list unpacking in assignments, loop targets and swaps.
import sys


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        a, b, c, d, e, f, g, h, k, l = t
        total += a + l
        x, y = i, i + 1
        x, y = y, x
        total += x - y
    return total


def unpack_lists(n):
    lst = [1, 2, 3, 4, 5]
    total = 0
    for i in range(n):
        a, b, c, d, e = lst
        a, b, c, d, e = lst
        first, *rest = lst
        total += a + e + first + len(rest)
    return total


def unpack_loop(n):
    pairs = [(i, i * 2, str(i)) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for a, b, s in pairs:
            total += a + b + len(s)
        for i, (a, b, s) in enumerate(pairs):
            total += i - a
    return total


def main(n):
    print("unpack_sequence", n, unpack_tuples(n), unpack_lists(n), unpack_loop(n))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2500000)
