"""json.decoder: JSON text to Python values; the scanning itself runs in gilpy's _json (Java)."""
import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

# Values for the non-standard constants JSON-with-extensions allows (CPython accepts them by default).
_NONFINITE = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """ValueError raised for malformed JSON, carrying where the problem is.

    msg is the bare message, doc the document, pos the character index; lineno and colno count from 1.
    """

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count('\n') + 1
        # Column counts from just after the last newline in front of pos (or from the start).
        column = pos - before.rfind('\n')
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, column, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        # Rebuild from the three constructor arguments, not from the formatted message.
        return type(self), (self.msg, self.doc, self.pos)


def _custom(hook, builtin):
    # The Java scanner builds ints and floats itself; hand it a hook only when the user gave a different one.
    return None if hook is None or hook is builtin else hook


class JSONDecoder(object):
    """Turns JSON text into Python objects.

    objects become dicts, arrays lists, strings str, integers int, other numbers float, true/false the bools,
    null None; NaN, Infinity and -Infinity are accepted as the matching floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _NONFINITE.__getitem__
        self.strict = strict

    def decode(self, s, _w=None):
        """Decode the whole str s; anything but whitespace after the value is an error."""
        value, end = self.raw_decode(s, _json.skip_ws(s, 0))
        stop = _json.skip_ws(s, end)
        if stop != len(s):
            raise JSONDecodeError("Extra data", s, stop)
        return value

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, index just past it)."""
        constant = self.parse_constant
        if getattr(constant, '__self__', None) is _NONFINITE:
            constant = None
        return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          _custom(self.parse_float, float), _custom(self.parse_int, int),
                          constant, JSONDecodeError)
