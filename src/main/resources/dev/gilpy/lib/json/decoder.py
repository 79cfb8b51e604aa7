"""JSON decoding: JSONDecoder and JSONDecodeError (the scanning is done by _json, in Java)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    object -> dict, array -> list, string -> str, number (int) -> int, number (real) -> float,
    true -> True, false -> False, null -> None; NaN, Infinity and -Infinity -> the floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # The Java scanner makes ints and floats itself unless a hook was given.
        self._parse_float = parse_float if parse_float is not None and parse_float is not float else None
        self._parse_int = parse_int if parse_int is not None and parse_int is not int else None
        self._parse_constant = parse_constant

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_json.skip_ws(s, 0))
        end = _json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and return a 2-tuple
        of the Python representation and the index in ``s`` where the document ended."""
        try:
            return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                              self._parse_float, self._parse_int, self._parse_constant, JSONDecodeError)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
