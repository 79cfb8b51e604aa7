# enum beyond the basics: errors and their messages, boundaries, negative values, verify/unique,
# _missing_, _ignore_, _order_, member/nonmember, mixins (dataclass, tuple __init__, custom __new__),
# functional API forms, global_enum, copy, dir(), DeprecationWarnings (recorded from CPython 3.11)
import copy
import enum
import warnings
from dataclasses import dataclass
from enum import *


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e, '| ctx:', repr(e.__context__))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
t(lambda: Color.__dict__['RED'])
t(lambda: Color.RED.GREEN)
t(lambda: dir(Color))
t(lambda: dir(Color.RED))
t(lambda: Color.RED.__reduce_ex__(4))
t(lambda: copy.copy(Color.RED) is Color.RED)
t(lambda: copy.deepcopy([Color.RED])[0] is Color.RED)
t(lambda: setattr(Color.RED, 'value', 5))
t(lambda: setattr(Color.RED, 'name', 5))
t(lambda: setattr(Color.RED, 'foo', 5))
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: Color(7))
t(lambda: Color([1]))
t(lambda: Color['X'])
t(lambda: Color.X)
t(lambda: Color.RED < Color.GREEN)
t(lambda: format(Color.RED, '>10'))
class I(int, Enum):
    A = 1
t(lambda: (str(I.A), format(I.A), format(I.A, 'd'), repr(I.A), f"{I.A:>5}"))
class S(str, Enum):
    A = 'x'
t(lambda: (str(S.A), format(S.A), repr(S.A)))
t(lambda: I.A.__reduce_ex__(4))
def mk():
    class MoreColor(Color):
        PINK = 17
t(mk)
def mk():
    class D(Enum):
        A = 1
        A = 2
t(mk)
def mk():
    class D(Enum):
        A = 1
        def A(self): pass
t(mk)
def mk():
    class D(Enum):
        A = 1
        _generate_next_value_ = lambda *a: 1
t(mk)
def mk():
    class D(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
t(mk)
def mk():
    class D(Enum):
        mro = 1
t(mk)
def mk():
    class D(Enum):
        _sunder_ = 1
t(mk)
def mk():
    class D(IntEnum):
        A = 'x'
t(mk)
def mk():
    class D(StrEnum):
        A = 1
t(mk)
def mk():
    class D(StrEnum):
        A = 'a', 'b', 'c', 'd'
t(mk)
def mk():
    class D(StrEnum):
        A = b'a', 'utf-8'
    return D.A, D.A.value
t(mk)
def mk():
    class D(Enum):
        _ignore_ = 'x y'
        x = 1
        y = 2
        z = 3
    return list(D), hasattr(D, 'x')
t(mk)
def mk():
    class D(Enum):
        _ignore_ = ['i']
        for i in range(3):
            locals()['V%d' % i] = i
    return list(D)
t(mk)
t(lambda: (Color.RED.__class__, Color.__class__, type(Enum), Enum.__members__, len(Enum), list(Enum)))
t(lambda: Color.__members__)
t(lambda: (bool(Color), bool(Color.RED), bool(I.A), hash(Color.RED) == hash('RED')))
t(lambda: Enum('X'))
t(lambda: Enum('X', 'a b', start=5).__members__)
t(lambda: Enum('X', ['a', 'b']).__members__)
t(lambda: Enum('X', (('a', 3), ('b', 4))).__members__)
t(lambda: Enum('X', 'a b', module='foo', qualname='Q.X').__qualname__)
t(lambda: Enum('X', 'a b', type=int).a)
t(lambda: Color('RED', 'x'))
t(lambda: Enum('X', 'a,b', 'c'))
t(lambda: Color.RED._value_)
t(lambda: Color.RED._name_)
t(lambda: Color._member_names_)
t(lambda: Color._member_map_)
t(lambda: Color._value2member_map_)

class I(int, Enum):
    A = 1
t(lambda: (str(I.A), format(I.A), repr(I.A), f"{I.A:>5}", I.A + 1, I.A == 1))
class P(Flag):
    X = 1
    R = 4
    W = 2
    RW = 6
    BIG = 16
t(lambda: list(P))
t(lambda: [P(i) for i in range(8)])
t(lambda: [str(P(i)) for i in range(8)])
t(lambda: [format(P(i)) for i in range(4)])
t(lambda: list(P(7)))
t(lambda: list(P.RW))
t(lambda: len(P.RW))
t(lambda: ~P.X)
t(lambda: ~P(0))
t(lambda: ~P.RW)
t(lambda: P.X | 2)
t(lambda: P.X & 3)
t(lambda: P.X ^ P.W)
t(lambda: P(8))
t(lambda: P(32))
t(lambda: P(-1))
t(lambda: P.X in P.RW)
t(lambda: 1 in P.RW)
t(lambda: P._flag_mask_, )
t(lambda: (P._all_bits_, P._boundary_, P._singles_mask_ if hasattr(P,'_singles_mask_') else None))
t(lambda: P.__members__)
t(lambda: (P.RW.name, P(7).name, P(0).name, P(5).value))
t(lambda: bool(P(0)))
t(lambda: P(3) is P(3))
t(lambda: P._value2member_map_)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: [IP(i) for i in range(10)])
t(lambda: [repr(IP(i)) for i in (0, 3, 8, 9, 12, -1)])
t(lambda: [str(IP(i)) for i in (0, 3, 8, 9, 12)])
t(lambda: [format(IP(i), '>4') for i in (0, 3)])
t(lambda: (~IP.R, repr(~IP.R), repr(~IP(0)), repr(~IP(8)), repr(IP.R | 8), repr(IP.R & 12), repr(IP.R ^ 5), repr(8 | IP.R), repr(IP.R + 1)))
t(lambda: (IP._boundary_, IP(12).name, list(IP(12)), len(IP(12))))
for b in (STRICT, CONFORM, EJECT, KEEP):
    class F(Flag, boundary=b):
        A = 1
        B = 2
        D = 8
    t(lambda: (b, F(3), F(4), F(15), ~F.A, F(0)))
    t(lambda: F(16))
    t(lambda: F(5))
