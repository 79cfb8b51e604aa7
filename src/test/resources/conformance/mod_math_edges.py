# math: edge cases and error messages (floor/ceil/trunc, domain/range errors, big ints, frexp, fsum)
import math
for f in [math.floor, math.ceil, math.trunc]:
    for v in [2.5, -2.5, 1e300, 7]:
        print(f(v))
for expr in ["math.floor(math.nan)", "math.ceil(math.inf)", "math.sqrt('x')", "math.log(-1)", "math.exp(1000)",
             "math.pow(0, -1)", "math.pow(-8, 0.5)", "math.fmod(1, 0)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.perm(3, -1)",
             "math.factorial(2.0)", "math.ldexp(1.0, 5000)", "math.acos(2)", "math.sin(math.inf)", "math.log(10**400)",
             "math.log(2**1000, 2)", "math.log2(2**1000)", "math.log10(10**50)", "math.frexp(5e-324)", "math.frexp(-3.75)",
             "math.modf(-2.5)", "math.hypot(1, 2, 2)", "math.dist((0, 0), (3, 4))", "math.fsum([1e100, 1.0, -1e100])",
             "math.prod([])", "math.prod([2.5, 2], start=2)", "math.gcd()", "math.lcm()", "math.gcd(2**80, 6**40)",
             "math.isclose(1, 1.0000000001)", "math.copysign(3, -0.0)", "math.fabs(-0.0)", "math.exp(710)", "math.cosh(1000)",
             "math.floor(True)", "math.comb(50, 25)", "math.perm(5)", "math.factorial(0)", "math.pow(2, 0.5)", "math.fmod(-7, 3)",
             "math.remainder(7, 3)", "math.atanh(0.5)", "math.acosh(2)"]:
    try:
        print(expr, repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)
