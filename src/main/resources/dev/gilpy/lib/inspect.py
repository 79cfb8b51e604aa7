"""Inspecting live objects: signatures, source code, docstrings and the is*() predicates."""

import sys
import types
import enum
import functools
from collections import namedtuple, OrderedDict as _OrderedDict
import keyword as _keyword
from types import MappingProxyType as _MappingProxy

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'getsource', 'getsourcelines', 'getfile',
           'getsourcefile', 'getmodule', 'getdoc', 'cleandoc', 'getmembers', 'getmro', 'unwrap', 'isclass',
           'isfunction', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator', 'isgeneratorfunction',
           'iscoroutine', 'iscoroutinefunction', 'isasyncgenfunction', 'isawaitable', 'isabstract', 'iscode',
           'isframe', 'istraceback', 'ismethoddescriptor', 'isdatadescriptor', 'getfullargspec',
           'FullArgSpec', 'currentframe', 'stack', 'getattr_static', 'formatannotation', 'get_annotations',
           'getcomments']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# ---- predicates

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def _plain_callable(object):
    # Functions, methods and classes are descriptors too, but the predicates below exclude them.
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    """True for objects with __get__ but no __set__ (int.__add__, staticmethod(f)), not for functions."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    """True for objects whose type has __set__ or __delete__ (property, slots, getset descriptors)."""
    if _plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = functools._unwrap_partial(f) if hasattr(functools, '_unwrap_partial') else f
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return type(object).__name__ == 'coroutine'


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return type(object).__name__ == 'frame'


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', None))


# ---- members, modules, docs

def getmembers(object, predicate=None):
    """(name, value) pairs of object's attributes, sorted by name."""
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """The function at the end of a chain of __wrapped__ attributes (functools.wraps)."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def cleandoc(doc):
    """A docstring with tabs expanded, the first line stripped on the left, the margin common to the
    other lines removed, and blank lines at both ends dropped."""
    first, *rest = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    cut = min(indents, default=0)
    body = [first.lstrip()] + [line[cut:] for line in rest]
    start, stop = 0, len(body)
    while start < stop and not body[start]:
        start += 1
    while stop > start and not body[stop - 1]:
        stop -= 1
    return '\n'.join(body[start:stop])


def getdoc(object):
    """The object's docstring cleaned by cleandoc(); classes, methods, properties and descriptors
    without one take it from the same name further up the MRO. None when there is none."""
    try:
        text = object.__doc__
    except AttributeError:
        return None
    if text is None:
        text = _doc_from_bases(object)
    return cleandoc(text) if isinstance(text, str) else None


def _owner_and_name(obj):
    """(class that defines obj, attribute name) for a method, property or descriptor; (None, None) if unknown."""
    if isclass(obj):
        return None, None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        return owner, obj.__func__.__name__
    if isinstance(obj, property):
        fget = obj.fget
        return _class_of_function(fget), getattr(fget, '__name__', None)
    if isfunction(obj):
        return _class_of_function(obj), obj.__name__
    if isbuiltin(obj):
        bound_to = getattr(obj, '__self__', None)
        if bound_to is None or ismodule(bound_to):
            return None, None
        return (bound_to if isclass(bound_to) else type(bound_to)), obj.__name__
    owner = getattr(obj, '__objclass__', None)
    if owner is not None and (ismethoddescriptor(obj) or isdatadescriptor(obj)):
        return owner, getattr(obj, '__name__', None)
    return None, None


def _class_of_function(func):
    """The class a function was defined in, found by walking its __qualname__ from its module."""
    path = getattr(func, '__qualname__', '').split('.')
    if len(path) < 2 or '<locals>' in path:
        return None
    found = sys.modules.get(getattr(func, '__module__', None))
    for part in path[:-1]:
        found = getattr(found, part, None)
    return found if isclass(found) else None


def _doc_from_bases(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    owner, name = _owner_and_name(obj)
    if owner is None or not name:
        return None
    for klass in owner.__mro__:
        attr = klass.__dict__.get(name)
        if attr is None:
            continue
        attr = getattr(attr, '__func__', attr)     # classmethod / staticmethod
        text = getattr(attr, '__doc__', None)
        if text is not None:
            return text
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in: itself for a module, sys.modules[__module__], else
    the module whose file the object's code comes from; None if none matches."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str) and name in sys.modules:
        return sys.modules[name]
    if _filename is None:
        try:
            _filename = getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    return None


# getfile() follows these links from an object towards the code object that names the file.
_LEADS_TO_CODE = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'), (isframe, 'f_code'))


def getfile(object):
    """The name of the file an object was defined in (TypeError for built-ins and other objects)."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if path is None:
            raise TypeError('{!r} is a built-in module'.format(object))
        return path
    if isclass(object):
        home = sys.modules.get(object.__module__)
        path = getattr(home, '__file__', None)
        if path is None:
            raise TypeError('{!r} is a built-in class'.format(object))
        return path
    for test, attr in _LEADS_TO_CODE:
        if test(object):
            return getfile(getattr(object, attr))
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, got {}'
                    .format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.startswith('<') and filename.endswith('>'):
        return None
    return filename


