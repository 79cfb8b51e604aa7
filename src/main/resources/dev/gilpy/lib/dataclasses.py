"""Data classes: @dataclass writes __init__, __repr__, __eq__ (and on request ordering, hashing, frozen
instances) from the class's annotated fields. gilpy's own implementation of CPython 3.11's module."""

import sys
import copy
import keyword

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


# Sentinel objects. Their class names show in their default reprs, so they are the same as CPython's.
class _HAS_DEFAULT_FACTORY_CLASS:
    # The default shown for a default_factory parameter in __init__'s signature.
    def __repr__(self):
        return '<factory>'


class _MISSING_TYPE:
    """Type of MISSING: "no default given" (None is a legitimate default)."""


class _KW_ONLY_TYPE:
    """Type of KW_ONLY: annotating a pseudo-field with it makes the fields after it keyword-only."""


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()
MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = {}


class _FIELD_BASE:
    # Kinds of Field: a real field, a ClassVar (ignored) or an InitVar (init-only). Shown by name in reprs.
    def __init__(self, name):
        self.name = name

    __repr__ = lambda self: self.name


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = (_FIELD_BASE(kind) for kind in
                                           ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))

# Class attributes a dataclass gets, and the hook its __init__ calls.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _slot_repr(obj, title, names, last_plain=None):
    # "Title(a=1,b=2)" — CPython's compact layout, no spaces; an optional final item shown with str().
    parts = [f'{name}={getattr(obj, name)!r}' for name in names]
    if last_plain is not None:
        parts.append(f'{last_plain}={getattr(obj, last_plain)}')
    return f"{title}({','.join(parts)})"


class InitVar:
    """A pseudo-field: passed to __init__ and __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'


_FIELD_ATTRS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                'metadata', 'kw_only')


class Field:
    """What field() returns and fields() lists: one field's name, type, default and options."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        # name, type and _field_type are filled in when the decorator processes the class.
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _EMPTY_METADATA if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return _slot_repr(self, 'Field', _FIELD_ATTRS, '_field_type')

    def __set_name__(self, owner, name):
        # A field(default=descriptor) still gives the descriptor its __set_name__ call.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


_PARAM_ATTRS = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')


class _DataclassParams:
    # The decorator's arguments, stored on the class as __dataclass_params__.
    __slots__ = _PARAM_ATTRS

    def __init__(self, *values):
        for name, value in zip(_PARAM_ATTRS, values, strict=True):
            setattr(self, name, value)

    def __repr__(self):
        return _slot_repr(self, '_DataclassParams', _PARAM_ATTRS)




def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Per-field options for a dataclass attribute: x: list = field(default_factory=list)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


def _recursive_repr(user_function):
    # Self-referencing data: an object already being repr'd further up this thread's stack shows as "...".
    from _thread import get_ident
    active = set()

    def guarded(self):
        token = (id(self), get_ident())
        if token in active:
            return '...'
        active.add(token)
        try:
            return user_function(self)
        finally:
            active.discard(token)
    return guarded


