"""Reading and writing comma-separated values (CSV) files.

reader() and writer() follow a Dialect: the delimiter, the quote character and how quotes and
escapes are written. excel (the default), excel-tab and unix are registered.
"""

import re

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', '__doc__',
           'excel', 'excel_tab', 'field_size_limit', 'reader', 'writer', 'register_dialect', 'get_dialect',
           'list_dialects', 'Sniffer', 'unregister_dialect', '__version__', 'DictReader', 'DictWriter',
           'unix_dialect']

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'


def field_size_limit(*args):
    """Returns the largest field the reader accepts; with an argument, sets a new limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
           'skipinitialspace', 'strict')


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Settings:
    """The checked, frozen parameters a reader or writer works with (shown as _csv.Dialect)."""

    def __init__(self, dialect=None, **kw):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name in _PARAMS:
            if name in kw:
                values[name] = kw.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                values[name] = getattr(dialect, name)
        if kw:
            name = next(iter(kw))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        quoting = values.get('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.delimiter = _char('delimiter', values.get('delimiter', ','), False)
        self.quotechar = _char('quotechar', values.get('quotechar', '"'), True)
        self.escapechar = _char('escapechar', values.get('escapechar'), True)
        self.doublequote = bool(values.get('doublequote', True))
        self.skipinitialspace = bool(values.get('skipinitialspace', False))
        self.strict = bool(values.get('strict', False))
        term = values.get('lineterminator', '\r\n')
        if not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = term

    def __setattr__(self, name, value):
        if name in self.__dict__:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        return '<_csv.Dialect object at %#x>' % id(self)


class Dialect:
    """Describes a CSV dialect; subclass it and set the class attributes."""
    # Every parameter unset: a subclass sets the ones it needs.
    delimiter = quotechar = escapechar = doublequote = skipinitialspace = lineterminator = quoting = None
    _name = ""
    _valid = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Settings(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The usual properties of a CSV file made on UNIX: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **kwargs):
    """Registers a dialect (a Dialect subclass or instance, plus keyword overrides) under name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Settings(dialect, **kwargs)


def unregister_dialect(name):
    """Forgets the dialect registered under name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """The dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    """The names of the registered dialects."""
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# The reader's states.
_START_RECORD, _START_FIELD, _IN_FIELD, _ESCAPE, _IN_QUOTED, _ESCAPE_QUOTED, _QUOTE_IN_QUOTED, _EAT_CRNL = range(8)


class _Reader:
    """Iterates over the records of an iterable of lines, each record a list of str."""

    def __init__(self, lines, dialect='excel', **kw):
        self._lines = iter(lines)
        self.dialect = _Settings(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self, fields, chars, quoted):
        text = ''.join(chars)
        if len(text) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            text = float(text)
        fields.append(text)
        chars.clear()

    def __next__(self):
        d = self.dialect
        fields, chars = [], []
        state = _START_RECORD
        quoted = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if chars or state in (_IN_QUOTED, _ESCAPE_QUOTED):
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._save(fields, chars, quoted)
                    return fields
                if fields:
                    return fields
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            if '\0' in line:
                raise Error("line contains NUL")
            for c in line:
                if state == _START_RECORD:
                    if c == '\n' or c == '\r':
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    quoted = False
                    if c == '\n' or c == '\r':
                        self._save(fields, chars, quoted)
                        state = _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = _IN_QUOTED
                    elif c == d.escapechar:
                        state = _ESCAPE
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        self._save(fields, chars, quoted)
                    else:
                        chars.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPE:
                    chars.append(c)
                    state = _IN_FIELD
                elif state == _IN_FIELD:
                    if c == '\n' or c == '\r':
                        self._save(fields, chars, quoted)
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPE
                    elif c == d.delimiter:
                        self._save(fields, chars, quoted)
                        state = _START_FIELD
                    else:
                        chars.append(c)
                elif state == _IN_QUOTED:
                    if c == d.escapechar:
                        state = _ESCAPE_QUOTED
                    elif c == d.quotechar:
                        state = _QUOTE_IN_QUOTED if d.doublequote else _IN_FIELD
                    else:
                        chars.append(c)
                elif state == _ESCAPE_QUOTED:
                    chars.append(c)
                    state = _IN_QUOTED
                elif state == _QUOTE_IN_QUOTED:
                    if c == d.quotechar:
                        chars.append(c)
                        state = _IN_QUOTED
                    elif c == d.delimiter:
                        self._save(fields, chars, quoted)
                        state = _START_FIELD
                    elif c == '\n' or c == '\r':
                        self._save(fields, chars, quoted)
                        state = _EAT_CRNL
                    elif not d.strict:
                        chars.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                elif state == _EAT_CRNL:
                    if c != '\n' and c != '\r':
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            # The end of a line ends the record unless a quoted field (or an escape) runs on.
            if state in (_IN_QUOTED, _ESCAPE_QUOTED):
                continue
            if state == _ESCAPE:
                chars.append('\n')
                state = _IN_FIELD
                continue
            if state in (_START_FIELD, _IN_FIELD, _QUOTE_IN_QUOTED):
                self._save(fields, chars, quoted)
            return fields


