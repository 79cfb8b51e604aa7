"""Codec registry and base classes: lookup, encode/decode, incremental and stream coders, error handlers.

The codecs themselves are written here in Python, each as an encoder (text -> bytes, stopping at
characters it cannot encode) and a decoder (bytes -> text, stopping at bytes it cannot decode); one
loop per direction hands every problem to the named error handler, so registered handlers work with
every codec. str.encode() and bytes.decode() are the runtime's own and know the built-in handlers only.
"""

import builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode', 'decode',
           'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'register_error', 'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = BOM64_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = BOM64_BE = b'\x00\x00\xfe\xff'
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
_LITTLE = sys.byteorder == 'little'
BOM = BOM_UTF16 = BOM_UTF16_LE if _LITTLE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _LITTLE else BOM_UTF32_BE


# ---------------------------------------------------------------------------------------------
# Error handlers

def _unicode_error(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    """Raise the error."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    """Drop what cannot be coded."""
    _unicode_error(exc)
    return '', exc.end


def replace_errors(exc):
    """'?' for each character that cannot be encoded, U+FFFD for undecodable bytes."""
    _unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    return '\ufffd' * (exc.end - exc.start), exc.end


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    """Python escapes (\\xNN, \\uNNNN, \\UNNNNNNNN) for what cannot be coded."""
    _unicode_error(exc)
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in bad), exc.end
    return ''.join(_escape(ord(c)) for c in bad), exc.end


def xmlcharrefreplace_errors(exc):
    """XML character references (&#NNN;) for characters that cannot be encoded."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end


def _surrogateescape(exc):
    # Undecodable bytes 0x80-0xff become U+DC80-U+DCFF, and encode back to the same bytes.
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[exc.start:exc.end]
        taken = 0
        while taken < len(bad) and bad[taken] >= 0x80 and taken < 4:
            taken += 1
        if not taken:
            raise exc
        return ''.join(chr(0xdc00 + b) for b in bad[:taken]), exc.start + taken
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                break
            out.append(ord(c) - 0xdc00)
        if not out:
            raise exc
        return bytes(out), exc.start + len(out)
    _unicode_error(exc)
    raise exc


def _surrogatepass(exc):
    # Lone surrogates are coded as if they were ordinary code points (UTF-8, -16 and -32 only).
    family = _CODECS.get(_normalize(exc.encoding)) if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)) else None
    unit = getattr(family, 'unit', None)
    if isinstance(exc, UnicodeEncodeError):
        out = b''
        taken = 0
        for c in exc.object[exc.start:exc.end]:
            if unit is None or not 0xd800 <= ord(c) <= 0xdfff:
                break
            out += unit(ord(c))
            taken += 1
        if not taken:
            raise exc
        return out, exc.start + taken
    if isinstance(exc, UnicodeDecodeError):
        if unit is not None:
            width = 3 if family.width == 1 else family.width
            piece = exc.object[exc.start:exc.start + width]
            if len(piece) == width:
                code = family.code_of(piece)
                if code is not None and 0xd800 <= code <= 0xdfff:
                    return chr(code), exc.start + width
        raise exc
    _unicode_error(exc)
    raise exc


_HANDLERS = {'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
             'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
             'surrogateescape': _surrogateescape, 'surrogatepass': _surrogatepass}


