import cmath, math
vals = [0j, 1+0j, -1+0j, 1j, -1j, 0.5+0.5j, -2.5+1.25j, 3-4j, 1e-310+1e-310j, 1e300+1e300j, -1e-5+2j, 0.7+0.7j,
        10+20j, -0.0-0.0j, complex(-0.0, 0.0), 2+1e-20j, 1.0001+0j, 0.999+0.001j, -3.5-0.25j, 700+1j, 710+0.5j, -745+2j, 1e155+1e155j, 1+1e-160j]
funcs = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan',
         'asinh', 'acosh', 'atanh', 'phase', 'polar']
for name in funcs:
    f = getattr(cmath, name)
    for z in vals:
        try:
            print(name, repr(z), repr(f(z)))
        except (ValueError, OverflowError) as e:
            print(name, repr(z), type(e).__name__, e)
special = [complex(math.inf, 0), complex(-math.inf, 1), complex(0, math.inf), complex(1, math.nan), complex(math.nan, 0),
           complex(math.inf, math.inf), complex(-math.inf, math.nan), complex(math.nan, math.inf), complex(-math.inf, -math.inf)]
for name in ['sqrt', 'exp', 'log']:
    for z in special:
        try:
            print(name, repr(z), repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            print(name, repr(z), type(e).__name__, e)
for args in [(2, 0), (2, math.pi / 2), (1.5, -0.5), (0, 1), (3, math.pi)]:
    print('rect', args, cmath.rect(*args))
print(cmath.log(8, 2), cmath.log(100j, 10), cmath.log(-1, 1j))
for bad in [lambda: cmath.log(1, 1), lambda: cmath.log(0), lambda: cmath.sqrt('x'), lambda: cmath.exp(1000)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(cmath.isnan(complex(1, math.nan)), cmath.isinf(cmath.infj), cmath.isfinite(1+2j), cmath.isfinite(cmath.infj), cmath.phase(-1), cmath.polar(-1))
class Z:
    def __complex__(self): return 3+4j
print(cmath.sqrt(Z()), cmath.sqrt(-4), cmath.sqrt(4.0), abs(Z().__complex__()))
try: cmath.isclose(1j, 1j, rel_tol=-1)
except ValueError as e: print(e)
vals = [1e308+1e308j, 5e307-1j, -1e308+2j, 1e200+1j, 1e160-1e160j, -7e153+1j, 1+1e-200j, 1-1e-170j, -1+1e-300j, 1e-200+1e-200j, 2e-308+0j, 0.5e-320j]
for name in ['sqrt','log','asin','acos','atan','asinh','acosh','atanh','tanh','tan','exp','cosh','sinh']:
    for z in vals:
        try: print(name, repr(z), repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e: print(name, repr(z), type(e).__name__, e)
