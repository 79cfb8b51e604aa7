# dataclasses: @dataclass options, field(), fields/asdict/astuple/replace, frozen, order, __post_init__,
# InitVar, ClassVar, KW_ONLY/kw_only, inheritance, make_dataclass, errors
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError,
                         InitVar, KW_ONLY, make_dataclass, MISSING)
from typing import ClassVar, List


@dataclass
class InventoryItem:
    """Class for keeping track of an item in inventory."""
    name: str
    unit_price: float
    quantity_on_hand: int = 0

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand


item = InventoryItem('widget', 3.0, 10)
print(item, item.total_cost(), item == InventoryItem('widget', 3.0, 10), item != InventoryItem('w', 3.0))
print(InventoryItem('gadget', 1.5), InventoryItem.__doc__, InventoryItem.__match_args__)
print([f.name for f in fields(item)], [f.type for f in fields(InventoryItem)], fields(item)[2].default)
print(asdict(item), astuple(item), replace(item, quantity_on_hand=3), is_dataclass(item), is_dataclass(InventoryItem),
      is_dataclass(1))
print(InventoryItem.__hash__, InventoryItem.__dataclass_params__)
try:
    InventoryItem()
except TypeError as e:
    print("TypeError:", e)
try:
    InventoryItem('a', 1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([Version(2), v2, v1]), max(v1, v2), hash(v1) == hash(Version(1, 2, 0)), {v1, Version(1, 2)})
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    v1 < (1, 2)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Team:
    name: str
    members: List[str] = field(default_factory=list)
    scores: dict = field(default_factory=dict, repr=False)
    secret: str = field(default='x', repr=False, compare=False)
    count: int = field(init=False, default=0)
    registry: ClassVar[int] = 0

    def __post_init__(self):
        self.count = len(self.members)
        Team.registry += 1


t1 = Team('red')
t2 = Team('blue', ['ann', 'bob'])
t1.members.append('zed')
print(t1, t2, t1.members is not t2.members, Team.registry, t2.count)
print(Team('x', secret='a') == Team('x', secret='b'), [f.name for f in fields(Team)], 'registry' in Team.__dataclass_fields__)
print(asdict(t2))
try:
    Team('x', count=3)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(t2, count=5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class C:
    i: int
    j: int = None
    database: InitVar[object] = None

    def __post_init__(self, database):
        if self.j is None and database is not None:
            self.j = database.get('j', -1)


print(C(10, database={'j': 42}), C(1, 2), [f.name for f in fields(C)], InitVar[int])


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Point3D(Point):
    z: int = 0


@dataclass
class Polygon:
    name: str
    points: list


p3 = Point3D(1, 2, 3)
print(p3, isinstance(p3, Point), Point(1, 2) == Point3D(1, 2), [f.name for f in fields(p3)])
poly = Polygon('tri', [Point(0, 0), Point(1, 0), p3])
print(asdict(poly))
print(astuple(poly))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed(1, b=5, c=6))


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n, Node(1) == Node(1), hash(n) == hash(n))


@dataclass(unsafe_hash=True)
class Key:
    k: str


print(hash(Key('a')) == hash(Key('a')), {Key('a'): 1}[Key('a')])


@dataclass(repr=False, init=False)
class Bare:
    x: int = 5


print(Bare().x, repr(Bare()).startswith('<__main__.Bare object'))
Pt = make_dataclass('Pt', [('x', int), 'label', ('y', int, field(default=0))])
print(Pt(1, label='a'), [f.name for f in fields(Pt)])
for bad in ["mutable", "nondefault", "order", "nofield", "both"]:
    try:
        if bad == "mutable":
            @dataclass
            class Bad:
                items: list = []
        elif bad == "nondefault":
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif bad == "order":
            @dataclass(order=True, eq=False)
            class Bad:
                a: int
        elif bad == "nofield":
            @dataclass
            class Bad:
                a = field(default=1)
        else:
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    fields(1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
print(MISSING is fields(Point)[0].default, fields(Point)[0].default_factory is MISSING)
