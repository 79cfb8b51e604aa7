# Statements: assignment forms - chained, tuple/list targets, starred, nested, swap
a = b = c = [1]
print(a is b, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcde"
print(head, mid, tail)
a1, (b1, *c1), d1 = 1, (2, 3, 4), 5
print(a1, b1, c1, d1)
*empty, one = [9]
print(empty, one)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 6
print(lst)
lst[1:2] = [7, 8, 9]
print(lst)
class O: pass
o = O()
o.attr = o.other = 3
print(o.attr, o.other)
d = {}
d["k"] = d["j"] = 1
print(sorted(d.items()))
i = 0
i, lst[i] = 1, 100
print(i, lst)
for k, (v1, v2) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, v1, v2)
n: int = 5
m: list
print(n)
x = y = z = 0
x += 1
print(x, y, z)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(e)