def _source_lines(object):
    # The text of the file the object came from: a file on disk, or gilpy's bundled library.
    filename = getfile(object)
    text = None
    if filename.startswith('<gilpy-lib>/'):
        loader = getattr(sys, '_gilpy_library_source', None)
        if loader is not None:
            text = loader(filename)
    elif not (filename.startswith('<') and filename.endswith('>')):
        try:
            with open(filename, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            text = None
    if text is None:
        raise OSError('could not get source code')
    return text.splitlines(True)


def _block_end(lines, start):
    """The index after the block (a def or class with its body, or a one-line lambda) starting at start."""
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    i = start
    depth = 0
    # The header: until a line ends the statement (brackets closed).
    while i < len(lines):
        for ch in lines[i]:
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
        stripped = lines[i].strip()
        i += 1
        if depth <= 0 and not stripped.startswith('@'):
            if not stripped.endswith(':') and ':' in stripped and not stripped.startswith(('def ', 'class ', 'async ')):
                return i
            if not stripped.endswith(':'):
                return i
            break
    last = i
    while i < len(lines):
        line = lines[i]
        if line.strip() == '':
            i += 1
            continue
        if len(line) - len(line.lstrip()) <= indent:
            break
        i += 1
        last = i
    return last


def getsourcelines(object):
    """(lines, first line number) of the object's source."""
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        start = None
        for i, line in enumerate(lines):
            stripped = line.lstrip()
            if stripped.startswith('class ' + name) and stripped[6 + len(name):7 + len(name)] in ('(', ':', ' '):
                start = i
                break
        if start is None:
            raise OSError('could not find class definition')
        while start > 0 and lines[start - 1].lstrip().startswith('@'):
            start -= 1
    else:
        if ismethod(object):
            object = object.__func__
        if isfunction(object):
            object = object.__code__
        if not iscode(object):
            raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                            'got {}'.format(type(object).__name__))
        start = object.co_firstlineno - 1
        if start >= len(lines):
            raise OSError('lineno is out of bounds')
        if object.co_name == '<lambda>':
            return [lines[start]], start + 1
    end = _block_end(lines, start)
    return lines[start:end], start + 1


def getsource(object):
    """The source text of a module, class, function or method (OSError if it cannot be found)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    """The comment lines just above the object's source, or None."""
    try:
        lines = _source_lines(object)
        _, lnum = getsourcelines(object)
    except (OSError, TypeError):
        return None
    end = lnum - 1
    start = end
    while start > 0 and lines[start - 1].lstrip().startswith('#'):
        start -= 1
    if start == end:
        return None
    return ''.join(line.lstrip() for line in lines[start:end])


def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def stack(context=1):
    frames = []
    f = sys._getframe(1)
    while f is not None:
        frames.append(FrameInfo(f, f.f_code.co_filename, f.f_lineno, f.f_code.co_name, None, None))
        f = f.f_back
    return frames


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """An attribute found without running descriptors or __getattr__."""
    instance_dict = {}
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            pass
        klass = type(obj)
    else:
        klass = obj
    if attr in instance_dict:
        return instance_dict[attr]
    for entry in klass.__mro__:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isinstance(obj, type):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    else:
        ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = getattr(obj, '__globals__', None) or getattr(sys.modules.get(getattr(obj, '__module__', None)),
                                                                '__dict__', {})
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# ---- signatures

