"""Records CPython's float results for LibmTableTest (runtime/Libm, math, float ** float).

Run with CPython 3.11 on glibc:  python3 record.py > cpython-3.11.tsv
Each line: function, arguments (float.hex), and the result (float.hex) or "!Type: message".
Inputs: special values, uniform draws over each function's natural range, and random bit patterns.
"""
import math
import random
import struct

random.seed(20261206)

SPECIAL = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0.1, 1e-8, -1e-8, 1e-300, 1e300,
           5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           709.78, 710.0, -745.1, -746.0, math.pi, math.inf, -math.inf, math.nan]


def wide():
    """A finite double with a random bit pattern (every exponent equally likely)."""
    while True:
        x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


def result(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return '!%s: %s' % (type(e).__name__, e)
    return r.hex() if isinstance(r, float) else None    # complex: outside gilpy's subset


def emit(name, f, argsets):
    for args in argsets:
        r = result(f, *args)
        if r is not None:
            print('\t'.join([name] + [a.hex() for a in args] + [r]))



UNARY = {
    # name: (low, high) of the uniform draws
    'exp': (-750, 750), 'expm1': (-40, 710), 'exp2': (-1080, 1030), 'log': (0, 1e6), 'log1p': (-1, 1e3),
    'log2': (0, 1e6), 'log10': (0, 1e6), 'sin': (-100, 100), 'cos': (-100, 100), 'tan': (-100, 100),
    'asin': (-1, 1), 'acos': (-1, 1), 'atan': (-50, 50), 'sinh': (-720, 720), 'cosh': (-720, 720),
    'tanh': (-20, 20), 'asinh': (-1e3, 1e3), 'acosh': (1, 1e3), 'atanh': (-1, 1), 'cbrt': (-1e6, 1e6),
    'erf': (-6, 6), 'erfc': (-6, 30),
}
for name, (lo, hi) in UNARY.items():
    inputs = SPECIAL + [random.uniform(lo, hi) for _ in range(300)] + [wide() for _ in range(100)]
    emit(name, getattr(math, name), [(x,) for x in inputs])

pairs = [(x, y) for x in SPECIAL for y in SPECIAL]
pairs += [(random.uniform(0, 10), random.uniform(-8, 8)) for _ in range(1500)]
pairs += [(random.uniform(0, 1e3), random.choice([-1.5, 0.5, 2.0, 3.0, -1.0, 1 / 3])) for _ in range(1000)]
pairs += [(random.uniform(-10, 10), float(random.randint(-20, 20))) for _ in range(300)]
pairs += [(wide(), random.uniform(-3, 3)) for _ in range(300)]
emit('**', lambda x, y: x ** y,     # a negative base with a fractional exponent gives a complex
     [(x, y) for x, y in pairs if not (x < 0 and math.isfinite(y) and y != int(y))])
emit('pow', math.pow, pairs[::3])
emit('atan2', math.atan2, [(x, y) for x in SPECIAL[::2] for y in SPECIAL[::2]]
     + [(random.uniform(-1e3, 1e3), random.uniform(-1e3, 1e3)) for _ in range(400)])
emit('hypot', math.hypot, [(random.uniform(-1e3, 1e3), random.uniform(-1e3, 1e3)) for _ in range(600)]
     + [(wide(), wide()) for _ in range(200)]
     + [(random.uniform(-1, 1), random.uniform(-1e3, 1e3), random.uniform(-1e6, 1e6)) for _ in range(300)]
     + [tuple(SPECIAL[i:i + 2]) for i in range(0, len(SPECIAL) - 1)])
