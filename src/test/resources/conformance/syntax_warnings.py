x = 1
y = 1if x else 2
print(x is 1)
if x is not "a": pass
def f():
    return (1, 2)(3)
a = [1](2)
b = "s"(1)
assert (x, "msg")
s = '\d'
print(x is 1)
print(1if x else 2)
