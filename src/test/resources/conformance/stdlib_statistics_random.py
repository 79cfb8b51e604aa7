# statistics over 150 random int/float/bool data sets (with inf/nan now and then): every function, exact
# results and error messages as CPython 3.11 records them; plus NormalDist
import math, random, statistics as S

R = random.Random(11)
def val():
    k = R.randrange(6)
    if k == 0: return R.randint(-20, 20)
    if k == 1: return R.uniform(-10, 10)
    if k == 2: return R.uniform(0, 1) * 10 ** R.randint(-8, 8)
    if k == 3: return R.choice([0.1, 0.2, 0.3, 1e16, 3, 7, 0.5, True, False])
    if k == 4: return float(R.randint(0, 9))
    return R.randint(0, 10**20)
def data():
    mode = R.randrange(3)
    d = [val() for _ in range(R.randint(0, 9))]
    if mode == 0: d = [int(x) for x in d]
    if mode == 1: d = [abs(x) for x in d]
    if R.random() < 0.05: d.append(R.choice([math.inf, -math.inf]))
    return d
def call(name, *a, **k):
    try:
        r = getattr(S, name)(*a, **k)
        return '%s %s' % (type(r).__name__, r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for it in range(150):
    d = data(); e = data(); w = [abs(x) for x in data()][:len(d)]
    qn = R.randint(0, 8)
    other = e[:len(d)] if R.random() < .8 else e
    print(it, d)
    for name, a, k in [('mean', (d,), {}), ('fmean', (d,), {}), ('fmean', (d, w), {}), ('geometric_mean', (d,), {}),
                       ('harmonic_mean', (d,), {}), ('harmonic_mean', (d,), {'weights': w}),
                       ('median', (d,), {}), ('median_low', (d,), {}), ('median_high', (d,), {}),
                       ('median_grouped', (d,), {}), ('median_grouped', (d, R.choice([1, 2, 0.5, 3])), {}),
                       ('mode', (d,), {}), ('multimode', (d,), {}),
                       ('quantiles', (d,), {'n': qn}), ('quantiles', (d,), {'n': qn, 'method': 'inclusive'}),
                       ('variance', (d,), {}), ('pvariance', (d,), {}), ('stdev', (d,), {}), ('pstdev', (d,), {}),
                       ('variance', (d, R.choice([0, 1.5, 2, 0.1])), {}), ('pstdev', (d, R.choice([0, 1.5, 2])), {}),
                       ('covariance', (d, other), {}), ('correlation', (d, other), {}),
                       ('linear_regression', (d, other), {}),
                       ('linear_regression', (d, e[:len(d)]), {'proportional': True})]:
        print('  ', name, k or '', call(name, *a, **k))

N = S.NormalDist
a, b = N(100, 15), N(90, 20)
print(a, b, a + b, a - 5, 2 * a, a / 4, -a, +a, 3 - a, a == N(100.0, 15.0), hash(a) == hash(N(100, 15)))
print(a.mean, a.median, a.mode, a.stdev, a.variance, a.zscore(130))
for x in [-3, 0, 85.5, 100, 142]:
    print(x, a.pdf(x), a.cdf(x), N().cdf(x / 50))
print(a.overlap(b), b.overlap(a), N(0, 1).overlap(N(1, 1)), N(2, 3).overlap(N(2, 3)))
print(N.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
for p in [0.001, 0.025, 0.3, 0.5, 0.75, 0.975, 0.9999]:
    print(p, round(N().inv_cdf(p), 12), round(a.inv_cdf(p), 9))
print([round(q, 9) for q in a.quantiles()], [round(q, 9) for q in N().quantiles(10)])
for bad in [lambda: N(0, -1), lambda: N(1, 0).pdf(1), lambda: N(1, 0).cdf(1), lambda: N().inv_cdf(0),
            lambda: N().inv_cdf(1.5), lambda: N(1, 0).zscore(2), lambda: N().overlap(3)]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

# int true division exactness
print(9125418744959469 / 281474976710656, 5 / (3 * 2**1074), 3 / 2**1076, (2**1100 + 1) / 2**2000)
