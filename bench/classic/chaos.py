# The chaos game: a point jumps by randomly chosen affine maps (a fern and a Sierpinski-like set) and the
# visited pixels are counted; vectors are small objects with arithmetic methods.
import sys


class Random:
    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) / 9007199254740992.0


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def linear(self, a, b, c, d):
        return Vec(a * self.x + b * self.y, c * self.x + d * self.y)


class Map:
    def __init__(self, weight, a, b, c, d, e, f):
        self.weight = weight
        self.matrix = (a, b, c, d)
        self.shift = Vec(e, f)

    def apply(self, p):
        a, b, c, d = self.matrix
        return p.linear(a, b, c, d) + self.shift


FERN = [
    Map(0.01, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
    Map(0.85, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
    Map(0.07, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
    Map(0.07, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
]
TRIANGLE = [
    Map(1 / 3, 0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
    Map(1 / 3, 0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
    Map(1 / 3, 0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
]


def choose(maps, rng):
    r = rng.uniform()
    for m in maps:
        r -= m.weight
        if r <= 0.0:
            return m
    return maps[-1]


def render(maps, rng, steps, box, width, height):
    x0, y0, x1, y1 = box
    sx = width / (x1 - x0)
    sy = height / (y1 - y0)
    pixels = {}
    p = Vec(0.0, 0.0)
    for i in range(steps):
        p = choose(maps, rng).apply(p)
        if i < 20:
            continue
        key = (int((p.x - x0) * sx), int((p.y - y0) * sy))
        pixels[key] = pixels.get(key, 0) + 1
    return pixels, p


def main(steps):
    rng = Random(1234)
    fern, pf = render(FERN, rng, steps, (-3.0, 0.0, 3.0, 10.0), 120, 200)
    tri, pt = render(TRIANGLE, rng, steps, (0.0, 0.0, 1.0, 1.0), 128, 128)
    print("chaos", steps, len(fern), max(fern.values()), len(tri), max(tri.values()), pf.x, pf.y, pt.x, pt.y)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