class C(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
t(lambda: (list(C), C.BLACK, C(0), C.WHITE, list(C.WHITE), ~C.WHITE, ~C.RED, C.__members__))
t(lambda: (repr(FlagBoundary.STRICT), str(STRICT), EnumCheck.UNIQUE, repr(CONTINUOUS)))
class A(IntEnum):
    a = auto()
    b = 5
    c = auto()
t(lambda: list(A))
class SE(StrEnum):
    Foo = auto()
    BAR = auto()
t(lambda: (list(SE), SE.Foo.value, repr(SE.Foo), str(SE.Foo), format(SE.Foo, '>5')))
def mk():
    class Z(Enum):
        a = 1.5
        b = auto()
    return list(Z)
t(mk)
def mk():
    class Z(Flag):
        a = 3
        b = auto()
    return list(Z)
t(mk)
def mk():
    class Z(Flag):
        a = 5
        b = 'x'
    return list(Z)
t(mk)
def mk():
    class Z(Enum):
        a = auto(), 2
        b = (auto(), 'x')
    return list(Z)
t(mk)

def mk():
    @unique
    class M(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        FIVE = 1
t(mk)
def mk():
    @verify(UNIQUE)
    class M(Enum):
        ONE = 1
        FOUR = 1
t(mk)
def mk():
    @verify(CONTINUOUS)
    class M(IntEnum):
        ONE = 1
        FOUR = 4
        FIVE = 5
        EIGHT = 8
t(mk)
def mk():
    @verify(CONTINUOUS)
    class M(Enum):
        ONE = 1
        FOUR = 4
t(mk)
def mk():
    @verify(NAMED_FLAGS)
    class M(Flag):
        A = 1
        B = 2
        ABCD = 15
        E = 48
t(mk)
def mk():
    @verify(CONTINUOUS)
    class M(Flag):
        A = 1
        C = 4
        E = 16
t(mk)
def mk():
    @verify(UNIQUE, CONTINUOUS)
    class M(IntEnum):
        A = 1
        B = 2
    return list(M)
t(mk)
class St(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
t(lambda: St(3))
class St2(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError('boom')
t(lambda: St2(3))
class Pl(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
t(lambda: (Pl.EARTH.value, Pl.EARTH.mass, Pl((3.303e+23, 2.4397e6)), Pl.__dict__.get('__init__') is not None))
class AutoNum(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    A = 'a'
    B = 'b'
t(lambda: list(AutoNum))
@dataclass
class CreatureDataMixin:
    size: str
    legs: int
    tail: bool = True
class Creature(CreatureDataMixin, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4
t(lambda: (Creature.DOG, str(Creature.DOG), Creature.DOG.value, Creature.DOG.legs))
class Mood(Enum):
    FUNKY = 1
    def __str__(self): return 'S' + self.name
t(lambda: (format(Mood.FUNKY), f"{Mood.FUNKY:>8}", str(Mood.FUNKY)))
class WithM(Enum):
    A = 1
    B = member(lambda x: x)
    C = nonmember(3)
    def meth(self): pass
    @property
    def prop(self): return 1
    @classmethod
    def cm(cls): pass
t(lambda: WithM.prop)
t(lambda: Enum.name)
F = Flag('F', 'A B C')
t(lambda: (list(F), F.C, F(3).__reduce_ex__(4), F.__module__))
I = IntFlag('I', ['A', 'B'])
t(lambda: (list(I), I.B))
t(lambda: (Enum('X', 'a b', type=str).__members__, StrEnum('X', 'a b').__members__))
t(lambda: Enum('X', [('a', 1), 'b']))
t(lambda: Enum('X', 5))
t(lambda: Enum('X', 'a a'))
t(lambda: Enum('X', '_a b'))
t(lambda: Enum('X', 'a', boundary=STRICT))
@global_enum
class GE(Enum):
    A = 1
t(lambda: (repr(GE.A), str(GE.A), format(GE.A)))
@global_enum
class GF(IntFlag):
    A = 1
    B = 2
t(lambda: (repr(GF.A), str(GF.A), repr(GF(3)), repr(GF(0))))
t(lambda: (show_flag_values(13), enum._bin if hasattr(enum,'_bin') else 0))

def mk1():
    @verify(NAMED_FLAGS)
    class M(Flag):
        A = 1
        B = 2
        AB4 = 7
t(mk1)
def mk2():
    @verify(NAMED_FLAGS)
    class M(Flag):
        A = 1
        B = 2
        AB48 = 15
t(mk2)
def mk3():
    @verify(NAMED_FLAGS)
    class M(Flag):
        A = 1
        B = 2
        AB4 = 7
        C = 9
t(mk3)
def mk4():
    @verify(NAMED_FLAGS)
    class M(Flag):
        A = 1
        B = 2
        AB4 = 7
        C = 24
        D = 36
t(mk4)
t(lambda: enum.show_flag_values(13))
def m1():
    class X(Enum, int): A = 1
t(m1)
def m1():
    try:
        class X(int, str, Enum): A = 1
    except TypeError as e:
        return str(e).split(':')[0], sorted(str(e).split(': ')[1].strip('{}').split(', '))
t(m1)
def m1():
    class D(IntEnum):
        A = '1'
    return D.A.value, type(D.A.value)
t(m1)
class P(Flag):
    X = 1
    R = 4
    W = 2
    RW = 6
t(lambda: (P._member_names_, list(P.__members__), dir(P)))
class IE(IntEnum):
    A = 1
class F(Flag, boundary=KEEP):
    A = 1
    B = 2
    D = 8
t(lambda: (F(-1), F(16), ~F(16), F(-3), F(-20)))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (IP(12), ~IP(12), IP(-3), IP(-20), ~IP(16), IP(16), list(IP(16)), len(IP(0))))
class Pl(Enum):
    A = (1, 2)
    def __init__(self, a, b):
        self.mass = a
t(lambda: dir(Pl.A))
t(lambda: (repr(auto()), auto().value))
t(lambda: (enum.EnumMeta.__name__, enum.EnumType.__qualname__))
@enum.global_enum
class GF(IntFlag):
    A = 1
    B = 2
t(lambda: (repr(GF(7)), repr(GF(4)), str(GF(5))))
t(lambda: (IP.R.__reduce_ex__(2), IP(3).__reduce_ex__(2)))
t(lambda: (hash(IP.R), hash(IE.A)))
t(lambda: (Flag.__members__, IntFlag._boundary_, Flag._boundary_, list(FlagBoundary), FlagBoundary.__mro__))

t(lambda: enum.show_flag_values(13))
t(lambda: sorted(enum.__all__))
t(lambda: (WithM.C, WithM.B.value(5), [m.name for m in WithM]))
t(lambda: dir(WithM))
warnings.simplefilter('error')


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


t(lambda: 1 in Color)
t(lambda: 'RED' in Color)
def mk():
    class Z(Enum):
        a = auto()
        b = 'x'
        c = auto()
t(mk)
def mk():
    class Z(Enum):
        a = 'x'
        b = auto()
t(mk)
for top in (1, 2, 3):
    members = [('M%d' % i, 1 << i) for i in range(top)]
    for b in (KEEP, CONFORM, STRICT, EJECT):
        F = IntFlag('F', members, boundary=b)
        out = []
        for v in (-1, -2, -3, -5, -8, -9, -12, -20, -33, 9, 17):
            try:
                out.append(int(F(v)))
            except ValueError:
                out.append('E')
        print(top, b, out, [int(~m) for m in F])

# pickling and copying members, pseudo-members and functional-API enums
import pickle
class Color2(Enum):
    RED = 1
    GREEN = 2
class Perm2(Flag):
    R = 4
    W = 2
    X = 1
class IP2(IntFlag):
    A = 1
    B = 2
class S2(StrEnum):
    X = auto()
Animal2 = Enum('Animal2', 'ANT BEE')
for obj in (Color2.RED, Perm2.R | Perm2.W, Perm2(0), IP2(3), IP2(9), S2.X, Animal2.BEE, [Color2.GREEN, {Perm2.X: IP2.B}]):
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj, (obj, proto, back)
    print(repr(back), back is obj if not isinstance(obj, list) else back[0] is obj[0], copy.deepcopy(obj) == obj)