def register_error(name, error_handler):
    """Register error_handler(exc) -> (replacement, resume_position) under name."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _HANDLERS[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    try:
        return _HANDLERS[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % (name,)) from None


# ---------------------------------------------------------------------------------------------
# The two loops every text codec goes through

def _encode_with(text, errors, name, fits, raw, reason, whole_runs, width=1):
    """Encode text; fits(ch) says whether raw() can encode ch; the rest goes to the error handler."""
    out = []
    pos, n = 0, len(text)
    while pos < n:
        stop = pos
        while stop < n and fits(text[stop]):
            stop += 1
        if stop > pos:
            out.append(raw(text[pos:stop]))
            pos = stop
            continue
        end = pos + 1
        while whole_runs and end < n and not fits(text[end]):
            end += 1
        exc = UnicodeEncodeError(name, text, pos, end, reason)
        replacement, resume = _call_handler(errors, exc, n)
        if isinstance(replacement, str):
            if not all(fits(c) for c in replacement):
                raise exc
            replacement = raw(replacement)
        elif len(replacement) % width:
            raise exc       # bytes that are not whole code units of this encoding
        out.append(bytes(replacement))
        pos = resume
    return b''.join(out)


def _decode_with(data, errors, name, step, final, pos=0):
    """Decode data with step(data, pos, final) -> (text, stop, problem); returns (text, bytes consumed).

    problem is None (all decoded), 'more' (an incomplete sequence at stop: wait for more input) or
    (end, reason): data[stop:end] cannot be decoded.
    """
    out = []
    n = len(data)
    while pos < n:
        text, pos, problem = step(data, pos, final)
        out.append(text)
        if problem is None:
            break
        if problem == 'more':
            return ''.join(out), pos
        end, reason = problem
        exc = UnicodeDecodeError(name, data, pos, end, reason)
        replacement, pos = _call_handler(errors, exc, n)
        out.append(replacement)
    return ''.join(out), n


def _call_handler(errors, exc, n):
    result = lookup_error(errors or 'strict')(exc)
    if not (isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int)):
        raise TypeError('encoding error handler must return (str/bytes, int) tuple'
                        if isinstance(exc, UnicodeEncodeError) else
                        'decoding error handler must return (str, int) tuple')
    replacement, resume = result
    if resume < 0:
        resume += n
    if not 0 <= resume <= n:
        raise IndexError('position %d from error handler out of bounds' % resume)
    return replacement, resume


def _need_str(value, function):
    if not isinstance(value, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (function, type(value).__name__))


_BYTES_LIKE = (bytes, bytearray) + ((builtins.memoryview,) if hasattr(builtins, 'memoryview') else ())


def _need_bytes(value):
    if not isinstance(value, _BYTES_LIKE):
        raise TypeError("a bytes-like object is required, not '%s'" % type(value).__name__)
    return bytes(value)


# ---------------------------------------------------------------------------------------------
# The text codecs

def _is_surrogate(c):
    return 0xd800 <= ord(c) <= 0xdfff


class _Single:
    """ASCII or Latin-1: one byte per character below a limit."""

    def __init__(self, name, limit):
        self.name, self.limit = name, limit
        self.reason = 'ordinal not in range(%d)' % limit

    def encode(self, text, errors):
        limit = self.limit
        return _encode_with(text, errors, self.name, lambda c: ord(c) < limit,
                            lambda s: s.encode('latin-1'), self.reason, True)

    def decode(self, data, errors, final):
        def step(data, pos, final):
            stop = pos
            while stop < len(data) and data[stop] < self.limit:
                stop += 1
            text = data[pos:stop].decode('latin-1')
            return (text, stop, None) if stop == len(data) else (text, stop, (stop + 1, self.reason))
        return _decode_with(data, errors, self.name, step, final)


# For each UTF-8 start byte: how many continuation bytes follow and the range of the first of them.
def _utf8_lead(b):
    if 0xc2 <= b <= 0xdf:
        return 1, 0x80, 0xbf
    if b == 0xe0:
        return 2, 0xa0, 0xbf
    if b == 0xed:
        return 2, 0x80, 0x9f
    if 0xe1 <= b <= 0xef:
        return 2, 0x80, 0xbf
    if b == 0xf0:
        return 3, 0x90, 0xbf
    if 0xf1 <= b <= 0xf3:
        return 3, 0x80, 0xbf
    if b == 0xf4:
        return 3, 0x80, 0x8f
    return None


class _UTF8:
    name = 'utf-8'
    width = 1

    def encode(self, text, errors):
        return _encode_with(text, errors, self.name, lambda c: not _is_surrogate(c),
                            lambda s: s.encode('utf-8'), 'surrogates not allowed', True)

    @staticmethod
    def unit(code):
        return bytes([0xe0 | code >> 12, 0x80 | (code >> 6) & 0x3f, 0x80 | code & 0x3f])

    @staticmethod
    def code_of(piece):
        if piece[0] & 0xf0 == 0xe0 and piece[1] & 0xc0 == 0x80 and piece[2] & 0xc0 == 0x80:
            return (piece[0] & 0x0f) << 12 | (piece[1] & 0x3f) << 6 | piece[2] & 0x3f
        return None

    def decode(self, data, errors, final):
        def step(data, pos, final):
            n = len(data)
            start = pos
            while pos < n:
                b = data[pos]
                if b < 0x80:
                    pos += 1
                    continue
                lead = _utf8_lead(b)
                if lead is None:
                    return data[start:pos].decode('utf-8'), pos, (pos + 1, 'invalid start byte')
                count, low, high = lead
                good = 1
                while good <= count:
                    if pos + good >= n:
                        text = data[start:pos].decode('utf-8')
                        return (text, pos, 'more') if not final else (text, pos, (n, 'unexpected end of data'))
                    c = data[pos + good]
                    if not (low <= c <= high if good == 1 else 0x80 <= c <= 0xbf):
                        return data[start:pos].decode('utf-8'), pos, (pos + good, 'invalid continuation byte')
                    good += 1
                pos += count + 1
            return data[start:pos].decode('utf-8'), pos, None
        return _decode_with(data, errors, self.name, step, final)


class _UTF16or32:
    """UTF-16 or UTF-32 in one byte order."""

    def __init__(self, width, order):
        self.width, self.order = width, order
        self.name = 'utf-%d-%s' % (width * 8, 'le' if order == 'little' else 'be')

    def unit(self, code):
        if self.width == 4 or code < 0x10000:
            return code.to_bytes(self.width, self.order)
        code -= 0x10000
        return (0xd800 | code >> 10).to_bytes(2, self.order) + (0xdc00 | code & 0x3ff).to_bytes(2, self.order)

    def code_of(self, piece):
        return int.from_bytes(piece, self.order)

    def encode(self, text, errors, name=None):
        return _encode_with(text, errors, name or self.name, lambda c: not _is_surrogate(c),
                            lambda s: b''.join(self.unit(ord(c)) for c in s), 'surrogates not allowed', False,
                            self.width)

    def decode(self, data, errors, final, start=0):
        width, order = self.width, self.order

        def step(data, pos, final):
            n = len(data)
            out = []
            while pos < n:
                if pos + width > n:
                    if not final:
                        return ''.join(out), pos, 'more'
                    return ''.join(out), pos, (n, 'truncated data')
                code = int.from_bytes(data[pos:pos + width], order)
                if width == 4:
                    if code > 0x10ffff:
                        return ''.join(out), pos, (pos + 4, 'code point not in range(0x110000)')
                    if 0xd800 <= code <= 0xdfff:
                        return ''.join(out), pos, (pos + 4, 'code point in surrogate code point range(0xd800, 0xe000)')
                    out.append(chr(code))
                    pos += 4
                    continue
                if 0xdc00 <= code <= 0xdfff:
                    return ''.join(out), pos, (pos + 2, 'illegal encoding')
                if 0xd800 <= code <= 0xdbff:
                    if pos + 4 > n:
                        if not final:
                            return ''.join(out), pos, 'more'
                        return ''.join(out), pos, (n, 'unexpected end of data')
                    low = int.from_bytes(data[pos + 2:pos + 4], order)
                    if not 0xdc00 <= low <= 0xdfff:
                        return ''.join(out), pos, (pos + 2, 'illegal UTF-16 surrogate')
                    out.append(chr(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)))
                    pos += 4
                    continue
                out.append(chr(code))
                pos += 2
            return ''.join(out), pos, None
        return _decode_with(data, errors, self.name, step, final, start)


class _WithBOM:
    """UTF-16 or UTF-32 with a byte order mark: written in the machine's order, read in either."""

    def __init__(self, width):
        self.width = width
        self.name = 'utf-%d' % (width * 8)
        self.little = _UTF16or32(width, 'little')
        self.big = _UTF16or32(width, 'big')
        self.native = self.little if sys.byteorder == 'little' else self.big
        self.unit, self.code_of = self.native.unit, self.native.code_of
        self.marks = ((BOM_UTF16_LE, self.little), (BOM_UTF16_BE, self.big)) if width == 2 else \
            ((BOM_UTF32_LE, self.little), (BOM_UTF32_BE, self.big))

    def encode(self, text, errors, with_bom=True):
        body = self.native.encode(text, errors, self.name)
        return self.marks[0 if self.native is self.little else 1][0] + body if with_bom else body

    def pick(self, data, final):
        """(coder, bytes of BOM) from the start of data; None while too little data has come."""
        for mark, coder in self.marks:
            if data.startswith(mark):
                return coder, len(mark)
        if len(data) < self.width and not final:
            return None
        return self.native, 0


