# Object-heavy float arithmetic: create many points, normalize each, keep the component-wise maximum.
import sys
from math import sqrt


class Point:
    def __init__(self, i):
        self.x = x = float(i % 97) + 0.5
        self.y = x * 3.0 + i * 0.001
        self.z = (x * x) / 2.0

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def main(n, loops):
    total = 0.0
    for _ in range(loops):
        best = benchmark(n)
        total += best.x + best.y + best.z
    print("float_points", n, loops, best, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000, int(sys.argv[2]) if len(sys.argv) > 2 else 12)
