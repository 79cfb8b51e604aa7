"""Printing and formatting exceptions as the interpreter reports them (print_exc, format_exc, ...)."""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc', 'print_exception',
           'print_last']

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
