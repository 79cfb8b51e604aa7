"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap."""
import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']


from _collections import deque


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        fr = repr(f) if f is not None else 'None'
        return f'{type(self).__name__}({fr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new


class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            dict.clear(self)
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


def _is_mapping(obj):
    from collections.abc import Mapping
    return isinstance(obj, Mapping)


def _by_count(pair):
    return pair[1]


class Counter(dict):
    """A dict that counts hashable things: c[x] is how many x were seen (0 for those never seen)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """(element, count) pairs, largest counts first (ties in first-seen order); the first n if given."""
        ranked = sorted(self.items(), key=_by_count, reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        """Each element as many times as its count (counts below one give nothing)."""
        for element, count in self.items():
            while count >= 1:
                yield element
                count -= 1

    def _tally(self, iterable, kwds, sign):
        if iterable is not None:
            if _is_mapping(iterable):
                if sign > 0 and not self:
                    dict.update(self, iterable)   # a fresh counter takes the counts as they are
                else:
                    for element, count in iterable.items():
                        self[element] = self.get(element, 0) + sign * count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) + sign
        if kwds:
            self._tally(kwds, None, sign)

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per element of an iterable, and from kwds."""
        self._tally(iterable, kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        """Take away counts (results may be zero or negative)."""
        self._tally(iterable, kwds, -1)

    def copy(self):
        """A shallow copy, of the same class."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        if element in self:
            dict.__delitem__(self, element)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:   # counts that cannot be ordered
            shown = dict(self)
        return f'{name}({shown!r})'

    # Multiset comparisons: a missing element counts as zero.
    def _pairs(self, other):
        for element in {**self, **other}:
            yield self[element], other[element]

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a == b for a, b in self._pairs(other))

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a <= b for a, b in self._pairs(other))

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(a >= b for a, b in self._pairs(other))

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: a new Counter holding only the positive results.
    def _combined(self, other, op):
        result = Counter()
        for element in self:
            value = op(self[element], other[element])
            if value > 0:
                result[element] = value
        for element in other:
            if element not in self:
                value = op(0, other[element])
                if value > 0:
                    result[element] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda a, b: a + b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda a, b: a - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combined(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        return Counter({k: v for k, v in self.items() if v > 0})

    def __neg__(self):
        return Counter({k: 0 - v for k, v in self.items() if v < 0})

    # In place: change this counter, then drop what is not positive.
    def _prune(self):
        for element in [k for k, v in self.items() if not v > 0]:
            dict.__delitem__(self, element)
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._prune()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._prune()

    def __ior__(self, other):
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._prune()

    def __iand__(self, other):
        for element, count in list(self.items()):
            if other[element] < count:
                self[element] = other[element]
        return self._prune()


def _namedtuple_fields(typename, field_names, rename):
    """The checked field names: CPython's rules and messages (rename=True replaces bad ones by _index)."""
    from keyword import iskeyword
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(name) for name in field_names]
    if rename:
        taken = set()
        for index, name in enumerate(fields):
            if not name.isidentifier() or iskeyword(name) or name[:1] == '_' or name in taken:
                fields[index] = f'_{index}'
            taken.add(name)
    for name in [typename, *fields]:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    taken = set()
    for name in fields:
        if name[:1] == '_' and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)
    return tuple(fields)


def _namedtuple_new(typename, fields, defaults):
    """__new__ with one named parameter per field, so a wrong call fails as a normal call does."""
    params = ', '.join(fields)
    code = f'def __new__(_cls, {params}):\n    return _make_tuple(_cls, ({params}{"," if len(fields) == 1 else ""}))\n'
    scope = {'_make_tuple': tuple.__new__}
    exec(code, scope)
    new = scope['__new__']
    new.__qualname__ = f'{typename}.__new__'
    new.__doc__ = f'Create new instance of {typename}({params})'
    if defaults:
        new.__defaults__ = defaults
    return new


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also reachable as attributes named field_names."""
    typename = str(typename)
    fields = _namedtuple_fields(typename, field_names, rename)
    arity = len(fields)
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > arity:
            raise TypeError('Got more default values than field names')
    given = defaults or ()
    field_defaults = dict(zip(fields[arity - len(given):], given))

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != arity:
            raise TypeError(f'Expected {arity} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make([kwds.pop(name, value) for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(fields, self))
        return f'{self.__class__.__name__}({shown})'

    def _asdict(self):
        return dict(zip(fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _namedtuple_new(typename, fields, defaults),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, i=index: self[i], doc=f'Alias for field number {index}')
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):   # no frame to ask (as when called from Java)
            pass
    if module is not None:
        namespace['__module__'] = module
    return type(typename, (tuple,), namespace)


from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping


class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order; changes go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of the last mapping first, as a dict built from the maps back to front would have.
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __bool__(self):
        return any(self.maps)

    def __eq__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with the keys of iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap: a copy of maps[0], the others shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (or a new dict), updated with kwargs, in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of every map but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_only(self, key):
        return KeyError(f'Key not found in the first mapping: {key!r}')

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise self._first_only(key) from None

    def popitem(self):
        """Remove and return a (key, value) pair of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *default):
        """Remove key from maps[0] and return its value (default if given, else KeyError)."""
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise self._first_only(key) from None

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return type(self)(merged)
