"""Shallow and deep copy operations."""


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(Ellipsis),
           type(NotImplemented))
_atomic_names = ('complex', 'frozenset')


def copy(x):
    cls = type(x)
    if cls in _atomic or cls.__name__ in _atomic_names and cls.__module__ == 'builtins':
        return x
    if cls in (list, dict, set) or cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type) or cls.__name__ in _atomic_names and cls.__module__ == 'builtins':
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls.__name__ == 'bytearray' and cls.__module__ == 'builtins':
        y = cls(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _slot_state(x):
    """(name, value) of the __slots__ attributes that are set, along the MRO (copyreg._slotnames)."""
    out = []
    seen = set()
    for klass in type(x).__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__') or name in seen:
                continue
            seen.add(name)
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                out.append((name, getattr(x, name)))
            except AttributeError:
                pass
    return out


def _reconstruct(x, memo):
    cls = type(x)
    deep = memo is not None
    if isinstance(x, tuple):
        args = tuple(x)
        if deep:
            args = tuple(deepcopy(a, memo) for a in args)
        getnewargs = getattr(x, '__getnewargs__', None)
        y = cls.__new__(cls, *args) if getnewargs is None else cls(*args)
    elif isinstance(x, (int, float, str, bytes)):
        y = cls.__new__(cls, x)        # a subclass of an immutable built-in: the copy keeps the value
    else:
        y = object.__new__(cls) if not isinstance(x, (list, dict, set)) else cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    slots = _slot_state(x)
    for name, value in slots:
        setattr(y, name, deepcopy(value, memo) if deep else value)
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and not isinstance(x, (list, dict)):
            try:
                setstate(state)
                return y
            except TypeError:
                pass
        y.__dict__.update(state)
    return y
