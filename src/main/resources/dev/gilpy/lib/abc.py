"""Abstract base classes: ABCMeta, ABC, abstractmethod."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstracts_of(cls):
    abstracts = cls.__dict__.get('__abstractmethods__')
    if abstracts is None:
        found = set()
        for klass in cls.__mro__:
            for name in klass.__dict__:
                if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                    found.add(name)
        abstracts = frozenset(found)
        try:
            cls.__abstractmethods__ = abstracts
        except (AttributeError, TypeError):
            pass
    return abstracts


def _register(cls, subclass):
    cls._abc_registry.append(subclass)
    return subclass


_cache_generation = [0]


def _is_subclass(cls, subclass):
    """issubclass for an ABC: real inheritance, a registered class (or its subclasses), the class's
    __subclasshook__, or any of that applied to the ABC's own subclasses (numbers.Number covers int because
    numbers.Integral registered it)."""
    mro = getattr(subclass, '__mro__', (subclass,))
    if cls in mro:
        return True
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in cls._abc_registry:
        if registered in mro or (isinstance(registered, type) and issubclass(subclass, registered)):
            return True
    # Our own list of the ABCs below cls (real and indirect subclasses made by ABCMeta).
    for child in cls.__dict__.get('_abc_children', ()):
        if child is not subclass and child._abc_registry and issubclass(subclass, child):
            return True
    return False


def _abc_new(cls, *args, **kwargs):
    abstracts = _abstracts_of(cls)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
    return object.__new__(cls)


try:
    class ABCMeta(type):
        def __new__(mcls, name, bases, namespace, /, **kwargs):
            if '__new__' not in namespace and not any(hasattr(b, '_abc_registry') for b in bases):
                namespace['__new__'] = _abc_new
            cls = type.__new__(mcls, name, bases, namespace)
            cls._abc_registry = []
            cls._abc_children = []
            for base in cls.__mro__[1:]:
                children = base.__dict__.get('_abc_children')
                if children is not None:
                    children.append(cls)
                    _cache_generation[0] += 1
            _abstracts_of(cls)  # __abstractmethods__ exists from creation on, as in CPython
            return cls

        def register(cls, subclass):
            cls._abc_registry.append(subclass)
            _cache_generation[0] += 1  # every cached answer may change
            return subclass

        def __instancecheck__(cls, instance):
            return cls.__subclasscheck__(type(instance))

        def __subclasscheck__(cls, subclass):
            cache = cls.__dict__.get('_abc_cache')
            if cache is None or cache[0] != _cache_generation[0]:
                cache = (_cache_generation[0], {})
                type.__setattr__(cls, '_abc_cache', cache)
            known = cache[1].get(subclass)
            if known is None:
                known = cache[1][subclass] = _is_subclass(cls, subclass)
            return known
except TypeError:
    # The runtime cannot subclass type yet: ABCMeta is then a plain class factory.
    def ABCMeta(name, bases, namespace, /, **kwargs):
        if '__new__' not in namespace:
            namespace['__new__'] = _abc_new
        if 'register' not in namespace:
            namespace['register'] = classmethod(_register)
        cls = type(name, bases, namespace)
        cls._abc_registry = []
        return cls


try:
    class ABC(metaclass=ABCMeta):
        __slots__ = ()
except TypeError:
    # The runtime cannot instantiate metaclasses yet: abstract methods are still enforced via __new__.
    class ABC:
        __slots__ = ()
        __new__ = _abc_new
        _abc_registry = []

        @classmethod
        def register(cls, subclass):
            cls._abc_registry.append(subclass)
            return subclass


def get_cache_token():
    return 0
