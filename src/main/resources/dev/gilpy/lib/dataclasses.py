"""Classes whose __init__, __repr__, comparisons and hash are written from their annotated fields.

@dataclass reads the class's own annotations (after those of dataclass bases), turns each into a
Field, and adds the methods the options ask for, never replacing one the class defines itself
(except where CPython raises instead: order methods, __hash__ with unsafe_hash, frozen's
__setattr__/__delattr__). The methods are compiled from generated source so that their signatures,
names and error messages are those of ordinary Python functions.
"""

import builtins
import copy
import keyword
import re
import sys
import types
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    """The type of MISSING: no default, no factory."""


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: annotate a pseudo-field with it to make later fields keyword-only."""


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()


class _Marker:
    """A named singleton whose repr is its name."""
    __slots__ = ('_shown',)

    def __init__(self, shown):
        self._shown = shown

    def __repr__(self):
        return self._shown


# What __init__'s signature shows as the default of a field with a default_factory.
_HAS_DEFAULT_FACTORY = _Marker('<factory>')

# A Field's _field_type: a real field, a ClassVar, or an InitVar (passed to __init__/__post_init__ only).
_FIELD = _Marker('_FIELD')
_FIELD_CLASSVAR = _Marker('_FIELD_CLASSVAR')
_FIELD_INITVAR = _Marker('_FIELD_INITVAR')

_NO_METADATA = types.MappingProxyType({})

# The descriptor a __slots__ entry puts in its class (types.MemberDescriptorType in CPython).
_SLOT_DESCRIPTOR = type(type('_Slotted', (), {'__slots__': ('x',)}).__dict__['x'])


class InitVar:
    """InitVar[T] annotates an init-only pseudo-field: an __init__ argument handed to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return cls(type)

    def __repr__(self):
        t = self.type
        return 'dataclasses.InitVar[%s]' % (t.__name__ if isinstance(t, builtins.type) else repr(t))


class Field:
    """One field of a dataclass; made by field() or from a plain annotation. Do not create directly."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and kind are filled in when the class that holds the field is processed.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory, self.kw_only = default, default_factory, kw_only
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)

    def __repr__(self):
        shown = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                 'metadata', 'kw_only', '_field_type')
        return 'Field(' + ','.join('%s=%r' % (a, getattr(self, a)) for a in shown) + ')'

    def __set_name__(self, owner, name):
        # The Field sits in the class body in place of its default: pass the call on to the default.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)

    # -- what the generated methods need to know --------------------------------------------

    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING

    def _in_hash(self):
        return self.compare if self.hash is None else self.hash


class _DataclassParams:
    """The options a dataclass was made with (its __dataclass_params__)."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, *options):
        for name, value in zip(self.__slots__, options):
            setattr(self, name, value)

    def __repr__(self):
        return '_DataclassParams(' + ','.join('%s=%r' % (a, getattr(self, a)) for a in self.__slots__) + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describe a field beyond its annotation and default (see the dataclasses documentation)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations, including string ones.

# A string annotation names its kind by its first dotted word: "ClassVar[int]", "typing.ClassVar".
_LEADING_NAME = re.compile(r'\s*(?:(\w+)\s*\.)?\s*(\w+)')


def _annotation_names(annotation, cls, module_name, attr):
    """True if the string annotation starts with attr of module_name, as seen from cls's module."""
    m = _LEADING_NAME.match(annotation)
    if not m:
        return False
    home = sys.modules.get(cls.__module__)
    scope = getattr(home, '__dict__', {})
    prefix, name = m.group(1), m.group(2)
    module = sys.modules.get(module_name)
    if module is None:
        return False
    if prefix is None:
        return scope.get(name, MISSING) is getattr(module, attr)
    return scope.get(prefix) is module and name == attr


def _is_classvar(annotation, cls):
    if isinstance(annotation, str):
        return _annotation_names(annotation, cls, 'typing', 'ClassVar')
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar


def _is_initvar(annotation, cls):
    if isinstance(annotation, str):
        return _annotation_names(annotation, cls, __name__, 'InitVar')
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only_marker(annotation, cls):
    if isinstance(annotation, str):
        return _annotation_names(annotation, cls, __name__, 'KW_ONLY')
    return annotation is KW_ONLY


# ---------------------------------------------------------------------------------------------
# Method source generation.

