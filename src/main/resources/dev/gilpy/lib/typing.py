"""Names for type hints: every name imports and subscripts, with CPython 3.11's reprs and runtime checks.
Nothing here checks types at run time beyond what CPython does (isinstance on plain generics, Protocols
marked runtime_checkable)."""

import sys
import collections
import collections.abc
import functools
import types

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
    'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO',
    'Match', 'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired',
    'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable', 'Self',
    'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How a type hint argument prints: builtins by name, other classes by module.qualname."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


def _type_check(arg, msg):
    """Converts None to NoneType and strings to ForwardRef; refuses what cannot be a type hint."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final', 'Generic', 'Protocol'):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ForwardRef, _GenericAliasBase, _SpecialForm, types.GenericAlias, types.UnionType,
                        ParamSpec)) or callable(arg) or arg is ...:
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar...: a name that is only meaningful in hints (and subscripted)."""

    def __init__(self, name, doc, getitem=None):
        self._name = name
        self.__doc__ = doc
        self._getitem = getitem

    def __repr__(self):
        return 'typing.%s' % self._name

    def __reduce__(self):
        return self._name

    def _refuse(self, what):
        raise TypeError('%s cannot be used with %s()' % (self, what))

    def __instancecheck__(self, obj):
        self._refuse('isinstance')

    def __subclasscheck__(self, cls):
        self._refuse('issubclass')

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError('Any cannot be instantiated')
        raise TypeError('Cannot instantiate %r' % self)

    # X | Y on a form means Union[X, Y], as on classes.
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAliasBase(_Final):
    """A subscripted hint (List[int], Union[int, str], MyGeneric[T]): origin plus arguments."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __eq__(self, other):
        if not isinstance(other, _GenericAliasBase):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__.lower()}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self      # which parameterization made it (Box[int]())
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        # In a class statement the alias stands for its origin class; Generic is added
        # (once, at the end) unless a later base brings it anyway.
        position = next((i for i, b in enumerate(bases) if b is self), len(bases))
        later_generic = any(isinstance(b, (_GenericAliasBase, _SpecialGenericAlias)) or
                            (isinstance(b, type) and issubclass(b, Generic)) for b in bases[position + 1:])
        origin = self.__origin__
        if origin is Generic:
            return () if later_generic else (Generic,)
        already = isinstance(origin, type) and issubclass(origin, Generic)
        return (origin,) if already or later_generic else (origin, Generic)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            raise AttributeError(attr)
        if '__origin__' in self.__dict__ and not (attr.startswith('__') and attr.endswith('__')):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        # Substitutes the type variables: Dict[str, T][int] -> Dict[str, int].
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        if len(args) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(args) > len(self.__parameters__) else 'few'} arguments for {self};"
                            f" actual {len(args)}, expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, args))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__ == ():
            args = '()'
        else:
            args = ', '.join([_type_repr(a) for a in self.__args__])
        return f'{name}[{args}]'


def _substitute(arg, subst):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAliasBase) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    return arg


class _GenericAlias(_GenericAliasBase):
    pass


class _SpecialGenericAlias(_Final):
    """List, Dict, Deque...: the bare capitalised alias of a collection class, subscriptable once."""

    def __init__(self, origin, nparams, inst=True, name=None, defaults=()):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name or origin.__name__
        self._defaults = defaults

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                            f" actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self._name


class _UnionGenericAlias(_GenericAliasBase):
    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and type(None) in members:
            return 'typing.Optional[%s]' % _type_repr(members[members[0] is type(None)])
        return 'typing.Union[%s]' % ', '.join(map(_type_repr, members))

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__ if isinstance(a, type))

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__ if isinstance(a, type))


class _CallableGenericAlias(_GenericAliasBase):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], ParamSpec)
                               or getattr(args[0], '__origin__', None) is Concatenate):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        return (f'typing.Callable[[{", ".join(_type_repr(a) for a in args[:-1])}], '
                f'{_type_repr(args[-1])}]')

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable', inst=False)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                           for a in args) + (_type_check(result, "Callable[args, result]: result must be a type."),)
        elif args is ... or isinstance(args, ParamSpec) or getattr(args, '__origin__', None) is Concatenate:
            params = (args, _type_check(result, "Callable[args, result]: result must be a type."))
        else:
            raise TypeError(f"Callable[args, result]: args must be a list. Got {args!r:.100}.")
        return _CallableGenericAlias(self.__origin__, params, name='Callable', inst=False)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            params = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1]) + (...,)
        else:
            params = tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.") for p in params)
        return _GenericAlias(tuple, params, name='Tuple', inst=False)


class _LiteralGenericAlias(_GenericAliasBase):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAliasBase):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[{}, {}]'.format(_type_repr(self.__origin__),
                                                 ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif type(p).__name__ == 'UnionType' and hasattr(p, '__args__'):
            params.extend(p.__args__)
        else:
            params.append(p)
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    items = parameters if isinstance(parameters, tuple) else (parameters,)
    members = _flatten_union([_type_check(p, "Union[arg, ...]: each arg must be a type.") for p in items])
    if len(members) == 1:
        return members[0]
    # Optional[X] is how a two-member union with None prints.
    optional = len(members) == 2 and type(None) in members
    return _UnionGenericAlias(self, members, name='Optional' if optional else None)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        flat.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    # 1 and True are different literals: duplicates are found by (value, type).
    seen = []
    out = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            out.append(p)
    return _LiteralGenericAlias(self, tuple(out))


def _single_getitem(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,), name=self._name)


def _unary_getitem(self, parameters):
    return _GenericAlias(self, (parameters,), name=self._name)


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name='Concatenate')


Any = _SpecialForm('Any', "Special type indicating an unconstrained type.")
NoReturn = _SpecialForm('NoReturn', "Special type indicating functions that never return.")
Never = _SpecialForm('Never', "The bottom type, a type that has no members.")
Self = _SpecialForm('Self', "Used to spell the type of \"self\" in classes.")
LiteralString = _SpecialForm('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _SpecialForm('TypeAlias', "Special marker indicating that an assignment should be recognized as a "
                                      "proper type alias definition by type checkers.")
Union = _SpecialForm('Union', "Union type; Union[X, Y] means either X or Y.", _union_getitem)
Optional = _SpecialForm('Optional', "Optional type; Optional[X] is equivalent to Union[X, None].",
                        _optional_getitem)
Literal = _SpecialForm('Literal', "Special typing form to define literal types (a.k.a. value types).",
                       _literal_getitem)
ClassVar = _SpecialForm('ClassVar', "Special type construct to mark class variables.", _single_getitem)
Final = _SpecialForm('Final', "Special typing construct to indicate final names to type checkers.",
                     _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', "Special typing form used to annotate the return type of a user-defined "
                                      "type guard function.", _single_getitem)
Required = _SpecialForm('Required', "A special typing construct to mark a key of a total=False TypedDict as "
                                    "required.", _single_getitem)
NotRequired = _SpecialForm('NotRequired', "A special typing construct to mark a key of a TypedDict as "
                                          "potentially missing.", _single_getitem)
Unpack = _SpecialForm('Unpack', "Type unpack operator.", _unary_getitem)
Concatenate = _SpecialForm('Concatenate', "Used in conjunction with ParamSpec and Callable to represent a higher "
                                          "order function which adds, removes or transforms parameters of a "
                                          "callable.", _concatenate_getitem)


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


Annotated = _AnnotatedForm('Annotated', "Add context-specific metadata to a type.")


class ForwardRef(_Final):
    """A type hint written as a string, resolved later by get_type_hints()."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        value = eval(self.__forward_arg__, globalns, localns)
        return _type_check(value, "Forward references must evaluate to types.")

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_Final):
    """A type variable: T = TypeVar('T'), with optional constraints, bound and variance."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        mod = _caller_module()
        if mod != 'typing':
            self.__module__ = mod

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_Final):
    """The parameters of a callable as one variable: P = ParamSpec('P'); Callable[P, R]; P.args, P.kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        self.__bound__ = None if bound is None else _type_check(bound, "Bound must be a type.")
        home = _caller_module()
        if home != 'typing':
            self.__module__ = home

    args = property(lambda self: ParamSpecArgs(self), doc="Stands for the *args of the parameters.")
    kwargs = property(lambda self: ParamSpecKwargs(self), doc="Stands for the **kwargs of the parameters.")

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class Generic:
    """Base class of user generic classes: class Box(Generic[T]): ...; Box[int]."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = params if isinstance(params, tuple) else (params,)
        if cls in (Generic, Protocol):
            # Generic[...] / Protocol[...] declare the variables of the class being defined.
            label = cls.__name__
            if not params:
                raise TypeError(f"Parameter list to {label}[...] cannot be empty")
            if not all(isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) for p in params):
                raise TypeError(f"Parameters to {label}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {label}[...] must all be unique")
            return _GenericAlias(cls, params)
        expected = cls.__dict__.get('__parameters__', ())
        if not expected:
            raise TypeError(f"{cls} is not a generic class")
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        if len(params) != len(expected):
            raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls}; "
                            f"actual {len(params)}, expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if written is None:
            # No subscripted bases: the variables are those of the generic bases, if any.
            found = []
            for base in cls.__bases__:
                for var in base.__dict__.get('__parameters__', ()) if isinstance(base, type) else ():
                    if var not in found:
                        found.append(var)
            cls.__parameters__ = tuple(found) if any(isinstance(b, type) and issubclass(b, Generic) and
                                                     b is not Generic for b in cls.__bases__) else ()
            return
        if Generic in written and cls.__name__ not in ('Protocol',):
            raise TypeError("Cannot inherit from plain Generic")
        declared = [b for b in written if isinstance(b, _GenericAliasBase) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple times.")
        used = _collect_parameters(written)
        if declared:
            listed = declared[0].__parameters__
            missing = [var for var in used if var not in listed]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                % (', '.join(map(str, missing)), ', '.join(map(str, listed))))
            used = listed
        cls.__parameters__ = tuple(used)


# Names the protocol machinery itself puts on classes: never protocol members.
_NOT_PROTOCOL_MEMBERS = frozenset((
    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol', '_is_runtime_protocol', '__dict__',
    '__args__', '__slots__', '__parameters__', '__origin__', '__orig_bases__', '__doc__', '__subclasshook__',
    '__init__', '__new__', '__module__', '__qualname__', '__init_subclass__', '__class_getitem__',
    '__protocol_attrs__', '__match_args__', '__class__'))


def _get_protocol_attrs(cls):
    """The member names a protocol class asks for (its own and its protocol bases')."""
    names = set()
    for klass in cls.__mro__:
        if klass in (Protocol, Generic, object) or not klass.__dict__.get('_is_protocol', False):
            continue
        declared = list(klass.__dict__) + list(klass.__dict__.get('__annotations__', {}))
        names.update(n for n in declared if n not in _NOT_PROTOCOL_MEMBERS and not n.startswith('_abc_'))
    return names


def _refuse_protocol_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class _ProtocolMeta(type):
    """isinstance()/issubclass() against a @runtime_checkable protocol check members, not ancestry."""

    def _structural(cls):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        return True

    def __instancecheck__(cls, instance):
        if cls in type(instance).__mro__:
            return True
        if not cls._structural():
            return False
        for name in _get_protocol_attrs(cls):
            if not hasattr(instance, name):
                return False
            if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls in getattr(other, '__mro__', ()):
            return True
        if not cls._structural():
            return False
        names = _get_protocol_attrs(cls)
        if any(not callable(getattr(cls, n, None)) for n in names):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return all(any(n in k.__dict__ for k in other.__mro__) for n in names)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches if it has the protocol's members."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False
    # Own entry: gilpy's subscript finds __class_getitem__ in the class's own dict.
    __class_getitem__ = classmethod(Generic.__dict__['__class_getitem__'].__func__)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__
        if not cls._is_protocol:
            if cls.__init__ is _refuse_protocol_init:
                cls.__init__ = object.__init__
            return
        for base in cls.__bases__:
            if base not in (object, Generic) and not (isinstance(base, _ProtocolMeta) and base._is_protocol) \
                    and not (getattr(base, '__module__', None) == 'collections.abc'):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if '__init__' not in cls.__dict__:
            cls.__init__ = _refuse_protocol_init


def runtime_checkable(cls):
    """Lets isinstance()/issubclass() check a Protocol structurally."""
    if not (isinstance(cls, _ProtocolMeta) and cls.__dict__.get('_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1) if hasattr(_abc, 'Awaitable') else None
Coroutine = _alias(_abc.Coroutine, 3) if hasattr(_abc, 'Coroutine') else None
AsyncIterable = _alias(_abc.AsyncIterable, 1) if hasattr(_abc, 'AsyncIterable') else None
AsyncIterator = _alias(_abc.AsyncIterator, 1) if hasattr(_abc, 'AsyncIterator') else None
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1) if hasattr(_abc, 'Reversible') else None
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1) if hasattr(_abc, 'Collection') else None
Callable = _CallableType(_abc.Callable, 2, name='Callable')
AbstractSet = _alias(_abc.Set, 1, name='AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(getattr(_abc, 'ByteString', bytes), 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(getattr(_abc, 'MappingView', dict), 1)
KeysView = _alias(getattr(_abc, 'KeysView', dict), 1)
ItemsView = _alias(getattr(_abc, 'ItemsView', dict), 2)
ValuesView = _alias(getattr(_abc, 'ValuesView', dict), 1)
ContextManager = _alias(getattr(__import__('contextlib'), 'AbstractContextManager'), 1, name='ContextManager')
AsyncContextManager = _alias(object, 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(getattr(_abc, 'Generator', types.GeneratorType), 3)
AsyncGenerator = _alias(getattr(_abc, 'AsyncGenerator', object), 2)
Type = _alias(type, 1, inst=False, name='Type')
Text = str


class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self) -> int:
        pass


class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self) -> float:
        pass


class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self) -> int:
        pass


