# Statements: assert (with/without message), del of names/items/slices/attrs
assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("args:", e.args)
x = 5
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    pass
print(f())
class P: pass
print(P.__name__)