class _Writer:
    """Writes rows (iterables of values) as delimited lines to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **kw):
        self.dialect = _Settings(dialect, **kw)
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ''
            numeric = False
        else:
            numeric = hasattr(type(value), '__float__') or hasattr(type(value), '__index__')   # a number to C
            text = repr(value) if isinstance(value, float) else str(value)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric):
            quote = True
        elif d.quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (only and text == '') or any(
                c == d.delimiter or (c == d.quotechar and d.doublequote) or c == '\r' or c == '\n' or c in d.lineterminator
                for c in text)
        out = []
        for c in text:
            special = c == d.escapechar or (c == d.quotechar and d.quotechar is not None)
            if d.quoting == QUOTE_NONE and (c == d.delimiter or c == '\r' or c == '\n' or c in d.lineterminator):
                special = True
            if special:
                if c == d.quotechar and quote and d.doublequote:
                    out.append(c)
                elif d.escapechar is not None:
                    out.append(d.escapechar)
                elif c == d.quotechar and d.quoting != QUOTE_NONE:
                    raise Error("need to escape, but no escapechar set")
                else:
                    raise Error("need to escape, but no escapechar set")
            out.append(c)
        text = ''.join(out)
        return d.quotechar + text + d.quotechar if quote else text

    def writerow(self, row):
        """Writes one row; returns what the file's write() returned."""
        try:
            values = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        if len(values) == 1 and values[0] == '' and self.dialect.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        line = self.dialect.delimiter.join(self._field(v, len(values) == 1) for v in values)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        """Writes each row of an iterable of rows."""
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the records in csvfile (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect='excel', **fmtparams):
    """An object whose writerow()/writerows() write delimited rows to fileobj."""
    return _Writer(fileobj, dialect, **fmtparams)


class DictReader:
    """Reads records as dicts keyed by fieldnames (by default, the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        # A one-shot iterator of names is read now: the names are needed for every row.
        self._fieldnames = list(fieldnames) if fieldnames is not None and iter(fieldnames) is fieldnames \
            else fieldnames
        self.line_num = 0

    def _names(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    fieldnames = property(_names, lambda self, value: setattr(self, '_fieldnames', value))

    def __iter__(self):
        return self

    def __next__(self):
        names = self._names()
        row = []
        while not row:                  # blank lines give no dict
            row = next(self.reader)
        self.line_num = self.reader.line_num
        record = dict(zip(names, row))
        extra = row[len(names):]
        if extra:
            record[self.restkey] = extra
        for name in names[len(row):]:
            record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.fieldnames = list(fieldnames) if fieldnames is not None and iter(fieldnames) is fieldnames \
            else fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        """Writes the field names as a row."""
        return self.writer.writerow(list(self.fieldnames))

    def _values(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(map(repr, unknown)))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        """Writes one dict as a row; keys missing from it get restval."""
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        """Writes each dict of an iterable."""
        return self.writer.writerows(self._values(d) for d in rowdicts)


class Sniffer:
    """Guesses the dialect of a CSV sample and whether it starts with a header."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing sample."""
        quotechar, delim, skip = self._by_quotes(sample, delimiters)
        if not delim:
            delim, skip = self._by_counts(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = bool(quotechar) and (quotechar * 2) in sample
        dialect.delimiter = delim
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skip
        return dialect

    def _by_quotes(self, sample, delimiters):
        # A quoted field next to a delimiter gives both the quote character and the delimiter away.
        found = re.findall(r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?=(?P=delim)|\n)',
                           sample, re.DOTALL)
        if not found:
            return '', None, False
        quotes, delims, spaces = {}, {}, 0
        for delim, space, quote in found:
            quotes[quote] = quotes.get(quote, 0) + 1
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if space:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if not delims:
            return quotechar, None, False
        delim = max(delims, key=delims.get)
        return quotechar, delim, spaces == delims[delim]

    def _by_counts(self, sample, delimiters):
        # The delimiter is the character that occurs the same number of times on the most lines.
        lines = [l for l in sample.split('\n') if l][:50]
        if not lines:
            return None, False
        candidates = {}
        chars = set(sample) - set('\n\r"\'') if delimiters is None else set(delimiters)
        for c in chars:
            if c.isalnum():
                continue
            counts = [l.count(c) for l in lines]
            if not counts[0]:
                continue
            common = max(set(counts), key=counts.count)
            agree = counts.count(common) / len(lines)
            if common and agree >= 0.9:
                candidates[c] = agree
        if not candidates:
            return None, False
        best = max(candidates.values())
        for p in self.preferred:
            if candidates.get(p) == best:
                delim = p
                break
        else:
            delim = max(candidates, key=candidates.get)
        skip = all(l.count(delim) == l.count(delim + ' ') for l in lines)
        return delim, skip

    def has_header(self, sample):
        """Whether the first row looks like a header: its cells differ in type or length from the columns'."""
        rows = reader(sample.splitlines(), self.sniff(sample))
        header = next(rows)
        columns = {i: None for i in range(len(header))}
        checked = 0
        for row in rows:
            if checked >= 20:
                break
            checked += 1
            if len(row) != len(header):
                continue
            for i in list(columns):
                kind = None
                for t in (int, float):
                    try:
                        t(row[i])
                        kind = t
                        break
                    except (ValueError, OverflowError):
                        pass
                if kind is None:
                    kind = len(row[i])
                if columns[i] is None:
                    columns[i] = kind
                elif columns[i] != kind:
                    del columns[i]
        votes = 0
        for i, kind in columns.items():
            if kind is None:
                continue
            if isinstance(kind, int) and not isinstance(kind, type):
                votes += 1 if len(header[i]) != kind else -1
            else:
                try:
                    kind(header[i])
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
        return votes > 0
