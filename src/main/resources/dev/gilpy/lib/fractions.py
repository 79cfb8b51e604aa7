"""Fraction: exact rational numbers (numerator/denominator in lowest terms, the sign on the numerator)."""

import sys
import re
import operator
import numbers
import math

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_LITERAL = re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        /(?P<denom>\d+(_\d+)*)
      |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
        (?:[eE](?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z""", re.VERBOSE | re.IGNORECASE)


def _is_decimal(value):
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(value, decimal.Decimal)


def _from_text(text):
    match = _LITERAL.match(text)
    if match is None:
        raise ValueError(f'Invalid literal for Fraction: {text!r}')
    numerator = int(match.group('num') or '0')
    denom = match.group('denom')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        decimals = match.group('decimal')
        if decimals:
            decimals = decimals.replace('_', '')
            scale = 10 ** len(decimals)
            numerator = numerator * scale + int(decimals)
            denominator *= scale
        exp = match.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if match.group('sign') == '-':
        numerator = -numerator
    return numerator, denominator


def _ratio_of(value):
    """(numerator, denominator) of a single Fraction() argument."""
    if type(value) is int:
        return value, 1
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator
    if isinstance(value, float) or _is_decimal(value):
        return value.as_integer_ratio()
    if isinstance(value, str):
        return _from_text(value)
    raise TypeError("argument should be a string or a Rational instance")


class Fraction(numbers.Rational):
    """A rational number. Fraction(3, 6) == Fraction(1, 2); also Fraction('1/2'), Fraction('-1.25e-2'),
    Fraction(0.5), Fraction(Decimal('1.1')), Fraction(other_fraction)."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            num, den = _ratio_of(numerator)
        elif type(numerator) is int is type(denominator):
            num, den = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            num = numerator.numerator * denominator.denominator
            den = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        if _normalize:
            common = math.gcd(num, den)
            if den < 0:
                common = -common
            num //= common
            den //= common
        self._numerator, self._denominator = num, den
        return self

    @classmethod
    def _exact(cls, numerator, denominator):
        # Already in lowest terms with a positive denominator: no gcd needed.
        self = object.__new__(cls)
        self._numerator, self._denominator = numerator, denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f (or of an int)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls._exact(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a decimal.Decimal (or of an int)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})")
        return cls._exact(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until the next q would be too large; the answer is
        # the last convergent or the best semiconvergent before it.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    numerator = property(lambda self: self._numerator, doc="The numerator, in lowest terms.")
    denominator = property(lambda self: self._denominator, doc="The denominator, always positive.")

    def __repr__(self):
        return f'{self.__class__.__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # Arithmetic: with a Rational the result is exact; with a float or complex it is that type.

    def _binary(exact, fallback):
        name = fallback.__name__

        def forward(a, b):
            if isinstance(b, Fraction) or type(b) is int:
                return exact(a, b if isinstance(b, Fraction) else Fraction._exact(b, 1))
            if isinstance(b, numbers.Rational):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            if isinstance(b, numbers.Complex):
                return fallback(complex(a), b)
            return NotImplemented
        forward.__name__ = f'__{name}__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = f'__r{name}__'
        return forward, reverse

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        quotient, rest = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return quotient, Fraction(rest, a._denominator * b._denominator)

    def _mod(a, b):
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator),
                        a._denominator * b._denominator)

    __add__, __radd__ = _binary(_add, operator.add)
    __sub__, __rsub__ = _binary(_sub, operator.sub)
    __mul__, __rmul__ = _binary(_mul, operator.mul)
    __truediv__, __rtruediv__ = _binary(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _binary(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _binary(_divmod, divmod)
    __mod__, __rmod__ = _binary(_mod, operator.mod)
    del _binary, _add, _sub, _mul, _div, _floordiv, _divmod, _mod

    def __pow__(a, b):
        """a ** b: exact when b is an integer (or a Fraction equal to one), a float or complex otherwise."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._exact(a._numerator ** power, a._denominator ** power)
                if a._numerator == 0:
                    raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
                if a._numerator > 0:
                    return Fraction._exact(a._denominator ** -power, a._numerator ** -power)
                return Fraction._exact((-a._denominator) ** -power, (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, numbers.Complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(self, base):
        """base ** self for a base that is not a Fraction."""
        whole = self._denominator == 1
        if whole and (self._numerator >= 0 or not isinstance(base, numbers.Rational)):
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        return base ** float(self)

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(f) is an int (halves to even); round(f, n) a Fraction rounded to n decimal places."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = rest * 2
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        # The hash of every number equal to this one (see "Hashing of numeric types" in the docs).
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        value = value if self._numerator >= 0 else -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and not isinstance(b, float) and b.imag == 0:
            b = b.real  # a complex with no imaginary part compares as its real part
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
