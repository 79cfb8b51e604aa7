# Statements: augmented assignment for every operator and target kind
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b0101; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"a": 1}
d["a"] += 10
print(d)
class C:
    n = 0
c = C()
c.n += 1
C.n += 5
print(c.n, C.n)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
calls = []
def idx():
    calls.append(1)
    return 0
arr = [5]
arr[idx()] += 1
print(arr, len(calls))
f = 1.5
f *= 2
print(f)
big = 2
big **= 100
print(big)
