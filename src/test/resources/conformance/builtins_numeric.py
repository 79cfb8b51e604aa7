# Builtins: abs, round, divmod, pow (incl. 3-arg and negative), min/max with key/default
print(abs(-5), abs(5.5), abs(-0.0), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(5.5, 2))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(7, 123456, 1000000007), pow(-2, 3, 5), pow(3, -1, 7))
print(min(3, 1, 2), max([3, 1, 2]), min("abc"), max("apple", "pear", key=len))
print(min([], default="empty"), max([], default=None), min([4, 2], default=0))
print(max([1, -5, 3], key=abs), min([(1, "b"), (1, "a")]), max(1, 2.5))
print(max([2, 3, 3], key=lambda x: x % 3), min(["bb", "a", "c"], key=len))
print(sum(range(10)), sum([0.1] * 3), round(sum([0.1] * 3), 2))
print(int(7.9), int(-7.9), int("  12  "), int("-0"), float(3))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(bool(0), bool(3), bool(""), bool([0]), bool(None), bool(0.0))
