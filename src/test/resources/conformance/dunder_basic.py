# Dunder dispatch: __init__ __repr__ __str__ __eq__ __lt__ __hash__ __bool__
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
a, b = Money(150), Money(99)
print(a, repr(a), str(b), [a, b], f"{a} {a!r}", "%s %r" % (a, b))
print(a == Money(150), a != b, a == 150, b < a, a > b, sorted([a, b, Money(5)]))
print(len({a, Money(150), b}), {a: "x"}[Money(150)])
print(bool(Money(0)), bool(a), "yes" if Money(0) else "no", not a)
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
class OnlyEq:
    def __eq__(self, o):
        return True
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
print(OnlyEq() == 1, OnlyEq() != 1)
class Len:
    def __len__(self):
        return 0
print(bool(Len()), len(Len()))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"), str(Plain()) == repr(Plain()) or True)
