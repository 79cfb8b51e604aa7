"""Common string constants and capwords."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
digits = '0123456789'
hexdigits = '0123456789abcdefABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ' r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~""" ' \t\n\r\x0b\x0c'


def capwords(s, sep=None):
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


class _TemplateChainMap:
    """The mapping substitute() looks names up in: keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


def _is_identifier_char(c, first):
    return c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or (not first and '0' <= c <= '9')


class _Placeholder:
    """One delimiter occurrence found in a template: escaped, named/braced, or invalid."""

    __slots__ = ('start', 'end', 'escaped', 'named', 'braced', 'invalid')

    def __init__(self, start, end, escaped=None, named=None, braced=None, invalid=None):
        self.start, self.end = start, end
        self.escaped, self.named, self.braced, self.invalid = escaped, named, braced, invalid


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    # The default identifier syntax, matched by a scanner here; a subclass that sets idpattern, pattern or
    # flags is matched with the re module.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None
    pattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ or any(n in cls.__dict__ for n in ('idpattern', 'braceidpattern', 'flags')):
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |
                  (?P<named>{id})       |
                  {{(?P<braced>{bid})}} |
                  (?P<invalid>)
                )
                """
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        if self.pattern is not None:
            for mo in self.pattern.finditer(self.template):
                yield _Placeholder(mo.start(), mo.end(), mo.group('escaped'), mo.group('named'),
                                   mo.group('braced'), mo.start('invalid') if mo.group('invalid') is not None
                                   else None)
            return
        text = self.template
        delim = self.delimiter
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + len(delim)
            if text.startswith(delim, j):
                found = _Placeholder(i, j + len(delim), escaped=delim)
            elif j < n and _is_identifier_char(text[j], True):
                k = j + 1
                while k < n and _is_identifier_char(text[k], False):
                    k += 1
                found = _Placeholder(i, k, named=text[j:k])
            else:
                k = j + 1
                if j < n and text[j] == '{' and k < n and _is_identifier_char(text[k], True):
                    k += 1
                    while k < n and _is_identifier_char(text[k], False):
                        k += 1
                if j < n and text[j] == '{' and k < n and text[k] == '}' and k > j + 1:
                    found = _Placeholder(i, k + 1, braced=text[j + 1:k])
                else:
                    found = _Placeholder(i, j, invalid=j)
            yield found
            i = text.find(delim, found.end)

    def _invalid(self, i):
        # CPython's numbering: line counted from 1; column = length of the text before the
        # placeholder on its line (1 for an empty template head)
        pieces = self.template[:i].splitlines(True) or ['-']
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (len(pieces), len(pieces[-1])))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _TemplateChainMap(kws, mapping)
        parts = []
        pos = 0
        text = self.template
        for ph in self._placeholders():
            parts.append(text[pos:ph.start])
            pos = ph.end
            named = ph.named if ph.named is not None else ph.braced
            if named is not None:
                if safe:
                    try:
                        parts.append(str(mapping[named]))
                    except KeyError:
                        parts.append(text[ph.start:ph.end])
                else:
                    parts.append(str(mapping[named]))
            elif ph.escaped is not None:
                parts.append(self.delimiter)
            elif ph.invalid is not None:
                if safe:
                    parts.append(text[ph.start:ph.end])
                else:
                    self._invalid(ph.invalid)
            else:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        parts.append(text[pos:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with the placeholders that have values replaced; the others are left as they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """Whether the template has no invalid placeholders."""
        for ph in self._placeholders():
            if ph.invalid is not None:
                return False
            if ph.named is None and ph.braced is None and ph.escaped is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, in order of first appearance."""
        ids = []
        for ph in self._placeholders():
            named = ph.named if ph.named is not None else ph.braced
            if named is not None and named not in ids:
                ids.append(named)
            elif named is None and ph.invalid is None and ph.escaped is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


def _parse_format(format_string):
    """The (literal_text, field_name, format_spec, conversion) tuples of a str.format() string, lazily
    (a malformed field raises when iteration reaches it, as CPython's formatter_parser does)."""
    i = 0
    n = len(format_string)
    start = 0
    while i < n:
        c = format_string[i]
        if c not in '{}':
            i += 1
            continue
        if c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                # An escaped brace ends a literal chunk of its own.
                yield format_string[start:i + 1], None, None, None
                i += 2
                start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if format_string[i + 1] == '{':
            yield format_string[start:i + 1], None, None, None
            i += 2
            start = i
            continue
        literal = format_string[start:i]
        # The field name runs to '!', ':' or '}' outside square brackets.
        j = i + 1
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            ch = format_string[j]
            if ch == '[':
                while j < n and format_string[j] != ']':
                    j += 1
                continue
            if ch in '!:}':
                break
            j += 1
        name = format_string[i + 1:j]
        conversion = None
        if format_string[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = format_string[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if format_string[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec_start = j + 1
        if format_string[j] == ':':
            depth = 1
            j += 1
            while j < n:
                if format_string[j] == '{':
                    depth += 1
                elif format_string[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            else:
                raise ValueError("unmatched '{' in format spec")
        spec = format_string[spec_start:j]
        yield literal, name, spec, conversion
        i = j + 1
        start = i
    if start < n:
        yield format_string[start:], None, None, None


def _split_field_name(field_name):
    """The first part of a field name (an int if all digits) and the (is_attribute, key) steps after it."""
    k = 0
    while k < len(field_name) and field_name[k] not in '.[':
        k += 1
    first = field_name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(field_name):
        if field_name[k] == '.':
            e = k + 1
            while e < len(field_name) and field_name[e] not in '.[':
                e += 1
            attr = field_name[k + 1:e]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = e
        elif field_name[k] == '[':
            e = field_name.find(']', k)
            if e < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[k + 1:e]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            k = e + 1
            if k < len(field_name) and field_name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format() as overridable steps: parse, get_field/get_value, convert_field, format_field."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        seen = set()
        text = self._expand(format_string, args, kwargs, seen, 2, [0])
        self.check_unused_args(seen, args, kwargs)
        return text

    def _expand(self, template, args, kwargs, seen, depth, numbering):
        """Replace the fields of template; numbering[0] is the next automatic index, or None once
        a field gave its own number (the two styles may not be mixed)."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        mixed = 'cannot switch from manual field specification to automatic field numbering'
        out = []
        for literal, name, spec, conversion in self.parse(template):
            out.append(literal)
            if name is None:
                continue
            if not name:
                if numbering[0] is None:
                    raise ValueError(mixed)
                name = str(numbering[0])
                numbering[0] += 1
            elif name.isdigit():
                if numbering[0]:
                    raise ValueError(mixed)
                numbering[0] = None
            value, key = self.get_field(name, args, kwargs)
            seen.add(key)
            spec = self._expand(spec, args, kwargs, seen, depth - 1, numbering)
            out.append(self.format_field(self.convert_field(value, conversion), spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        source = args if isinstance(key, int) else kwargs
        return source[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook: complain about arguments no field used (the base class accepts them)."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
