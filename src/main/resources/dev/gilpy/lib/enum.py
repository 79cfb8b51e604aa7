"""Enumerations: named constants grouped in a class (Enum, IntEnum, StrEnum, Flag, IntFlag).

Written for gilpy from the enum documentation and CPython 3.11's observed behaviour.
Layout: name predicates, the class-body namespace (_ClassBody), the metaclass (EnumType),
the member classes, then the decorators (unique, verify, global_enum).
"""

import sys as _sys
import builtins as _builtins
from types import MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str',
           'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

_type = _builtins.type                  # `type` and `property` are shadowed below
_property = _builtins.property

# The base classes below are created by EnumType itself; until each exists, its name is None
# and EnumType skips the checks that need it.
Enum = ReprEnum = Flag = None


# ---------------------------------------------------------------- name predicates

def _dunder(name):
    return len(name) > 4 and name.startswith('__') and name.endswith('__') \
        and name[2] != '_' and name[-3] != '_'


def _sunder(name):
    return len(name) > 2 and name[0] == '_' == name[-1] and name[1] != '_' and name[-2] != '_'


def _mangled(class_name, name):
    prefix = '_' + class_name.lstrip('_') + '__'
    return name.startswith(prefix) and not name.endswith('_')


def _has_descriptor_protocol(obj):
    kind = type(obj)
    return hasattr(kind, '__get__') or hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def _one_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bit_values(n):
    """The powers of two set in the non-negative int n, lowest first."""
    found = []
    while n:
        low = n & -n
        found.append(low)
        n ^= low
    return found


def show_flag_values(value):
    return _bit_values(value)


def _bits_text(num, width=None):
    """'0b<sign> <bits>' in two's complement over `width` bits (the flag error messages' format)."""
    width = max(width or 0, num.bit_length(), 1)
    return '0b%d %s' % (num < 0, format(num & ((1 << width) - 1), '0%db' % width))


# ---------------------------------------------------------------- helpers for the class body

class _NoValue:
    def __repr__(self):
        return '_auto_null'


_NO_VALUE = _NoValue()


class auto:
    """Placeholder for a member value; the class's _generate_next_value_ picks the real one."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Force an attribute of the class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keep an attribute of the class body out of the members."""

    def __init__(self, value):
        self.value = value