_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_ROT13 = str.maketrans(_LOWER + _LOWER.upper(), _LOWER[13:] + _LOWER[:13] + _LOWER[13:].upper() + _LOWER[:13].upper())


class Error(ValueError):
    """Bad input for the hex or base64 codec (binascii.Error in CPython)."""


Error.__module__ = 'binascii'

_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _base64_encode(data):
    lines = []
    for at in range(0, len(data), 57):
        chunk = data[at:at + 57]
        chars = []
        for i in range(0, len(chunk), 3):
            group = chunk[i:i + 3]
            value = int.from_bytes(group + b'\x00' * (3 - len(group)), 'big')
            quad = ''.join(_B64[value >> shift & 63] for shift in (18, 12, 6, 0))
            chars.append(quad[:len(group) + 1] + '=' * (3 - len(group)))
        lines.append(''.join(chars) + '\n')
    return ''.join(lines).encode('ascii')


def _base64_decode(data):
    text = data if isinstance(data, str) else bytes(data).decode('latin-1')
    digits = []
    padding = 0
    for c in text:
        if c == '=':
            padding += 1
            if len(digits) % 4 >= 2 and (len(digits) % 4) + padding >= 4:
                break
        elif c in _B64:
            if padding:
                padding = 0
            digits.append(_B64.index(c))
    if len(digits) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a '
                    'multiple of 4' % len(digits))
    if len(digits) % 4 and len(digits) % 4 + padding < 4:
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(digits), 4):
        group = digits[i:i + 4]
        value = 0
        for d in group + [0] * (4 - len(group)):
            value = value << 6 | d
        out += value.to_bytes(3, 'big')[:len(group) - 1]
    return bytes(out)


