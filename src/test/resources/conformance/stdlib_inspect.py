# inspect: signature (kinds, defaults, annotations, bind), getsource, predicates, getmembers, getdoc
import inspect
import functools
from typing import List, Optional


def greet(name: str, greeting: str = "Hello", *args, punctuation: str = "!", times=1, **kwargs) -> str:
    """Return a greeting.

    The greeting is repeated.
    """
    return f"{greeting}, {name}{punctuation}" * times


def posonly(a, b=2, /, c=3, *, d, e=5):
    pass


sig = inspect.signature(greet)
print(sig, repr(sig))
for name, param in sig.parameters.items():
    print(name, param.kind, param.kind.description, param.default is inspect.Parameter.empty,
          param.annotation, str(param), repr(param))
print(sig.return_annotation, inspect.signature(posonly), inspect.signature(lambda x, *y: None))
print(inspect.signature(lambda: 0), inspect.signature(lambda a, b=[1, 2]: 0))
ba = sig.bind("Ann", times=2)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(posonly).bind(1, b=2, d=1)
except TypeError as e:
    print("TypeError:", e)
try:
    inspect.signature(posonly).bind(1, 2, 3, 4, d=1)
except TypeError as e:
    print("TypeError:", e)


class Point:
    """A point."""

    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y

    def distance(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def helper(v: Optional[List[int]] = None):
        return v


print(inspect.signature(Point), inspect.signature(Point.distance), inspect.signature(Point(1).distance))
print(inspect.signature(Point.origin), inspect.signature(Point.helper))


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@deco
def wrapped(a, b: int = 1):
    return a


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.signature(functools.partial(greet, "Bob")), inspect.signature(functools.partial(posonly, 1, d=4)))


class Adder:
    def __call__(self, x, y=1):
        return x + y


print(inspect.signature(Adder()), inspect.signature(Adder))
try:
    inspect.signature(42)
except TypeError as e:
    print("TypeError:", e)
params = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_OR_KEYWORD),
          inspect.Parameter("y", inspect.Parameter.KEYWORD_ONLY, default=3, annotation=int)]
print(inspect.Signature(params, return_annotation=bool), inspect.Signature(params).replace(parameters=params[:1]))
try:
    inspect.Parameter("x", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print("ValueError:", e)
try:
    inspect.Signature([inspect.Parameter("a", inspect.Parameter.KEYWORD_ONLY),
                       inspect.Parameter("b", inspect.Parameter.POSITIONAL_ONLY)])
except ValueError as e:
    print("ValueError:", e)
print(inspect.getsource(greet))
print(inspect.getsource(Point.distance), end="")
print(inspect.getsource(Point).splitlines()[:3])
print(inspect.getsourcelines(posonly))
print(repr(inspect.getdoc(greet)), inspect.getdoc(Point), repr(inspect.cleandoc("  first\n    second\n      third\n")))


def gen():
    yield 1


print(inspect.isfunction(greet), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(Point),
      inspect.ismethod(Point(1).distance), inspect.ismethod(Point.distance), inspect.ismodule(inspect),
      inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isgeneratorfunction(greet),
      inspect.isroutine(len), inspect.isroutine(greet), inspect.iscoroutinefunction(greet),
      inspect.isabstract(Point), inspect.iscode(greet.__code__))
members = inspect.getmembers(Point, inspect.isfunction)
print([name for name, _ in members])
print([name for name, _ in inspect.getmembers(Point(1, 2)) if not name.startswith('_')])
print(inspect.getmodule(greet).__name__, inspect.getfile(greet) == __file__, inspect.unwrap(wrapped).__name__)
spec = inspect.getfullargspec(greet)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults)
print(inspect.getmro(bool), inspect.Parameter.POSITIONAL_ONLY < inspect.Parameter.KEYWORD_ONLY)
