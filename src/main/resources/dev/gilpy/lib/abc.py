"""Abstract base classes: ABCMeta, ABC, abstractmethod."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _abc_new(cls, *args, **kwargs):
    abstracts = getattr(cls, '__abstractmethods__', ())
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
    return object.__new__(cls)


def _compute_abstracts(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if '__new__' not in namespace and not any(hasattr(b, '_abc_registry') for b in bases):
            namespace['__new__'] = _abc_new
        cls = type.__new__(mcls, name, bases, namespace)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for c in getattr(subclass, '__mro__', (subclass,)):
            for r in cls._abc_registry:
                if c is r or (isinstance(r, type) and r in getattr(c, '__mro__', ())):
                    return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
