"""Regular expressions with Python 3.11's syntax and semantics.

The pattern is translated and matched in Java (the _re module); this layer holds the Python-facing objects:
the flags, re.error, Pattern and Match, and the module-level functions with their cache.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag:
    """The re flags: integers that show their names (re.IGNORECASE|re.MULTILINE).

    (CPython's is an enum.IntFlag; here a small class with int's arithmetic, since built-in int cannot be
    subclassed in gilpy.)
    """

    __slots__ = ("_value",)

    # In CPython's definition order, which is the order repr() lists them in.
    _names = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
              ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128))

    def __init__(self, value=0):
        self._value = int(value)

    def __int__(self):
        return self._value

    __index__ = __int__

    def __eq__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return self._value == int(other)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return self._value != int(other)
        return NotImplemented

    def __hash__(self):
        return hash(self._value)

    def __bool__(self):
        return self._value != 0

    def __add__(self, other):
        return self._value + other

    __radd__ = __add__

    def __lt__(self, other):
        return self._value < int(other)

    def __gt__(self, other):
        return self._value > int(other)

    @property
    def name(self):
        v = int(self)
        for n, bit in RegexFlag._names:
            if bit == v:
                return n
        if v == 0:
            return "NOFLAG"
        return None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for n, bit in RegexFlag._names:
            if v & bit:
                parts.append("re." + n)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, (int, RegexFlag)):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1FF)

    def __reduce__(self):
        return (RegexFlag, (int(self),))


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (index in the pattern), lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("pattern", "flags", "groups", "_c", "_groupindex", "__weakref__")

    def __init__(self, pattern, flags):
        c = _re.compile(pattern, int(flags), error)
        self._c = c
        self.pattern = pattern
        eff, self.groups, self._groupindex, warned = _re.info(c)
        self.flags = eff
        if warned:
            import warnings
            for w in warned:
                # Pointing at the caller of re.compile()/re.findall()/...: this, _compile, the API function.
                warnings.warn(w, FutureWarning, stacklevel=4)

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def _match(self, string, pos, endpos, mode):
        spans = _re.search(self._c, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._match(string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=None):
        return _re.findall(self._c, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        for spans in _re.finditer(self._c, string, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def _factory(self, string):
        return lambda spans: Match(self, string, 0, None, spans)

    def sub(self, repl, string, count=0):
        return _re.sub(self._c, repl, string, count, self._factory(string))[0]

    def subn(self, repl, string, count=0):
        return _re.sub(self._c, repl, string, count, self._factory(string))

    def split(self, string, maxsplit=0):
        return _re.split(self._c, string, maxsplit)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        names = []
        for n, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
                       ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256)):
            if flags & bit:
                names.append("re." + n)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        p = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (p, "|".join(names))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    __slots__ = ("pattern", "_it", "_string", "_pos", "_endpos")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._it = _re.finditer(pattern._c, string, pos, endpos)

    def search(self):
        for spans in self._it:
            return Match(self.pattern, self._string, self._pos, self._endpos, spans)
        return None

    match = search


class Match:
    """The result of a successful match."""

    __slots__ = ("re", "string", "pos", "endpos", "_spans", "lastindex")

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        n = len(string)
        pos = 0 if pos is None else pos
        self.pos = 0 if pos < 0 else n if pos > n else pos
        endpos = n if endpos is None else endpos
        self.endpos = 0 if endpos < 0 else n if endpos > n else endpos
        self._spans = spans
        self.lastindex = spans[-1]

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(type(g), "__index__") and not isinstance(g, str):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _group(self, i):
        a = self._spans[2 * i]
        if a < 0:
            return None
        return self.string[a:self._spans[2 * i + 1]]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._index(groups[0]))
        return tuple(self._group(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            v = self._group(i)
            out.append(default if v is None else v)
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        for name, i in self.re._groupindex.items():
            v = self._group(i)
            out[name] = default if v is None else v
        return out

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, i in self.re._groupindex.items():
            if i == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _re.expand(self.re._c, template, self.string, self._spans)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self._spans[0], self._spans[1], self._group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"
Match.__module__ = "re"

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if not (flags & 128):
        if len(_cache) >= _MAXCACHE:
            # Drop the oldest entry (dicts keep insertion order), as CPython's re does.
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None if no match
    was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no match was
    found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None if no
    match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the pattern in
    string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing the resulting
    substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, int(flags) | 1)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
