"""Lines of source files, read once and kept (traceback and the debugger read source through it)."""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); a lazy entry is a 1-tuple holding a function that gives the source.
cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename with its newline, or '' if there is no such line."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of filename (from the cache when it is there)."""
    entry = cache.get(filename)
    if entry is None or len(entry) == 1:
        # Not read yet, or only a lazy loader recorded for it.
        return updatecache(filename, module_globals)
    return entry[2]


def checkcache(filename=None):
    """Drops cache entries whose file changed or disappeared (all files, or just filename)."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _lines_of(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def updatecache(filename, module_globals=None):
    """Reads filename afresh into the cache and returns its lines ([] when it cannot be found)."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        text = entry[0]()
        if text is None:
            return []
        lines = _lines_of(text)
        cache[filename] = (len(text), None, lines, filename)
        return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            return updatecache(filename, module_globals)
        if os.path.isabs(filename):
            return []
        for directory in sys.path:
            candidate = os.path.join(directory or '.', filename)
            try:
                st = os.stat(candidate)
                fullname = candidate
                break
            except (OSError, TypeError):
                continue
        else:
            return []
    try:
        with open(fullname, encoding='utf-8') as f:
            lines = _lines_of(f.read())
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Notes a module's loader as the source of filename, to be read when a line is asked for."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')) or not module_globals:
        return False
    loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    name = module_globals.get('__name__')
    if name and get_source:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False
