"""JSON encoding: JSONEncoder (the encoding itself is done by _json, in Java)."""

import _json

__all__ = ['JSONEncoder']

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return _json.encode_basestring(s)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    return _json.encode_basestring_ascii(s)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float -> number, True -> true,
    False -> false, None -> null. To extend it, subclass and override default() to return a serializable
    object for o, or call the base implementation (to raise a TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object for ``o``, or
        calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _json.encode_basestring_ascii(o)
            else:
                return _json.encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return [_json.encode(o, self.default, indent, self.item_separator, self.key_separator,
                             self.sort_keys, self.skipkeys, self.ensure_ascii, self.check_circular,
                             self.allow_nan)]
