"""Helpers shared by pickle and copy: the table of reduction functions, and the reductions every object inherits.

object.__reduce_ex__, object.__reduce__ and object.__getstate__ call the functions at the end of this module,
as CPython's typeobject.c calls into its copyreg.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the __slots__ attributes of cls and its bases (cached in cls.__slotnames__)."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__["__slots__"]
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        names.append('_%s%s' % (stripped, name) if stripped else name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# Registry of extension codes (pickle's EXT1/EXT2/EXT4 opcodes).
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---------------------------------------------------------------- what object's own methods do

def _builtin_base(cls):
    """The first class along cls's MRO that gilpy defines itself (object at the latest)."""
    import _pickle
    for base in cls.__mro__:
        if _pickle._is_builtin_type(base):
            return base
    return object


def _cannot_pickle(obj):
    return TypeError("cannot pickle %r object" % _pickle_type_name(type(obj)))


def _pickle_type_name(cls):
    return cls.__name__ if cls.__module__ == 'builtins' else '%s.%s' % (cls.__module__, cls.__qualname__)


def _object_getstate(obj, required=False):
    """object.__getstate__: the instance dict (None when empty), with the set __slots__ values beside it."""
    cls = type(obj)
    if required and _builtin_base(cls) not in (object, list, dict):
        raise _cannot_pickle(obj)
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names = _slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(obj, required):
    getstate = getattr(obj, '__getstate__', None)
    if getstate is None:
        return _object_getstate(obj, required)
    if type(obj).__getstate__ is object.__getstate__:
        return _object_getstate(obj, required)
    return getstate()


def _reduce_ex(self, proto):
    """Protocols 0 and 1: rebuild through _reconstructor (the first built-in base holds the value)."""
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise _cannot_pickle(self)
        state = base(self)
    args = (cls, base, state)
    if (type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None)):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    dict = self.__getstate__() if type(self).__getstate__ is not object.__getstate__ else _object_getstate(self)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _reduce_newobj(obj):
    """Protocols 2 and above: cls.__new__(cls, *args) (from __getnewargs_ex__/__getnewargs__), then the state."""
    cls = type(obj)
    if cls.__new__ is None:
        raise _cannot_pickle(obj)
    kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        elif _builtin_base(cls) in _value_bases:
            args = (_builtin_base(cls)(obj),)
        else:
            args = None
    hasargs = args is not None
    if args is None:
        args = ()
    state = _getstate(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(protocol): an overridden __reduce__ wins, as in CPython."""
    reduce = getattr(type(obj), '__reduce__', None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    return _object_reduce(obj, proto)


def _object_reduce(obj, proto):
    own = _builtin_reduce.get(_builtin_base(type(obj)))
    if own is not None:
        return own(obj, proto)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _dict_or_none(obj):
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return None
    return d if d else None


def _bytearray_reduce(b, proto):
    if not b:
        return type(b), (), _dict_or_none(b)
    if proto < 3:
        return type(b), (str(bytes(b), 'latin-1'), 'latin-1'), _dict_or_none(b)
    return type(b), (bytes(b),), _dict_or_none(b)


# The built-in types whose own __reduce__/__reduce_ex__ CPython defines (the rest rebuild through __new__).
_builtin_reduce = {
    range: lambda r, proto: (range, (r.start, r.stop, r.step)),
    slice: lambda s, proto: (slice, (s.start, s.stop, s.step)),
    set: lambda s, proto: (type(s), (list(s),), _dict_or_none(s)),
    frozenset: lambda s, proto: (type(s), (list(s),), _dict_or_none(s)),
    bytearray: _bytearray_reduce,
}

# Built-in bases whose value is the argument of __new__ (their __getnewargs__ in CPython).
_value_bases = (int, float, str, bytes, tuple)
