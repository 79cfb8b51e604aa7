import random
random.seed(11)
print(random.Random.VERSION)
print([round(random.lognormvariate(0.5, 0.25), 12) for _ in range(3)])
print(random.paretovariate(2.5), random.paretovariate(1), random.weibullvariate(2.0, 1.5), random.weibullvariate(1, 3))
r = random.Random(3)
print(r.normalvariate(), r.normalvariate(10, 2), r.lognormvariate(1, 1), r.expovariate(0.5))
print(r.gauss(), r.gauss(5, 3))
for bad in [lambda: random.paretovariate(0), lambda: random.weibullvariate(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# float results from the C library, as CPython's: n-body style powers, gamma-free math
import math
acc = 0.0
for i in range(1, 2000):
    x = i * 0.37
    acc += x ** -1.5 + math.exp(-x / 50) * math.sin(x) + math.log1p(x) * math.atan2(x, 3.0) + math.hypot(x, 1.5, 2.0)
print(repr(acc))
print(math.erf(0.3), math.erfc(2.5), math.cbrt(17.0), math.exp2(0.3), math.log(10**400), math.log10(7**500), math.log2(3**900))
print(10 ** -3, 7 ** -2, (-8.0) ** 3, (-2.0) ** -3, 0.0 ** 0, 2.5 ** 1e-320)
for bad in ["0.0 ** -1", "10.0 ** 400", "math.pow(10, 400)", "math.pow(0, -1)", "math.log(0)", "math.gamma(0)", "math.lgamma(-2)", "math.exp(1000)", "math.acosh(0)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
