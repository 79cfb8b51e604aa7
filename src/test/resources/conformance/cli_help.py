# help(obj) in a script prints pydoc's text to stdout (CPython 3.11's layout).
import types


def f(a, b=2, *c, d, **e):
    """doc of f

    more lines, indented:
        like this
    """


async def co(x):
    "a coroutine"


lam = lambda x, y=1: x


class Base:
    "Base doc"
    def m(self, x):
        "m doc"
    def _private(self):
        pass
    def shadowed(self):
        "Base's doc is inherited"


class C(Base):
    """doc C

    Second paragraph.
    """
    attr = 3
    long_attr = 'x' * 100
    def __init__(self, y):
        self.y = y
    def n(self, *, k=1):
        return k
    def shadowed(self):
        pass
    @classmethod
    def cm(cls):
        "cm doc"
    @staticmethod
    def sm(a):
        pass
    @property
    def p(self):
        "p doc"
    @property
    def q(self):
        return 1
    @q.setter
    def q(self, v):
        pass
    alias = n


class Slotted:
    __slots__ = ('a',)


class Empty:
    pass


help(f)
help(co)
help(lam)
help(C)
help(C.n)
help(C(1).n)
help(C.cm)
help(Slotted)
help(Empty)
help(Empty())
help(len)
help(print)
help(sorted)
help(abs)
help(str.join)
help(''.join)
help([].append)
help('len')
help('no_such_thing')
import contextlib, io, os, sys, tempfile
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'mymod.py'), 'w') as src:
        src.write('''"""Synopsis line.

Longer description.
"""
__version__ = '1.0'
__all__ = ['K', 'g', 'VALUE', 'NAMES']
VALUE = 42
NAMES = ['n%d' % i for i in range(30)]

class K:
    "a class"
    def meth(self, a, /, b):
        "method doc"

class Sub(K):
    pass

def g(x: int) -> str:
    "g doc"

def _hidden():
    pass
''')
    sys.path.insert(0, d)
    import mymod
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        help(mymod)
        help('mymod.g')
    print(out.getvalue().replace(d, 'DIR'), end='')
    sys.path.remove(d)
print(repr(help))
print(len.__doc__)
print(len.__text_signature__, str.join.__text_signature__)
print(str.upper.__doc__)
print(''.upper.__doc__)
print(int.__doc__.splitlines()[0])
print(object.__doc__)
