"""Tools for functions that act on or return other functions.

gilpy's own implementation of the documented functools API (CPython's is partly in C; here it is all
Python): partial application, caching decorators, ordering and dispatch helpers.
"""

from _thread import allocate_lock as _Lock, RLock as _RLock

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod', 'singledispatch',
           'singledispatchmethod', 'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_ABSENT = object()   # "no argument given" / "no such attribute"


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


# ---------------------------------------------------------------- wrappers

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned, merge those in updated,
    and point wrapper.__wrapped__ at wrapped."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last: a __wrapped__ copied from wrapped's __dict__ must not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(wrapped) applies it to the decorated wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_ABSENT, /):
    """Fold sequence from the left with function(accumulated, item), starting from initial if given
    (else from the first item)."""
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    total = initial
    if total is _ABSENT:
        for total in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


# ---------------------------------------------------------------- partial application

class partial:
    """partial(func, *args, **keywords): a callable that calls func with args and keywords put first."""

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and cls is partial:
            # A partial of a partial is flattened into one.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func, self.args, self.keywords = func, args, keywords
        return self

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return f'{name}({", ".join(shown)})'

    # Copying and pickling: rebuilt as type(self)(func), then given its arguments and attributes back.
    def __reduce_ex__(self, protocol):
        extra = {k: v for k, v in vars(self).items() if k not in ('func', 'args', 'keywords')}
        return type(self), (self.func,), (self.func, self.args, self.keywords, extra or None)

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, extra = state
        if not callable(func) or not isinstance(args, tuple) or (keywords is not None and not isinstance(keywords, dict)):
            raise TypeError('invalid partial state')
        self.func, self.args, self.keywords = func, args, dict(keywords or {})
        if extra:
            vars(self).update(extra)

    __class_getitem__ = classmethod(_generic_alias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


class partialmethod:
    """Like partial, for methods: the arguments are put after self (or cls) when the method is looked up."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        positional = ', '.join(map(repr, self.args))
        named = ', '.join(f'{k}={v!r}' for k, v in self.keywords.items())
        return f'{type(self).__module__}.{type(self).__qualname__}({self.func!r}, {positional}, {named})'

    def _as_method(self):
        def method(owner, /, *args, **keywords):
            return self.func(owner, *self.args, *args, **{**self.keywords, **keywords})
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, '__get__', None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor (function, classmethod, ...) bound itself: put our arguments after it.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _ABSENT)
                if owner is not _ABSENT:
                    result.__self__ = owner
                return result
        return self._as_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)

    __class_getitem__ = classmethod(_generic_alias)


# ---------------------------------------------------------------- caches

class CacheInfo(tuple):
    """cache_info()'s answer: (hits, misses, maxsize, currsize)."""
    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Calls answered from the cache.')
    misses = property(lambda self: self[1], doc='Calls that ran the function.')
    maxsize = property(lambda self: self[2], doc='The bound given (None: unbounded).')
    currsize = property(lambda self: self[3], doc='Entries held now.')

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self

    def _asdict(self):
        return dict(zip(self._fields, self))


_CacheInfo = CacheInfo
_KEYWORDS = object()   # separates positional arguments from keyword items in a cache key


def _call_key(args, kwds, typed):
    """A hashable key for one call: equal calls give equal keys (typed: 1 and 1.0 differ)."""
    key = args
    if kwds:
        key += (_KEYWORDS,) + tuple(kwds.items())
    if typed:
        key += tuple(type(a) for a in args) + tuple(type(v) for v in kwds.values())
    return key


def _cached(user_function, maxsize, typed):
    """The lru_cache wrapper: an unbounded dict, no cache at all (maxsize 0), or a dict kept in
    least-recently-used order (a hit moves its entry to the end; the first entry is evicted)."""
    store = {}
    counts = [0, 0]   # hits, misses
    guard = _Lock()   # keeps the bookkeeping consistent with --gil off

    if maxsize == 0:
        def wrapper(*args, **kwds):
            counts[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            value = store.get(key, _ABSENT)
            if value is not _ABSENT:
                counts[0] += 1
                return value
            counts[1] += 1
            value = user_function(*args, **kwds)
            store[key] = value
            return value
    else:
        def wrapper(*args, **kwds):
            key = _call_key(args, kwds, typed)
            with guard:
                value = store.pop(key, _ABSENT)
                if value is not _ABSENT:
                    store[key] = value
                    counts[0] += 1
                    return value
                counts[1] += 1
            value = user_function(*args, **kwds)
            with guard:
                if key not in store:
                    if len(store) >= maxsize:
                        del store[next(iter(store))]
                    store[key] = value
            return value

    def cache_info():
        """Report cache statistics."""
        with guard:
            return CacheInfo(counts[0], counts[1], maxsize, len(store))

    def cache_clear():
        """Clear the cache and cache statistics."""
        with guard:
            store.clear()
            counts[:] = [0, 0]

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator: remember up to maxsize recent results of the function (None: all of them), keyed by its
    arguments (typed=True: by their types too). Also usable bare, as @lru_cache."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _cached(user_function, maxsize, typed)


def cache(user_function, /):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return _cached(user_function, None, False)


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        value = store.get(name, _ABSENT)
        if value is _ABSENT:
            with self.lock:
                value = store.get(name, _ABSENT)   # another thread may have been first
                if value is _ABSENT:
                    value = self.func(instance)
                    try:
                        store[name] = value
                    except TypeError:
                        raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                        f'does not support item assignment for caching {name!r} property.') from None
        return value

    __class_getitem__ = classmethod(_generic_alias)


# ---------------------------------------------------------------- ordering

class KeyWrapper:
    """cmp_to_key()'s result, and the key objects it makes: they compare by calling the cmp function."""
    __slots__ = ('obj', 'cmp')
    __hash__ = None

    def __init__(self, cmp, obj=_ABSENT):
        self.cmp = cmp
        if obj is not _ABSENT:
            self.obj = obj

    def __call__(self, obj=_ABSENT, /):
        if obj is _ABSENT:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return KeyWrapper(self.cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    __lt__ = lambda self, other: self._compare(other) < 0
    __gt__ = lambda self, other: self._compare(other) > 0
    __le__ = lambda self, other: self._compare(other) <= 0
    __ge__ = lambda self, other: self._compare(other) >= 0
    __eq__ = lambda self, other: self._compare(other) == 0


def cmp_to_key(mycmp):
    """Turn an old-style cmp(a, b) function (negative, zero, positive) into a key= function."""
    return KeyWrapper(mycmp)


# For each root a class defines, how to derive the other three from root(a, b) = r:
# (negate r?, then 'and a != b' / 'or a == b' / nothing).
_DERIVED = {
    '__lt__': {'__gt__': (True, 'ne'), '__le__': (False, 'eq'), '__ge__': (True, None)},
    '__le__': {'__ge__': (True, 'eq'), '__lt__': (False, 'ne'), '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, 'ne'), '__ge__': (False, 'eq'), '__le__': (True, None)},
    '__ge__': {'__le__': (True, 'eq'), '__gt__': (False, 'ne'), '__lt__': (True, None)},
}


def _derive(root, name, negate, extra):
    def op(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if negate:
            r = not r
        if extra == 'ne':
            return r and self != other
        if extra == 'eq':
            return r or self == other
        return r
    op.__name__ = name
    op.__qualname__ = f'total_ordering.<locals>.{name}'
    return op


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__, __ge__, define the others."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)   # __lt__ is preferred, then __le__, __gt__, __ge__
    for name, (negate, extra) in _DERIVED[root].items():
        if name not in defined:
            setattr(cls, name, _derive(root, name, negate, extra))
    return cls


# ---------------------------------------------------------------- single dispatch

def _is_dispatch_type(cls):
    """A class, or a union of classes (int | str)."""
    if isinstance(cls, type):
        return True
    import types
    union = getattr(types, 'UnionType', None)   # (gilpy has no X | Y of types yet)
    return union is not None and isinstance(cls, union) and all(isinstance(c, type) for c in cls.__args__)


def singledispatch(func):
    """Make func a generic function dispatching on its first argument's type; add implementations with
    .register(cls, impl) or @register on a function whose first parameter is annotated."""
    registry = {object: func}
    memo = {}

    def dispatch(cls):
        """The implementation for type cls: the nearest class in its MRO, then a registered ABC."""
        impl = memo.get(cls)
        if impl is None:
            impl = _lookup(cls)
            memo[cls] = impl
        return impl

    def _lookup(cls):
        for base in cls.__mro__[:-1]:
            if base in registry:
                return registry[base]
        for base, impl in registry.items():
            if base is not object and issubclass(cls, base):
                return impl
        return registry[object]

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or union); as a decorator, the class may
        come from the function's first annotation."""
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f'Invalid first argument to `register()`. {cls!r} is not a class or union type.')
            annotations = getattr(cls, '__annotations__', None)
            if not annotations:
                raise TypeError(f'Invalid first argument to `register()`: {cls!r}. Use either '
                                '`@register(some_class)` or plain `@register` on an annotated function.')
            func = cls
            argname, cls = next(iter((k, v) for k, v in annotations.items() if k != 'return'))
            if not _is_dispatch_type(cls):
                raise TypeError(f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        for one in (cls.__args__ if not isinstance(cls, type) else (cls,)):
            registry[one] = func
        memo.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    import types
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Like singledispatch, for methods: dispatches on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (see singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        method.__isabstractmethod__ = self.__isabstractmethod__
        method.register = self.register
        update_wrapper(method, self.func)
        return method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
