"""Text documentation of Python objects, as CPython 3.11's pydoc renders it for help().

help(obj) prints what `python3 -c 'help(obj)'` prints with its output not on a terminal: a title line,
then the object's signature and docstring (functions), its MRO, methods, class/static methods,
properties and data, own and inherited (classes), or NAME/DESCRIPTION/CLASSES/FUNCTIONS/DATA/FILE
(modules). help() with no argument starts the interactive help utility; help('name') looks a name up
(a module, keyword, or dotted path).
"""

import builtins
import inspect
import re
import sys

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'locate', 'plain', 'TextDoc', 'plaintext']


# ---------------------------------------------------------------------------------------------
# Docstrings
# ---------------------------------------------------------------------------------------------

def _own_doc(obj):
    """obj's docstring unless it is just its type's."""
    doc = getattr(obj, '__doc__', None)
    of_type = None if obj is type else type(obj).__doc__
    if doc is None or (isinstance(of_type, str) and of_type == doc):
        return None
    return doc


def _defining_class(obj):
    """For a function, method or builtin: the class it was looked up on (inherited docs come from its MRO)."""
    if inspect.ismethod(obj):
        name = obj.__func__.__name__
        owner = obj.__self__
        if inspect.isclass(owner) and getattr(getattr(owner, name, None), '__func__', None) is obj.__func__:
            return owner, name
        return owner.__class__, name
    if inspect.isbuiltin(obj):
        owner = getattr(obj, '__self__', None)
        if owner is None or inspect.ismodule(owner):
            return None, None
        return (owner if inspect.isclass(owner) else owner.__class__), obj.__name__
    if inspect.isfunction(obj):
        qualname = getattr(obj, '__qualname__', '')
        if '.' not in qualname or '<locals>' in qualname:
            return None, None
        module = sys.modules.get(obj.__module__)
        cls = module
        for part in qualname.split('.')[:-1]:
            cls = getattr(cls, part, None)
        if not inspect.isclass(cls) or getattr(cls, obj.__name__, None) is not obj:
            return None, None
        return cls, obj.__name__
    if isinstance(obj, property):
        return None, None
    objclass = getattr(obj, '__objclass__', None)
    if objclass is not None and inspect.isclass(objclass):
        return objclass, getattr(obj, '__name__', None)
    return None, None


def _getdoc(obj):
    doc = _own_doc(obj)
    if doc is None:
        cls, name = _defining_class(obj)
        if cls is not None and name:
            for base in cls.__mro__:
                try:
                    doc = _own_doc(getattr(base, name))
                except AttributeError:
                    continue
                if doc is not None:
                    break
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The docstring of obj (inherited along the MRO for methods), cleaned up, or ''."""
    result = _getdoc(obj)
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """(synopsis line, rest) of a docstring."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    if len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(cls, modname):
    name = cls.__qualname__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


_HIDDEN_NAMES = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
                 '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
                 '__path__', '__qualname__', '__slots__', '__version__'}


def visiblename(name, all=None, obj=None):
    if name in _HIDDEN_NAMES:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if name.startswith('_') and hasattr(obj, '_fields'):
        return True   # a namedtuple's _asdict, _replace, ...
    if all is not None:
        return name in all
    return not name.startswith('_')


# ---------------------------------------------------------------------------------------------
# Signatures
# ---------------------------------------------------------------------------------------------

def _split_params(text):
    params, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            params.append(text[start:i].strip())
            start = i + 1
    if text[start:].strip():
        params.append(text[start:].strip())
    return params


def _text_signature(obj, bound):
    """The signature a built-in's __text_signature__ describes: '$module' dropped, '$self' too when
    bound, a '/' with nothing before it dropped."""
    text = getattr(obj, '__text_signature__', None)
    if not isinstance(text, str) or not text.startswith('(') or not text.endswith(')'):
        return None
    if '<unrepresentable>' in text:   # a default inspect cannot rebuild: no signature
        return None
    params = _split_params(text[1:-1])
    out = []
    for p in params:
        if p.startswith('$'):
            if bound or p in ('$module',):
                continue
            p = p[1:]
        out.append(p)
    if out and out[0] == '/':
        out = out[1:]
    return '(' + ', '.join(out) + ')'


