import dataclasses, inspect
from dataclasses import dataclass, field, InitVar, KW_ONLY, FrozenInstanceError
@dataclass
class P:
    x: int
    y: float = 1.5
    tags: list = field(default_factory=list)
    hidden: int = field(default=7, init=False)
    made: list = field(default_factory=lambda: ['m'], init=False)
p = P(1); q = P(2, 3.0, ['a'])
print(p, q, p.tags is not P(1).tags, p == P(1), p.hidden, p.made)
print(inspect.signature(P.__init__), P.__init__.__qualname__, P.__init__.__annotations__)
try:
    P()
except TypeError as e:
    print('TE', e)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print('TE', e)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'b'
f = F(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print('FIE', e)
print(f, hash(f) == hash(F(1)))
@dataclass
class W:
    a: int
    scale: InitVar[int] = 2
    out: int = field(init=False)
    def __post_init__(self, scale):
        self.out = self.a * scale
print(W(3), W(3, 5), inspect.signature(W))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int
print(K(1, c=3), inspect.signature(K))
try:
    K(1, 2, 3)
except TypeError as e:
    print('TE', e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print('TE', e)
@dataclass(slots=True)
class S:
    a: int
    b: int = field(default=4, init=False)
print(S(1), S.__slots__)
@dataclass(order=True)
class O:
    n: int
    s: str = ''
print(sorted([O(3), O(1, 'z'), O(1, 'a')]), O(1) < O(2))
@dataclass
class E:
    pass
print(E(), E() == E(), inspect.signature(E))
@dataclass
class Self_:
    self: int
print(Self_(5))
from collections import namedtuple, OrderedDict
NT = namedtuple('NT', 'u v')
@dataclass
class Inner:
    k: int
    lst: list
@dataclass
class Outer:
    i: Inner
    nt: NT
    d: dict
    t: tuple
    plain: object = None
inner = Inner(1, [Inner(2, []), 3])
o = Outer(inner, NT(Inner(4, [5]), 6), {'a': Inner(7, []), Inner.__name__: [8]}, (Inner(9, [10]),), 'p')
print(dataclasses.asdict(o))
print(dataclasses.astuple(o))
print(dataclasses.asdict(inner, dict_factory=OrderedDict), dataclasses.astuple(inner, tuple_factory=list))
r = dataclasses.asdict(o); print(r['i']['lst'] is not inner.lst, type(r['nt']).__name__, type(dataclasses.astuple(o)[1]).__name__)
for fn in (dataclasses.asdict, dataclasses.astuple):
    try:
        fn(Inner)
    except TypeError as e:
        print('TE', e)
M = dataclasses.make_dataclass('M', ['a', ('b', int), ('c', list, field(default_factory=list)), ('d', str, 'dd')],
                               namespace={'twice': lambda self: self.b * 2}, order=True)
m = M(1, 2)
print(m, m.twice(), M.__annotations__, inspect.signature(M), M(1, 2) < M(1, 3))
for bad in [['x', 'x'], ['class'], [('1a', int)], [('a', int, 1, 2)], [42]]:
    try:
        dataclasses.make_dataclass('B', bad)
    except TypeError as e:
        print('TE', e)
print(dataclasses.fields(dataclasses.make_dataclass('Z', [], bases=(M,))) == dataclasses.fields(M))
import re
def clean(text): return re.sub(r' at 0x[0-9a-f]+', '', re.sub(r'metadata=[^,]*,', '', text))
print(clean(repr(dataclasses.fields(P)[0])))
print(clean(repr((dataclasses.fields(W), P.__dataclass_fields__['tags'], W.__dataclass_fields__['scale']))))
print(P.__dataclass_params__, F.__dataclass_params__, InitVar[int], InitVar[list[int]], InitVar['x'], repr(dataclasses._HAS_DEFAULT_FACTORY))
print(type(dataclasses.MISSING).__name__, type(dataclasses.KW_ONLY).__name__, dataclasses._FIELD_INITVAR, dict(field(default=1, metadata={'m': 1}).metadata))
class Desc:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
    def __get__(self, obj, t=None): return 'desc'
@dataclass
class UsesDesc:
    d: str = field(default=Desc())
print(FrozenInstanceError.__mro__[1].__name__)
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    a: int = 10
print(Child(), [f.name for f in dataclasses.fields(Child)], inspect.signature(Child))
@dataclass(frozen=True)
class FB:
    x: int = 0
for frozen_flag, base in [(False, FB), (True, Base)]:
    try:
        dataclass(frozen=frozen_flag)(type('X', (base,), {'__annotations__': {'y': int}, 'y': 1}))
    except TypeError as e:
        print('TE', e)
try:
    @dataclass
    class NoAnn:
        a: int
        b = field(default=1)
except TypeError as e:
    print('TE', e)
try:
    @dataclass
    class TwoKW:
        a: int
        _: KW_ONLY
        b: int = 1
        __: KW_ONLY
except TypeError as e:
    print('TE', e)
@dataclass
class StrKW:
    a: int
    _: 'dataclasses.KW_ONLY'
    b: int = 0
print(inspect.signature(StrKW), 'a' in StrKW.__dict__, StrKW.b)
@dataclass(kw_only=True)
class AllKW:
    p: int
    q: int = 1
print(inspect.signature(AllKW), AllKW(p=0))
print(dataclasses.replace(P(1), y=9.0), dataclasses.replace(W(2), scale=3))
for bad in [lambda: dataclasses.replace(P(1), hidden=1), lambda: dataclasses.replace(3), lambda: dataclasses.fields(3),
            lambda: dataclasses.fields(int)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, e.__suppress_context__)
@dataclass
class NoDefIV:
    a: int
    iv: InitVar[int]
    def __post_init__(self, iv): pass
try:
    dataclasses.replace(NoDefIV(1, 2))
except ValueError as e:
    print('VE', e)
@dataclass
class Rec:
    items: list
    def note(self): pass
r = Rec([]); r.items.append(r); print(r, Rec.__repr__.__qualname__, Rec.__init__.__qualname__)
@dataclass
class Own:
    a: int
    def __repr__(self): return 'own'
print(Own(1), Own.__eq__.__qualname__)
