# abc: every abstract method (properties, classmethods, staticmethods too) listed, sorted; copy/deepcopy
import abc
import copy
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        ...

    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Partial(Shape):
    def area(self):
        return 0

    @property
    def name(self):
        return "partial"


class Square(Partial):
    def __init__(self, side):
        self.side = side

    def perimeter(self):
        return 4 * self.side

    def area(self):
        return self.side ** 2

    @classmethod
    def unit(cls):
        return "cm"

    @staticmethod
    def kind():
        return "polygon"


for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.name, Square.unit(), Square.kind(), isinstance(sq, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)


class Single(metaclass=ABCMeta):
    @abstractmethod
    def only(self):
        pass


try:
    Single()
except TypeError as e:
    print("TypeError:", e)


class Registered:
    pass


Single.register(Registered)
print(isinstance(Registered(), Single), issubclass(Registered, Single), issubclass(int, Single))


class Point:
    def __init__(self, x, y, tags):
        self.x, self.y, self.tags = x, y, tags

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2, ["a"])
shallow = copy.copy(p)
deep = copy.deepcopy(p)
p.tags.append("b")
print(shallow, deep, shallow.tags is p.tags, deep.tags is p.tags)
nested = {"a": [1, [2, 3]], "b": (4, [5])}
dc = copy.deepcopy(nested)
dc["a"][1].append(99)
print(nested, dc, copy.copy(nested)["a"] is nested["a"])
lst = [1, 2]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[:2])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is not c.v)
print(copy.copy(5), copy.deepcopy("s"), copy.copy((1, [2])), copy.deepcopy(frozenset({1})), copy.copy(None))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a, self.b = 1, [2]


s2 = copy.deepcopy(Slotted())
print(s2.a, s2.b)
