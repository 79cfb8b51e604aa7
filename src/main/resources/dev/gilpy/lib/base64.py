"""Base16, Base32 and Base64 encodings (RFC 4648)."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

def _input(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % s.__class__.__name__)


def _swap(data, a, b):
    return bytes(b[a.index(c)] if c in a else c for c in data)


def b64encode(s, altchars=None):
    """s in Base64; altchars (2 bytes) replaces '+' and '/'."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = _swap(out, b'+/', bytes(altchars))
    return out


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 s; validate rejects characters outside the alphabet."""
    s = _input(s)
    if altchars is not None:
        altchars = _input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """s in the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """The bytes of standard Base64 s."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """s in the URL- and filename-safe alphabet ('-' and '_' for '+' and '/')."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    """The bytes of URL-safe Base64 s."""
    return b64decode(_swap(_input(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + bytes(5 - len(chunk)), 'big')
        out += bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        if keep < 8:
            out[len(out) - 8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _input(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    padding = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        n = 0
        quanta = body[i:i + 8]
        for c in quanta:
            if c not in values:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | values[c]
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if padding:
        drop = {1: 1, 3: 2, 4: 3, 6: 4}.get(padding)
        if drop is None:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - drop:]
    return bytes(out)


def b32encode(s):
    """s in Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of Base32 s; casefold accepts lower case, map01 maps '0' to 'O' and '1' to map01."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes of Base32hex s."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """s in Base16 (upper-case hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes of Base16 s; casefold accepts lower case."""
    s = _input(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """s in Base64, in lines of at most 76 characters, each ending in a newline."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """The bytes of (multi-line) Base64 s."""
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes the binary file input into the binary file output, as encodebytes does."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decodes the Base64 binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