def _hex_decode(data):
    text = data if isinstance(data, str) else bytes(data).decode('latin-1')
    if len(text) % 2:
        raise Error('Odd-length string')
    if any(c not in '0123456789abcdefABCDEF' for c in text):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(text)


# ---------------------------------------------------------------------------------------------
# Public codec functions (the names CPython's _codecs gives them)

_ASCII = _Single('ascii', 128)
_LATIN1 = _Single('latin-1', 256)
_UTF_8 = _UTF8()
_UTF_16, _UTF_32 = _WithBOM(2), _WithBOM(4)


def _text_encoder(coder, function):
    def encode(str, errors=None):
        _need_str(str, function)
        return coder.encode(str, errors), len(str)
    encode.__name__ = encode.__qualname__ = function
    return encode


def _text_decoder(coder, function):
    def decode(data, errors=None, final=False):
        return coder.decode(_need_bytes(data), errors, final)
    decode.__name__ = decode.__qualname__ = function
    return decode


ascii_encode = _text_encoder(_ASCII, 'ascii_encode')
ascii_decode = _text_decoder(_ASCII, 'ascii_decode')
latin_1_encode = _text_encoder(_LATIN1, 'latin_1_encode')
latin_1_decode = _text_decoder(_LATIN1, 'latin_1_decode')
utf_8_encode = _text_encoder(_UTF_8, 'utf_8_encode')
utf_8_decode = _text_decoder(_UTF_8, 'utf_8_decode')
utf_16_le_encode = _text_encoder(_UTF_16.little, 'utf_16_le_encode')
utf_16_le_decode = _text_decoder(_UTF_16.little, 'utf_16_le_decode')
utf_16_be_encode = _text_encoder(_UTF_16.big, 'utf_16_be_encode')
utf_16_be_decode = _text_decoder(_UTF_16.big, 'utf_16_be_decode')
utf_32_le_encode = _text_encoder(_UTF_32.little, 'utf_32_le_encode')
utf_32_le_decode = _text_decoder(_UTF_32.little, 'utf_32_le_decode')
utf_32_be_encode = _text_encoder(_UTF_32.big, 'utf_32_be_encode')
utf_32_be_decode = _text_decoder(_UTF_32.big, 'utf_32_be_decode')


