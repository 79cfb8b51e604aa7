# typing: special forms (reprs, refusals), Union flattening/Optional, TypeVar/ParamSpec, Generic and Protocol
# (declaration errors, subscription, runtime_checkable), aliases as bases, instantiation through aliases
import typing
from typing import *
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: (repr(Any), str(Any)))
t(lambda: Any())
t(lambda: isinstance(1, Any))
t(lambda: issubclass(int, Union))
t(lambda: NoReturn[int])
t(lambda: Union[int])
t(lambda: Union[int, str, int])
t(lambda: Union[int, Union[str, float]])
t(lambda: Union[()])
t(lambda: Union[int, None])
t(lambda: Union[None, int])
t(lambda: Optional[int])
t(lambda: Union[int, 'X'])
t(lambda: Union[List[int], List[int], list])
t(lambda: Union[int, Any])
t(lambda: Union[int, str] == Union[str, int])
T = TypeVar('T'); S = TypeVar('S', covariant=True); C = TypeVar('C', contravariant=True); B = TypeVar('B', bound=int); K = TypeVar('K', int, str)
t(lambda: (T, S, C, B, K, T.__name__, B.__bound__, K.__constraints__, S.__covariant__))
t(lambda: TypeVar('X', int))
t(lambda: TypeVar('X', covariant=True, contravariant=True))
t(lambda: TypeVar('X', int, str, bound=int))
t(lambda: T.__module__)
P = ParamSpec('P'); P2 = ParamSpec('P2', covariant=True)
t(lambda: (P, P2, P.args, P.kwargs, P.args.__origin__ is P, P.__name__, P.args == P.args, P.kwargs == ParamSpec('P').kwargs))
t(lambda: P.__module__)
class G(Generic[T]): pass
class G2(G[int], Generic[S]): pass
t(lambda: (G[int], G2.__parameters__, G.__parameters__, G2[str], G2.__orig_bases__))
t(lambda: Generic[int])
t(lambda: Generic[T, T])
t(lambda: Generic[()])
def mk():
    class X(Generic[T], Generic[S]): pass
t(mk)
def mk():
    class X(G[T], Generic[S]): pass
t(mk)
t(lambda: G[int, str])
t(lambda: G[T][int])
class Pr(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class RPr(Protocol):
    def meth(self) -> int: ...
class Impl:
    def meth(self): return 1
t(lambda: (isinstance(Impl(), RPr), isinstance(1, RPr), issubclass(Impl, RPr)))
t(lambda: isinstance(Impl(), Pr))
t(lambda: Pr())
def mk():
    class Bad(Protocol, int): pass
t(mk)
class Concrete(Pr):
    def meth(self): return 5
t(lambda: (Concrete().meth(), Concrete._is_protocol, Pr._is_protocol))
class Pg(Protocol[T]):
    def get(self) -> T: ...
t(lambda: (Pg[int], Pg.__parameters__))
t(lambda: runtime_checkable(Impl))
class Box(Generic[T]):
    pass


b = Box[int]()
print(b.__orig_class__, type(b).__name__, Box.__parameters__)
try:
    List()
except TypeError as e:
    print(e)
try:
    Union[int, str]()
except TypeError as e:
    print(e)
print(Union[int, str], Union[int, None], Union[None, str], Union[int, str, None], Optional[Union[int, str]])
print(Union[List[int], Callable[..., T]], Union[int, str] == Union[str, int], Union[int, str] | None)


class Point(NamedTuple):
    x: int
    y: int = 0


print(Point(1), Point._fields, NamedTuple('Q', [('a', int)])(5), NamedTuple('R', a=str)._fields)
try:
    NamedTuple('X', [('a', int)], b=int)
except TypeError as e:
    print(e)


def hinted(a: 'int', b: List['Point'] = None) -> 'Point':
    pass


class Hinted(Point.__class__.__mro__[-1]):
    name: str
    count: 'int' = 0


print(get_type_hints(hinted), get_type_hints(Hinted))
try:
    get_type_hints(5)
except TypeError as e:
    print(e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, NewType('a.B', str).__qualname__, NewType('a.B', str).__name__)
try:
    class Sub(UserId): pass
except TypeError as e:
    print(e)
print(UserId | None)
