"""Abstract base classes for containers, checked structurally by their special methods."""
from abc import ABCMeta, abstractmethod

__all__ = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container', 'Callable',
           'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence',
           'ByteString', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Awaitable', 'Coroutine',
           'AsyncIterable', 'AsyncIterator']


def _has(C, *methods):
    mro = getattr(C, '__mro__', ())
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(cls, C):
    if cls.__dict__.get('_methods') is None:
        return NotImplemented
    return _has(C, *cls._methods)


try:
    class _Structural(metaclass=ABCMeta):
        _methods = ()
        __subclasshook__ = classmethod(_hook)
except TypeError:
    # No metaclass support in the runtime yet: isinstance() then only sees real subclasses.
    class _Structural:
        _methods = ()
        __subclasshook__ = classmethod(_hook)

        @classmethod
        def register(cls, subclass):
            return subclass


class Hashable(_Structural):
    _methods = ('__hash__',)


class Iterable(_Structural):
    _methods = ('__iter__',)


class Iterator(Iterable):
    _methods = ('__iter__', '__next__')


class Reversible(Iterable):
    _methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_Structural):
    _methods = ('__len__',)


class Container(_Structural):
    _methods = ('__contains__',)


class Collection(Sized, Iterable, Container):
    _methods = ('__len__', '__iter__', '__contains__')


class Callable(_Structural):
    _methods = ('__call__',)


class Awaitable(_Structural):
    _methods = ('__await__',)


class Coroutine(Awaitable):
    _methods = ('send', 'throw', 'close', '__await__')


class AsyncIterable(_Structural):
    _methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _methods = ('__aiter__', '__anext__')


class Set(Collection):
    _methods = None


class MutableSet(Set):
    _methods = None


class Mapping(Collection):
    _methods = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]


class MutableMapping(Mapping):
    _methods = None

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


class Sequence(Reversible, Collection):
    _methods = None

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    _methods = None


class ByteString(Sequence):
    _methods = None


class MappingView(Sized):
    _methods = None


class KeysView(MappingView, Set):
    _methods = None


class ItemsView(MappingView, Set):
    _methods = None


class ValuesView(MappingView, Collection):
    _methods = None


from _collections import deque as _deque
for _t in (tuple, str, range, list, bytes, _deque):
    Sequence.register(_t)
for _t in (list, _deque):
    MutableSequence.register(_t)
del _deque
Mapping.register(dict)
MutableMapping.register(dict)
Set.register(frozenset)
Set.register(set)
MutableSet.register(set)
ByteString.register(bytes)
del _t
