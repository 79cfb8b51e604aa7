# list: methods, operators, slicing assignment, copying, errors
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3); print(a, a.index(2), a.count(2), a.index(5, 2))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
print([1, 2] + [3], [0] * 3, [[0]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 2, 3])
c = list(range(10))
print(c[2:5], c[:3], c[7:], c[::3], c[::-2], c[-3:], c[5:2], c[-100:2])
c[2:5] = ["x"]; print(c)
c[::2] = [0] * len(c[::2]); print(c)
del c[1:3]; print(c)
print(len(c), min(c[:1]), list("abc"), list((1, 2)), list({"k": 1}))
nested = [[1, 2], [3]]
shallow = nested[:]
shallow[0].append(99)
print(nested, shallow is nested)
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1, 2].index(7)
except ValueError as e:
    print(e)
x = [1, 2, 3]
x[-1] = 30; x += [4]; x *= 2
print(x, x.count(30))
print(repr([None, True, 1.5, "s", (1,)]))
