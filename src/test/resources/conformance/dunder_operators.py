# Dunder dispatch: arithmetic __add__ __radd__ __iadd__ __sub__ __mul__ __neg__, __call__
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __call__(self, scale=1):
        return (self.x * scale, self.y * scale)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), sum([a, b]), a(10), a())
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc.items, acc is ref)
v = Vec(1, 1)
v += Vec(1, 1)
print(v)
try:
    a + 1
except TypeError as e:
    print(e)
try:
    "s" + a
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
print(Cmp(1) <= Cmp(2), Cmp(3) > Cmp(2), Cmp(1) < Cmp(2), Cmp(2) >= Cmp(3))
class Mod:
    def __mod__(self, o): return "mod"
    def __floordiv__(self, o): return "floordiv"
    def __truediv__(self, o): return "truediv"
    def __pow__(self, o): return "pow"
    def __rsub__(self, o): return "rsub"
m = Mod()
print(m % 1, m // 1, m / 1, m ** 2, 5 - m)
