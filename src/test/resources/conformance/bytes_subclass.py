import pickle, copy
class B(bytes):
    pass
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
    def __repr__(self):
        return f'Tagged({bytes(self)!r}, {self.tag!r})'
b = B(b'hello world')
print(b, repr(b), type(b).__name__, isinstance(b, bytes), issubclass(B, bytes), len(b), b[0], b[1:3], type(b[1:3]))
for name, r in [('upper', b.upper()), ('strip', b.strip()), ('replace', b.replace(b'o', b'0')), ('replace0', b.replace(b'x', b'y')),
                ('add', b + b'!'), ('radd', b'>' + b), ('mul', b * 1), ('join', b.join([b'a', b'b'])), ('split', b.split()),
                ('bytes', bytes(b)), ('copy', copy.copy(b)), ('lower', b.lower()), ('hex', b.hex()), ('decode', b.decode())]:
    print(name, repr(r), type(r).__name__ if not isinstance(r, list) else [type(x).__name__ for x in r])
print(b == b'hello world', hash(b) == hash(b'hello world'), {b: 1}[b'hello world'], b'hello' in b, b.startswith(b'he'))
t = Tagged(b'abc', 'x')
print(t, t.tag, t.upper(), t + b'd', B(), B(3), B([65, 66]), B('é', 'utf-8'))
b.extra = 5
for proto in range(6):
    c = pickle.loads(pickle.dumps(b, proto))
    print(proto, repr(c), type(c).__name__, c.__dict__)
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), B(b'xy').replace(b'', b''))
class WithBytes:
    def __bytes__(self): return b'converted'
print(bytes(WithBytes()), b.__bytes__(), type(b.__bytes__()).__name__, b.__getnewargs__())
class Bad:
    def __bytes__(self): return 'nope'
try: bytes(Bad())
except TypeError as e: print(e)
try: copy.deepcopy(t)
except TypeError as e: print(e)
