"""array: compact sequences of numbers of one C type, given by a typecode."""

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct format, lowest, highest, message when too low, message when too high)
_INTEGER = {
    'b': ('b', -2 ** 7, 2 ** 7 - 1, "signed char is less than minimum", "signed char is greater than maximum"),
    'B': ('B', 0, 2 ** 8 - 1, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    'h': ('h', -2 ** 15, 2 ** 15 - 1, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    'H': ('H', 0, 2 ** 16 - 1, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    'i': ('i', -2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    'I': ('I', 0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
          "unsigned int is greater than maximum"),
    'l': ('q', -2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': ('Q', 0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    'q': ('q', -2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    'Q': ('Q', 0, 2 ** 64 - 1, "can't convert negative int to unsigned", "int too big to convert"),
}
_FORMAT = {code: spec[0] for code, spec in _INTEGER.items()}
_FORMAT.update({'f': 'f', 'd': 'd', 'u': 'I'})


def _bad_typecode():
    return ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")


class array:
    """array(typecode[, initializer]): a mutable sequence of items of one type (see typecodes)."""

    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(typecode).__name__}")
        if typecode not in typecodes:
            raise _bad_typecode()
        self._code = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError(f"cannot use a str to initialize an array with typecode '{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array) and initializer._code == 'u' and typecode != 'u':
            raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{typecode}'")
        else:
            self.extend(initializer)

    def _check(self, value):
        """value as stored in this array, or the TypeError/OverflowError CPython gives."""
        code = self._code
        if code == 'u':
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value
        if code in 'fd':
            if not isinstance(value, (int, float)) and not hasattr(value, '__float__'):
                raise TypeError(f"must be real number, not {type(value).__name__}")
            value = float(value)
            if code == 'f':
                value = _struct.unpack('f', _struct.pack('f', value))[0]
            return value
        if isinstance(value, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if not isinstance(value, int):
            if hasattr(type(value), '__index__'):
                value = value.__index__()
            else:
                raise TypeError(f"an integer is required (got type {type(value).__name__})")
        _, low, high, too_low, too_high = _INTEGER[code]
        if value < low:
            raise OverflowError(too_low)
        if value > high:
            raise OverflowError(too_high)
        return int(value)

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _struct.calcsize(_FORMAT[self._code])

    def _like(self, items):
        made = array(self._code)
        made._items = items
        return made

    def append(self, x):
        self._items.append(self._check(x))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        self._items.extend([self._check(x) for x in iterable])

    def insert(self, i, x):
        self._items.insert(i, self._check(x))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, x):
        try:
            self._items.remove(x)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, x, start=0, stop=None):
        try:
            return self._items.index(x, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, x):
        return self._items.count(x)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        self._items.extend([self._check(x) for x in items])

    def tobytes(self):
        values = [ord(c) for c in self._items] if self._code == 'u' else self._items
        return _struct.pack(f'{len(values)}{_FORMAT[self._code]}', *values)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        values = _struct.unpack(f'{len(data) // size}{_FORMAT[self._code]}', data)
        if self._code == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._items)

    def fromunicode(self, text):
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        raw = self.tobytes()
        swapped = b''.join(raw[i:i + size][::-1] for i in range(0, len(raw), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._like(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError(f"can only assign array (not \"{type(value).__name__}\") to array slice")
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = value._items
            return
        value = self._check(value)
        try:
            self._items[i] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._like(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._like(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self._like(list(self._items))

    def __deepcopy__(self, memo):
        return self._like(list(self._items))

    def __reduce_ex__(self, protocol):
        return (array, (self._code, self.tolist() if self._code != 'u' else self.tounicode()))

    def __repr__(self):
        if not self._items:
            return f"array('{self._code}')"
        shown = repr(self.tounicode()) if self._code == 'u' else repr(self._items)
        return f"array('{self._code}', {shown})"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


array.__module__ = 'array'
ArrayType = array