def _bom_encoder(coder, function):
    def encode(str, errors=None):
        _need_str(str, function)
        return coder.encode(str, errors), len(str)
    encode.__name__ = encode.__qualname__ = function
    return encode


def _bom_decoder(coder, function):
    def decode(data, errors=None, final=False):
        data = _need_bytes(data)
        picked = coder.pick(data, final)
        if picked is None:
            return '', 0
        order, skip = picked
        return order.decode(data, errors, final, skip)
    decode.__name__ = decode.__qualname__ = function
    return decode


utf_16_encode = _bom_encoder(_UTF_16, 'utf_16_encode')
utf_16_decode = _bom_decoder(_UTF_16, 'utf_16_decode')
utf_32_encode = _bom_encoder(_UTF_32, 'utf_32_encode')
utf_32_decode = _bom_decoder(_UTF_32, 'utf_32_decode')


def _utf_8_sig_encode(str, errors=None):
    _need_str(str, 'utf_8_encode')
    return BOM_UTF8 + _UTF_8.encode(str, errors), len(str)


def _utf_8_sig_decode(data, errors=None, final=False):
    data = _need_bytes(data)
    if len(data) < 3 and BOM_UTF8.startswith(data) and not final:
        return '', 0
    skip = 3 if data.startswith(BOM_UTF8) else 0
    text, used = _UTF_8.decode(data[skip:], errors, final)
    return text, used + skip


def _hex_encode_fn(data, errors='strict'):
    data = _need_bytes(data)
    return data.hex().encode('ascii'), len(data)


def _hex_decode_fn(data, errors='strict'):
    if not isinstance(data, str):
        data = _need_bytes(data)
    return _hex_decode(data), len(data)


def _base64_encode_fn(data, errors='strict'):
    data = _need_bytes(data)
    return _base64_encode(data), len(data)


def _base64_decode_fn(data, errors='strict'):
    if not isinstance(data, str):
        data = _need_bytes(data)
    return _base64_decode(data), len(data)


def _rot13_fn(text, errors='strict'):
    return str.translate(text, _ROT13), len(text)


# ---------------------------------------------------------------------------------------------
# Base classes

class Codec:
    """Stateless encode/decode; subclasses define both."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text given in pieces; subclasses define encode()."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes bytes given in pieces; subclasses define decode()."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return b'', 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the text it could not encode yet for the next call."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, used = self._buffer_encode(data, self.errors, final)
        self.buffer = data[used:]
        return result

    def reset(self):
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps an incomplete tail of bytes for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        text, used = self._buffer_decode(data, self.errors, final)
        self.buffer = data[used:]
        return text

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return self.buffer, 0

    def setstate(self, state):
        self.buffer = state[0]


class _OnStream:
    """What every stream wrapper here shares: other attributes are the wrapped stream's, and leaving a with
    block closes it."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamWriter(_OnStream, Codec):
    """Writes encoded text to a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass



class StreamReader(_OnStream, Codec):
    """Reads and decodes text from a binary stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self.charbuffer = ''

    def _fill(self, size):
        """Decode until at least size characters are buffered (all of the stream when size < 0)."""
        while size < 0 or len(self.charbuffer) < size:
            raw = self.stream.read() if size < 0 else self.stream.read(max(size, 1))
            data = self.bytebuffer + raw
            text, used = self.decode(data, self.errors, not raw) if self._takes_final() else \
                self.decode(data, self.errors)
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not raw:
                break

    def _takes_final(self):
        try:
            self.decode(b'', self.errors, True)
            return True
        except TypeError:
            return False

    def read(self, size=-1, chars=-1, firstline=False):
        want = chars if chars >= 0 else size
        self._fill(want)
        if want < 0:
            text, self.charbuffer = self.charbuffer, ''
        else:
            text, self.charbuffer = self.charbuffer[:want], self.charbuffer[want:]
        return text

    def readline(self, size=None, keepends=True):
        while '\n' not in self.charbuffer:
            before = len(self.charbuffer)
            self._fill(before + 72)
            if len(self.charbuffer) == before:
                break
        cut = self.charbuffer.find('\n')
        end = len(self.charbuffer) if cut < 0 else cut + 1
        line, self.charbuffer = self.charbuffer[:end], self.charbuffer[end:]
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration



