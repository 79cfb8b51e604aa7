# The attribute protocol around instance layouts: descriptors, __getattr__/__getattribute__/__setattr__/
# __delattr__ (also added after a site has cached the class), __slots__, type.__call__ and __init__,
# copying and weak references of instances. Loops run long enough to be compiled.
import copy
import weakref


def loop(f, n=2000):
    r = None
    for _ in range(n):
        r = f()
    return r


class Data:
    """A data descriptor written in Python: wins over the instance's own attribute."""

    def __get__(self, obj, owner):
        return "data" if obj is not None else "class"

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

    def __delete__(self, obj):
        obj.__dict__["deleted"] = True


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class D:
    d = Data()
    n = NonData()

    @property
    def p(self):
        return self._p * 2

    @p.setter
    def p(self, v):
        self._p = v


x = D()
x.__dict__["d"] = "instance"
x.__dict__["n"] = "instance"
print(loop(lambda: (x.d, x.n)), D.d)
x.d = 5
del x.d
print(x.seen, x.deleted)
x.p = 21
print(loop(lambda: x.p), x._p)
try:
    del x.p
except AttributeError as e:
    print("AttributeError:", e)


# overrides, also installed after the sites have cached the class
class O:
    def __init__(self):
        self.a = 1


o = O()
print(loop(lambda: o.a))
O.__getattribute__ = lambda self, name: "ga:" + name
print(loop(lambda: o.a), loop(lambda: o.zz))
del O.__getattribute__
O.__getattr__ = lambda self, name: "missing:" + name
print(loop(lambda: (o.a, o.zz)))
log = []


def setattr_hook(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value * 10)


O.__setattr__ = setattr_hook
o.a = 2
o.b = 3
print(o.a, o.b, log)
O.__delattr__ = lambda self, name: log.append("del " + name)
del o.a
print(o.a, log[-1])


# __slots__
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class SD(S):
    pass


class SS(S):
    __slots__ = ("c",)


s = S(1)
print(loop(lambda: s.a), hasattr(s, "b"), hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
s.b = 2
del s.a
print(hasattr(s, "a"), s.b, S.a)
sd = SD(5)
sd.z = 6
print(sd.a, sd.z, sd.__dict__)
ss = SS(7)
ss.c = 8
ss.b = 9
print(ss.a, ss.b, ss.c, loop(lambda: ss.c))
try:
    class Bad(SS, type("T", (), {"__slots__": ("q",)})):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    S.a.__get__(O())
except TypeError as e:
    print("TypeError:", e)


# type.__call__: __init__ gets every kind of argument; the checks stay
class I:
    def __init__(self, a, b=2, *rest, k=3, **kw):
        self.v = (a, b, rest, k, kw)


print(I(1).v, I(1, 5, 6, 7, k=8, z=9).v, loop(lambda: I(4, b=5).v))
try:
    I()
except TypeError as e:
    print("TypeError:", e)


class R:
    def __init__(self):
        return 1


try:
    R()
except TypeError as e:
    print("TypeError:", e)


class N:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.made = v
        return inst

    def __init__(self, v):
        self.inited = v


n = N(3)
print(n.made, n.inited, loop(lambda: N(4).inited))


class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(1))


class Later:
    pass


print(loop(lambda: type(Later())).__name__)
Later.__init__ = lambda self, v=7: setattr(self, "v", v)
print(loop(lambda: Later().v), Later(8).v)
try:
    Later(1, 2)
except TypeError as e:
    print("TypeError:", e)


# copies and weak references (pickling to processes and interpreters: objects_processes.py)
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)


p = Pt(1, [2])
c1, c2 = copy.copy(p), copy.deepcopy(p)
p.y.append(3)
print(c1, c2, c1.__dict__ is not p.__dict__)
p2 = Pt(1, 2)
p2.z = 3
del p2.x
print(copy.copy(p2).__dict__)
sp = copy.copy(SS(1))
print(sp.a, hasattr(sp, "b"))
r = weakref.ref(p)
print(r() is p, r().x)