class property:
    """Attribute that means one thing on members (fget) and another on the class (a member of that name)."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None or fget is None else fget.__doc__
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r object has no attribute %r' % (type(instance).__name__, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError('<enum %r> cannot set attribute %r' % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError('<enum %r> cannot delete attribute %r' % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


# Sunder names the class body may define; any other _x_ name is refused.
_ALLOWED_SUNDERS = frozenset(('_order_', '_generate_next_value_', '_missing_', '_ignore_', '_numeric_repr_',
                              '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'))


class _ClassBody(dict):
    """Namespace of an enum class statement: remembers which names are members, in order,
    and turns auto() into values as they are assigned."""

    def __init__(self, class_name, next_value):
        super().__init__()
        self.class_name = class_name
        self.next_value = next_value       # the _generate_next_value_ in force
        self.member_names = []
        self.values_so_far = []            # what _generate_next_value_ sees as last_values
        self.ignored = []
        self.auto_used = False

    def __setitem__(self, key, value):
        if _mangled(self.class_name, key):
            pass
        elif _sunder(key):
            self._set_sunder(key, value)
        elif _dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self.member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self.ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _has_descriptor_protocol(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            value = self._resolve_autos(key, value)
            self.member_names.append(key)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % key)
        if key == '_generate_next_value_':
            if self.auto_used:
                raise TypeError('_generate_next_value_ must be defined before members')
            self.next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            clash = set(names) & set(self.member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
            self.ignored = names

    def _generated(self, key):
        self.auto_used = True
        value = self.next_value(key, 1, len(self.member_names), self.values_so_far[:])
        self.values_so_far.append(value)
        return value

    def _resolve_autos(self, key, value):
        if isinstance(value, auto):
            if value.value is _NO_VALUE:
                value.value = self._generated(key)
            else:
                self.values_so_far.append(value.value)
            return value.value
        if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            parts = []
            for v in value:
                if isinstance(v, auto):
                    if v.value is _NO_VALUE:
                        v.value = self._generated(key)
                    v = v.value
                parts.append(v)
            return type(value)(parts) if type(value) is tuple else type(value)(*parts)
        self.values_so_far.append(value)
        return value


# ---------------------------------------------------------------- the metaclass

def _enum_bases(bases):
    """(data type, last enum base) of a new enum class's bases, checking their order and count."""
    enum_base = None
    for base in reversed(bases):
        if isinstance(base, EnumType):
            enum_base = base
            break
    if enum_base is None:
        return object, None
    if not isinstance(bases[-1], EnumType):
        raise TypeError('new enumerations should be created as '
                        '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
    data_types = set()
    for base in bases:
        found = _data_type_of(base)
        if found is not None:
            data_types.add(found)
    return data_types, enum_base


def _data_type_of(cls):
    """The first class in cls's MRO that carries data (defines __new__, or is a dataclass), not an enum."""
    for klass in cls.__mro__:
        if klass is object or isinstance(klass, EnumType):
            continue
        if '__new__' in klass.__dict__ or '__dataclass_fields__' in klass.__dict__:
            return klass
    return None


class EnumType(type):
    """Metaclass of the enumerations: makes the members, answers lookups and iteration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        _, enum_base = _enum_bases(bases)
        next_value = getattr(enum_base, '_generate_next_value_', None)
        return _ClassBody(cls, getattr(next_value, '__func__', next_value))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if not isinstance(classdict, _ClassBody):   # type(...) called with a plain dict
            body = metacls.__prepare__(cls, bases)
            for key, value in classdict.items():
                body[key] = value
            classdict = body
        data_types, enum_base = _enum_bases(bases)
        if enum_base is None:
            member_type = object
        elif len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (cls, data_types))
        else:
            member_type = data_types.pop() if data_types else object
        for name in classdict.ignored:
            classdict.pop(name, None)
        member_names = classdict.member_names
        bad = [name for name in member_names if name in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in bad))
        values = {name: dict.pop(classdict, name) for name in member_names}
        order = classdict.pop('_order_', None)

        # How members are made: the class's own __new__, an inherited custom one, or the data type's.
        # (Enum's own __new__ is the lookup, never a maker.)
        maker = classdict.get('__new__') if Enum is not None else None
        if maker is None:
            maker = _inherited_member_new(bases, member_type)
        else:
            maker = getattr(maker, '__func__', maker)
        namespace = dict(classdict)
        namespace.pop('_ignore_', None)
        if Enum is not None:
            namespace.pop('__new__', None)
        namespace.update(_new_member_=maker, _use_args_=member_type is not object or maker != object.__new__,
                         _member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=member_type)
        if '_value_repr_' not in classdict and member_type is not object:
            namespace['_value_repr_'] = _repr_of(member_type)
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            namespace['_boundary_'] = boundary or getattr(enum_base, '_boundary_', None)
        elif boundary is not None:
            namespace['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        # A data type's own repr/str/format/... would shadow the enum's (it comes first in the MRO).
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__', '__dir__'):
            if name in classdict or member_type is object:
                continue
            found = getattr(enum_class, name)
            if found == getattr(member_type, name) or found == getattr(object, name):
                for klass in enum_class.__mro__:
                    if isinstance(klass, EnumType) and name in klass.__dict__:
                        type.__setattr__(enum_class, name, klass.__dict__[name])
                        break

        if ReprEnum is not None and issubclass(enum_class, ReprEnum) and member_type is not object:
            # ReprEnum: only repr() is the enum's; str() and format() are the data type's.
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                text = member_type.__str__
                if text is object.__str__:
                    text = member_type.__repr__
                type.__setattr__(enum_class, '__str__', text)

        flag = Flag is not None and issubclass(enum_class, Flag)
        if flag:
            enum_class._flag_mask_ = enum_class._singles_mask_ = 0
        for name in member_names:
            _add_member(enum_class, name, values[name], flag)
        if flag:
            mask = enum_class._flag_mask_
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1
            if enum_class._boundary_ is None:
                enum_class._boundary_ = STRICT if enum_base is None else enum_base._boundary_
        if Enum is not None:
            # Calling the class looks a member up; the member maker stays in _new_member_.
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if flag:
                order = [n for n in order if n not in enum_class._member_map_ or n in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            if not cls._member_map_:
                raise TypeError('%r has no members defined' % cls)
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API: Enum('Name', 'A B') and its list, pair and mapping forms."""
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            counted, names = names, []
            seen = []
            for index, name in enumerate(counted):
                value = body.next_value(name, start, index, seen[:])
                seen.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            body[name] = value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will return True or\n'
                          'False depending on whether the value is a member or the value of a member',
                          DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (_type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        if _dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__',
                 '__len__', '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)


EnumMeta = EnumType


def _inherited_member_new(bases, member_type):
    """The member maker a class without its own __new__ uses: a custom one from an enum base, else the data type's."""
    for base in bases:
        for klass in base.__mro__:
            if isinstance(klass, EnumType):
                found = klass.__dict__.get('_new_member_')
                if found is not None and klass._member_type_ is member_type and found != _default_new(member_type):
                    return found
    return _default_new(member_type)


def _default_new(member_type):
    return object.__new__ if member_type is object else member_type.__new__


def _repr_of(data_type):
    for klass in data_type.__mro__:
        if '__repr__' in klass.__dict__:
            return klass.__dict__['__repr__']
    return repr


def _add_member(enum_class, name, value, flag):
    """Make member `name` (or record it as an alias of an existing member) and put it on the class."""
    member_type = enum_class._member_type_
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    maker = enum_class._new_member_
    made = maker(enum_class, *args) if enum_class._use_args_ and maker != object.__new__ else object.__new__(enum_class)
    if not hasattr(made, '_value_'):
        if member_type is object:
            made._value_ = value
        else:
            try:
                made._value_ = member_type(*args)
            except (TypeError, ValueError):
                made._value_ = value
    value = made._value_
    made._name_ = name
    made.__objclass__ = enum_class
    made.__init__(*args)
    if flag and not isinstance(value, int):
        enum_class._flag_mask_ |= value     # raises the TypeError CPython raises for a non-int flag value

    canonical = _find_existing(enum_class, value)
    if canonical is not None:
        made = canonical
    elif not flag or _one_bit(value):
        enum_class._member_names_.append(name)
    if flag and canonical is None and _one_bit(value):
        enum_class._flag_mask_ |= value
        enum_class._singles_mask_ |= value
    elif flag:
        enum_class._flag_mask_ |= value

    inherited = None
    for klass in enum_class.__mro__[1:]:
        if name in klass.__dict__:
            inherited = klass.__dict__[name]
            break
    if inherited is not None and _has_descriptor_protocol(inherited):
        redirect = property(getattr(inherited, 'fget', None))
        redirect.member = made
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, made)
    enum_class._member_map_[name] = made
    try:
        enum_class._value2member_map_.setdefault(value, made)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_existing(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for existing in enum_class._member_map_.values():
            if existing._value_ == value:
                return existing
    return None


# ---------------------------------------------------------------- the member classes


class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of members, each with a name and a value."""

    def __new__(cls, value):
        if _type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        try:
            found = cls._missing_(value)
        except Exception as error:
            if not isinstance(error, ValueError):
                error.__context__ = invalid
            raise
        if isinstance(found, cls):
            return found
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(found, int):
            return found
        if found is None:
            raise invalid
        error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                          % (cls.__name__, found))
        error.__context__ = invalid
        raise error

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Default auto() value: one more than the last value that can be incremented, else start."""
        skipped = False
        for last in reversed(last_values):
            try:
                result = last + 1
            except TypeError:
                skipped = True
                continue
            break
        else:
            result = start
            skipped = bool(last_values)
        if skipped:
            import warnings
            warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be '
                          'sortable and support adding +1\nand the value returned will be the largest value in '
                          'the enum incremented by 1', DeprecationWarning, stacklevel=5)
        return result

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        cls = self.__class__
        names = set()
        for klass in cls.__mro__:
            if isinstance(klass, EnumType) and klass is not Enum:
                names.update(n for n in klass.__dict__ if not n.startswith('_'))
        names.update(n for n in getattr(self, '__dict__', {}) if not n.startswith('_'))
        names.update(('name', 'value'))
        if cls._member_type_ is object:
            names -= set(cls._member_map_)
            names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        else:
            names.update(dir(cls._member_type_))
            names.update(n for n in Enum.__dict__ if _dunder(n) and n not in ('__dict__', '__weakref__'))
        return sorted(names)

    def __hash__(self):
        if self._member_type_ is object:
            return hash(self._name_)
        return self._member_type_.__hash__(self)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """An enum whose str() and format() are those of its data type; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) > 1 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) > 2 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2],))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member names."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with | & ^ ~; combinations are members too."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = last_values[-1]
        for value in last_values:
            if not isinstance(value, int):
                raise TypeError('invalid flag value %r' % (value,))
            highest = max(highest, value)
        return 1 << highest.bit_length()

    @classmethod
    def _missing_(cls, value):
        """Make (and cache) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        mask, every, boundary = cls._flag_mask_, cls._all_bits_, cls._boundary_
        given = value
        if value < 0:
            # A negative number counts down from just above the flag's bits; if it goes past
            # zero, from the next power of two above the number itself.
            value += every + 1
            if value < 0 and boundary is not STRICT and boundary is not EJECT:
                value = (1 << given.bit_length()) + given
        if value < 0 or value & ~mask:
            if boundary is STRICT:
                width = max(given.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, given, _bits_text(given, width), _bits_text(mask, width)))
            if boundary is CONFORM:
                value &= mask
            elif boundary is EJECT:
                return given
        known = cls._value2member_map_.get(value)
        if known is not None:
            return known
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        named = [m._name_ for m in cls._members_in(value)]
        extra = value & ~cls._singles_mask_
        if named and extra:
            # With unnamed bits, the multi-bit members the value contains are named too.
            for m in cls._member_map_.values():
                if m._name_ not in named and m._value_ and m._value_ & value == m._value_:
                    named.append(m._name_)
            named.append(cls._numeric_repr_(extra))
        pseudo._name_ = '|'.join(named) if named else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _members_in(cls, value):
        """The canonical (one-bit) members whose bit is set in value, in definition order."""
        return [m for m in (cls._member_map_[n] for n in cls._member_names_) if m._value_ & value]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (_type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._members_in(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls = self.__class__
        show = cls._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, show(self._value_))
        return '<%s.%s: %s>' % (cls.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        return other if other is NotImplemented else self.__class__(self._value_ ^ other)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is EJECT or cls._boundary_ is KEEP:
            return cls(~self._value_)     # _missing_ maps the negative number back into range
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints; other ints combine with them."""

    # int comes first in the MRO: take the bitwise operators back from it.
    __or__, __and__, __xor__ = Flag.__or__, Flag.__and__, Flag.__xor__
    __ror__, __rand__, __rxor__, __invert__ = Flag.__ror__, Flag.__rand__, Flag.__rxor__, Flag.__invert__


# ---------------------------------------------------------------- decorators and helpers

def _aliases(enumeration):
    return [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]


def unique(enumeration):
    """Class decorator: refuse aliases (two names with one value)."""
    found = _aliases(enumeration)
    if found:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in found)))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator that runs the given EnumCheck checks on an enumeration."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = issubclass(enumeration, Flag)
        for check in self.checks:
            if check is UNIQUE:
                found = _aliases(enumeration)
                if found:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % pair for pair in found)))
            elif check is CONTINUOUS:
                self._continuous(enumeration, is_flag)
            elif check is NAMED_FLAGS and is_flag:
                self._named_flags(enumeration)
        return enumeration

    @staticmethod
    def _continuous(enumeration, is_flag):
        values = {m._value_ for m in enumeration.__members__.values()}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if is_flag:
            expected = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
        else:
            expected = range(low, high + 1)
        missing = [v for v in expected if v not in values]
        if missing:
            raise ValueError('invalid %s %r: missing values %s'
                             % ('flag' if is_flag else 'enum', enumeration.__name__,
                                ', '.join(str(v) for v in missing)))

    @staticmethod
    def _named_flags(enumeration):
        names, lacking = [], 0
        for name, m in enumeration.__members__.items():
            if name in enumeration._member_names_ or m._value_ <= 0:
                continue
            gap = m._value_ & ~enumeration._singles_mask_
            if gap:
                names.append(name)
                lacking |= gap
        if not names:
            return
        subject = 'alias %s is' % names[0] if len(names) == 1 else \
            'aliases %s and %s are' % (', '.join(names[:-1]), names[-1])
        what = 'value' if _one_bit(lacking) else 'combined values of'
        raise ValueError('invalid Flag %r: %s missing %s %#x [use enum.show_flag_values(value) for details]'
                         % (enumeration.__name__, subject, what, lacking))


def _module_prefix(member):
    return member.__class__.__module__.rpartition('.')[2]


def global_enum_repr(self):
    return '%s.%s' % (_module_prefix(self), self._name_)


def global_flag_repr(self):
    prefix, cls = _module_prefix(self), self.__class__
    if self._name_ is None:
        return '%s.%s(%r)' % (prefix, cls.__name__, self._value_)
    return '|'.join(part if part[0].isdigit() else '%s.%s' % (prefix, part) for part in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members print as module globals and are put in the module's namespace."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
