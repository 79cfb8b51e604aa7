"""repr() with limits on size and depth (Repr, repr, recursive_repr)."""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorates a __repr__ so that a recursive call for the same object (in the same thread) gives
    fillvalue instead of recursing for ever."""

    def decorating_function(user_function):
        active = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name, None))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorating_function


def _elide(text, limit, fill):
    """text cut to limit characters by replacing its middle with fill."""
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Limits per type: max* attributes give how many items/characters to show, maxlevel the depth."""

    _DEFAULTS = dict(fillvalue='...', maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                     maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30)

    def __init__(self):
        self.__dict__.update(self._DEFAULTS)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inner = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                shown.append(self.fillvalue)
            inner = ', '.join(shown)
        if n == 1 and trail:
            right = trail + right
        return f'{left}{inner}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_array(self, x, level):
        empty = f"array('{x.typecode}')"
        return self._repr_iterable(x, level, empty[:-1] + ", [", '])', self.maxarray) if x else empty

    def _repr_unordered(self, x, level, empty, left, right, limit):
        return self._repr_iterable(_sorted_if_possible(x), level, left, right, limit) if x else empty

    def repr_set(self, x, level):
        return self._repr_unordered(x, level, 'set()', '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        return self._repr_unordered(x, level, 'frozenset()', 'frozenset({', '})', self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        below = level - 1
        shown = [f'{self.repr1(key, below)}: {self.repr1(x[key], below)}'
                 for key in islice(_sorted_if_possible(x), self.maxdict)]
        return '{' + ', '.join(shown + [self.fillvalue] * (len(x) > self.maxdict)) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            text = builtins.repr(x[:head] + x[len(x) - tail:])
            text = text[:head] + self.fillvalue + text[len(text) - tail:]
        return text

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _elide(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = _elide(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
