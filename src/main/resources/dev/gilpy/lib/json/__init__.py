"""JSON (RFC 8259) reading and writing: dumps/dump turn Python values into JSON text, loads/load read it back.

gilpy's own module; the interface and results follow CPython 3.11's json package.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]
__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

# Shared instances for the common call with no options, so plain dumps()/loads() build nothing per call.
_plain_encoder = JSONEncoder()
_plain_decoder = JSONDecoder()


def _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators,
                 default, sort_keys, kw):
    untouched = (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
                 and indent is None and separators is None and default is None and not sort_keys and not kw)
    if untouched:
        return _plain_encoder
    return (JSONEncoder if cls is None else cls)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as JSON text (a str). The options are those of JSONEncoder; cls picks a subclass of it."""
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                           separators, default, sort_keys, kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to the file-like fp (anything with a write(str) method)."""
    encoder = _encoder_for(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                           separators, default, sort_keys, kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


# (BOM, codec) pairs; the UTF-32 marks go first because the little-endian one begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (b'\x00\x00\xfe\xff', 'utf-32'),
    (b'\xff\xfe\x00\x00', 'utf-32'),
    (b'\xef\xbb\xbf', 'utf-8-sig'),
    (b'\xfe\xff', 'utf-16'),
    (b'\xff\xfe', 'utf-16'),
)


def detect_encoding(b):
    """Guess the codec of JSON bytes b: a byte order mark if present, else the pattern of zero bytes
    at the start (JSON text starts with an ASCII character, so its zero bytes reveal the width)."""
    for mark, codec in _BYTE_ORDER_MARKS:
        if b.startswith(mark):
            return codec
    head = b[:4]
    if len(head) == 4:
        if head[0] == 0:
            return 'utf-16-be' if head[1] else 'utf-32-be'
        if head[1] == 0:
            return 'utf-16-le' if (head[2] or head[3]) else 'utf-32-le'
    elif len(b) == 2:
        if head[0] == 0:
            return 'utf-16-be'
        if head[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document s (str, bytes or bytearray) and return the Python value.

    The hooks are those of JSONDecoder; cls picks a subclass of it. Bytes are decoded as UTF-8, -16 or -32.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % s.__class__.__name__)
    hooks = {'object_hook': object_hook, 'parse_float': parse_float, 'parse_int': parse_int,
             'parse_constant': parse_constant, 'object_pairs_hook': object_pairs_hook}
    given = {name: hook for name, hook in hooks.items() if hook is not None}
    if cls is None and not given and not kw:
        return _plain_decoder.decode(s)
    # Only hooks the caller set are passed on, so a custom cls need not accept the others.
    kw.update(given)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read the whole file-like fp (anything with read()) and parse it as one JSON document."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