def _signature(obj):
    """The argument list as help() shows it, or None."""
    if inspect.isbuiltin(obj) or type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                                          'classmethod_descriptor'):
        owner = getattr(obj, '__self__', None)
        return _text_signature(obj, bound=owner is not None and not inspect.ismodule(owner))
    if inspect.isclass(obj) and obj.__module__ == 'builtins':
        return _text_signature(obj, bound=True)
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError):
        return None


def _is_bound_method(fn):
    if inspect.ismethod(fn):
        return True
    if inspect.isbuiltin(fn):
        owner = getattr(fn, '__self__', None)
        return not (inspect.ismodule(owner) or owner is None)
    return False


# ---------------------------------------------------------------------------------------------
# Class attributes
# ---------------------------------------------------------------------------------------------

class _InstanceSlot:
    """A class's __dict__ / __weakref__ slot, which CPython keeps as a descriptor in the class dict of
    the first class that adds it (gilpy's classes do not list them)."""

    def __init__(self, name, doc):
        self.__name__ = name
        self.__doc__ = doc


_DICT_SLOT = _InstanceSlot('__dict__', 'dictionary for instance variables')
_WEAKREF_SLOT = _InstanceSlot('__weakref__', 'list of weak references to the object')


def _added_slots(cls):
    """The instance slots cls adds as CPython would: a class without __slots__ adds __dict__ unless a
    base's instances have one (exceptions do), and __weakref__ unless a base's instances take weak
    references or are of variable size (int, tuple, bytes)."""
    if cls.__module__ == 'builtins' or '__slots__' in cls.__dict__:
        return {}

    def has(base, slot):
        if base is object:
            return False
        if base.__module__ == 'builtins':
            if slot == '__dict__':
                return issubclass(base, BaseException)
            return issubclass(base, (int, tuple, bytes))
        return '__slots__' not in base.__dict__ or any(has(b, slot) for b in base.__bases__)

    added = {}
    if not any(has(b, '__dict__') for b in cls.__bases__):
        added['__dict__'] = _DICT_SLOT
    if not any(has(b, '__weakref__') for b in cls.__bases__):
        added['__weakref__'] = _WEAKREF_SLOT
    return added


def classify_class_attrs(cls):
    """(name, kind, defining class, raw value) for every name in dir(cls); kind is one of 'method',
    'class method', 'static method', 'readonly property', 'data descriptor', 'data'."""
    result = []
    mro = inspect.getmro(cls)
    for base in mro:
        for name, slot in _added_slots(base).items():
            result.append((name, 'data descriptor', base, slot))
    for name in dir(cls):
        home = None
        for base in mro:
            if name in base.__dict__:
                home = base
                break
        if home is None or any(r[0] == name for r in result):
            continue
        value = home.__dict__[name]
        if isinstance(value, staticmethod):
            kind = 'static method'
        elif isinstance(value, classmethod):
            kind = 'class method'
        elif isinstance(value, property):
            kind = 'readonly property' if value.fset is None else 'data descriptor'
        elif inspect.isroutine(value):
            kind = 'method'
        elif inspect.isdatadescriptor(value) or type(value).__name__ in ('member_descriptor', 'getset_descriptor'):
            kind = 'data descriptor'
        else:
            kind = 'data'
        result.append((name, kind, home, value))
    return result


def _split_list(items, predicate):
    yes, no = [], []
    for item in items:
        (yes if predicate(item) else no).append(item)
    return yes, no


def _is_data(obj):
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
                or inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


# ---------------------------------------------------------------------------------------------
# The text renderer
# ---------------------------------------------------------------------------------------------

