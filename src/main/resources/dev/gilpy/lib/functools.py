"""Higher-order functions and operations on callable objects."""

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)
_initial_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        target = getattr(wrapper, attr, None)
        source = getattr(wrapped, attr, None)
        if target is not None and source is not None:
            for k in source:
                target[k] = source[k]
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and keywords."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        qualname = type(self).__qualname__
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        if type(self).__module__ == "functools":
            return f"functools.{qualname}({', '.join(args)})"
        return f"{qualname}({', '.join(args)})"

    def __get__(self, obj, objtype=None):
        return self


class partialmethod:
    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % tuple(self)


_CacheInfo.__name__ = _CacheInfo.__qualname__ = "CacheInfo"
CacheInfo = _CacheInfo


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


_kwd_mark = (object(),)


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    order = []          # keys, least recently used first (only when maxsize is bounded)
    stats = [0, 0]      # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            if key in cache:
                stats[0] += 1
                try:
                    order.remove(key)
                except ValueError:
                    pass
                order.append(key)
                return cache[key]
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                cache[key] = result
                order.append(key)
                while len(order) > maxsize:
                    old = order.pop(0)
                    cache.pop(old, None)
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        del order[:]
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


class KeyWrapper:
    """What cmp_to_key returns: called with an object, it wraps it so that "<" etc. ask the old-style cmp."""

    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, obj=None):
        self.cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _other(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError("other argument must be K instance")
        return other.obj

    def __lt__(self, other):
        return self.cmp(self.obj, self._other(other)) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, self._other(other)) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, self._other(other)) == 0

    def __le__(self, other):
        return self.cmp(self.obj, self._other(other)) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, self._other(other)) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


def _not_op(op, other):
    return NotImplemented if op is NotImplemented else not op


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    def gt_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def le_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def ge_from_lt(self, other):
        r = type(self).__lt__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def ge_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def lt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def gt_from_le(self, other):
        r = type(self).__le__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def lt_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def ge_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def le_from_gt(self, other):
        r = type(self).__gt__(self, other)
        if r is NotImplemented:
            return r
        return not r

    def le_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def gt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def lt_from_ge(self, other):
        r = type(self).__ge__(self, other)
        if r is NotImplemented:
            return r
        return not r

    convert = {
        '__lt__': [('__gt__', gt_from_lt), ('__le__', le_from_lt), ('__ge__', ge_from_lt)],
        '__le__': [('__ge__', ge_from_le), ('__lt__', lt_from_le), ('__gt__', gt_from_le)],
        '__gt__': [('__lt__', lt_from_gt), ('__ge__', ge_from_gt), ('__le__', le_from_gt)],
        '__ge__': [('__le__', le_from_ge), ('__gt__', gt_from_ge), ('__lt__', lt_from_ge)],
    }
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname if self.attrname is not None else self.func.__name__
        cache = instance.__dict__
        if name in cache:
            return cache[name]
        val = self.func(instance)
        cache[name] = val
        return val


def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            f = cls
            ann = getattr(f, '__annotations__', {})
            cls = next(iter(ann.values()))
        registry[cls] = f
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
