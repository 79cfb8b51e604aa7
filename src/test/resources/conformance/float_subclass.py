# Classes derived from float: __new__, repr/str, arithmetic giving float, attributes, pickling.
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def __repr__(self):
        return 'Celsius(%s)' % float.__repr__(self)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(21.5)
print(c, repr(c), c.to_f(), type(c + 1).__name__, isinstance(c, float), c == 21.5, hash(c) == hash(21.5))
print(round(c), int(c), c > 20, sorted([Celsius(3), 1.5, Celsius(2)]), {c: 1}[21.5], float(c), type(float(c)).__name__)
class Money(float):
    pass
m = Money('2.50'); m.currency = 'EUR'
print(m, repr(m), m.currency, m * 2, type(m * 2).__name__, f'{m:.3f}', Money(), abs(Money(-1)), -m)
import copy
print(copy.copy(m), type(copy.copy(m)).__name__, copy.copy(m).currency, copy.deepcopy(m).currency)
class Pos(float):
    def __new__(cls, v):
        if v < 0: raise ValueError('negative')
        return float.__new__(cls, v)
try: Pos(-1)
except ValueError as e: print(e)
print(Pos(2) + Pos(3), Pos.__mro__, issubclass(Pos, float))
