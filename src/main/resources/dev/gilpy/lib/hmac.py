"""HMAC (RFC 2104): keyed hashing for message authentication."""

import hashlib as _hashlib_mod
from _hashlib import compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    # digestmod may be a hash name, a constructor, or a module with a new() function.
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib_mod.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


class HMAC:
    """An HMAC object: update() it with the message, then read digest() or hexdigest()."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        size = getattr(self._inner, 'block_size', self.blocksize)
        if size < 16:
            size = self.blocksize
        self.block_size = size
        if len(key) > size:
            key = make(key).digest()
        key = bytes(key) + bytes(size - len(key))
        self._outer.update(bytes(trans_5C[b] for b in key))
        self._inner.update(bytes(trans_36[b] for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed more of the message."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object with the same state."""
        twin = self.__class__.__new__(self.__class__)
        twin.digest_size = self.digest_size
        twin.block_size = self.block_size
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as bytes; the object can still be updated."""
        return self._final().digest()

    def hexdigest(self):
        """As digest(), in hexadecimal."""
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with key; digestmod (a name, constructor or module) is required."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The MAC of msg under key, in one call."""
    return HMAC(key, msg, digest).digest()
