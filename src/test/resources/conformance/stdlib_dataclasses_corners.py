# dataclasses corners: the __hash__ outcome of every unsafe_hash/eq/frozen/explicit combination, option errors,
# frozen guards, kw_only fields, match_args, slots, make_dataclass, replace with __post_init__
from typing import ClassVar
from dataclasses import *
import dataclasses, inspect
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class U:
    __hash__ = None
@dataclass
class A: x: int; y: int = 2
print(A.__doc__, A.__match_args__)
t(lambda: dataclass(type('B', (), {'__annotations__': {'u': U}, 'u': U()})))
t(lambda: field(default=1, default_factory=list))
t(lambda: dataclass(order=True, eq=False)(type('B', (), {})))
t(lambda: dataclass(order=True)(type('B', (), {'__lt__': lambda s, o: 1})))
t(lambda: dataclass(unsafe_hash=True)(type('B', (), {'__hash__': lambda s: 1})))
t(lambda: dataclass(slots=True)(type('B', (), {'__slots__': ()})))
t(lambda: dataclass(weakref_slot=True)(type('B', (), {})))
@dataclass(frozen=True)
class F: a: int
t(lambda: setattr(F(1), 'zz', 1)); t(lambda: delattr(F(1), 'zz'))
class FS(F): pass
fs = FS(1); fs.zz = 3; print(fs.zz)
t(lambda: setattr(fs, 'a', 2))
t(lambda: replace(A(1), zz=3))
for uh in (False, True):
  for eq in (False, True):
    for fr in (False, True):
      for explicit in (None, 'hash', 'eq'):
        ns = {'__annotations__': {'x': int}}
        if explicit == 'hash': ns['__hash__'] = lambda s: 42
        if explicit == 'eq': ns['__eq__'] = lambda s, o: True
        try:
            C = dataclass(unsafe_hash=uh, eq=eq, frozen=fr)(type('C', (), ns))
            h = C.__dict__.get('__hash__', 'absent')
            kind = 'absent' if h == 'absent' else ('None' if h is None else ('explicit' if h is ns.get('__hash__') else h.__qualname__))
            print(uh, eq, fr, explicit, kind)
        except TypeError as e:
            print(uh, eq, fr, explicit, 'TE', e)
print(type(MISSING).__name__, type(KW_ONLY).__name__, dataclasses._FIELD, dataclasses._FIELD_CLASSVAR, dataclasses._FIELD_KW_ONLY if hasattr(dataclasses,'_FIELD_KW_ONLY') else '')
print(type(InitVar[int]), InitVar[int].type, InitVar(int), InitVar.__class_getitem__)
t(lambda: InitVar[int, str])
@dataclass(match_args=False, repr=False, eq=False)
class M: a: int
print('__match_args__' in M.__dict__, '__repr__' in M.__dict__, '__eq__' in M.__dict__)
@dataclass
class Inh(A):
    z: int = 3
print(Inh.__match_args__, Inh(1))
@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self): self.b = self.a * 2
print(WithPost(2), fields(WithPost)[1].init, fields(WithPost)[1].name)
print(is_dataclass(A), is_dataclass(A(1)), is_dataclass(type), dataclasses.is_dataclass(InitVar))
print(astuple(A(1)), asdict(A(1)), A(1) == (1,2), A(1) != A(1, 3))
@dataclass
class NoEqHash:
    a: int
    def __eq__(s, o): return True
print(NoEqHash.__hash__)
t(lambda: dataclass(type('B', (), {'__annotations__': {'a': int, 'b': int}, 'a': field(kw_only=True), 'b': 1})).__name__)
@dataclass
class KW:
    a: int = field(kw_only=True)
    b: int
print(inspect.signature(KW), KW.__match_args__, KW(1, a=2))
X = make_dataclass('X', [('a', int)], frozen=True)
print(X.__module__, X.__qualname__, X(1), hash(X(1)) == hash((1,)))
print(hash(A.__init__.__name__) and A.__init__.__name__, A.__eq__.__qualname__, A.__repr__.__name__)
f = fields(A)[0]
print(f.name, f.type, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only, type(f.metadata).__name__)
print(dict(field(metadata={'a': 1}).metadata), len(field().metadata))
print(Field.__slots__, field().name, field().kw_only is MISSING, field()._field_type)
@dataclass(frozen=True, slots=True)
class FSl: a: int
print(FSl(1), FSl.__slots__, hash(FSl(1))==hash((1,)))
t(lambda: setattr(FSl(1), 'a', 2))
import pickle
print(pickle.loads(pickle.dumps(FSl(3))))
@dataclass
class D:
    a: list = field(default_factory=list, init=False)
    b: int = 0
print(D(), D(5), inspect.signature(D))
@dataclass
class Z:
    a: int
    b: ClassVar[int] = 3
print(Z(1), [f.name for f in fields(Z)], Z.b, Z.__dataclass_fields__['b']._field_type)

print(dataclasses.FrozenInstanceError('x'), dataclasses.__all__)

# make_dataclass and InitVar/kw_only/match_args
import dataclasses
X = make_dataclass('X', ['a'])
print(X.__module__, X.__qualname__, X.__doc__)
@dataclass
class W:
    a: int
    scale: InitVar[int] = 2
    out: int = field(init=False, default=0)
    k: int = field(kw_only=True, default=1)
print(W.__match_args__, W.__doc__, vars(W(1)))
for bad in [['1a','1a'], ['a', 'a b'], [('a',)], [('a', int, 1, 2, 3)]]:
    try: make_dataclass('B', bad)
    except Exception as e: print(type(e).__name__, e)
@dataclass
class R:
    a: int
    def __post_init__(self): print('post', self.a)
r = R(1); print(replace(r, a=2))
print(dataclasses.__all__)
print(Field[int] if hasattr(Field, '__class_getitem__') else 'no')
