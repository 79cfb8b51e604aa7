"""The numeric abstract base classes (PEP 3141): Number > Complex > Real > Rational > Integral."""

import builtins
from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(*names):
    """Abstract methods with the given names, for a class body (each raises NotImplementedError if called)."""
    made = {}
    for name in names:
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = method.__qualname__ = name
        made[name] = abstractmethod(method)
    return made


def _abstract_property(name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    return property(abstractmethod(getter))


class Number(metaclass=ABCMeta):
    """Every number; isinstance(x, Number) tells whether x is one."""
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts and the operations of the built-in complex."""
    __slots__ = ()
    locals().update(_abstract('__complex__', '__add__', '__radd__', '__neg__', '__pos__', '__mul__', '__rmul__',
                              '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__abs__', 'conjugate',
                              '__eq__'))
    real = _abstract_property('real')
    imag = _abstract_property('imag')

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


# gilpy's built-in complex type arrives with the cmath work; register it wherever it exists.
if hasattr(builtins, 'complex'):
    Complex.register(builtins.complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, and with the operations of the built-in float."""
    __slots__ = ()
    locals().update(_abstract('__float__', '__trunc__', '__floor__', '__ceil__', '__round__', '__floordiv__',
                              '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__'))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio numerator/denominator of integers (in lowest terms)."""
    __slots__ = ()
    numerator = _abstract_property('numerator')
    denominator = _abstract_property('denominator')

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers with denominator 1, with the bitwise operations of the built-in int."""
    __slots__ = ()
    locals().update(_abstract('__int__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__and__',
                              '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__'))

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
