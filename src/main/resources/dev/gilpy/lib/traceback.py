"""Printing and formatting exceptions as the interpreter reports them (print_exc, format_exc, ...)."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _value(exc, value):
    # The 3.10+ form passes the exception alone; the older one (type, value, tb) its value second.
    if value is not _sentinel and value is not None:
        return value
    return exc


def _lines(text):
    return text.splitlines(keepends=True)


def _limited(lines, limit):
    """Keeps the first limit entries of each traceback (the last -limit ones when negative)."""
    if limit is None:
        return lines
    out = []
    entries = None
    for line in lines + ['']:
        if entries is not None and (line.startswith('  File "') or line.startswith('    ')
                                    or line.startswith('  [Previous line')):
            if line.startswith('  File "'):
                entries.append([])
            entries[-1].append(line)
            continue
        if entries is not None:
            kept = entries[:limit] if limit >= 0 else entries[limit:]
            for entry in kept:
                out.extend(entry)
            entries = None
        if line == 'Traceback (most recent call last):\n':
            entries = []
        if line:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _limited(_lines(_traceback.format(value, chain)), limit)


def format_exception_only(exc, /, value=_sentinel):
    value = _value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# ---------------------------------------------------------------- frames and stacks

class FrameSummary:
    """One frame of a traceback or stack: where it was, and the source line there (read when first asked)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_text', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = line
        self.locals = None if locals is None else {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self.line

    @property
    def _original_line(self):
        if self._text is None and self.lineno is not None:
            self._text = _traceback.source_line(self.filename, self.lineno)
        return self._text

    @property
    def line(self):
        text = self._original_line
        return None if text is None else text.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return self._as_tuple() == other._as_tuple() and self.locals == other.locals
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _frame_entry(frame, lineno):
    code = frame.f_code
    return code.co_filename, lineno, code.co_name


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary objects, oldest frame first, that formats itself as tracebacks print."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        pairs = list(frame_gen)
        limit = _effective_limit(limit)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        summary = klass()
        for frame, lineno in pairs:
            filename, lineno, name = _frame_entry(frame, lineno)
            summary.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                        locals=frame.f_locals if capture_locals else None))
        if lookup_lines:
            for item in summary:
                item.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        parts = [f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n']
        text = frame_summary._original_line
        if text and text.strip():
            parts.append(f'    {text.strip()}\n')
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                carets = _traceback.caret_line(text, frame_summary.lineno, frame_summary.end_lineno,
                                               frame_summary.colno, frame_summary.end_colno)
                if carets is not None:
                    parts.append(f'    {carets}\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {name} = {value}\n')
        return ''.join(parts)

    def format(self):
        # A line that repeats more than three times in a row is printed three times, then counted.
        out = []
        previous = None
        repeats = 0
        for item in self:
            key = (item.filename, item.lineno, item.name)
            if key == previous:
                repeats += 1
                if repeats >= 3:
                    continue
            else:
                if repeats >= 3:
                    out.append(_repeated(repeats - 2))
                previous = key
                repeats = 0
            out.append(self.format_frame_summary(item))
        if repeats >= 3:
            out.append(_repeated(repeats - 2))
        return out


def _repeated(more):
    return f"  [Previous line repeated {more} more time{'' if more == 1 else 's'}]\n"


def walk_tb(tb):
    """Yields (frame, line number) for each level of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, line number) from f (default: the frame iterating this) out to the oldest frame."""
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    summary = StackSummary()
    levels = []
    while tb is not None:
        levels.append(tb)
        tb = tb.tb_next
    limit = _effective_limit(limit)
    if limit is not None:
        levels = levels[:limit] if limit >= 0 else levels[limit:]
    for level in levels:
        filename, lineno, name, end_lineno, colno, end_colno = _traceback.entry(level)
        summary.append(FrameSummary(filename, lineno, name, end_lineno=end_lineno, colno=colno,
                                    end_colno=end_colno))
    return summary


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for text in format_list(extracted_list):
        print(text, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit), file)


class TracebackException:
    """An exception captured for later formatting: its type, its stack as FrameSummary objects, its chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = extract_tb(exc_traceback, limit)
        if capture_locals:
            for item, (frame, _) in zip(self.stack, walk_tb(exc_traceback)):
                item.locals = {key: repr(value) for key, value in frame.f_locals.items()}
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=seen)
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = self._chained(exc_value, '__cause__', options, seen)
        self.__context__ = None
        if not (compact and (self.__cause__ is not None or self.__suppress_context__)):
            self.__context__ = self._chained(exc_value, '__context__', options, seen)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **options)
                               for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @staticmethod
    def _chained(exc_value, attribute, options, seen):
        linked = getattr(exc_value, attribute, None) if exc_value is not None else None
        if linked is None or id(linked) in seen:
            return None
        return TracebackException(type(linked), linked, linked.__traceback__, **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        # Two captures are equal when everything they recorded is.
        return vars(self) == vars(other) if isinstance(other, TracebackException) else NotImplemented

    def format_exception_only(self):
        if self._value is None:
            yield from _lines(_traceback.format_exception_only(self.exc_type()))
        else:
            yield from _lines(_traceback.format_exception_only(self._value))

    def format(self, *, chain=True):
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from _lines(_traceback.format(self._value, chain))

    def __str__(self):
        return self._str

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return f'<exception str() failed>'
