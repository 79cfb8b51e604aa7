# a, b = x, y and a, b, c = x, y, z compile to SWAP (no tuple): same order of evaluation and stores
a, b = 1, 2
b, a = a, b
print(a, b)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
def f():
    p, q, r = 1, 2, 3
    p, q, r = r, p, q
    [s, t] = q, p
    return p, q, r, s, t
print(f())
c, d, e = "ab", [1], None
print(c, d, e)
try:
    u, v = 1, w
except NameError as ex:
    print(ex)
