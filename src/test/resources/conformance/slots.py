# __slots__: member descriptors, no __dict__ unless a base has one or it is listed, the errors CPython gives.
class S:
    __slots__ = ("a", "b")
s = S()
for stmt in ["s.a", "s.c = 1", "s.__dict__", "vars(s)", "s.c"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except Exception as e:
        print(stmt, type(e).__name__, e)
s.a = 5; s.a += 1; print(s.a)
del s.a
try:
    s.a
except AttributeError as e:
    print(e)
class T(S):
    pass
t = T(); t.c = 1; t.a = 2; print(t.__dict__, t.a)
class U(S):
    __slots__ = ("c",)
u = U(); u.a = 1; u.c = 2
try:
    u.d = 1
except AttributeError as e: print(e)
print(u.a, u.c)
class V:
    __slots__ = "x"
v = V(); v.x = 1
try:
    v.y = 2
except AttributeError as e: print(e)
class W:
    __slots__ = ("x", "__dict__")
w = W(); w.y = 3; w.x = 4; print(w.__dict__, w.x)
print(S.a)
try:
    class X:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
import copy

# Private names in __slots__ are mangled like any private name in a class body.
class Private:
    __slots__ = ('__secret', 'plain')
    def __init__(self):
        self.__secret = 's'
        self.plain = 'p'
    def reveal(self):
        return self.__secret
pv = Private()
print(pv.reveal(), pv._Private__secret, Private.__slots__)
print(sorted(k for k in Private.__dict__ if 'secret' in k or k == 'plain'))
class __Under:
    __slots__ = ['__x']
print([k for k in __Under.__dict__ if k.endswith('__x')])
