# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API, lookups, reprs, errors
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED), Color)
print(Color(2), Color['BLUE'], Color.RED is Color(1), list(Color), len(Color), list(reversed(Color)))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.GREEN)
print(isinstance(Color.RED, Color), type(Color) is EnumType, EnumMeta is EnumType)
print(Color.__members__)
print(repr(Color.__members__))
print({c: c.value for c in Color}, hash(Color.RED) == hash(Color(1)))
print(f"{Color.RED} | {Color.RED!r} | {Color.RED:>12}|{Color.GREEN.name:^9}|")
for member in Color:
    print(member.name, member.value)
for name, member in Color.__members__.items():
    print(name, '->', member)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color['PURPLE']
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
print(list(Shape.__members__), Shape.__members__['ALIAS_FOR_SQUARE'])
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)


class Ordinal(Enum):
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()
    WEST = auto()


print(list(Ordinal), Ordinal.WEST.value)


class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    ALPHA = auto()
    BETA = auto()


print(list(AutoName), [m.value for m in AutoName])


class Mixed(Enum):
    FIRST = 10
    SECOND = auto()
    THIRD = 'x'


print(list(Mixed))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print("ValueError:", e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH, repr(Priority.HIGH), Priority.HIGH == 3, Priority.LOW < Priority.HIGH, Priority.HIGH + 1,
      sorted([Priority.HIGH, Priority.LOW, 2]), isinstance(Priority.LOW, int), f"{Priority.MEDIUM}",
      f"{Priority.MEDIUM:03d}", int(Priority.HIGH), [1, 2, 3, 4][Priority.LOW], Priority(2), str(Priority.LOW))


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'Custom'


print(Method.GET, repr(Method.GET), Method.GET == 'get', Method.POST.upper(), f"[{Method.CUSTOM}]",
      list(Method), Method('post'), isinstance(Method.GET, str), '-'.join(Method))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


RW = Perm.R | Perm.W
print(RW, repr(RW), Perm.R in RW, Perm.X in RW, list(RW), bool(Perm.R & Perm.X), repr(Perm.R & Perm.X))
print(list(Perm), Perm.RWX, repr(~Perm.R), Perm(5), Perm(0), repr(Perm(0)), len(Perm.RWX), RW.name, RW.value)
print(Perm.R ^ Perm.RWX, Perm.RWX & ~Perm.W, Perm(6) is RW)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color2], Color2.WHITE, repr(Color2.RED | Color2.BLUE), list(Color2.WHITE))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), IPerm.R | 8, repr(IPerm.R | 8), IPerm.R + 1, ~IPerm.R,
      repr(IPerm(0)), IPerm.R == 4, IPerm(7), list(IPerm(7)), f"{IPerm.W}", IPerm.W in IPerm(6))
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.ANT.value, Animal['CAT'], Animal(4), Animal.__module__)
print(list(Enum('Pair', [('A', 'a'), ('B', 'b')])), list(Enum('Map', {'X': 10, 'Y': 20})),
      list(IntEnum('Num', 'ONE TWO', start=10)), list(Enum('Comma', 'P, Q')))
print(Color.RED.__class__.__name__, Color.__name__, Priority.__mro__[1:3], Enum.__members__)
