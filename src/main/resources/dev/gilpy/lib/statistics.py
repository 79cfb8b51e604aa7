"""Basic statistics of numeric data: averages, spread, quantiles (CPython 3.11's results and messages).

Sums are exact (rational arithmetic on the values' integer ratios) and converted to the data's type at
the end, so mean([1, 2, 3]) is the int 2 and float results are correctly rounded, as in CPython."""

import math
from collections import Counter

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact rationals: (numerator, denominator) pairs with denominator > 0, in lowest terms

def _ratio(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _add(a, b):
    return _ratio(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _div(a, k):
    return _ratio(a[0], a[1] * k)


def _exact_ratio(x):
    """x as (numerator, denominator), or (x, None) for infinities and NaN."""
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return (x, None)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator") from None


def _coerce(T, S):
    # The result type of mixing two data types: int gives way to float (bool counts as int).
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError(f"can't convert type '{T.__name__}' to '{S.__name__}'")


def _sum(data):
    """(type, exact sum, count) of data; a non-finite float makes the sum that float."""
    count = 0
    T = int
    total = (0, 1)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            total = _add(total, (n, d))
    return T, (special if special is not None else total), count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, exact mean, count)."""
    if c is not None:
        T, total, count = _sum((x - c) * (x - c) for x in data)
        return T, total, c, count
    count = 0
    T = int
    sx = (0, 1)
    sxx = (0, 1)
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
            continue
        sx = _add(sx, (n, d))
        sxx = _add(sxx, (n * n, d * d))
    if special is not None:
        return T, special, special, count
    if not count:
        return T, (0, 1), (0, 1), 0
    # ssd = (count * sxx - sx * sx) / count
    ssd = _add((count * sxx[0], sxx[1]), (-sx[0] * sx[0], sx[1] * sx[1]))
    ssd = _div(ssd, count)
    return T, ssd, _div(sx, count), count


def _convert(value, T):
    """An exact ratio as the data's type (an int only when it is whole)."""
    if not isinstance(value, tuple):
        return value
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n) if T is not bool else n
        T = float
    if T is float:
        return n / d
    try:
        return T(n) / T(d)
    except TypeError:
        return n / d


_sqrt_bit_width = 2 * 53 + 3


def _integer_sqrt_of_frac_rto(n, m):
    # sqrt(n/m) rounded to an integer with round-to-odd (so one more rounding is still correct).
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def _float_sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded float."""
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    """The arithmetic mean: mean([1, 2, 3, 4, 4]) == 2.8."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if not isinstance(total, tuple):
        return total / n
    return _convert(_div(total, n), T)


def fmean(data, weights=None):
    """The mean as a float, computed quickly (math.fsum)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != n:
        raise StatisticsError('data and weights must be the same length')
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean, as a float."""
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean (reciprocal of the mean of reciprocals)."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
        if x == 0:
            return 0
    # The reciprocals as the data's division gives them (floats for ints), summed exactly.
    T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    sn, sd = _exact_ratio(sum_weights)
    return _convert(_ratio(sn * total[1], sd * total[0]), T)


def median(data):
    """The middle value (mean of the two middle values for even counts)."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The lower of the two middle values for even counts."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The higher of the two middle values for even counts."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of grouped continuous data (50th percentile by interpolation)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The class interval of x runs from x - interval/2 to x + interval/2.
    i = 0
    while i < n and data[i] != x:
        i += 1
    j = i
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value (the first one met, if several are as common)."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """All the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """The sample variance (n - 1 in the denominator)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, tuple):
        return ss / (n - 1)
    return _convert(_div(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance (n in the denominator)."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, tuple):
        return ss / n
    return _convert(_div(ss, n), T)


def stdev(data, xbar=None):
    """The sample standard deviation."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, tuple):
        return math.sqrt(ss / (n - 1))
    mss = _div(ss, n - 1)
    return _float_sqrt_of_frac(mss[0], mss[1])


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, tuple):
        return math.sqrt(ss / n)
    mss = _div(ss, n)
    return _float_sqrt_of_frac(mss[0], mss[1])


def covariance(x, y, /):
    """The sample covariance of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of two inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fmean(x)
    ybar = fmean(y)
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """(slope, intercept) of a least-squares line."""

    __slots__ = ()

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least-squares line through the points."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = fmean(x)
        ybar = fmean(y)
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """A normal distribution of a random variable: mean mu, standard deviation sigma."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(2.0 * math.pi * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = _div(ss, n - 1)
    return float(xbar[0] / xbar[1]), _float_sqrt_of_frac(mss[0], mss[1])
