# fractions.Fraction and the numbers ABC tower, incl. mixed arithmetic with complex
import numbers
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
  print(c.__name__, sorted(c.__abstractmethods__))
print(numbers.__all__, numbers.Number.__hash__)
for v in [1, 1.0, True, "x"]:
    print([isinstance(v, c) for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]])
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(e)
from fractions import Fraction as F
import numbers, math, copy, pickle
for a in [(1,0),('1/0',),(1.5,2),([],),('x',),(float('nan'),),(float('inf'),),('1.5e-3',),(' -3/4 ',),('1_0/3',),('.5',),('5.',),('1e2',),('1/2.0',), ('+ 1',), (3, -6), (F(1,2), F(1,3)), (True,), (0.1,), ('-0',), ('  7  ',), ('1E-2',)]:
  try: print(repr(F(*a)))
  except Exception as e: print(type(e).__name__, e)
print(F(1,3)**-2, F(0)**0, F(4,9)**F(1,2), 2**F(1,2), 2**F(2), F(2)**2.5)
print(repr(2**F(-1)), repr(2**F(1,2)), repr(F(1,2)**F(-2)), repr(2.0**F(1,2)), repr(F(-1,2)**-3))
try: F(0)**-1
except Exception as e: print(type(e).__name__, e)
print(F(7,3)//F(1,2), F(7,3)%F(1,2), divmod(F(-7,3),2), F(1,3)+1.0, F(1,2)==0.5, F(1,3)<0.4)
print(repr(F(1,2)%0.3), divmod(F(7,2), 1.5), repr(F(5,2)//2), F(1,3) == F(2,6), hash(F(3,1)) == hash(3), hash(F(1,2))==hash(0.5))
print(round(F(5,2)), round(F(7,2)), round(F(1234,100),1), round(F(-5,2)), type(round(F(5,2),0)))
print(repr(round(F(-25,10),0)), repr(round(F(15,1),-1)), repr(round(F(25),-1)))
print(hash(F(1,3)), hash(F(-1,2)), hash(F(5)), hash(F(1, 2**61-1)), hash(F(-1, 1)), hash(F(10**30, 7)))
try: format(F(1,2),'.2f')
except Exception as e: print(type(e).__name__, e)
print(format(F(1,2)), F.from_float(0.1), F.from_float(3))
try: F.from_float('x')
except Exception as e: print(type(e).__name__, e)
print(F(3.14159).limit_denominator(1000), F('3.141592653589793').limit_denominator(100), F(math.pi).limit_denominator(), F(1,3).limit_denominator(2), F(-7, 10).limit_denominator(3))
for k in range(1, 40):
    print(F(math.e).limit_denominator(k), F(-math.sqrt(2)).limit_denominator(k), end=' ')
print()
try: F(1).limit_denominator(0)
except Exception as e: print(type(e).__name__, e)
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Integral), isinstance(F(1,2), numbers.Number))
print(F(1,2)+True, int(F(7,2)), int(F(-7,2)), float(F(1,3)), F(1,3).as_integer_ratio(), abs(F(-1,2)), -F(1,2), +F(1,2), bool(F(0)), F(3,2).__floor__(), F(3,2).__ceil__(), F(-3,2).__trunc__(), math.floor(F(-7,2)), math.ceil(F(-7,2)), math.trunc(F(-7,2)))
print(sorted([F(1,3), F(1,4), 0.3, 1]), F(10, -4), F(1,2) < F(2,3) <= 1 < F(3,2), F(1,2) > 0.5, F(1,2) >= 0.5, F(1) == 1, F(1,2) != 1, F(1,2) < float('inf'), F(1,2) == float('nan'))
for bad in [lambda: F(1,2)+'a', lambda: F(1,2)<'a', lambda: 'a' * F(1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
x = F(22, 7)
print(copy.copy(x) is x, copy.deepcopy(x), pickle.loads(pickle.dumps(x)), x.numerator, x.denominator, x.real, x.imag, x.conjugate())
print(sum(F(1, n) for n in range(1, 11)), math.fsum([0.1]*3) == float(F(3,10)), F(1,3) * 3 == 1, {F(1,2): 'half'}[0.5])
print(F(2,3) - 1, 1 - F(2,3), 2 / F(4), F(3) / 2.0, 5 % F(3,2), 5 // F(3,2), divmod(5, F(3,2)), 1.5 + F(1,2), 1.5 // F(1, 3))
class MyF(F):
    pass
print(repr(MyF(1, 2)), type(MyF(1,2) + 1).__name__, repr(copy.copy(MyF(3, 4))))
print(F(1,3)*1j, F(1,2)==complex(0.5,0), 1j**F(2), F(2)**(1+1j), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), F(-8)**F(1,3), (-8)**F(1,3), F(1,2) + 2j, 2j - F(1,2))
