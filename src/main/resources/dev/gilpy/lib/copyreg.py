"""Registry of reduction functions for pickle and copy, plus the default reductions every object has.

gilpy's object.__reduce_ex__, object.__reduce__ and object.__getstate__ call the _object_* functions
at the end of this module (CPython keeps those in C).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function returning a reduce value; pickle.Pickler consults it before __reduce_ex__.
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Declare object a valid constructor (it only has to be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    """complex pickles as a call of complex(real, imag), at every protocol."""
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


# --- how the default reductions rebuild objects --------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Rebuild an instance for protocols 0 and 1: base's constructor state, then cls."""
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(made, state)
    return made


def _slotnames(cls):
    """The names of cls's __slots__ along its MRO (private names mangled), cached on the class."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = (declared,)
            for slot in declared:
                if slot in ("__dict__", "__weakref__"):
                    continue
                if slot.startswith("__") and not slot.endswith("__"):
                    owner = klass.__name__.lstrip("_")
                    if owner:
                        slot = "_" + owner + slot
                found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# --- extension codes (protocol 2's EXT1/EXT2/EXT4) ----------------------------------------------------

_extension_registry = {}   # (module, name) -> code
_inverted_registry = {}    # code -> (module, name)
_extension_cache = {}      # code -> the object loaded for it


def add_extension(module, name, code):
    """Give the global module.name the integer code (1 .. 2**31-1) in pickles."""
    code = int(code)
    if code < 1 or code > 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# --- the reductions object gives every instance ------------------------------------------------------

def _first_builtin(cls):
    """The first class of cls's MRO that gilpy defines itself (CPython: the first non-heap type)."""
    from _pickle import _is_builtin_type
    for klass in cls.__mro__:
        if _is_builtin_type(klass):
            return klass
    return object


def _builtin_value_reduce(obj):
    """Reduce values of the built-in types whose reductions CPython writes in C, or None."""
    cls = type(obj)
    if obj is ...:
        return "Ellipsis"
    if obj is NotImplemented:
        return "NotImplemented"
    if isinstance(obj, range):
        return (cls, (obj.start, obj.stop, obj.step))
    if isinstance(obj, slice):
        return (cls, (obj.start, obj.stop, obj.step))
    if isinstance(obj, (set, frozenset)):
        return (cls, (list(obj),), getattr(obj, "__dict__", None) or None)
    if isinstance(obj, bytearray):
        return (cls, (bytes(obj),) if obj else (), getattr(obj, "__dict__", None) or None)
    return None


# Built-in bases whose instances copyreg can rebuild from a constructor argument (their __getnewargs__).
_VALUE_BASES = (int, float, str, bytes, tuple)


def _state_of(obj, required):
    """object.__getstate__: the instance __dict__ (None when empty), paired with the set slots."""
    cls = type(obj)
    if required:
        base = _first_builtin(cls)
        if base is not object and base not in _VALUE_BASES and not issubclass(base, BaseException):
            raise TypeError("cannot pickle %r object" % cls.__name__)
    attrs = getattr(obj, "__dict__", None)
    state = attrs if attrs else None
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


def _object_getstate(obj):
    return _state_of(obj, False)


def _newargs(obj):
    """(args, kwargs) from __getnewargs_ex__ / __getnewargs__ (or a value base's own value), or None."""
    cls = type(obj)
    hook = getattr(obj, "__getnewargs_ex__", None)
    if hook is not None:
        got = hook()
        if not isinstance(got, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'" % type(got).__name__)
        if len(got) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %d" % len(got))
        args, kwargs = got
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
        return args, kwargs
    hook = getattr(obj, "__getnewargs__", None)
    if hook is not None:
        args = hook()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        return args, None
    base = _first_builtin(cls)
    if base in _VALUE_BASES:
        return (base(obj),), None
    return None


def _reduce_newobj(obj):
    """Protocol 2+: rebuild with cls.__new__(cls, *args) (NEWOBJ), then state / items."""
    cls = type(obj)
    if getattr(cls, "__new__", None) is None:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    found = _newargs(obj)
    if found is None:
        args, kwargs = (), None
    else:
        args, kwargs = found
    if kwargs:
        func, newargs = __newobj_ex__, (cls, args, kwargs)
    else:
        func, newargs = __newobj__, (cls,) + args
    required = found is None and not isinstance(obj, (list, dict))
    if type(obj).__getstate__ is object.__getstate__:
        state = _state_of(obj, required)
    else:
        state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (func, newargs, state, listitems, dictitems)


def _reduce_ex(self, proto):
    """Protocols 0 and 1: copyreg._reconstructor(cls, base, base(self)) and the __dict__ state."""
    assert proto < 2
    cls = self.__class__
    base = _first_builtin(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, "__getstate__", None)
    if getstate is None:
        attrs = getattr(self, "__dict__", None)
    else:
        if type(self).__getstate__ is object.__getstate__ and getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        attrs = getstate()
    if attrs:
        return _reconstructor, args, attrs
    return _reconstructor, args


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__: a __reduce__ the class overrides wins; else the protocol's default."""
    cls = type(obj)
    if getattr(cls, "__reduce__", None) is not object.__reduce__:
        return obj.__reduce__()
    special = _builtin_value_reduce(obj)
    if special is not None:
        return special
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)


def _object_reduce(obj, proto):
    special = _builtin_value_reduce(obj)
    if special is not None:
        return special
    return _reduce_ex(obj, 0)