class StreamReaderWriter(_OnStream):
    """A binary stream read through a StreamReader and written through a StreamWriter."""
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None, keepends=True):
        return self.reader.readline(size, keepends)

    def readlines(self, sizehint=None, keepends=True):
        return self.reader.readlines(sizehint, keepends)

    def reset(self):
        for side in (self.reader, self.writer):
            side.reset()

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.write(''.join(list))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.reader)



class StreamRecoder(_OnStream):
    """Bytes in one encoding on the outside, another in the stream (see EncodedFile)."""
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        return self.encode(self.reader.readline(size), self.errors)[0]

    def readlines(self, sizehint=None):
        return self.encode(self.reader.read(), self.errors)[0].splitlines(keepends=True)

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))



class CodecInfo(tuple):
    """What lookup() finds: a 4-tuple (encode, decode, reader, writer) with more as attributes."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(self).update(name=name, encode=encode, decode=decode, streamreader=streamreader,
                          streamwriter=streamwriter, incrementalencoder=incrementalencoder,
                          incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (type(self).__module__, type(self).__qualname__,
                                                          self.name, id(self))


def _info(name, encode, decode, text=True, decode_takes_final=True, stateful=None):
    """CodecInfo for a pair of (value, consumed) functions, with incremental and stream classes."""
    def stateless_decode(input, errors='strict'):
        return decode(input, errors, True) if decode_takes_final else decode(input, errors)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if stateful is not None and self.started:
                return stateful(input, self.errors)
            self.started = True
            return encode(input, self.errors)[0]

        def reset(self):
            self.started = False

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if decode_takes_final:
                return decode(input, errors, final)
            return decode(input, errors)

    class Writer(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class Reader(StreamReader):
        def decode(self, input, errors='strict', final=False):
            return decode(input, errors, final) if decode_takes_final else decode(input, errors)

    for cls, role in ((Encoder, 'IncrementalEncoder'), (Decoder, 'IncrementalDecoder'),
                      (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = role
    return CodecInfo(encode, stateless_decode, Reader, Writer, Encoder, Decoder, name,
                     _is_text_encoding=text)


def _table():
    infos = [
        (_info('utf-8', utf_8_encode, utf_8_decode), 'utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4'),
        (_info('ascii', ascii_encode, ascii_decode), 'ascii us_ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 '
                                                     'ansi_x3.4_1986 cp367 csascii ibm367 iso646_us '
                                                     'iso_646.irv_1991 iso_ir_6 us'),
        (_info('iso8859-1', latin_1_encode, latin_1_decode), 'latin_1 latin1 latin l1 iso8859_1 iso_8859_1 '
                                                             'iso8859 8859 cp819 iso_ir_100 '
                                                             'iso_8859_1_1987 csisolatin1 ibm819'),
        (_info('utf-16', utf_16_encode, utf_16_decode,
               stateful=lambda s, e: _UTF_16.encode(s, e, with_bom=False)), 'utf_16 utf16 u16'),
        (_info('utf-16-le', utf_16_le_encode, utf_16_le_decode), 'utf_16_le utf_16le unicodelittleunmarked'),
        (_info('utf-16-be', utf_16_be_encode, utf_16_be_decode), 'utf_16_be utf_16be unicodebigunmarked'),
        (_info('utf-32', utf_32_encode, utf_32_decode,
               stateful=lambda s, e: _UTF_32.encode(s, e, with_bom=False)), 'utf_32 utf32 u32'),
        (_info('utf-32-le', utf_32_le_encode, utf_32_le_decode), 'utf_32_le utf_32le'),
        (_info('utf-32-be', utf_32_be_encode, utf_32_be_decode), 'utf_32_be utf_32be'),
        (_info('utf-8-sig', _utf_8_sig_encode, _utf_8_sig_decode,
               stateful=lambda s, e: _UTF_8.encode(s, e)), 'utf_8_sig'),
        (_info('hex', _hex_encode_fn, _hex_decode_fn, False, False), 'hex hex_codec'),
        (_info('base64', _base64_encode_fn, _base64_decode_fn, False, False), 'base64 base_64 base64_codec'),
        (_info('rot-13', _rot13_fn, _rot13_fn, False, False), 'rot13 rot_13'),
    ]
    table = {}
    for info, aliases in infos:
        for alias in aliases.split():
            table[alias] = info
    return table


def _normalize(name):
    return ''.join(c if c.isalnum() or c == '.' else '_' for c in name.strip().lower())


_CODECS_BY_ALIAS = None
# The raw coders by normalized name (the surrogatepass handler codes surrogates with them).
_CODECS = {'utf_8': _UTF_8, 'utf8': _UTF_8, 'utf_16': _UTF_16, 'utf_16_le': _UTF_16.little,
           'utf_16_be': _UTF_16.big, 'utf_32': _UTF_32, 'utf_32_le': _UTF_32.little, 'utf_32_be': _UTF_32.big}


def _builtin_search(name):
    global _CODECS_BY_ALIAS
    if _CODECS_BY_ALIAS is None:
        _CODECS_BY_ALIAS = _table()
    return _CODECS_BY_ALIAS.get(_normalize(name))


_search_functions = [_builtin_search]
_cache = {}


def register(search_function):
    """Add search_function(name) -> CodecInfo or None to the codec search."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove search_function from the codec search."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo for encoding (LookupError if no search function knows it)."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    key = encoding.lower().replace(' ', '_').replace('-', '_')
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        info = search(key)
        if info is not None:
            if not (isinstance(info, tuple) and len(info) == 4):
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    raise LookupError('unknown encoding: %s' % encoding)


