"""json.encoder: Python values to JSON text; the walking itself runs in gilpy's _json (Java)."""
import _json


def py_encode_basestring(s):
    """Quote s as a JSON string, leaving non-ASCII characters as they are."""
    return _json.encode_basestring(s)


def py_encode_basestring_ascii(s):
    """Quote s as a JSON string using only ASCII (\\uXXXX escapes for the rest)."""
    return _json.encode_basestring_ascii(s)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python values into JSON text.

    dicts become objects, lists and tuples arrays, str strings, ints and floats (also int/float subclasses
    such as enums) numbers, True/False/None true/false/null. For anything else default() is asked for a
    value that can be encoded; the base default() raises TypeError.
    """
    # Class-level defaults; instances override them when separators or indent are given.
    key_separator = ': '
    item_separator = ', '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        self.ensure_ascii = ensure_ascii
        self.indent = indent
        self.skipkeys = skipkeys
        self.sort_keys = sort_keys
        if separators is None:
            # Indented output ends lines after commas, so the space after them would be trailing.
            if indent is not None:
                self.item_separator = ','
        else:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Hook for types JSON has no form for: return something encodable, or raise TypeError."""
        raise TypeError('Object of type %s is not JSON serializable' % o.__class__.__name__)

    def encode(self, o):
        """The JSON text for o, as one str."""
        if isinstance(o, str):
            quote = _json.encode_basestring_ascii if self.ensure_ascii else _json.encode_basestring
            return quote(o)
        pieces = self.iterencode(o, _one_shot=True)
        return ''.join(pieces if isinstance(pieces, (list, tuple)) else list(pieces))

    def iterencode(self, o, _one_shot=False):
        """The JSON text for o as an iterable of str pieces (gilpy produces it in one piece)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _json.encode(o, self.default, indent, self.item_separator, self.key_separator,
                            self.sort_keys, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan)
        return [text]
