"""UUID objects (RFC 4122) and the uuid1/uuid3/uuid4/uuid5 generators."""

import os
import time
from enum import Enum

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


import operator as _operator

# (name, shift, width) of the six RFC 4122 fields, most significant first.
_FIELDS = (('time_low', 96, 32), ('time_mid', 80, 16), ('time_hi_version', 64, 16),
           ('clock_seq_hi_variant', 56, 8), ('clock_seq_low', 48, 8), ('node', 0, 48))


def _bit_field(shift, width):
    return property(lambda self: (self.int >> shift) & ((1 << width) - 1))


def _by_int(op):
    def compare(self, other):
        return op(self.int, other.int) if isinstance(other, UUID) else NotImplemented
    return compare


def _swap_le(b):
    # bytes_le: the first three fields little-endian, the rest as is.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def _from_hex(text):
    digits = text.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
    if len(digits) != 32 or digits.strip('0123456789abcdefABCDEF'):
        raise ValueError('badly formed hexadecimal UUID string')
    return int_(digits, 16)


def _from_bytes(b, name='bytes'):
    if len(b) != 16:
        raise ValueError(name + ' is not a 16-char string')
    return int_.from_bytes(b, 'big')


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for i, (value, (_, shift, width)) in enumerate(zip(fields, _FIELDS)):
        if not 0 <= value < 1 << width:
            raise ValueError('field %d out of range (need a %d-bit value)' % (i + 1, width))
        number |= value << shift
    return number


_TO_INT = {'hex': _from_hex, 'bytes': _from_bytes, 'bytes_le': lambda b: _from_bytes(_swap_le(b), 'bytes_le'),
           'fields': _from_fields, 'int': lambda n: n}


class UUID:
    """A 128-bit universally unique identifier; give exactly one of hex, bytes, bytes_le, fields or int."""
    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        given = [(k, v) for k, v in (('hex', hex), ('bytes', bytes), ('bytes_le', bytes_le), ('fields', fields),
                                      ('int', int)) if v is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        kind, value = given[0]
        number = _TO_INT[kind](value)
        if number < 0 or number >> 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            # Set the variant to RFC 4122 (bits 10 at 62-63), then the version nibble (bits 76-79).
            number = (number & ~(0xc000 << 48)) | (0x8000 << 48)
            number = (number & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', number)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown)

    __eq__ = _by_int(_operator.eq)
    __lt__ = _by_int(_operator.lt)
    __gt__ = _by_int(_operator.gt)
    __le__ = _by_int(_operator.le)
    __ge__ = _by_int(_operator.ge)

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    bytes = property(lambda self: self.int.to_bytes(16, 'big'))
    bytes_le = property(lambda self: _swap_le(self.bytes))
    fields = property(lambda self: tuple(getattr(self, name) for name, _, _ in _FIELDS))
    time_low = _bit_field(96, 32)
    time_mid = _bit_field(80, 16)
    time_hi_version = _bit_field(64, 16)
    clock_seq_hi_variant = _bit_field(56, 8)
    clock_seq_low = _bit_field(48, 8)
    node = _bit_field(0, 48)
    time = property(lambda self: ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)
    clock_seq = property(lambda self: ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low)
    hex = property(lambda self: '%032x' % self.int)
    urn = property(lambda self: 'urn:uuid:' + str(self))

    @property
    def variant(self):
        top = (self.int >> 61) & 7      # the three most significant bits of clock_seq_hi_variant
        if top < 4:
            return RESERVED_NCS
        if top < 6:
            return RFC_4122
        return RESERVED_MICROSOFT if top == 6 else RESERVED_FUTURE

    @property
    def version(self):
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


_node = None


def getnode():
    """A 48-bit node number for uuid1: a random one with the multicast bit set (no hardware address is read)."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node number."""
    global _last_timestamp
    nanoseconds = time.time_ns()
    # 100-ns intervals since the Gregorian epoch (1582-10-15).
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    return UUID(fields=(timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
                        (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node), version=1)


def _utf8(name):
    if not isinstance(name, str):
        raise TypeError("encoding without a string argument")
    return name.encode('utf-8')


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    name = _utf8(name)
    return UUID(bytes=md5(namespace.bytes + name, usedforsecurity=False).digest()[:16], version=3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    name = _utf8(name)
    return UUID(bytes=sha1(namespace.bytes + name, usedforsecurity=False).digest()[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