def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature: classes by (qualified) name, typing forms without 'typing.'."""
    module = getattr(annotation, '__module__', None)
    if module == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        local = module in ('builtins', base_module)
        return annotation.__qualname__ if local else '%s.%s' % (module, annotation.__qualname__)
    return str(annotation) if isinstance(annotation, types.GenericAlias) else repr(annotation)


class _empty:
    """Stands for 'no default' and 'no annotation' (Parameter.empty, Signature.empty)."""


class _void:
    """Stands for 'not given' in the replace() methods."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, text):
        # Numbered in definition order; the text is what error messages call the kind.
        number = len(cls.__members__)
        kind = int.__new__(cls, number)
        kind._value_ = number
        kind.description = text
        return kind

    def __str__(self):
        return self._name_


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
_FILLED_BY_POSITION = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (immutable)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind') from None
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier() or _keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind, self._default, self._annotation = name, kind, default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        pick = lambda new, old: old if new is _void else new
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default), annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if self._annotation is not _empty else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return self._name, self._kind, self._annotation, self._default

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, Parameter) else NotImplemented


class BoundArguments:
    """The result of Signature.bind(): parameter name -> argument, in parameter order."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = property(lambda self: self._signature)

    def _split(self):
        """(positional arguments, keyword arguments) that reproduce the binding in a call."""
        positional, keywords = [], {}
        by_position = True
        for param in self._signature.parameters.values():
            present = param.name in self.arguments
            if by_position and (not present or param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD)):
                by_position = False
            if not present:
                continue
            value = self.arguments[param.name]
            if by_position:
                if param.kind is _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif param.kind is _VAR_KEYWORD:
                keywords.update(value)
            else:
                keywords[param.name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in the defaults of missing arguments (() and {} for *args and **kwargs)."""
        filled = {}
        for param in self._signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self._signature, self.arguments) == (other._signature, other.arguments)

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


class Signature:
    """The parameters and return annotation of a callable (immutable)."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = _OrderedDict()
        if parameters is not None:
            parameters = list(parameters)
            if __validate_parameters__:
                _check_parameter_list(parameters)
            for param in parameters:
                table[param.name] = param
        self._parameters = _MappingProxy(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable (see inspect.signature)."""
        return _signature_of(obj, follow_wrapped=follow_wrapped, skip_bound_arg=True, make=cls,
                             names=(globals, locals, eval_str))

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with a new parameter list and/or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        ordered = tuple(p for p in self._parameters.values() if p.kind is not _KEYWORD_ONLY)
        keyword_only = frozenset(p for p in self._parameters.values() if p.kind is _KEYWORD_ONLY)
        return self._return_annotation, ordered, keyword_only

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, Signature) else NotImplemented

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        params = list(self._parameters.values())
        keywords = dict(kwargs)
        waiting = list(args)
        for param in params:
            if not waiting or param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                break
            if param.kind is _VAR_POSITIONAL:
                bound[param.name] = tuple(waiting)
                waiting = []
                break
            if param.kind is _POSITIONAL_OR_KEYWORD and param.name in keywords:
                raise TypeError(f'multiple values for argument {param.name!r}')
            bound[param.name] = waiting.pop(0)
        if waiting:
            raise TypeError('too many positional arguments')
        collector = None
        for param in params:
            if param.kind is _VAR_KEYWORD:
                collector = param
            if param.name in bound or param.kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                continue
            if param.kind is _POSITIONAL_ONLY and param.name in keywords:
                raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
            if param.kind is not _POSITIONAL_ONLY and param.name in keywords:
                bound[param.name] = keywords.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if keywords:
            if collector is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(keywords))!r}')
            bound[collector.name] = keywords
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments (TypeError as the call would raise)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        pieces = []
        kinds = [p.kind for p in self._parameters.values()]
        for index, param in enumerate(self._parameters.values()):
            if param.kind is _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds and \
                    (index == 0 or kinds[index - 1] is not _KEYWORD_ONLY):
                pieces.append('*')
            pieces.append(str(param))
            if param.kind is _POSITIONAL_ONLY and (index + 1 == len(kinds) or kinds[index + 1] is not _POSITIONAL_ONLY):
                pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _check_parameter_list(parameters):
    """The rules of a def statement: kinds in order, no required positional after a default, unique names."""
    seen = set()
    highest = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        if param.kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                             f'{param.kind.description} parameter')
        highest = param.kind
        if param.kind in _FILLED_BY_POSITION:
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in seen:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        seen.add(param.name)