class TextDoc:
    """Renders documentation as plain text (pydoc's TextDoc with bold as plain text)."""

    def bold(self, text):
        return text

    # reprlib's limits, as pydoc's TextRepr
    maxlevel, maxlist, maxdict, maxstring, maxother = 6, 20, 10, 100, 100

    def repr(self, obj, level=None):
        level = self.maxlevel if level is None else level
        if isinstance(obj, str):
            return builtins.repr(_cram(obj, self.maxstring))
        if type(obj) in (list, tuple, set, frozenset, dict) and obj:
            if level <= 0:
                return {list: '[...]', tuple: '(...)', dict: '{...}'}.get(type(obj), '...')
            limit = self.maxdict if type(obj) is dict else self.maxlist
            items = list(obj.items() if type(obj) is dict else obj)
            if type(obj) in (set, frozenset):
                try:
                    items = sorted(items)
                except TypeError:
                    pass
            shown = items[:limit]
            if type(obj) is dict:
                parts = ['%s: %s' % (self.repr(k, level - 1), self.repr(v, level - 1)) for k, v in shown]
            else:
                parts = [self.repr(v, level - 1) for v in shown]
            if len(items) > limit:
                parts.append('...')
            body = ', '.join(parts)
            if type(obj) is list:
                return '[' + body + ']'
            if type(obj) is tuple:
                return '(' + body + (',)' if len(items) == 1 else ')')
            if type(obj) is dict:
                return '{' + body + '}'
            if type(obj) is set:
                return '{' + body + '}'
            return 'frozenset({' + body + '})'
        try:
            text = builtins.repr(obj)
        except Exception:
            return '<%s instance at %#x>' % (type(obj).__name__, id(obj))
        return _cram(text, self.maxother)

    def indent(self, text, prefix='    '):
        if not text:
            return ''
        lines = [prefix + line for line in text.split('\n')]
        if lines:
            lines[-1] = lines[-1].rstrip()
        return '\n'.join(lines)

    def section(self, title, contents):
        return self.bold(title) + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        if type(obj).__name__ in ('getset_descriptor', 'member_descriptor'):
            return self.docdata(obj, name, *args)
        if inspect.ismodule(obj):
            return self.docmodule(obj, name, *args)
        if inspect.isclass(obj):
            return self.docclass(obj, name, *args)
        if inspect.isroutine(obj):
            return self.docroutine(obj, name, *args)
        if inspect.isdatadescriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    def formattree(self, tree, modname, parent=None, prefix=''):
        result = ''
        for entry in tree:
            if type(entry) is type(()):
                c, bases = entry
                result += prefix + classname(c, modname)
                if bases and bases != (parent,):
                    result += '(%s)' % ', '.join(classname(b, modname) for b in bases)
                result += '\n'
            elif type(entry) is type([]):
                result += self.formattree(entry, modname, c, prefix + '    ')
        return result

    def docmodule(self, obj, name=None, mod=None, *ignored):
        name = obj.__name__
        synop, desc = splitdoc(getdoc(obj))
        result = self.section('NAME', name + (synop and ' - ' + synop))
        all = getattr(obj, '__all__', None)
        if desc:
            result += self.section('DESCRIPTION', desc)
        members = sorted(vars(obj).items())
        classes = [(k, v) for k, v in members if inspect.isclass(v)
                   and (all is not None or (inspect.getmodule(v) or obj) is obj) and visiblename(k, all, obj)]
        funcs = [(k, v) for k, v in members if inspect.isroutine(v)
                 and (all is not None or inspect.isbuiltin(v) or inspect.getmodule(v) is obj)
                 and visiblename(k, all, obj)]
        data = [(k, v) for k, v in members if _is_data(v) and visiblename(k, all, obj)]
        if classes:
            contents = [self.formattree(_class_tree([v for k, v in classes]), name)]
            contents += [self.document(v, k, name) for k, v in classes]
            result += self.section('CLASSES', '\n'.join(contents))
        if funcs:
            result += self.section('FUNCTIONS', '\n'.join(self.document(v, k, name) for k, v in funcs))
        if data:
            result += self.section('DATA', '\n'.join(self.docother(v, k, name, maxlen=70) for k, v in data))
        for attr, title in (('__version__', 'VERSION'), ('__date__', 'DATE'), ('__author__', 'AUTHOR'),
                            ('__credits__', 'CREDITS')):
            if hasattr(obj, attr):
                value = str(getattr(obj, attr))
                if attr == '__version__' and value[:11] == '$' + 'Revision: ' and value[-1:] == '$':
                    value = value[11:-1].strip()
                result += self.section(title, value)
        file = getattr(obj, '__file__', None)
        if not isinstance(file, str) or file.startswith('<'):
            file = '(built-in)'
        result += self.section('FILE', file)
        return result

    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname
        bases = obj.__bases__

        def makename(c, m=obj.__module__):
            return classname(c, m)

        title = 'class ' + self.bold(realname) if name == realname else self.bold(name) + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(map(makename, bases))
        contents = []
        push = contents.append
        argspec = _signature(obj)
        if argspec and argspec != '()':
            push(name + argspec + '\n')
        doc = getdoc(obj)
        if doc:
            push(doc + '\n')
        mro = list(inspect.getmro(obj))
        if len(mro) > 2:
            push('Method resolution order:')
            for base in mro:
                push('    ' + makename(base))
            push('')
        subclasses = sorted((c.__name__ for c in type.__subclasses__(obj)
                             if not c.__name__.startswith('_') and c.__module__ == 'builtins'), key=str.lower)
        if subclasses:
            push('Built-in subclasses:')
            for sub in subclasses[:4]:
                push('    ' + sub)
            if len(subclasses) > 4:
                push('    ... and ' + str(len(subclasses) - 4) + ' other subclasses')
            push('')

        rule_needed = [False]

        def rule():
            if rule_needed[0]:
                push('-' * 70)
            rule_needed[0] = True

        def spill(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for aname, kind, home, value in ok:
                    try:
                        value = getattr(obj, aname)
                    except Exception:
                        push(self.docdata(value, aname, mod))
                    else:
                        push(self.document(value, aname, mod, obj))
            return attrs

        def spilldescriptors(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for aname, kind, home, value in ok:
                    push(self.docdata(value, aname, mod))
            return attrs

        def spilldata(msg, attrs, predicate):
            ok, attrs = _split_list(attrs, predicate)
            if ok:
                rule()
                push(msg)
                for aname, kind, home, value in ok:
                    try:
                        shown = getattr(obj, aname)
                    except AttributeError:
                        shown = home.__dict__[aname]
                    push(self.docother(shown, aname, mod, maxlen=70, doc=getdoc(value) if callable(value) else None) + '\n')
            return attrs

        attrs = [a for a in classify_class_attrs(obj) if visiblename(a[0], obj=obj)]
        while attrs:
            this = mro.pop(0) if mro else attrs[0][2]
            attrs, inherited = _split_list(attrs, lambda t: t[2] is this)
            if obj is not builtins.object and this is builtins.object:
                attrs = inherited
                continue
            tag = 'defined here' if this is obj else 'inherited from %s' % classname(this, obj.__module__)
            attrs.sort(key=lambda a: a[0])
            attrs = spill('Methods %s:\n' % tag, attrs, lambda t: t[1] == 'method')
            attrs = spill('Class methods %s:\n' % tag, attrs, lambda t: t[1] == 'class method')
            attrs = spill('Static methods %s:\n' % tag, attrs, lambda t: t[1] == 'static method')
            attrs = spilldescriptors('Readonly properties %s:\n' % tag, attrs, lambda t: t[1] == 'readonly property')
            attrs = spilldescriptors('Data descriptors %s:\n' % tag, attrs, lambda t: t[1] == 'data descriptor')
            attrs = spilldata('Data and other attributes %s:\n' % tag, attrs, lambda t: t[1] == 'data')
            attrs = inherited

        body = '\n'.join(contents)
        return title + '\n' + (self.indent(body.rstrip(), ' |  ') + '\n' if body else '')

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        skipdocs = False
        if _is_bound_method(obj):
            imclass = obj.__self__.__class__
            if cl:
                if imclass is not cl:
                    note = ' from ' + classname(imclass, mod)
            elif obj.__self__ is not None:
                note = ' method of %s instance' % classname(obj.__self__.__class__, mod)
            else:
                note = ' unbound %s method' % classname(imclass, mod)
        asyncqualifier = 'async ' if (inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj)) else ''
        if name == realname:
            title = self.bold(realname)
        else:
            if cl and cl.__dict__.get(realname, None) is obj:
                skipdocs = True
            title = self.bold(name) + ' = ' + realname
        argspec = _signature(obj)
        if argspec and realname == '<lambda>':
            # a lambda shows as `name lambda a, b`: no parentheses
            title, argspec = self.bold(name) + ' lambda ', argspec[1:-1]
        decl = asyncqualifier + title + (argspec or '(...)') + note
        doc = '' if skipdocs else getdoc(obj) or ''
        return decl + '\n' + (self.indent(doc).rstrip() + '\n' if doc else '')

    def docdata(self, obj, name=None, mod=None, cl=None):
        results = []
        if name:
            results.append(self.bold(name) + '\n')
        doc = getdoc(obj) or ''
        if doc:
            results.append(self.indent(doc) + '\n')
        return ''.join(results)

    docproperty = docdata

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(obj)
        if maxlen:
            line = (name and name + ' = ' or '') + text
            chop = maxlen - len(line)
            if chop < 0:
                text = text[:chop] + '...'
        line = (name and self.bold(name) + ' = ' or '') + text
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line


def _cram(text, maxlen):
    """text shortened to maxlen by an ellipsis in the middle."""
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


def _class_tree(classes):
    """inspect.getclasstree(classes, unique=True): nested [(class, bases), [children]] lists."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                children.setdefault(parent, [])
                if c not in children[parent]:
                    children[parent].append(c)
                break   # unique: under its first base only
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)

    def walk(classes, parent):
        result = []
        for c in sorted(classes, key=lambda c: (c.__module__, c.__name__)):
            result.append((c, c.__bases__))
            if c in children:
                result.append(walk(children[c], c))
        return result
    return walk(roots, None)


text = TextDoc()
plaintext = text


def plain(text):
    """Text without the backspace bold that terminals show."""
    return re.sub('.\b', '', text)


def describe(thing):
    """'built-in function len', 'class C', 'module os', ..."""
    if inspect.ismodule(thing):
        name = thing.__name__
        if name in getattr(sys, 'builtin_module_names', ()):
            return 'built-in module ' + name
        return ('package ' if hasattr(thing, '__path__') else 'module ') + name
    if isinstance(thing, property):
        return 'property'
    for test, kind in _DESCRIBED_KINDS:
        if test(thing):
            return kind + ' ' + thing.__name__
    return type(thing).__name__


# describe()'s labels for named things, checked in this order.
_DESCRIBED_KINDS = ((inspect.isbuiltin, 'built-in function'), (inspect.isclass, 'class'),
                    (inspect.isfunction, 'function'), (inspect.ismethod, 'method'))


def locate(path, forceload=0):
    """The object a dotted path names (a module, then attributes), or None."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        try:
            module = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        n += 1
    if module:
        obj = module
    else:
        obj = builtins
    for part in parts[n:] if module else parts:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    if module is None and not parts:
        return None
    return obj


class ErrorDuringImport(Exception):
    pass


def resolve(thing, forceload=0):
    """(object, name or None) for an object or a dotted name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help(thing) shows."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or _getdoc(obj)):
        # data or an instance: document its type
        obj = type(obj)
        desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    try:
        rendered = render_doc(thing, title, forceload, plaintext)
        (output or sys.stdout).write(rendered)
    except (ImportError, ErrorDuringImport) as value:
        print(value)


# ---------------------------------------------------------------------------------------------
# help() and the interactive help utility
# ---------------------------------------------------------------------------------------------

class Helper:
    """help(): with an argument, documents it; without, a small `help> ` loop."""

    keywords = {name: '' for name in (
        'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
        'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
        'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with',
        'yield')}

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    input = property(lambda self: self._input or sys.stdin)
    output = property(lambda self: self._output or sys.stdout)

    def __repr__(self):
        return '<%s.%s instance>' % (self.__class__.__module__, self.__class__.__qualname__)

    _NO_REQUEST = object()      # help() without an argument: the interactive utility

    _LEAVING = ('\nYou are now leaving help and returning to the Python interpreter.\n'
                'If you want to ask for help on a particular object directly from the\n'
                'interpreter, you can type "help(object)".  Executing "help(\'string\')"\n'
                'has the same effect as typing a particular string at the help> prompt.\n')

    def __call__(self, request=_NO_REQUEST):
        if request is Helper._NO_REQUEST:
            self.intro()
            self.interact()
            self.output.write(self._LEAVING)
            return
        try:
            self.help(request)
        except ImportError as error:
            self.output.write('%s\n' % error)

    def interact(self):
        """The help> loop: one request per line until q, quit, end of input or Ctrl-C."""
        self.output.write('\n')
        for request in self._requests():
            if request.lower() in ('q', 'quit'):
                return
            if request == 'help':
                self.intro()
            else:
                self.help(request)

    def _requests(self):
        while True:
            try:
                line = self.getline('help> ')
            except (KeyboardInterrupt, EOFError):
                return
            if not line:
                return
            request = line.strip()
            quoted = len(request) > 2 and request[0] in '\'"' and request[-1] == request[0]
            if quoted and request[0] not in request[1:-1]:
                request = request[1:-1]      # help> 'len' is help> len
            yield request

    def getline(self, prompt):
        """One line from the help input (input() when that is stdin, so the line editor is used)."""
        if self.input is not sys.stdin:
            self.output.write(prompt)
            self.output.flush()
            return self.input.readline()
        return input(prompt)

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
            if request == 'keywords':
                self.listkeywords()
            elif request in self.keywords:
                self.output.write('%s is a Python keyword: see the language reference, "%s" statement or '
                                  'expression.\n' % (request, request))
            elif request in ('symbols', 'topics'):
                self.output.write('gilpy has no topic pages: ask for a keyword, module, function or class.\n')
            elif request:
                doc(request, 'Help on %s:', output=self._output)
            else:
                doc(str, 'Help on %s:', output=self._output)
        elif isinstance(request, Helper):
            self()
        else:
            doc(request, 'Help on %s:', output=self._output)
        self.output.write('\n')

    def intro(self):
        v = sys.version_info
        self.output.write('''
Welcome to gilpy's help utility, for Python %d.%d.

Type the name of any module, keyword, function or class to get its
documentation (a dotted name looks inside a module: "json.dumps").
"keywords" lists the keywords.

To leave and go back to the interpreter, type "q", "quit" or an empty line.
''' % (v[0], v[1]))

    def _columns(self, items):
        items = sorted(items)
        rows = (len(items) + 3) // 4
        for row in range(rows):
            line = ''
            for col in range(4):
                i = col * rows + row
                if i < len(items):
                    line += items[i].ljust(19) + ' '
            self.output.write(line.rstrip() + '\n')

    def listkeywords(self):
        self.output.write('\nHere is a list of the Python keywords.  Enter any keyword to get more help.\n\n')
        self._columns(list(self.keywords))


help = Helper()
