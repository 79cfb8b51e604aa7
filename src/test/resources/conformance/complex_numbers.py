import pickle, copy
z = 1 + 2j
print(z, repr(z), 2j, -0j, 0j, -(1j), complex(0.0, -0.0), type(z), type(z).__name__)
print(z + 1, 1 + z, z * 2, 2.5 * z, z - 1.5, 3 - z, z / 2, 1 / z, z ** 2, 2 ** z, z ** 0.5, z ** z, (-8) ** 0.5, (-8.0) ** (1/3))
print(abs(3 + 4j), z.conjugate(), z.real, z.imag, (1j).real, bool(0j), bool(1j))
print(hash(1+2j), hash(2j), hash(complex(3,0)) == hash(3), hash(1.5-2.5j))
print(z == 1+2j, 2+0j == 2, 2+0j == 2.0, 1j != 1j, z == 'x')
print(complex('1+2j'), complex(' ( 1.5-2j ) '), complex('j'), complex('-j'), complex('1e3'))
print(f'{z:.2f}', f'{z:>12}', format(2j, '+'), format(complex(float('nan'), float('inf'))))
for bad in ['', '1+', '1+2', '1_j']:
    try: complex(bad)
    except ValueError as e: print('ValueError', e)
for op in ['z < z', 'z // 2', 'z % 2', 'divmod(z, 2)', 'pow(z, 2, 3)', 'int(z)', 'float(z)', 'round(z)', '1j / 0', '0j ** -1', '(1e200+1e200j) ** 2', 'abs(complex(1e308, 1e308))']:
    try: print(eval(op))
    except Exception as e: print(type(e).__name__, e)
print(isinstance(z, complex), complex.__name__, dir(z)[-3:])
class C(complex):
    def __repr__(self): return 'C' + super().__repr__()
c = C(1, 2)
print(c, c + 1, type(c + 1), c.real, isinstance(c, complex), C('3j'))
x = 1j
x *= 1j
print(x, 1j*1j, (1+1e-20j), 1e16j, 1.5e-7+1j, complex(1, float('nan')))
z = 1.5-2j
for p in range(6):
    print(p, pickle.loads(pickle.dumps(z, p)) == z)
print(pickle.dumps(z, 2) == b'\x80\x02cbuiltins\ncomplex\nq\x00G?\xf8\x00\x00\x00\x00\x00\x00G\xc0\x00\x00\x00\x00\x00\x00\x00\x86q\x01Rq\x02.', copy.copy(z), copy.deepcopy([z]))
print({1j: 'a', 2: 'b'}[1j], {2+0j: 1}[2], sum([1j, 2j, 3]), [1j, 2+1j] * 2)
def f(): return (1j, 2.5j, -3j)
print(f(), f.__code__.co_consts)
print(eval('1e400j'), 1_000j, 0j == 0, str(1e-300j), 1J)
for s in ['', '>12', '<12', '^14', '+', ' ', '.2f', '.3e', 'g', '.3g', 'F', 'E', 'G', 'n', '*^20.1f', '#g', ',.2f', '.3', '#', '_', 'z.1f']:
    print(repr(s), [format(z, s) for z in [1+2j, 2j, complex(-0.0, 1.5), complex(float('nan'), float('inf')), 1e20+3.14159j, 1234567.5+0j]])
for s in ['=10', '010', 'd', 's', '%']:
    try: format(1+2j, s)
    except ValueError as e: print(s, e)
for s in ['1e3', '1_0j', 'inf-infj', 'nan', '(1.5-2j)', 'infinity+2j', '1.e2+.5j', 'NaNj', '-1.5e+3-2.5e-3j', '\t3j\n', '+1.5E2J']:
    print(repr(s), complex(s))
for s in ['1 + 2j', '1+2jj', '1+-2j', '+', '(1+2j', 'j1']:
    try: complex(s)
    except ValueError as e: print(repr(s), e)
class A:
    def __complex__(self): return 1+2j
class B:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(complex(A()), complex(B()), complex(I()), complex(A(), 3), complex(1.0, -0.0), complex(1j, -0.0), complex(B(), I()), complex(real=1, imag=2))
for args in [([1],), (None,), ('1', 2), (1, '2'), (1, []), (1, 2, 3), (b'1',)]:
    try: complex(*args)
    except TypeError as e: print(e)
print(3 ** 0.5 == 3 ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5, 0j ** 0, (1+1j) ** -2, (2+3j) ** 101 == (2+3j) ** 101.0)
