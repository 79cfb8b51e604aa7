import _mp
from multiprocessing.synchronize import RLock

_sizes = {'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'h': 2, 'H': 2, 'b': 1, 'B': 1,
          'c': 1, 'f': 4, 'd': 8, 'u': 4}
_names = {'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong', 'q': 'c_longlong', 'Q': 'c_ulonglong',
          'h': 'c_short', 'H': 'c_ushort', 'b': 'c_byte', 'B': 'c_ubyte', 'c': 'c_char', 'f': 'c_float',
          'd': 'c_double'}


def _code(typecode):
    if typecode not in _sizes:
        raise TypeError('unsupported typecode %r' % (typecode,))
    return typecode


class _Raw:
    def __init__(self, typecode, count):
        self._tc = _code(typecode)
        self._size = _sizes[typecode]
        self._len = count
        self._h = _mp.shm(self._size * max(count, 1))

    def _get(self, i):
        return _mp.shm_get(self._h, self._tc, i * self._size)

    def _set(self, i, v):
        _mp.shm_set(self._h, self._tc, i * self._size, v)


class RawValue(_Raw):
    def __init__(self, typecode, *args):
        _Raw.__init__(self, typecode, 1)
        if args:
            self._set(0, args[0])

    @property
    def value(self):
        return self._get(0)

    @value.setter
    def value(self, v):
        self._set(0, v)

    def __repr__(self):
        return '%s(%r)' % (_names.get(self._tc, self._tc), self.value)


class Synchronized(RawValue):
    def __init__(self, typecode, args, lock):
        RawValue.__init__(self, typecode, *args)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def acquire(self, *a):
        return self._lock.acquire(*a)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Synchronized wrapper for %s(%r)>' % (_names.get(self._tc, self._tc), self.value)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    if lock is True:
        lock = RLock()
    if lock is False:
        return RawValue(typecode_or_type, *args)
    return Synchronized(typecode_or_type, args, lock)


class RawArray(_Raw):
    def __init__(self, typecode, size_or_initializer):
        if isinstance(size_or_initializer, int):
            _Raw.__init__(self, typecode, size_or_initializer)
        else:
            items = list(size_or_initializer)
            _Raw.__init__(self, typecode, len(items))
            for i in range(len(items)):
                self._set(i, items[i])

    def __len__(self):
        return self._len

    def _index(self, i):
        if i < 0:
            i += self._len
        if i < 0 or i >= self._len:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._get(j) for j in range(*i.indices(self._len))]
        return self._get(self._index(i))

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = list(range(*i.indices(self._len)))
            vals = list(v)
            if len(idx) != len(vals):
                raise ValueError("Can only assign sequence of same size")
            for k in range(len(idx)):
                self._set(idx[k], vals[k])
            return
        self._set(self._index(i), v)

    def __iter__(self):
        return iter([self._get(j) for j in range(self._len)])

    def tolist(self):
        return [self._get(j) for j in range(self._len)]

    @property
    def value(self):
        b = bytes([self._get(j)[0] for j in range(self._len)])
        n = b.find(b'\x00')
        return b if n < 0 else b[:n]


class SynchronizedArray(RawArray):
    def __init__(self, typecode, size_or_initializer, lock):
        RawArray.__init__(self, typecode, size_or_initializer)
        self._lock = lock

    def get_lock(self):
        return self._lock

    def get_obj(self):
        return self

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<SynchronizedArray wrapper for %r>' % (self.tolist(),)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    if lock is True:
        lock = RLock()
    if lock is False:
        return RawArray(typecode_or_type, size_or_initializer)
    return SynchronizedArray(typecode_or_type, size_or_initializer, lock)
