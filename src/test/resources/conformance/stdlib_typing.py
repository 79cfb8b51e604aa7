# typing: the names used in annotations import, subscript and print as in CPython 3.11
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable, Iterator, List, Literal,
                    Mapping, NamedTuple, NewType, Optional, Protocol, Sequence, Set, Tuple, Type, TypedDict,
                    TypeVar, Union, cast, overload, get_type_hints, get_origin, get_args, runtime_checkable,
                    TYPE_CHECKING, Annotated, DefaultDict, Deque, Generator, Counter, OrderedDict, NoReturn,
                    AnyStr, Text, SupportsInt, ParamSpec, Concatenate, TypeAlias)

print(List[int], Dict[str, List[int]], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[int, None], Union[None, str], Union[int, str, None], Union[int])
print(Union[int, Union[str, float]], Union[int, int, str], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Type[int], Any, NoReturn)
print(Literal['r', 'w'], Literal[1, True, None], Final[int], ClassVar[List[str]], Annotated[int, 'meta', 3])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, Any], DefaultDict[str, int], Deque[int],
      Generator[int, None, None], Counter[str], OrderedDict[str, int])
print(List, Dict, Callable, Optional, Union, typing.Sequence, Text is str, TYPE_CHECKING)
print(list[int], dict[str, tuple[int, ...]], Optional[list[int]], List[dict[str, int]])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int), get_origin(Literal[1]))
print(get_args(Dict[str, int]), get_args(Callable[[int], str]), get_args(Optional[int]), get_args(int))
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]))
print(isinstance([1], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(3, Union[int, str]))
try:
    isinstance([1], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)

T = TypeVar('T')
K = TypeVar('K', bound=str)
N = TypeVar('N', int, float)
T_co = TypeVar('T_co', covariant=True)
print(T, K, N, T_co, T.__name__, K.__bound__, N.__constraints__, AnyStr, List[T], Dict[K, T][str, int])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__, Stack[str] == Stack[str], isinstance(s, Stack))


class Pair(Generic[K, T]):
    pass


print(Pair[str, int], Pair.__parameters__, Pair.__orig_bases__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee('Guido')
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__, isinstance(e, tuple), e[0],
      Employee.__doc__)
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields, Point(3, y=4)._asdict())


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m: Movie = {'name': 'Blade Runner', 'year': 1982}
print(m, Movie(name='Alien', year=1979), type(Movie(name='x', year=1)), Movie.__annotations__,
      sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
UserId = NewType('UserId', int)
uid = UserId(524313)
print(uid, type(uid), UserId, UserId.__supertype__)


class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...


class Circle:
    def draw(self) -> str:
        return "circle"


def render(item: Drawable) -> str:
    return item.draw()


print(render(Circle()), isinstance(Circle(), Drawable), isinstance(3, Drawable), isinstance(3, SupportsInt))
try:
    isinstance(Circle(), Closer)
except TypeError as e:
    print("TypeError:", e)
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(2), double("ab"), cast(int, "not really"), cast(List[int], [1]))


def greet(name: str, times: "int" = 1, *args: Any, flag: Optional[bool] = None, **kw: Dict[str, int]) -> List[str]:
    return [name] * times


print(greet.__annotations__)
print(get_type_hints(greet))


class Config:
    debug: bool
    level: "int" = 3
    tags: ClassVar[List[str]] = []


print(get_type_hints(Config), Config.__annotations__)
Vector: TypeAlias = List[float]


def scale(scalar: float, vector: Vector) -> Vector:
    return [scalar * num for num in vector]


print(scale(2.0, [1.0, -4.2, 5.4]), Vector)
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
print(typing.Optional[Stack[int]], Union[Stack[int], None], Type[Stack])