# ---- building a Signature from a callable

def _signature_of(obj, *, follow_wrapped=True, skip_bound_arg=True, make=Signature, names=(None, None, False)):
    again = lambda target, skip=skip_bound_arg: _signature_of(target, follow_wrapped=follow_wrapped,
                                                               skip_bound_arg=skip, make=make, names=names)
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        whole = again(obj.__func__)
        return _without_first(whole) if skip_bound_arg else whole
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        declared = obj.__signature__
    except AttributeError:
        declared = None
    if declared is not None:
        if not isinstance(declared, Signature):
            raise TypeError(f'unexpected object {declared!r} in __signature__ attribute')
        return declared
    if isinstance(obj, types.FunctionType) or (hasattr(obj, '__code__') and hasattr(obj, '__defaults__')):
        return _from_code(make, obj, names)
    if isinstance(obj, functools.partial):
        return _after_partial(again(obj.func), obj)
    if isinstance(obj, type):
        return _of_class(obj, again)
    if _is_builtin_callable(obj):
        return _from_text_signature(make, obj, skip_bound_arg)
    call = _defined_in_python(type(obj), '__call__')
    if call is not None:
        whole = again(call)
        return _without_first(whole) if skip_bound_arg else whole
    raise ValueError(f'callable {obj!r} is not supported by signature')