def _run(direction, coder, obj, encoding, errors):
    try:
        return coder(obj, errors)[0]
    except (TypeError, ValueError) as e:
        # As CPython: an error of a plain kind is re-raised saying which codec failed.
        if type(e) not in (TypeError, ValueError, Error) or len(e.args) > 1:
            raise
        raise type(e)("%s with '%s' codec failed (%s: %s)" % (direction, encoding, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    return _run('encoding', lookup(encoding).encode, obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    return _run('decoding', lookup(encoding).decode, obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def _incremental(encoding, kind):
    found = getattr(lookup(encoding), kind)
    if found is None:
        raise LookupError(encoding)
    return found


def getincrementalencoder(encoding):
    return _incremental(encoding, 'incrementalencoder')


def getincrementaldecoder(encoding):
    return _incremental(encoding, 'incrementaldecoder')


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator one by one with an incremental encoder."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        out = encoder.encode(text)
        if out:
            yield out
    out = encoder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the byte strings of iterator one by one with an incremental decoder."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        out = decoder.decode(data)
        if out:
            yield out
    out = decoder.decode(b'', True)
    if out:
        yield out


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, through a StreamReaderWriter over the file opened in binary mode."""
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file (bytes in file_encoding) so that it reads and writes bytes in data_encoding."""
    if file_encoding is None:
        file_encoding = data_encoding
    outside, inside = lookup(data_encoding), lookup(file_encoding)
    wrapped = StreamRecoder(file, outside.encode, outside.decode, inside.streamreader, inside.streamwriter,
                            errors)
    wrapped.data_encoding = data_encoding
    wrapped.file_encoding = file_encoding
    return wrapped
