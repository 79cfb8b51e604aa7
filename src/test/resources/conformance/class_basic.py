# Classes: instances, class vs instance attributes, methods, bound methods
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = list(tricks or [])
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def describe(self):
        return f"{self.name} knows {len(self.tricks)} tricks"
a = Dog("Rex")
b = Dog("Fido", ["sit"])
a.add_trick("roll").add_trick("beg")
print(a.describe(), "|", b.describe())
print(Dog.count, a.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
m = b.describe
print(m())
print(Dog.describe(a))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog))
print(hasattr(a, "name"), hasattr(a, "nope"))
print(sorted(vars(b).items()))
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__name__)
class WithClassBody:
    values = [i * i for i in range(4)]
    total = sum(values)
    def get(self):
        return self.total
print(WithClassBody.values, WithClassBody().get())
print(Dog.__dict__["species"], "describe" in Dog.__dict__)
class Point:
    def __init__(self):
        pass
print(Point.__name__, Point.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)
