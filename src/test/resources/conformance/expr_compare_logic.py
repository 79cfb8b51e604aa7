# Expressions: chained comparisons, is / is not, in / not in, and/or/not, ternary
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 > 2, 3 > 2 == 2)
print(1 == 1.0, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print("abc" < "abd", "Z" < "a", "" < "a", [] == [], () != ())
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in [1, 2], 5 not in [1, 2], "ell" in "hello", "k" in {"k": 1}, 3 in range(5))
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or [] or "last")
print(not 0, not [], not [0], not None)
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), t(1) or t(2), calls)
print("yes" if x > 3 else "no", "a" if 0 else "b" if 0 else "c")
def cmp_count():
    n = []
    def f(v):
        n.append(v)
        return v
    r = f(1) < f(2) < f(0) < f(99)
    return r, n
print(cmp_count())
print(True == 1, False == 0, True is True, isinstance(True, int))
print(None == False, [] == False, 0 == False, "" == 0)
print(1 < 2 and 2 < 3 or False)
print(max(1, 2) if 1 < 2 else 0)
print(x == 5 == 5.0, x != 4 != 5)
