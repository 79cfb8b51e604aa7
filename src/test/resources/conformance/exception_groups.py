# ExceptionGroup / BaseExceptionGroup (PEP 654, CPython 3.11): construction, split/subgroup/derive,
# subclasses, add_note, and the traceback boxes sys.excepthook prints for groups.
import io
import sys

eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError(2)])])
print(repr(eg)); print(str(eg)); print(eg.message, eg.exceptions, eg.args[1].__class__.__name__)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(ExceptionGroup.__mro__)
print(str(ExceptionGroup("one", (ValueError(),))))
m, r = eg.split(ValueError)
print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split((KeyError, TypeError)))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(OSError), eg.subgroup(lambda e: e is eg) is eg)
print(repr(eg.derive([OSError("d")])), eg.derive([KeyboardInterrupt()]).__class__.__name__)
for bad in [(1, [ValueError()]), ("m", 5), ("m", []), ("m", [1]), ("m",), ("m", {ValueError()})]:
    try:
        ExceptionGroup(*bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: eg.split(3), lambda: eg.split(),
             lambda: ExceptionGroup("m", [ValueError()], x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def derive(self, excs):
        return MyEG(self.message, excs, self.code)
e = MyEG("mine", [ValueError(1), TypeError(2)], 42)
m, r = e.split(ValueError)
print(type(m).__name__, m.code, repr(m), r.code, str(r))

class Plain(ExceptionGroup): pass
p = Plain("p", [ValueError(1), TypeError(2)])
print(type(p.subgroup(ValueError)).__name__, p.args)
class BadDerive(ExceptionGroup):
    def derive(self, excs): return 5
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as err:
    print("TypeError", err)
class MyBase(BaseExceptionGroup): pass
print(type(MyBase("b", [ValueError()])).__name__)
print(isinstance(eg, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup[int])
try:
    raise ExceptionGroup("boom", [ValueError("a")]) from KeyError("c")
except ExceptionGroup as g:
    g.add_note("a note")
    m, r = g.split(ValueError)
    print(repr(m.__cause__), m.__context__, r, m.__notes__, m.__notes__ is g.__notes__)
try:
    ValueError().add_note(3)
except TypeError as err:
    print("TypeError", err)


def render(f):
    """What sys.excepthook prints for the exception f raises."""
    try:
        f()
    except BaseException as e:
        buf = io.StringIO()
        old, sys.stderr = sys.stderr, buf
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = old
        print(buf.getvalue().replace(__file__, "FILE"), end="")
    print("-" * 20)

def flat():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
render(flat)

def inner():
    raise ValueError("inner v")
def nested():
    try:
        inner()
    except ValueError as e:
        e.add_note("note one")
        e.add_note("two\nlines")
        excs = [e, TypeError("t")]
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("outer", [ExceptionGroup("nested", excs), OSError("nf")])
render(nested)
render(lambda: ExceptionGroup("no traceback", [ValueError()]).throw_me())

def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
render(wide)

def deep():
    e = ValueError(0)
    for i in range(12):
        e = ExceptionGroup(f"d{i}", [e])
    raise e
render(deep)

def caused():
    try:
        raise ExceptionGroup("first", [KeyError(1)])
    except ExceptionGroup as g:
        raise ExceptionGroup("second", [ValueError(2), TypeError(3)]) from g
render(caused)

def base():
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
render(base)