class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits: int = 0):
        pass


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound):
    runtime_checkable(_p)
del _p


def cast(typ, val):
    """Tells a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    if isinstance(arg, type):
        for obj in vars(arg).values():
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make `decorator` apply no_type_check to what it returns."""
    def applied(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return functools.wraps(decorator)(applied)


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, field_specifiers=(),
                        **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default, "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-decorated.")


def overload(func):
    """Marks one signature of an overloaded function; the undecorated definition is the implementation."""
    f = getattr(func, "__func__", func)
    try:
        key = (f.__module__, f.__qualname__)
        _overload_registry.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    return list(_overload_registry.get((f.__module__, f.__qualname__), []))


def clear_overloads():
    _overload_registry.clear()


def _newtype_refusal(parent):
    """A base class whose subclasses fail: `class C(SomeNewType)` is a mistake; say what was meant."""
    def refuse(cls):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        "`%s = NewType(%r, %s)`" % (cls.__name__, cls.__name__, parent))
    return type('NewTypeBase', (), {'__init_subclass__': classmethod(refuse)})


class NewType:
    """A distinct name for a type (for type checkers); calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _caller_module()
        if home != 'typing':
            self.__module__ = home

    def __mro_entries__(self, bases):
        return (_newtype_refusal(self.__name__),)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _make_nmtuple(name, types_, module, defaults=()):
    fields = [n for n, t in types_]
    annotations = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types_}
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = annotations
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                         '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types_ = ns.get('__annotations__', {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        nm_tpl.__bases__ = bases if False else nm_tpl.__bases__
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, kwargs.items() if fields is None else fields, module=_caller_module())


# `class P(NamedTuple)` really derives from this placeholder, which NamedTupleMeta turns into a tuple class.
_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg) for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = getattr(annotation_type, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): title: str; year: int."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Union[int, str]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAliasBase, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ == 'UnionType':
        return getattr(types, 'UnionType', None)
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) == (str, int); Callable's are ([args], result)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAliasBase, types.GenericAlias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if type(tp).__name__ == 'UnionType':
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAliasBase) and not isinstance(t, _LiteralGenericAlias):
        ev_args = tuple(_eval_type(a, globalns, localns) if not isinstance(a, list)
                        else [_eval_type(x, globalns, localns) for x in a] for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[ev_args]
        if isinstance(t, _CallableGenericAlias):
            return _CallableGenericAlias(t.__origin__, ev_args, name='Callable', inst=False)
        return t.copy_with(ev_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAliasBase) and getattr(t.__origin__, '_name', None) in ('Required', 'NotRequired'):
        return _strip_annotations(t.__args__[0])
    return t


def _resolve_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases) or module, string hints evaluated."""
    hints = {}
    if isinstance(obj, type):
        # Bases first, so a subclass's annotation of the same name wins; each base's names
        # are resolved in its own module and class body.
        for klass in reversed(obj.__mro__):
            own = klass.__dict__.get('__annotations__')
            if not isinstance(own, dict):
                continue
            home = sys.modules.get(klass.__module__)
            g = vars(home) if globalns is None and home is not None else (globalns or {})
            l = dict(vars(klass)) if localns is None else localns
            for name, value in own.items():
                hints[name] = _resolve_hint(value, g, l)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = vars(obj)
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        own = getattr(obj, '__annotations__', None)
        if own is None:
            if isinstance(obj, (types.FunctionType, types.MethodType, types.ModuleType, types.BuiltinFunctionType)):
                return {}
            raise TypeError('{!r} is not a module, class, method, or function.'.format(obj))
        for name, value in dict(own).items():
            hints[name] = _resolve_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _strip_annotations(hint) for name, hint in hints.items()}


class IO(Generic[AnyStr]):
    """The generic type of file objects (open() results)."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


Pattern = _alias(str, 1, name='Pattern')
Match = _alias(str, 1, name='Match')
