"""Averages, spread, quantiles and the normal distribution (gilpy's own implementation).

Sums over int and float data are exact (rational arithmetic on as_integer_ratio()), so results are the
correctly rounded value of the exact statistic, as CPython's are."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------- exact sums

def _result_type(have, new):
    """The type a statistic over values of types have and new is reported in."""
    if have is new or new is int or new is bool:
        return have
    if have is int:
        return new
    for narrow, wide in ((new, have), (have, new)):
        if issubclass(narrow, wide):
            return narrow
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    raise TypeError("don't know how to coerce %s and %s" % (have.__name__, new.__name__))


class _Exact:
    """Running exact total of numbers: a fraction num/den, plus the float sum of any inf/nan seen."""

    def __init__(self):
        self.kind = int
        self.num = 0
        self.den = 1
        self.count = 0
        self.odd = None          # sum of non-finite values, if any

    def add(self, x):
        self.kind = _result_type(self.kind, type(x))
        self.count += 1
        try:
            n, d = x.as_integer_ratio()
        except AttributeError:
            raise TypeError("can't convert type '%s' to numerator/denominator"
                            % type(x).__name__) from None
        except (OverflowError, ValueError):
            self.odd = x if self.odd is None else self.odd + x
            return
        if d == self.den:
            self.num += n
        else:
            self.num, self.den = self.num * d + n * self.den, self.den * d
            g = math.gcd(self.num, self.den)
            if g > 1:
                self.num //= g
                self.den //= g

    def extend(self, values):
        for x in values:
            self.add(x)
        return self


def _as(kind, num, den):
    """The fraction num/den reported as type kind."""
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if issubclass(kind, int):
        return kind(num) if den == 1 else num / den
    if issubclass(kind, float):
        return kind(num / den)
    try:
        return kind(num) / kind(den)
    except TypeError:
        return num / den


def _listed(data):
    return list(data) if iter(data) is data else data


def _sorted(data, empty):
    data = sorted(data)
    if not data:
        raise StatisticsError(empty)
    return data


# ---------------------------------------------------------------- averages

def mean(data):
    """Arithmetic mean, exact before the final rounding."""
    total = _Exact().extend(data)
    if total.count < 1:
        raise StatisticsError('mean requires at least one data point')
    if total.odd is not None:
        return total.kind(total.odd)
    return _as(total.kind, total.num, total.den * total.count)


def fmean(data, weights=None):
    """Mean as a float (math.fsum), optionally weighted."""
    if weights is None:
        values = list(data)
        if not values:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(values) / len(values)
    values = list(data)
    weights = list(weights)
    top = math.fsum(x * w for x, w in zip(values, weights))
    if len(values) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """exp of the mean of the logs (float)."""
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def _no_negatives(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Reciprocal of the (weighted) mean of reciprocals; 0 if any value is 0."""
    negative = 'harmonic mean does not support negative values'
    data = _listed(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * n
        w_num, w_den = n, 1
    else:
        weights = _listed(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        w_total = _Exact().extend(_no_negatives(weights, negative))
        w_num, w_den = w_total.num, w_total.den
        if w_total.odd is not None:
            w_num, w_den = w_total.odd, 1
    recips = _Exact()
    try:
        for w, x in zip(weights, _no_negatives(data, negative)):
            recips.add(w / x if w else 0)
    except ZeroDivisionError:
        return 0
    if recips.odd is not None or isinstance(w_num, float):
        below = recips.odd if recips.odd is not None else recips.num / recips.den
        return recips.kind(w_num / w_den / below)
    if recips.num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as(recips.kind, w_num * recips.den, w_den * recips.num)


# ---------------------------------------------------------------- middle values

def median(data):
    """Middle value, or the mean of the two middle values."""
    data = _sorted(data, 'no median for empty data')
    half, odd = divmod(len(data), 2)
    if odd:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value, or the lower of the two middle values."""
    data = _sorted(data, 'no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    """Middle value, or the higher of the two middle values."""
    data = _sorted(data, 'no median for empty data')
    return data[len(data) // 2]


def median_grouped(data, interval=1):
    """Median of continuous data grouped in classes of width interval (the 50th percentile)."""
    data = _sorted(data, 'no median for empty data')
    n = len(data)
    centre = data[n // 2]
    try:
        mid = float(centre)
        width = float(interval)
    except (TypeError, ValueError):
        raise TypeError('Value cannot be converted to a float') from None
    # binary searches (not scans) so unordered values such as nan count as CPython counts them
    below = bisect_left(data, centre)
    same = bisect_right(data, centre, lo=below) - below
    lower_limit = mid - width / 2
    return lower_limit + width * (n / 2 - below) / same


def mode(data):
    """The most common value (the first seen among equally common ones)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """All values of the highest count, in first-seen order."""
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, count in tally.items() if count == best]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span, shift = size - 1, 0
    elif method == 'exclusive':
        span, shift = size + 1, 1
    else:
        raise ValueError('Unknown method: %r' % (method,))
    cuts = []
    for i in range(1, n):
        # the cut lies at i*span/n (1-based when exclusive); outside the data the end pair is
        # extrapolated, as CPython does
        lo = min(max(i * span // n - shift, 0), size - 2)
        frac = i * span - (lo + shift) * n
        cuts.append((data[lo] * (n - frac) + data[lo + 1] * frac) / n)
    return cuts


# ---------------------------------------------------------------- spread

def _squares(data, centre):
    """(type, num, den, odd, count) of the sum of squared deviations.

    Without a centre the exact mean is used and the sum is exact; with one, each (x - centre)**2
    is computed in the values' own arithmetic, then summed exactly."""
    if centre is not None:
        acc = _Exact().extend((x - centre) * (x - centre) for x in data)
        return acc.kind, acc.num, acc.den, acc.odd, acc.count
    data = _listed(data)
    total = _Exact()
    squares = _Exact()
    for x in data:
        total.add(x)
    n = total.count
    if total.odd is not None:
        return total.kind, 0, 1, total.odd, n
    for x in data:
        p, q = x.as_integer_ratio()
        squares.add(_RatioSquare(p, q))
    # sum (x - m)^2 = sum x^2 - S^2 / n, with S = total.num / total.den
    num = (squares.num * total.den * total.den * n - total.num * total.num * squares.den)
    den = squares.den * total.den * total.den * n
    return total.kind, num, den, None, n


class _RatioSquare:
    """p*p / (q*q), handed to _Exact without changing the result type."""

    def __init__(self, p, q):
        self.p = p
        self.q = q

    def as_integer_ratio(self):
        return self.p * self.p, self.q * self.q


def _spread(data, centre, ddof, what):
    kind, num, den, odd, n = _squares(data, centre)
    if n < 1 + ddof:
        raise StatisticsError(what)
    if odd is not None:
        return kind, None, None, odd
    return kind, num, den * (n - ddof), None


def _report(kind, num, den, odd):
    if odd is not None:
        return kind(odd)
    return _as(kind, num, den)


def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator)."""
    return _report(*_spread(data, xbar, 1, 'variance requires at least two data points'))


def pvariance(data, mu=None):
    """Population variance (n in the denominator)."""
    return _report(*_spread(data, mu, 0, 'pvariance requires at least one data point'))


def _sqrt_ratio(num, den):
    """Correctly rounded float square root of num/den (num >= 0, den > 0)."""
    if num == 0:
        return 0.0
    # scale so the integer root has at least 60 significant bits, then let int->float round
    shift = max(0, 120 - (num.bit_length() - den.bit_length())) // 2 + 1
    scaled, rest = divmod(num << (2 * shift), den)
    root = math.isqrt(scaled)
    if rest or root * root != scaled:
        root |= 1                    # sticky bit: the true root is above root
    return math.ldexp(float(root), -shift)


def _deviation(data, centre, ddof, what):
    kind, num, den, odd = _spread(data, centre, ddof, what)
    if odd is not None:
        # CPython 3.11 fails the same way on infinite or nan data
        raise AttributeError("'float' object has no attribute 'numerator'")
    value = _sqrt_ratio(num, den)
    if issubclass(kind, (int, float)):
        return value
    return kind(value)


def stdev(data, xbar=None):
    """Sample standard deviation, correctly rounded."""
    return _deviation(data, xbar, 1, 'stdev requires at least two data points')


def pstdev(data, mu=None):
    """Population standard deviation, correctly rounded."""
    return _deviation(data, mu, 0, 'pstdev requires at least one data point')


# ---------------------------------------------------------------- two variables

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred_sums(x, y, n):
    mx = math.fsum(x) / n
    my = math.fsum(y) / n
    dx = [v - mx for v in x]
    dy = [v - my for v in y]
    return mx, my, dx, dy, math.fsum(a * b for a, b in zip(dx, dy))


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    n = _paired(x, y, 'covariance')
    return _centred_sums(x, y, n)[4] / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient."""
    n = _paired(x, y, 'correlation')
    _, _, dx, dy, sxy = _centred_sums(x, y, n)
    sxx = math.fsum(d * d for d in dx)
    syy = math.fsum(d * d for d in dy)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


class LinearRegression(tuple):
    """LinearRegression(slope, intercept): a named pair."""
    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0], doc='Alias for field number 0')
    intercept = property(lambda self: self[1], doc='Alias for field number 1')

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % tuple(self)

    def __getnewargs__(self):
        return tuple(self)


