# Object-model probes (issue 21): one case per run, timed inside the script (start-up excluded), each in a
# function. Prints "<case>: <seconds> s". Usage: objects.py get|store|create|points|unpack
# get: 3M p.get() (a method returning self.x)
# store: 3M p.x = i
# create: 3M P(i), __init__ storing 3 attributes
# points: 100k points: create, normalize (3 reads, 3 /=), 30 times
# unpack: 3M a, b, c = i, i + 1, i + 2
import sys
import time


class P:
    def __init__(self, x):
        self.x = x
        self.y = x
        self.z = x

    def get(self):
        return self.x


class Point:
    def __init__(self, i):
        self.x = x = float(i) + 1.0
        self.y = x * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = (x * x + y * y + z * z) ** 0.5
        self.x /= norm
        self.y /= norm
        self.z /= norm


def get(n):
    p = P(1)
    for i in range(n):
        p.get()


def store(n):
    p = P(1)
    for i in range(n):
        p.x = i


def create(n):
    for i in range(n):
        P(i)


def points(n):
    for _ in range(30):
        pts = [Point(i) for i in range(n)]
        for p in pts:
            p.normalize()


def unpack(n):
    for i in range(n):
        a, b, c = i, i + 1, i + 2


CASES = {"get": (get, 3_000_000), "store": (store, 3_000_000), "create": (create, 3_000_000),
         "points": (points, 100_000), "unpack": (unpack, 3_000_000)}

case = sys.argv[1]
fn, n = CASES[case]
t0 = time.perf_counter()
fn(n)
print(f"{case}: {time.perf_counter() - t0:.3f} s")
