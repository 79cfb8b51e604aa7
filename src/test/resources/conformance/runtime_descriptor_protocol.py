# Built-in descriptors expose __get__/__set__/__delete__; cls[...] via __class_getitem__; list[int] aliases
def f(x=1):
    return type(x).__name__


class A:
    @property
    def p(self):
        return 5

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return cls.__name__


a = A()
for o in [A.__dict__['p'], A.__dict__['s'], A.__dict__['c'], f, len, str.upper]:
    print(type(o).__name__, hasattr(o, "__get__"), hasattr(o, "__set__"), hasattr(o, "__delete__"))
print(A.__dict__['p'].__get__(a, A), A.__dict__['s'].__get__(None, A)(), A.__dict__['c'].__get__(a)(),
      f.__get__(a)(), str.upper.__get__("abc")())
try:
    A.__dict__['p'].__set__(a, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.p = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.p
except AttributeError as e:
    print("AttributeError:", e)
A.q = property(lambda self: 1)
try:
    a.q = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    A.__dict__['p'].__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type[A], tuple[()], set[str]({"a"}))
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__)


class L(list[int]):
    pass


print(L.__orig_bases__, L.__mro__, L([3]))


def g(x: dict[str, int], y: "list[str]" = None) -> list[str]:
    return list(x)


print(g.__annotations__)
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)
