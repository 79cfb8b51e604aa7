# enum: many random Flag/IntFlag/Enum/IntEnum/StrEnum classes (functional API, every boundary),
# their reprs, str, format and operators, compared with CPython 3.11 (seeded, deterministic)
import random
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

rng = random.Random(1234)
NAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'RED', 'GREEN', 'BLUE', 'X', 'Y', 'Z']


def attempt(label, thunk):
    try:
        result = thunk()
    except (ValueError, TypeError, KeyError) as error:
        print(' ', label, '->', type(error).__name__, str(error).replace('\n', ' / '))
    else:
        print(' ', label, '->', repr(result), '|', str(result), '|', format(result, ''))


for round_ in range(40):
    kind = rng.choice([Flag, IntFlag])
    boundary = rng.choice([None, STRICT, CONFORM, EJECT, KEEP])
    names = rng.sample(NAMES, rng.randint(2, 7))
    singles = rng.randint(1, len(names) - 1)
    bits = [1 << b for b in rng.sample(range(7), singles)]
    pairs = list(zip(names, bits))
    for name in names[singles:]:
        if rng.random() < 0.2:
            pairs.append((name, 0))
        else:
            pairs.append((name, sum(rng.sample(bits, rng.randint(1, singles)))))
    cls = kind('F%d' % round_, pairs, boundary=boundary)
    print(cls, kind.__name__, cls._boundary_, list(cls), list(cls.__members__))
    for name, member in cls.__members__.items():
        print(' ', name, repr(member), str(member), member.value, member.name, len(member), list(member), bool(member))
    members = list(cls.__members__.values())
    for _ in range(6):
        a, b = rng.choice(members), rng.choice(members)
        print(' ', repr(a | b), repr(a & b), repr(a ^ b), repr(~a), a in (a | b), b in (a & b))
    for _ in range(4):
        value = rng.randint(-3, 70)
        attempt('%s(%d)' % (cls.__name__, value), lambda: cls(value))
    if kind is IntFlag:
        m = rng.choice(members)
        extra = rng.randint(0, 100)
        attempt('m | %d' % extra, lambda: m | extra)
        attempt('%d | m' % extra, lambda: extra | m)
        attempt('m & %d' % extra, lambda: m & extra)
        attempt('m ^ %d' % extra, lambda: m ^ extra)
        print(' ', m + extra, f'{m:>6}|{m:x}')

for round_ in range(25):
    kind = rng.choice([Enum, IntEnum, StrEnum])
    names = rng.sample(NAMES, rng.randint(1, 6))
    how = rng.randint(0, 2)
    if kind is StrEnum:
        spec = [(n, rng.choice(['x', 'y', n.lower(), n])) for n in names] if how else ' '.join(names)
    elif how == 0:
        spec = ' '.join(names)
    elif how == 1:
        spec = {n: rng.randint(0, 5) for n in names}
    else:
        spec = [(n, rng.randint(-2, 4)) for n in names]
    start = rng.randint(0, 3)
    cls = kind('E%d' % round_, spec, start=start) if isinstance(spec, str) else kind('E%d' % round_, spec)
    print(cls, kind.__name__, list(cls), len(cls), cls.__members__)
    for name, member in cls.__members__.items():
        print(' ', name, repr(member), str(member), format(member, '>7'), member.value, member.name,
              member is cls[name], hash(member) == hash(member))
    for _ in range(3):
        probe = rng.choice([rng.randint(-2, 5), rng.choice(['x', 'y', 'a', 'A'])])
        attempt('%s(%r)' % (cls.__name__, probe), lambda: cls(probe))
    attempt('%s[%r]' % (cls.__name__, 'Q'), lambda: cls['Q'])
