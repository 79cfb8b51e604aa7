"""Weak references (on the JVM's weak references: a referent dies when the collector has freed it, which
gc.collect() makes happen; see _weakref)."""

from _weakref import ref, ReferenceType, getweakrefcount, _poll

_GONE = object()      # what WeakValueDictionary._alive returns for a missing or dead entry


def _weakly_referable(obj):
    try:
        ref(obj)
    except TypeError:
        return False
    return True

__all__ = ["ref", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


def getweakrefs(obj):
    return []


class WeakMethod:
    """A weak reference to a bound method: alive while both its object and its function are."""

    __slots__ = ("_obj_ref", "_func_ref", "_meth_type")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self._obj_ref = ref(obj, None if callback is None else (lambda r: callback(self)))
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        bound = getattr(obj, func.__name__, None)
        if getattr(bound, "__func__", None) is func:
            return bound
        return lambda *args, **kwargs: func(obj, *args, **kwargs)


class WeakValueDictionary:
    """Mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), **kw):
        self.data = {}

        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                key = wr.key
                if self.data.get(key) is wr:
                    del self.data[key]
        self._remove = remove
        self.update(other, **kw)

    def _alive(self, key):
        """The live value stored under key, or _GONE (no entry, or its object has died)."""
        _poll()
        ref_ = self.data.get(key)
        value = None if ref_ is None else ref_()
        return _GONE if value is None else value

    def __getitem__(self, key):
        value = self._alive(key)
        if value is _GONE:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = _KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        _poll()
        del self.data[key]

    def __contains__(self, key):
        return self._alive(key) is not _GONE

    def __len__(self):
        _poll()
        return sum(1 for r in self.data.values() if r() is not None)

    def __iter__(self):
        _poll()
        for k, r in list(self.data.items()):
            if r() is not None:
                yield k

    keys = __iter__

    def items(self):
        _poll()
        for k, r in list(self.data.items()):
            v = r()
            if v is not None:
                yield k, v

    def values(self):
        for k, v in self.items():
            yield v

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, *args):
        value = self._alive(key)
        self.data.pop(key, None)
        if value is not _GONE:
            return value
        if not args:
            raise KeyError(key)
        return args[0]

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class _KeyedRef:
    """A weak reference that remembers the key it is stored under."""

    __slots__ = ("_r", "key")

    def __init__(self, value, callback, key):
        self.key = key
        self._r = ref(value, lambda r: callback(self))

    def __call__(self):
        return self._r()


class WeakKeyDictionary:
    """Mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        owner = ref(self)      # the callback must not keep the mapping alive

        def forget(dead_key):
            mapping = owner()
            if mapping is not None:
                mapping.data.pop(dead_key, None)
        self._remove = forget
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        _poll()
        return self.data[ref(key)]

    def __delitem__(self, key):
        _poll()
        del self.data[ref(key)]

    def __contains__(self, key):
        _poll()
        if not _weakly_referable(key):
            return False
        return ref(key) in self.data

    def __len__(self):
        _poll()
        return sum(1 for r in self.data if r() is not None)

    def __iter__(self):
        _poll()
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    keys = __iter__

    def items(self):
        _poll()
        for r, v in list(self.data.items()):
            o = r()
            if o is not None:
                yield o, v

    def values(self):
        for k, v in self.items():
            yield v

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakSet:
    """A set whose elements are held weakly."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def __contains__(self, item):
        _poll()
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        _poll()
        for r in list(self.data):
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        _poll()
        return sum(1 for r in self.data if r() is not None)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, set(self))


class finalize:
    """Calls func(*args, **kwargs) once, when obj dies (or when called, or at exit if atexit is set)."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = object()
        info = (func, args, kwargs or None)
        self._ref = ref(obj, self._callback)
        finalize._registry[self._key] = (self, info)
        self.atexit = True

    def _callback(self, wr):
        self()

    def __call__(self, _=None):
        entry = finalize._registry.pop(self._key, None)
        if entry is not None:
            func, args, kwargs = entry[1]
            return func(*args, **(kwargs or {}))

    def detach(self):
        entry = finalize._registry.pop(self._key, None)
        obj = self._ref()
        if entry is not None and obj is not None:
            func, args, kwargs = entry[1]
            return (obj, func, args, kwargs or {})

    def peek(self):
        entry = finalize._registry.get(self._key)
        obj = self._ref()
        if entry is not None and obj is not None:
            func, args, kwargs = entry[1]
            return (obj, func, args, kwargs or {})

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))
