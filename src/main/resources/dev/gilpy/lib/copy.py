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
    memo = {} if memo is None else memo
    d = id(x)
    if d in memo:
        return memo[d]
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


def _reduction(x):
    """x's reduce value, as pickle would get it (copyreg's table, then __reduce_ex__(4), then __reduce__)."""
    import copyreg
    cls = type(x)
    reducer = copyreg.dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    method = getattr(x, '__reduce_ex__', None)
    if method is not None:
        return method(4)
    method = getattr(x, '__reduce__', None)
    if method is None:
        raise Error("un(deep)copyable object of type %s" % cls)
    return method()


def _reconstruct(x, memo):
    reduced = _reduction(x)
    if isinstance(reduced, str):
        return x        # a global: copies are the object itself
    return _rebuild(x, memo, *reduced)


def _rebuild(x, memo, func, args, state=None, listitems=None, dictitems=None, state_setter=None):
    """Call func(*args), then apply state and items as unpickling would (deep copies when memo is given)."""
    if memo is None:
        y = func(*args)
    else:
        y = func(*deepcopy(args, memo)) if args else func()
        memo[id(x)] = y
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