def linear_regression(x, y, /, *, proportional=False):
    """Least-squares slope and intercept of y against x (intercept 0 when proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        top = math.fsum(a * b for a, b in zip(x, y))
        bottom = math.fsum(a * a for a in x)
        try:
            return LinearRegression(top / bottom, 0.0)
        except ZeroDivisionError:
            raise StatisticsError('x is constant') from None
    mx, my, dx, _, sxy = _centred_sums(x, y, n)
    sxx = math.fsum(d * d for d in dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    return LinearRegression(slope, my - slope * mx)


# ---------------------------------------------------------------- normal distribution

class NormalDist:
    """A normal distribution with mean mu and standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution.',
                 '_sigma': 'Standard deviation of a normal distribution.'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The distribution whose mean and stdev are those of data."""
        data = _listed(data)
        return cls(fmean(data), stdev(data))

    def samples(self, n, *, seed=None):
        """n random values from this distribution."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """P(X <= x)."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The x with cdf(x) == p, for 0 < p < 1."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return self._mu + self._sigma * _standard_quantile(p)

    def quantiles(self, n=4):
        """n-1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient of two normal distributions (area under both pdfs)."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = (self, other) if (other._sigma, other._mu) >= (self._sigma, self._mu) else (other, self)
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * a._sigma * math.sqrt(2.0)))
        c = a._mu * vb - b._mu * va
        r = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(vb / va))
        x1 = (c + r) / dv
        x2 = (c - r) / dv
        return 1.0 - (math.fabs(b.cdf(x1) - a.cdf(x1)) + math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu, doc='Arithmetic mean of the normal distribution.')
    median = property(lambda self: self._mu, doc='Return the median of the normal distribution')
    mode = property(lambda self: self._mu, doc='Return the mode of the normal distribution')
    stdev = property(lambda self: self._sigma, doc='Standard deviation of the normal distribution.')
    variance = property(lambda self: self._sigma * self._sigma,
                        doc='Square of the standard deviation.')

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, k):
        return NormalDist(self._mu * k, self._sigma * math.fabs(k))

    def __truediv__(self, k):
        return NormalDist(self._mu / k, self._sigma / math.fabs(k))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)


def _standard_quantile(p):
    """Inverse of the standard normal cdf: a rational first guess refined by Newton steps on
    erfc (quadratically convergent; ends when the step no longer changes the value)."""
    q = p if p < 0.5 else 1.0 - p
    t = math.sqrt(-2.0 * math.log(q))
    # Abramowitz & Stegun 26.2.23 as the starting point (error < 4.5e-4)
    x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (
        1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t)
    x = -x
    for _ in range(60):
        f = 0.5 * math.erfc(-x / math.sqrt(2.0)) - q
        step = f / (math.exp(-0.5 * x * x) / math.sqrt(math.tau))
        if not step or x - step == x:
            break
        x -= step
    return x if p < 0.5 else -x
