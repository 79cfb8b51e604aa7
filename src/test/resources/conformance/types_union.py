import types, typing
u = int | str
print(u, repr(u), type(u), type(u) is types.UnionType, u.__args__)
print(isinstance(3, u), isinstance('a', u), isinstance(3.0, u), issubclass(bool, u), issubclass(float, int | None))
print(int | None, None | int, int | str | None, (int | str) | float, int | int, int | str == str | int, hash(int | str) == hash(str | int))
print(int | str == typing.Union[int, str], typing.Optional[int] == int | None, int | typing.List[int], list[int] | None)
print(isinstance(None, int | None), typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(list[int], type(list[int]) is types.GenericAlias, list[int].__origin__, list[int].__args__, dict[str, list[int]])
def f(x: int | None = None) -> list[str] | None: pass
print(f.__annotations__)
for bad in ['int | 3', '3 | int', 'isinstance(1, list[int])', 'isinstance(1, int | list[int])']:
    try: print(eval(bad))
    except TypeError as e: print('TypeError', e)
print((int | str).__parameters__, u | float, float | u)
import pickle
print(pickle.loads(pickle.dumps(int | str)))
T = typing.TypeVar('T')
print(int | T, (list[T] | None).__parameters__)
import enum
class Color(enum.Enum):
    RED = 1
class Meta(type): pass
class M(metaclass=Meta): pass
print(Color | None, M | int, int | M, typing.Union[int | str, float], typing.Optional[int | str])
print(types.UnionType, types.GenericAlias, type(int | None).__module__, (int | str).__args__)
try: issubclass(int, list[int] | int)
except TypeError as e: print(e)
print(issubclass(int, int | list[int]), isinstance([], (int, list | None)))
try: types.UnionType()
except TypeError as e: print(e)
print({int | str: 1}[str | int], (int | str) != (int | float), int | str | int, dict[str, int] | list[int] | dict[str, int])
def g(a: int | None, b: "str | None" = None) -> dict[str, int | None]: ...
print(typing.get_type_hints(g))