def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compile a method from source lines.

    args are parameter source texts, body the statements. Names in `locals` are bound by an enclosing
    factory function, so the method sees them as closure cells; `globals` is the class's module namespace,
    so annotations and bodies resolve other names the way code written in that module would.
    """
    captured = dict(locals or {})
    arrow = ''
    if return_type is not MISSING:
        captured['__dataclass_return_type__'] = return_type
        arrow = ' -> __dataclass_return_type__'
    source = [f'def __dataclass_factory__({", ".join(captured)}):',
              f'    def {name}({", ".join(args)}){arrow}:']
    source += ['        ' + line for line in body]
    source.append(f'    return {name}')
    scope = {}
    exec('\n'.join(source), globals, scope)
    return scope['__dataclass_factory__'](**captured)


def _store(frozen, target, attr, expr):
    # Frozen classes forbid self.x = ..., so their __init__ goes through object.__setattr__ directly.
    if frozen:
        return f'__dataclass_object__.__setattr__({target}, {attr!r}, {expr})'
    return f'{target}.{attr} = {expr}'


def _init_statement(f, frozen, captured, self_name, slots):
    """The __init__ statement that sets field f (None when __init__ sets nothing for it)."""
    default_ref = f'__dataclass_default_{f.name}__'
    if f.default_factory is not MISSING:
        captured[default_ref] = f.default_factory
        if f.init:
            # The parameter's default is a marker; a call per instance makes the real value.
            expr = f'{default_ref}() if {f.name} is __dataclass_factory_marker__ else {f.name}'
        else:
            expr = f'{default_ref}()'
    elif f.init:
        if f.default is not MISSING:
            captured[default_ref] = f.default
        expr = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ the class attribute holding the default is gone, so __init__ must set it.
        captured[default_ref] = f.default
        expr = default_ref
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None  # init-only: passed to __post_init__, never stored
    return _store(frozen, self_name, f.name, expr)


def _init_parameter(f):
    # Annotated with the field's type (captured under a private name), default as the statement expects.
    text = f'{f.name}: __dataclass_type_{f.name}__'
    if f.default is not MISSING:
        return text + f' = __dataclass_default_{f.name}__'
    if f.default_factory is not MISSING:
        return text + ' = __dataclass_factory_marker__'
    return text


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals, slots):
    """Build __init__: positional-or-keyword fields first, keyword-only ones after a '*'."""
    defaulted = None
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    captured = {f'__dataclass_type_{f.name}__': f.type for f in fields}
    captured['__dataclass_factory_marker__'] = _HAS_DEFAULT_FACTORY
    captured['__dataclass_object__'] = object
    body = [line for line in (_init_statement(f, frozen, captured, self_name, slots) for f in fields)
            if line is not None]
    if has_post_init:
        init_only = ', '.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({init_only})')
    params = [self_name] + [_init_parameter(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params += [_init_parameter(f) for f in kw_only_fields]
    return _create_fn('__init__', params, body or ['pass'], locals=captured, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' +
                     ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) + ')"'],
                    globals=globals)
    fn = _recursive_repr(fn)
    fn.__name__ = '__repr__'
    # Marks a generated repr (pprint lays such instances out field by field).
    fn.__dataclass_repr__ = True
    return fn


def _frozen_get_del_attr(cls, fields, globals):
    locals = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = 'type(self) is cls'
    if fields:
        condition += ' or name in {' + ', '.join(repr(f.name) for f in fields) + '}'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'),
                       locals=locals, globals=globals),
            _create_fn('__delattr__', ('self', 'name'),
                       (f'if {condition}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'),
                       locals=locals, globals=globals))


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ('self', 'other'),
                      ['if other.__class__ is self.__class__:',
                       f' return {self_tuple}{op}{other_tuple}',
                       'return NotImplemented'],
                      globals=globals)


def _hash_fn(fields, globals):
    self_tuple = _tuple_str('self', fields)
    return _create_fn('__hash__', ('self',), [f'return hash({self_tuple})'], globals=globals)


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    # A string annotation: "ClassVar[int]", "typing.ClassVar", "dataclasses.InitVar[str]"...
    text = annotation.strip()
    prefix, _, rest = text.partition('[')
    module_name, dot, name = prefix.rpartition('.')
    if not dot:
        ns = sys.modules.get(cls.__module__).__dict__ if cls.__module__ in sys.modules else {}
        name = prefix
    else:
        module = sys.modules.get(cls.__module__)
        if module and module.__dict__.get(module_name) is a_module:
            ns = sys.modules.get(cls.__module__).__dict__
        else:
            return False
        return is_type_predicate(getattr(a_module, name, None), a_module)
    if ns and is_type_predicate(ns.get(name), a_module):
        return True
    return False


def _field_kind(cls, annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD for an annotation, a string one included."""
    typing = sys.modules.get('typing')
    is_str = isinstance(annotation, str)
    if typing is not None and (_is_classvar(annotation, typing) or is_str and _is_type(
            annotation, cls, typing, typing.ClassVar, _is_classvar)):
        return _FIELD_CLASSVAR
    this_module = sys.modules[__name__]
    if _is_initvar(annotation, this_module) or is_str and _is_type(
            annotation, cls, this_module, InitVar, _is_initvar):
        return _FIELD_INITVAR
    return _FIELD


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for one annotated name of the class body (its value there, if any, is the default)."""
    value = getattr(cls, a_name, MISSING)
    f = value if isinstance(value, Field) else field(default=value)
    f.name, f.type = a_name, a_type
    kind = f._field_type = _field_kind(cls, a_type)
    if kind is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {a_name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {a_name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = default_kw_only
    # an unhashable default (list, dict, set, ...) would be shared by every instance
    if kind is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {a_name} is not allowed: use default_factory')
    return f


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _set_new_attribute(cls, name, value):
    """Install a generated method unless the class body defined that name itself; True means it did."""
    already = name in cls.__dict__
    if not already:
        setattr(cls, name, _set_qualname(cls, value))
    return already


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _hash_set_none(cls, fields, globals):
    return None


def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds, globals))


def _hash_exception(cls, fields, globals):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# (unsafe_hash, eq, frozen, has an explicit __hash__) -> what to do with __hash__ (CPython's table).
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }


def _inherited_fields(cls):
    """Fields of dataclass bases, most distant base first so nearer ones override; also whether any base
    is a dataclass and whether any of those is frozen."""
    gathered = {}
    found = frozen_found = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        found = True
        gathered.update((f.name, f) for f in base_fields.values())
        frozen_found = frozen_found or getattr(base, _PARAMS).frozen
    return gathered, found, bool(frozen_found)


def _own_fields(cls, annotations, kw_only):
    """Fields for the class's own annotations, in order; a KW_ONLY pseudo-field switches to keyword-only."""
    module = sys.modules[__name__]
    made = []
    marker_seen = False
    for name, annotation in annotations.items():
        is_marker = _is_kw_only(annotation, module) or (
            isinstance(annotation, str) and _is_type(annotation, cls, module, module.KW_ONLY, _is_kw_only))
        if not is_marker:
            made.append(_get_field(cls, name, annotation, kw_only))
            continue
        if marker_seen:
            raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
        marker_seen = True
        kw_only = True
    return made


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    fields, dataclass_bases, frozen_bases = _inherited_fields(cls)
    cls_annotations = cls.__dict__.get('__annotations__', {})
    for f in _own_fields(cls, cls_annotations, kw_only):
        fields[f.name] = f
        # A field(...) object left as the class attribute becomes the plain default (or disappears).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    # Frozenness must agree along the hierarchy, or some instances could be half-frozen.
    if dataclass_bases and frozen_bases != bool(frozen):
        if frozen_bases:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    (std_init_fields, kw_only_init_fields) = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
                                    '__dataclass_self__' if 'self' in fields else 'self', globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals))

    if eq:
        cmp_fields = (f for f in field_list if f.compare)
        terms = [f'self.{f.name}==other.{f.name}' for f in cmp_fields]
        field_comparisons = ' and '.join(terms) or 'True'
        body = ['if other.__class__ is self.__class__:',
                f' return {field_comparisons}',
                'return NotImplemented']
        func = _create_fn('__eq__', ('self', 'other'), body, globals=globals)
        _set_new_attribute(cls, '__eq__', func)

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals=globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list, globals)

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError, ImportError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # A new class with __slots__ for the fields (slots cannot be added to an existing class).
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(getattr(base, '__slots__', ()))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited_slots) + \
        (('__weakref__',) if weakref_slot else ())
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ and, on request, ordering, hashing and immutability to a class
    from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance (ClassVar and InitVar pseudo-fields excluded)."""
    table = getattr(class_or_instance, _FIELDS, None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _rebuild(obj, pack):
    """Deep-copy obj, turning every dataclass instance met on the way into pack(instance).

    Containers keep their own type: named tuples are rebuilt from positional arguments (their constructor
    does not take one iterable), other lists, tuples and dicts from an iterable; anything else is deep-copied.
    """
    if _is_dataclass_instance(obj):
        return pack(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_rebuild(item, pack) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_rebuild(item, pack) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_rebuild(k, pack), _rebuild(v, pack)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Convert a dataclass instance to a dict of its fields, recursively (values are deep copies).

    dict_factory receives a list of (name, value) pairs.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def pack(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name), pack)) for f in fields(instance)])
    return pack(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Convert a dataclass instance to a tuple of its field values, recursively (values are deep copies).

    tuple_factory receives a list of the values.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def pack(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), pack) for f in fields(instance)])
    return pack(obj)


def _field_spec(item):
    # make_dataclass accepts 'name', (name, type) or (name, type, default-or-field()); a bare name is
    # annotated with the string 'typing.Any', as in CPython.
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return item[0], item[1], item[2]
    raise TypeError(f'Invalid field: {item!r}')


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Creates a dataclass from a name and a list of field names, (name, type) or (name, type, Field)."""
    annotations = {}
    defaults = {}
    for item in fields:
        name, tp, spec = _field_spec(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp
        if spec is not MISSING:
            defaults[name] = spec
    ns = {} if namespace is None else dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed (made by calling the class, so __init__ and
    __post_init__ run again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        kind = f._field_type
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            # __init__ does not take it, so a new value could not be passed on.
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 'replace()')
        elif f.name not in changes:
            # An InitVar is not stored on the instance, so there is nothing to copy unless it has a default.
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
