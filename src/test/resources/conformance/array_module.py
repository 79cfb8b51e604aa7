# array: typecodes, range checks and their messages, the list-like methods, bytes round trips, repr
from array import array
import array as m, copy
for tc, v in [('b',200),('b',-200),('B',-1),('B',256),('h',40000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1)]:
  try: array(tc,[v])
  except Exception as e: print(tc, type(e).__name__, e)
for bad in [lambda: array('z'), lambda: array('i',[1.5]), lambda: array('i','ab'), lambda: array('u',[1]), lambda: array('i',[1]).frombytes(b'abc'), lambda: array('i',[1]).pop(5), lambda: array('i').pop(), lambda: array('i',[1]).remove(7), lambda: array('i',[1]).index(7), lambda: array('i')+array('d'), lambda: array('i',[1])[5], lambda: array('d',['x']), lambda: array('i').tounicode()]:
  try: bad()
  except Exception as e: print(type(e).__name__, e)
a=array('i',[1,2,3]); print(a, repr(array('d')), array('u','hi'), array('f',[0.1]), a[1:], a*2, a.itemsize, array('d').itemsize, array('u').itemsize, array('q').itemsize, array('l').itemsize)
print(a == [1,2,3], a == array('d',[1,2,3]), a < array('i',[1,3]), len(a), list(reversed(a)), a.typecode, array('b', b'ab'))
print(m.typecodes, m.ArrayType is array)
a.append(4); a.extend([5, 6]); a.insert(0, 0); print(a, a.pop(), a.pop(0), a.count(2), a.index(3), 3 in a)
a.remove(2); a.reverse(); print(a, a.tolist(), a.tobytes())
b = array('h'); b.frombytes(a.tobytes()); print(b, len(b))
c = array('d', [1.5, -2.25]); print(c.tobytes(), array('d', c.tobytes()), sum(c))
c.byteswap(); print(c.tobytes()); c.byteswap(); print(c)
a[0] = 99; a[1:3] = array('i', [7, 8, 9]); del a[-1]; print(a)
a += array('i', [1]); a *= 2; print(a, copy.copy(a), copy.deepcopy(a) == a)
u = array('u', 'hello'); u.fromunicode(' world'); print(u, u.tounicode(), u[0], u[::2])
x = array('B', range(5)); print(x[1:4], x[::-1], 2 * x, bytes(x.tobytes()))
try: array('B', [1]).__setitem__(0, 300)
except OverflowError as e: print(e)
try: a[1:2] = [1]
except TypeError as e: print(e)
print(array('l', [2**40]), array('Q', [2**64-1]), array('f', [1/3]).tolist())
