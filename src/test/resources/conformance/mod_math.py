# math: sqrt, floor, ceil, pi, e, gcd, isqrt, factorial, inf, nan, isclose, log, trig
import math
print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(2.5)).__name__, math.pi, math.e, math.tau)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.lcm(4, 6))
print(math.isqrt(17), math.isqrt(10 ** 20), math.factorial(10), math.factorial(25))
print(math.inf, -math.inf, math.isinf(math.inf), math.isnan(math.nan), math.inf > 10 ** 300)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log(1))
print(math.exp(0), math.pow(2, 10), math.fabs(-3), math.trunc(-3.7), math.copysign(1, -0.0))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), math.atan2(1, 1) == math.pi / 4)
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180) == math.pi)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(5, 2), math.perm(5, 2))
print(math.modf(3.5), math.frexp(8.0), math.floor(10 ** 20 + 0.5) if False else math.floor(1e20))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
