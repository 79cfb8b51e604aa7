"""Conversions between binary data and ASCII encodings (hex, base64), and CRC checksums."""

import zlib as _zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEX = b'0123456789abcdef'


def _bytes(data, ascii_str=False):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if ascii_str and isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of data, optionally with sep between groups of bytes_per_sep bytes."""
    data = _bytes(data)
    digits = [bytes((_HEX[b >> 4], _HEX[b & 15])) for b in data]
    if sep is None or not digits:
        return b''.join(digits)
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    n = abs(bytes_per_sep)
    if n == 0:
        return b''.join(digits)
    groups = []
    if bytes_per_sep > 0:
        # Groups are counted from the right.
        first = len(digits) % n or n
        groups.append(b''.join(digits[:first]))
        groups.extend(b''.join(digits[i:i + n]) for i in range(first, len(digits), n))
    else:
        groups.extend(b''.join(digits[i:i + n]) for i in range(0, len(digits), n))
    return sep.join(groups)


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes that the hexadecimal string hexstr spells."""
    s = _bytes(hexstr, True)
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode('ascii')) if all(c in b'0123456789abcdefABCDEF' for c in s) else _bad_hex()
    except ValueError:
        raise Error("Non-hexadecimal digit found")


def _bad_hex():
    raise Error("Non-hexadecimal digit found")


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """data in base64, with a trailing newline unless newline is false."""
    data = _bytes(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes of base64 data; characters outside the alphabet are skipped unless strict_mode."""
    s = _bytes(data, True)
    if strict_mode and s[:1] == b'=':
        raise Error("Leading padding not allowed")
    out = bytearray()
    acc = nbits = count = 0
    pads = 0
    for i, c in enumerate(s):
        if c == 61:   # '='
            if count % 4 >= 2:
                pads += 1
                if count % 4 + pads >= 4:
                    if strict_mode and i != len(s) - 1:
                        raise Error("Excess data after padding")
                    return bytes(out)
            elif strict_mode:
                raise Error("Discontinuous padding not allowed")
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xff)
    if count % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a "
                    "multiple of 4" % count)
    if count % 4:
        raise Error("Incorrect padding")
    return bytes(out)


def crc32(data, crc=0):
    """CRC-32 of data, continuing from crc."""
    return _zlib.crc32(_bytes(data), crc)


def crc_hqx(data, crc):
    """CRC-CCITT (XModem) of data, continuing from crc."""
    crc &= 0xffff
    for b in _bytes(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
