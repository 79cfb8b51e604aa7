import json, json.decoder, json.encoder, io
from collections import OrderedDict
print(json.dumps({'b': [1, 2.5, None, True, False], 'a': 'h\u00e9\n"x"', 'c': {}}))
print(json.dumps({'b': 1, 'a': [1, {'z': []}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='\t'))
print(json.dumps([1, {'a': 2}], separators=(',', ':')))
print(json.dumps('\u00e9\U0001f600', ensure_ascii=False), json.dumps('\u00e9\U0001f600'))
print(json.dumps({1: 2, 2.5: 3, None: 4, True: 5}))
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print('TE', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TE', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('VE', e)
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({1, 2} and [3], default=list), json.dumps({3}, default=sorted))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Pt):
            return [o.x, o.y]
        return super().default(o)
print(json.dumps(Pt(2, 1), cls=E), E(indent=1).encode([Pt(0, 1)]))
try:
    E().encode([Pt(1, 2), object()])
except TypeError as e:
    print('TE', e)
print(json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator), json.JSONEncoder(separators=(';', '=')).key_separator)
print(''.join(json.JSONEncoder().iterencode({'a': [1]})))
print(json.encoder.encode_basestring('a\u00e9"'), json.encoder.encode_basestring_ascii('a\u00e9"'))
buf = io.StringIO(); json.dump({'x': [1, 2]}, buf, indent=1); print(buf.getvalue())
print(json.loads('{"a": [1, 2.5, null, true, false, "s\\u00e9"], "b": {}}'))
print(json.loads(' [1e3, -0, 1E-2, 12345678901234567890] '))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: 'const:' + s))
print(json.loads(b'{"a": 1}'), json.loads(bytearray(b'[2]')))
samples = {'utf-8': b'["x"]', 'utf-8-sig': b'\xef\xbb\xbf["x"]', 'utf-16 BE bom': b'\xfe\xff\x00[',
           'utf-16 LE bom': b'\xff\xfe[\x00', 'utf-16-le': b'[\x00"\x00', 'utf-16-be': b'\x00[\x00"',
           'utf-32 BE bom': b'\x00\x00\xfe\xff', 'utf-32 LE bom': b'\xff\xfe\x00\x00[\x00\x00\x00',
           'utf-32-le': b'[\x00\x00\x00', 'utf-32-be': b'\x00\x00\x00['}
for name, data in samples.items():
    print(name, json.detect_encoding(data), json.detect_encoding(bytearray(data)))
print(json.loads(b'["\xc3\xa9"]'))
print(json.detect_encoding(b'1'), json.detect_encoding(b'\x001'), json.detect_encoding(b'1\x00'), json.detect_encoding(b'12'))
print(json.load(io.StringIO('[1, "two"]')))
for bad in ['', '[1,', '{"a" 1}', '[1] x', '{"a": 1,}', '\n\n  [1, 2,\n  ]', '"abc', '[1 2]', 'nul', '{1: 2}', '"\x01"', '\ufeff[1]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == bad, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print('TE', e)
print(json.loads('"\x01"', strict=False) == '\x01')
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx{"a": 1}', 2))
print(d.parse_float is float, d.parse_int is int, d.strict, d.object_hook, d.object_pairs_hook, d.parse_constant('NaN'))
try:
    d.raw_decode('  [1]')
except json.JSONDecodeError as e:
    print(e)
e = json.JSONDecodeError('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
f, a = e.__reduce__(); e2 = f(*a)
print(type(e2).__name__, e2, e2.pos)
class D(json.JSONDecoder):
    def __init__(self, **kw):
        print('D kw', sorted(kw))
        super().__init__(**kw)
print(json.loads('[1]', cls=D), json.loads('[1]', cls=D, parse_int=float))
print(json.__all__, json.decoder.__all__)
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print('VE', e)
print(json.dumps(a[:0] + [(1, 2)]), json.dumps(1.0), json.dumps(10**20), json.dumps(-0.0), json.dumps(1e300))
