"""Pretty-printing of Python data: pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter.

gilpy's own implementation of the layout CPython 3.11 documents and prints. An object is written as its
repr when that fits in what is left of the line; otherwise a container pprint knows (recognised by its
built-in __repr__) is opened up, one item per line, or as many per line as fit with compact=True; long
strings and bytes are cut into adjacent literals. Dicts are shown with sorted keys unless sort_dicts=False.
"""

import collections as _collections
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Write object's pretty representation and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return object's pretty representation as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint with dicts in their own order unless sort_dicts=True is given."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive data (the recursion is named, not followed)."""
    return PrettyPrinter()._summary(object)[0]


def isreadable(object):
    """Whether eval() could rebuild object from its repr: no recursion, no <...> reprs inside."""
    return PrettyPrinter()._summary(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._summary(object)[2]


class _Ordered:
    """Sort key for dict keys and set items of mixed types: values that cannot be compared are
    ordered by their type's name and then their id, as CPython's pprint orders them."""
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _by_key(item):
    return _Ordered(item[0])


def _recursion_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always readable and never contains other objects.
_PLAIN = {str, bytes, bytearray, float, bool, type(None)}   # (and complex, which gilpy lacks)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        step, line = int(indent), int(width)
        problem = ('indent must be >= 0' if step < 0 else
                   'depth must be > 0' if depth is not None and depth <= 0 else
                   'width must be != 0' if line == 0 else None)
        if problem:
            raise ValueError(problem)
        self._step = step                   # columns each nesting level adds
        self._line = line
        self._depth_limit = depth
        self._out = _sys.stdout if stream is None else stream
        self._pack = bool(compact)
        self._sorted = sort_dicts
        self._underscores = underscore_numbers

    # ------------------------------------------------------------------ public

    def pprint(self, object):
        if self._out is not None:       # sys.stdout can be None (no console)
            self._layout(object, self._out, 0, 0, {}, 0)
            self._out.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._layout(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses override it to change how values look."""
        return self._safe_repr(object, context, maxlevels, level)

    # ------------------------------------------------------------ one-line form

    def _summary(self, object):
        return self._safe_repr(object, {}, None, 0)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _PLAIN:
            return repr(object), True, False
        own_repr = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscores else repr(object)), True, False
        if issubclass(typ, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_by_key) if self._sorted else object.items()
            return self._joined(object, items, "{%s}", context, maxlevels, level, True)
        if issubclass(typ, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._joined(object, object, "[%s]", context, maxlevels, level, False)
        if issubclass(typ, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._joined(object, object, shape, context, maxlevels, level, False)
        text = repr(object)
        return text, bool(text) and not text.startswith('<'), False

    def _joined(self, object, entries, shape, context, maxlevels, level, pairs):
        """The one-line repr of a dict (pairs) or list/tuple, with recursion and depth marked."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        readable, recursive, parts = True, False, []
        for entry in entries:
            if pairs:
                k, kread, krec = self.format(entry[0], context, maxlevels, level + 1)
                v, vread, vrec = self.format(entry[1], context, maxlevels, level + 1)
                parts.append("%s: %s" % (k, v))
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
            else:
                text, read, rec = self.format(entry, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and read
                recursive = recursive or rec
        del context[key]
        return shape % ", ".join(parts), readable, recursive

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth_limit, level)
        self._unreadable = getattr(self, '_unreadable', False) or not readable
        self._saw_recursion = getattr(self, '_saw_recursion', False) or recursive
        return text

    # ---------------------------------------------------------- multi-line form

    def _layout(self, object, stream, indent, allowance, context, level):
        """Write object at column indent, leaving allowance columns for what closes after it."""
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._saw_recursion = True
            self._unreadable = True
            return
        text = self._repr(object, context, level)
        if len(text) > self._line - indent - allowance:
            opener = _OPENERS.get(type(object).__repr__)
            if opener is None and self._has_generated_repr(object):
                opener = PrettyPrinter._open_dataclass
            if opener is not None:
                context[key] = 1
                opener(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _has_generated_repr(object):
        params = getattr(type(object), '__dataclass_params__', None)
        return (params is not None and not isinstance(object, type) and params.repr
                and getattr(type(object).__repr__, '__dataclass_repr__', False))

    def _items(self, entries, stream, indent, allowance, context, level):
        """Items of a list, tuple, set or deque: one per line, or packed when compact."""
        indent += self._step
        if self._step > 1:
            stream.write(' ' * (self._step - 1))
        newline = ',\n' + ' ' * indent
        room = full = self._line - indent + 1
        separator = ''
        entries = list(entries)
        for n, entry in enumerate(entries):
            last = n == len(entries) - 1
            if last:
                room -= allowance
                full -= allowance
            if self._pack:
                text = self._repr(entry, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._layout(entry, stream, indent, allowance if last else 1, context, level)

    def _pairs(self, items, stream, indent, allowance, context, level):
        """key: value lines of a dict, each value laid out after its key."""
        indent += self._step
        items = list(items)
        for n, (k, v) in enumerate(items):
            last = n == len(items) - 1
            text = self._repr(k, context, level)
            stream.write(text)
            stream.write(': ')
            self._layout(v, stream, indent + len(text) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    def _fields(self, items, stream, indent, allowance, context, level):
        """name=value lines of a namespace or dataclass instance."""
        items = list(items)
        for n, (name, value) in enumerate(items):
            last = n == len(items) - 1
            stream.write(name)
            stream.write('=')
            if id(value) in context:
                stream.write("...")     # as the recursive repr of a dataclass shows it
            else:
                self._layout(value, stream, indent + len(name) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(',\n' + ' ' * indent)

    # -------------------------------------------------- openers, one per repr

    def _open_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._step > 1:
            stream.write(' ' * (self._step - 1))
        if object:
            items = sorted(object.items(), key=_by_key) if self._sorted else object.items()
            self._pairs(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _open_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._layout(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _open_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _open_tuple(self, object, stream, indent, allowance, context, level):
        closer = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._items(object, stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

    def _open_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            closer = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            closer = '})'
            indent += len(name) + 1
        self._items(sorted(object, key=_Ordered), stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

    def _open_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if level == 1:          # a top-level string gets parentheses around its pieces
            indent += 1
            allowance += 1
        room = self._line - indent
        pieces = []
        lines = object.splitlines(True)
        for n, line in enumerate(lines):
            final_line = n == len(lines) - 1
            literal = repr(line)
            if len(literal) <= (room - allowance if final_line else room):
                pieces.append(literal)
                continue
            words = _re.findall(r'\S*\s*', line)[:-1]   # each word with the blanks after it
            current = ''
            for m, word in enumerate(words):
                limit = room - allowance if final_line and m == len(words) - 1 else room
                if len(repr(current + word)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current += word
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(repr(lines[-1]))
            return
        self._write_pieces(pieces, stream, indent, level == 1)

    @staticmethod
    def _write_pieces(pieces, stream, indent, parenthesised):
        if parenthesised:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if parenthesised:
            stream.write(')')

    def _open_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        self._write_pieces(self._bytes_pieces(object, self._line - indent, allowance), stream, indent, level == 1)

    @staticmethod
    def _bytes_pieces(data, room, allowance):
        """bytes literals of whole groups of 4 bytes, each as long as fits in room."""
        pieces, current = [], b''
        last_group = len(data) // 4 * 4
        for start in range(0, len(data), 4):
            group = data[start:start + 4]
            if start == last_group:
                room -= allowance
            if len(repr(current + group)) > room:
                if current:
                    pieces.append(repr(current))
                current = group
            else:
                current = current + group
        if current:
            pieces.append(repr(current))
        return pieces

    def _open_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._open_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _open_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._layout(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _open_namespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else type(object).__name__
        stream.write(name + '(')
        self._fields(object.__dict__.items(), stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _open_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = type(object).__name__
        items = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + '(')
        self._fields(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _open_defaultdict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._open_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _open_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        if self._step > 1:
            stream.write(' ' * (self._step - 1))
        self._pairs(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _open_chain_map(self, object, stream, indent, allowance, context, level):
        if not object.maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for n, mapping in enumerate(object.maps):
            if n == len(object.maps) - 1:
                self._layout(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')
            else:
                self._layout(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)

    def _open_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._items(object, stream, indent, 2, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, self._repr(object.maxlen, context, level)))

    def _open_wrapped(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString look like what they wrap.
        self._layout(object.data, stream, indent, allowance, context, level - 1)


# Which opener a type gets is decided by its __repr__: a subclass that writes its own repr is left alone.
_OPENERS = {
    dict.__repr__: PrettyPrinter._open_dict,
    _collections.OrderedDict.__repr__: PrettyPrinter._open_ordered_dict,
    list.__repr__: PrettyPrinter._open_list,
    tuple.__repr__: PrettyPrinter._open_tuple,
    set.__repr__: PrettyPrinter._open_set,
    frozenset.__repr__: PrettyPrinter._open_set,
    str.__repr__: PrettyPrinter._open_str,
    bytes.__repr__: PrettyPrinter._open_bytes,
    bytearray.__repr__: PrettyPrinter._open_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._open_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._open_namespace,
    _collections.defaultdict.__repr__: PrettyPrinter._open_defaultdict,
    _collections.Counter.__repr__: PrettyPrinter._open_counter,
    _collections.ChainMap.__repr__: PrettyPrinter._open_chain_map,
    _collections.deque.__repr__: PrettyPrinter._open_deque,
}
for _name in ('UserDict', 'UserList', 'UserString'):
    if hasattr(_collections, _name):
        _OPENERS[getattr(_collections, _name).__repr__] = PrettyPrinter._open_wrapped