def _from_code(make, func, names):
    globalns, localns, eval_str = names
    code = func.__code__
    positional = code.co_argcount
    keyword_only = code.co_kwonlyargcount
    varnames = code.co_varnames
    notes = get_annotations(func, globals=globalns, locals=localns, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    first_default = positional - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default, annotation=notes.get(name, _empty)))

    for index in range(positional):
        kind = _POSITIONAL_ONLY if index < code.co_posonlyargcount else _POSITIONAL_OR_KEYWORD
        add(varnames[index], kind, defaults[index - first_default] if index >= first_default else _empty)
    slot = positional + keyword_only
    if code.co_flags & CO_VARARGS:
        add(varnames[slot], _VAR_POSITIONAL)
        slot += 1
    for name in varnames[positional:positional + keyword_only]:
        add(name, _KEYWORD_ONLY, kw_defaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(varnames[slot], _VAR_KEYWORD)
    return make(params, return_annotation=notes.get('return', _empty), __validate_parameters__=False)


def _without_first(sig):
    """The signature as seen through a bound method: the first positional parameter is taken."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind is not _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _after_partial(sig, partial):
    """What is left of sig once functools.partial has supplied some arguments."""
    try:
        taken = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as error:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from error
    left = []
    now_keyword_only = False
    consumed = len(partial.args)
    for param in sig.parameters.values():
        if param.kind in _FILLED_BY_POSITION and consumed:
            consumed -= 1
            continue
        if param.kind is _VAR_POSITIONAL:
            left.append(param)
            continue
        if param.name in partial.keywords:
            value = taken.arguments[param.name]
            if param.kind is _POSITIONAL_ONLY:
                continue
            now_keyword_only = True
            left.append(param.replace(default=value, kind=_KEYWORD_ONLY))
            continue
        if now_keyword_only and param.kind is _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        left.append(param)
    # A *args that followed parameters turned keyword-only cannot stay between them.
    if now_keyword_only:
        left = [p for p in left if p.kind is not _VAR_POSITIONAL or
                all(q.kind is not _KEYWORD_ONLY for q in left[:left.index(p)])]
    return sig.replace(parameters=left)


def _defined_in_python(cls, name):
    """cls's attribute `name` if a class written in Python (not object/type) defines it, else None."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            found = klass.__dict__[name]
            if isinstance(found, (staticmethod, classmethod)):
                return getattr(cls, name)
            return getattr(cls, name) if isinstance(found, types.FunctionType) else None
    return None


def _of_class(cls, again):
    meta_call = _defined_in_python(type(cls), '__call__')
    if meta_call is not None:
        return _without_first(again(meta_call))
    for klass in cls.__mro__:
        if klass is object:
            break
        for name in ('__new__', '__init__'):
            if name not in klass.__dict__:
                continue
            found = klass.__dict__[name]
            if isinstance(found, staticmethod):
                found = found.__func__
            if isinstance(found, types.FunctionType):
                return _without_first(again(found, False))
            raise ValueError(f'no signature found for builtin type {cls!r}')
    return again(object, False) if cls is not object else Signature()


# The types of functions and methods implemented in the runtime (types lacks some of their names).
_BUILTIN_CALLABLE_TYPES = tuple({type(len), type(str.upper), type(''.upper), type(object.__init__),
                                 type(object().__str__), type(dict.__dict__['fromkeys'])})


def _is_builtin_callable(obj):
    return isinstance(obj, _BUILTIN_CALLABLE_TYPES) or obj is object


def _from_text_signature(make, obj, skip_bound_arg):
    """Parse a built-in's __text_signature__, e.g. '($self, key, default=None, /)'."""
    if obj is object:
        return make()
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError(f'no signature found for builtin {obj!r}')
    bound_to = getattr(obj, '__self__', None)
    drop_self = bound_to is not None and not isinstance(bound_to, types.ModuleType)
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for item in _split_top_level(text.strip()[1:-1]):
        if item == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
            continue
        if item == '*':
            kind = _KEYWORD_ONLY
            continue
        name, _, default = item.partition('=')
        name = name.strip()
        if name.startswith('$'):
            if name == '$module' or (drop_self and skip_bound_arg):
                continue
            name = name[1:]
        if name.startswith('**'):
            params.append(Parameter(name[2:], _VAR_KEYWORD))
        elif name.startswith('*'):
            params.append(Parameter(name[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            params.append(Parameter(name, kind, default=_text_default(default.strip()) if default else _empty))
    return make(params)


def _split_top_level(text):
    """Split at commas outside brackets and quotes."""
    items, depth, quote, start = [], 0, None, 0
    for index, char in enumerate(text):
        if quote:
            if char == quote and text[index - 1] != '\\':
                quote = None
        elif char in '\'"':
            quote = char
        elif char in '([{':
            depth += 1
        elif char in ')]}':
            depth -= 1
        elif char == ',' and depth == 0:
            items.append(text[start:index].strip())
            start = index + 1
    if text[start:].strip():
        items.append(text[start:].strip())
    return items


class _TextDefault:
    """A default a text signature spells as an expression that is not a literal; prints as written."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return self.text


def _text_default(text):
    try:
        return eval(text, {'__builtins__': {}})
    except Exception:
        return _TextDefault(text)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: ValueError when none can be found, TypeError for non-callables."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str)


FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of func as a FullArgSpec; bound methods keep their first parameter."""
    try:
        sig = _signature_of(func, follow_wrapped=False, skip_bound_arg=False)
    except Exception as error:
        raise TypeError('unsupported callable') from error
    groups = {kind: [] for kind in _ParameterKind}
    defaults, kwonly_defaults, notes = [], {}, {}
    for param in sig.parameters.values():
        groups[param.kind].append(param.name)
        if param.annotation is not param.empty:
            notes[param.name] = param.annotation
        if param.default is param.empty:
            continue
        if param.kind is _KEYWORD_ONLY:
            kwonly_defaults[param.name] = param.default
        elif param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            defaults.append(param.default)
    if sig.return_annotation is not sig.empty:
        notes['return'] = sig.return_annotation
    star, double_star = groups[_VAR_POSITIONAL], groups[_VAR_KEYWORD]
    return FullArgSpec(groups[_POSITIONAL_ONLY] + groups[_POSITIONAL_OR_KEYWORD],
                       star[0] if star else None, double_star[0] if double_star else None,
                       tuple(defaults) or None, groups[_KEYWORD_ONLY], kwonly_defaults or None, notes)