def _compile(cls, name, params, body, env=None, annotations=None, marks=None):
    """Build function `name(params)` with body lines; env's values are visible to it as closure names."""
    env = env or {}
    outer = sorted(env)
    text = 'def __dc_outer__(%s):\n def %s(%s):\n%s\n return %s\n' % (
        ', '.join(outer), name, ', '.join(params), '\n'.join('  ' + line for line in body), name)
    scope = {}
    exec(text, {'__builtins__': builtins}, scope)
    fn = scope['__dc_outer__'](*[env[k] for k in outer])
    fn.__qualname__ = cls.__qualname__ + '.' + name
    if annotations is not None:
        fn.__annotations__ = annotations
    for key, value in (marks or {}).items():
        setattr(fn, key, value)      # pprint knows the generated __repr__ by its __dataclass_repr__
    return fn


def _attr_tuple(obj, names):
    return '(' + ''.join('%s.%s,' % (obj, n) for n in names) + ')'


class _ClassMaker:
    """Turns one decorated class into a dataclass."""

    def __init__(self, cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                 weakref_slot):
        self.cls = cls
        self.params = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot
        self.fields = {}

    def run(self):
        cls = self.cls
        p = self.params
        if p.order and not p.eq:
            raise ValueError('eq must be true if order is true')
        if self.weakref_slot and not self.slots:
            raise TypeError('weakref_slot is True but slots is False')
        self._gather_fields()
        setattr(cls, '__dataclass_fields__', self.fields)
        setattr(cls, '__dataclass_params__', p)
        if self.slots:
            cls = self.cls = self._with_slots()
        real = [f for f in self.fields.values() if f._field_type is _FIELD]
        if p.init:
            self._add('__init__', self._init_method())
        if p.repr:
            self._add('__repr__', self._repr_method(real))
        if p.eq:
            names = [f.name for f in real if f.compare]
            self._add('__eq__', _compile(cls, '__eq__', ['self', 'other'], [
                'if other.__class__ is self.__class__:',
                '    return %s == %s' % (_attr_tuple('self', names), _attr_tuple('other', names)),
                'return NotImplemented']))
        if p.order:
            self._add_order([f.name for f in real if f.compare])
        if p.frozen:
            self._add_frozen_guards(real)
        self._settle_hash(real)
        if self.match_args and '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple(f.name for f in self.fields.values()
                                       if f._field_type is not _FIELD_CLASSVAR and f.init and not f.kw_only)
        if not getattr(cls, '__doc__'):
            cls.__doc__ = self._signature_doc()
        return cls

    # -- fields ------------------------------------------------------------------------------

    def _gather_fields(self):
        cls = self.cls
        frozen_bases = thawed_bases = False
        for base in cls.__mro__[-1:0:-1]:
            inherited = getattr(base, '__dataclass_fields__', None)
            if inherited is not None:
                self.fields.update((f.name, f) for f in inherited.values())
                if base.__dataclass_params__.frozen:
                    frozen_bases = True
                else:
                    thawed_bases = True
        if frozen_bases and not self.params.frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if thawed_bases and self.params.frozen and not frozen_bases:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

        annotations = cls.__dict__.get('__annotations__', {})
        kw_only = self.kw_only
        marker_seen = False
        own = []
        for name, annotation in annotations.items():
            if _is_kw_only_marker(annotation, cls):
                if marker_seen:
                    raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
                marker_seen = True
                kw_only = True
                continue
            own.append(self._make_field(name, annotation, kw_only))
        for f in own:
            self.fields[f.name] = f
            # The class attribute becomes the plain default (or goes, when the Field had none).
            if isinstance(cls.__dict__.get(f.name), Field):
                if f.default is not MISSING:
                    setattr(cls, f.name, f.default)
                else:
                    delattr(cls, f.name)
        for name, value in cls.__dict__.items():
            if isinstance(value, Field) and name not in annotations:
                raise TypeError('%r is a field but has no type annotation' % name)

    def _make_field(self, name, annotation, kw_only):
        value = self.cls.__dict__.get(name, MISSING)
        if isinstance(value, _SLOT_DESCRIPTOR):
            value = MISSING         # a slot of the class itself, not a default
        f = value if isinstance(value, Field) else field(default=value)
        f.name = name
        f.type = annotation
        if _is_classvar(annotation, self.cls):
            f._field_type = _FIELD_CLASSVAR
        elif _is_initvar(annotation, self.cls):
            f._field_type = _FIELD_INITVAR
        else:
            f._field_type = _FIELD
        if f._field_type is not _FIELD and f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % name)
        if f._field_type is _FIELD_CLASSVAR:
            if f.kw_only is not MISSING:
                raise TypeError('field %s is a ClassVar but specifies kw_only' % name)
        elif f.kw_only is MISSING:
            f.kw_only = kw_only
        if f._field_type is _FIELD and type(f.default).__hash__ is None:
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        return f

    # -- methods -----------------------------------------------------------------------------

    def _add(self, name, fn):
        """Install fn unless the class defines name itself."""
        if name not in self.cls.__dict__:
            setattr(self.cls, name, fn)

    def _force(self, name, fn, advice=''):
        if name in self.cls.__dict__:
            raise TypeError('Cannot overwrite attribute %s in class %s%s' % (name, self.cls.__name__, advice))
        setattr(self.cls, name, fn)

    def _init_method(self):
        cls = self.cls
        taken = set(self.fields)
        me = 'self' if 'self' not in taken else '__dc_self__'
        env = {'__dc_factory_marker__': _HAS_DEFAULT_FACTORY, '__dc_set__': object.__setattr__}
        positional, keyword_only, body, post_args = [], [], [], []
        annotations = {}
        default_seen = None
        for f in self.fields.values():
            if f._field_type is _FIELD_CLASSVAR:
                continue
            if f.init:
                param = f.name
                if f.default_factory is not MISSING:
                    env['__dc_d_%s__' % f.name] = _HAS_DEFAULT_FACTORY
                    param += '=__dc_d_%s__' % f.name
                elif f.default is not MISSING:
                    env['__dc_d_%s__' % f.name] = f.default
                    param += '=__dc_d_%s__' % f.name
                if f.kw_only:
                    keyword_only.append(param)
                else:
                    if f._has_default():
                        default_seen = f.name
                    elif default_seen is not None:
                        raise TypeError('non-default argument %r follows default argument' % f.name)
                    positional.append(param)
                annotations[f.name] = f.type
            if f._field_type is _FIELD_INITVAR:
                post_args.append(f.name)
                continue
            value = self._init_value(f, env)
            if value is None:
                continue
            if self.params.frozen:
                body.append('__dc_set__(%s, %r, %s)' % (me, f.name, value))
            else:
                body.append('%s.%s = %s' % (me, f.name, value))
        if hasattr(cls, '__post_init__'):
            body.append('%s.__post_init__(%s)' % (me, ', '.join(post_args)))
        params = [me] + positional + (['*'] + keyword_only if keyword_only else [])
        annotations['return'] = None
        return _compile(cls, '__init__', params, body or ['pass'], env, annotations)

    def _init_value(self, f, env):
        """The expression __init__ assigns to field f, or None when the class attribute serves."""
        if f.default_factory is not MISSING:
            env['__dc_f_%s__' % f.name] = f.default_factory
            if f.init:
                return '__dc_f_%s__() if %s is __dc_factory_marker__ else %s' % (f.name, f.name, f.name)
            return '__dc_f_%s__()' % f.name
        if f.init:
            return f.name
        if self.slots and f.default is not MISSING:
            # With __slots__ there is no class attribute to fall back on.
            env['__dc_d_%s__' % f.name] = f.default
            return '__dc_d_%s__' % f.name
        return None

    def _repr_method(self, real):
        shown = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in real if f.repr)
        env = {'__dc_busy__': set(), '__dc_ident__': _thread.get_ident, '__dc_id__': id}
        return _compile(self.cls, '__repr__', ['self'], [
            'key = (__dc_id__(self), __dc_ident__())',
            'if key in __dc_busy__:',
            "    return '...'",
            '__dc_busy__.add(key)',
            'try:',
            '    return self.__class__.__qualname__ + f"(%s)"' % shown,
            'finally:',
            '    __dc_busy__.discard(key)'], env, marks={'__dataclass_repr__': True})

    def _add_order(self, names):
        mine, theirs = _attr_tuple('self', names), _attr_tuple('other', names)
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            fn = _compile(self.cls, name, ['self', 'other'], [
                'if other.__class__ is self.__class__:',
                '    return %s %s %s' % (mine, op, theirs),
                'return NotImplemented'])
            self._force(name, fn, '. Consider using functools.total_ordering')

    def _add_frozen_guards(self, real):
        env = {'__dc_cls__': self.cls, '__dc_names__': frozenset(f.name for f in real),
               '__dc_error__': FrozenInstanceError}
        for name, params, verb, call in (
                ('__setattr__', ['self', 'name', 'value'], 'assign to', '__setattr__(name, value)'),
                ('__delattr__', ['self', 'name'], 'delete', '__delattr__(name)')):
            self._force(name, _compile(self.cls, name, params, [
                'if type(self) is __dc_cls__ or name in __dc_names__:',
                '    raise __dc_error__(f"cannot %s field {name!r}")' % verb,
                'super(__dc_cls__, self).' + call], env))

    def _settle_hash(self, real):
        """Give the class the __hash__ the documented rules ask for."""
        cls, p = self.cls, self.params
        own = cls.__dict__.get('__hash__', MISSING)
        # A class body defining __eq__ alone gets __hash__ = None from Python itself: not a choice.
        explicit = own is not MISSING and not (own is None and '__eq__' in cls.__dict__)
        if p.unsafe_hash:
            if explicit:
                raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        elif explicit or not p.eq:
            return
        elif not p.frozen:
            cls.__hash__ = None
            return
        names = [f.name for f in real if f._in_hash()]
        cls.__hash__ = _compile(cls, '__hash__', ['self'], ['return hash(%s)' % _attr_tuple('self', names)])

    # -- the rest ------------------------------------------------------------------------------

    def _with_slots(self):
        cls = self.cls
        if '__slots__' in cls.__dict__:
            raise TypeError('%s already specifies __slots__' % cls.__name__)
        names = [f.name for f in self.fields.values() if f._field_type is _FIELD]
        inherited = set()
        for base in cls.__mro__[1:-1]:
            slots = base.__dict__.get('__slots__', ())
            inherited.update([slots] if isinstance(slots, str) else slots)
        if self.weakref_slot:
            names.append('__weakref__')
        body = dict(cls.__dict__)
        for name in names + ['__dict__', '__weakref__']:
            body.pop(name, None)
        body['__slots__'] = tuple(n for n in names if n not in inherited)
        qualname = getattr(cls, '__qualname__', None)
        new = type(cls)(cls.__name__, cls.__bases__, body)
        if qualname is not None:
            new.__qualname__ = qualname
        if self.params.frozen:
            # Unpickling would go through the frozen __setattr__: restore the fields directly.
            field_names = [f.name for f in self.fields.values() if f._field_type is _FIELD]
            if '__getstate__' not in body:
                new.__getstate__ = lambda self: [getattr(self, n) for n in field_names]
            if '__setstate__' not in body:
                def __setstate__(self, state):
                    for n, v in zip(field_names, state):
                        object.__setattr__(self, n, v)
                new.__setstate__ = __setstate__
        return new

    def _signature_doc(self):
        try:
            import inspect
            return self.cls.__name__ + str(inspect.signature(self.cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            return ''


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Make cls a dataclass; usable bare (@dataclass) or with options (@dataclass(frozen=True))."""
    def decorate(cls):
        return _ClassMaker(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                           weakref_slot).run()
    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The fields (not ClassVar or InitVar pseudo-fields) of a dataclass or instance, in order."""
    try:
        table = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _is_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _convert(obj, on_dataclass):
    """Copy obj, turning nested dataclass instances into what on_dataclass makes of their values."""
    if _is_instance(obj):
        return on_dataclass([(f.name, _convert(getattr(obj, f.name), on_dataclass)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, on_dataclass) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, on_dataclass) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, on_dataclass), _convert(v, on_dataclass)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively (other values are deep-copied)."""
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """A new instance like obj, with the given fields changed (it goes through __init__)."""
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR:
                if f.default is MISSING:
                    raise ValueError('InitVar %r must be specified with replace()' % f.name)
            else:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name from (name), (name, type) or (name, type, field-or-default) items."""
    body = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, annotation = item, 'typing.Any'
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            body[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation
    body['__annotations__'] = annotations
    # CPython 3.11 builds the class with types.new_class, which leaves 'types' as its module.
    body.setdefault('__module__', 'types')
    cls = type(cls_name, tuple(bases), body)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
