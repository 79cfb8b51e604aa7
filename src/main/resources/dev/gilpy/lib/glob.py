"""Unix shell-style pathname expansion: glob(), iglob(), escape().

A pattern is taken one path component at a time. A component holding a wildcard (*, ? or [...]) is
matched with fnmatch against a directory listing; any other component is used as written. With
recursive=True a component that is exactly '**' stands for zero or more directories.
"""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_WILDCARDS = '*?['


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return the list of paths matching pathname (in directory-listing order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but yield the matching paths one at a time."""
    nothing = pathname[:0]          # '' or b'': also rejects non-sequences the way CPython does
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if isinstance(pathname, (bytes, bytearray)):
        return _as_bytes(_Expansion(_text(pathname), _text(root_dir), dir_fd, recursive, include_hidden).paths())
    if nothing != '':
        raise TypeError('expected str or bytes pattern, not ' + type(pathname).__name__)
    return _Expansion(pathname, root_dir, dir_fd, recursive, include_hidden).paths()


def has_magic(s):
    """True if s holds a wildcard character."""
    if isinstance(s, (bytes, bytearray)):
        s = _text(s)
    return any(c in _WILDCARDS for c in s)


def escape(pathname):
    """Quote every wildcard in pathname (a drive or UNC prefix is left as is)."""
    if isinstance(pathname, (bytes, bytearray)):
        return escape(_text(pathname)).encode('utf-8', 'surrogateescape')
    drive, rest = os.path.splitdrive(pathname)
    return drive + ''.join('[' + c + ']' if c in _WILDCARDS else c for c in rest)


def _text(value):
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode('utf-8', 'surrogateescape')
    return value


def _as_bytes(paths):
    for p in paths:
        yield p.encode('utf-8', 'surrogateescape')


class _Expansion:
    """One glob call: the pattern cut into a literal head and the components after it."""

    def __init__(self, pattern, root_dir, dir_fd, recursive, include_hidden):
        self.pattern = pattern
        self.root_dir = root_dir
        self.dir_fd = dir_fd
        self.recursive = recursive
        self.include_hidden = include_hidden

    # -- the file system, seen from root_dir --------------------------------------------------

    def _real(self, path):
        if self.root_dir is None:
            return path
        return os.path.join(self.root_dir, path)

    def _reachable(self, path):
        # gilpy has no directory file descriptors (no os.open), so a dir_fd can only name something
        # that is not a directory: relative paths then resolve to nothing, absolute ones ignore it.
        return self.dir_fd is None or os.path.isabs(path)

    def _exists(self, path):
        return self._reachable(path) and os.path.lexists(self._real(path))

    def _is_dir(self, path):
        return self._reachable(path) and os.path.isdir(self._real(path))

    def _names(self, directory):
        if not self._reachable(directory or os.curdir):
            return []
        try:
            return os.listdir(self._real(directory or os.curdir))
        except OSError:
            return []

    def _visible(self, names, pattern):
        if self.include_hidden or pattern.startswith('.'):
            return names
        return [n for n in names if not n.startswith('.')]

    # -- the pattern --------------------------------------------------------------------------

    def _is_globstar(self, part):
        return self.recursive and part == '**'

    def paths(self):
        pattern = self.pattern
        if not pattern:
            return
        if not has_magic(pattern):
            # Nothing to expand: the path is its own only match, if it is there.
            if pattern.endswith(os.sep) or (os.altsep and pattern.endswith(os.altsep)):
                if self._is_dir(pattern):
                    yield pattern
            elif self._exists(pattern):
                yield pattern
            return
        head, parts = self._cut(pattern)
        if head and not self._is_dir(head):
            return
        yield from self._match(head, parts, 0)

    def _cut(self, pattern):
        """Split pattern into the literal directory it starts with (kept as written) and the rest."""
        seps = os.sep + (os.altsep or '')
        parts = []
        piece = ''
        for c in pattern:
            if c in seps:
                parts.append(piece)
                piece = ''
            else:
                piece += c
        parts.append(piece)
        first_magic = next(i for i, p in enumerate(parts) if has_magic(p))
        # The head is the text before the separator run that precedes the first wildcard component.
        end = 0
        for i in range(first_magic):
            end += len(parts[i]) + 1
        head = pattern[:end].rstrip(seps) or pattern[:end]
        rest = parts[first_magic:]
        tail_dir = rest[-1] == ''
        rest = [p for p in rest if p]
        if tail_dir:
            rest.append('')
        return head, rest

    def _match(self, base, parts, i):
        """Yield every path under base that matches parts[i:]."""
        if i == len(parts):
            yield base
            return
        part = parts[i]
        last = i == len(parts) - 1
        if part == '':                      # a trailing separator: directories only
            if self._is_dir(base):
                yield os.path.join(base, '')
        elif self._is_globstar(part):
            if last:
                if base:
                    yield os.path.join(base, '')
                yield from self._below(base, False)
            else:
                yield from self._match(base, parts, i + 1)
                for found in self._below(base, True):
                    yield from self._match(found, parts, i + 1)
        elif has_magic(part):
            for name in fnmatch.filter(self._visible(self._names(base), part), part):
                path = os.path.join(base, name)
                if last:
                    yield path
                elif self._is_dir(path):
                    yield from self._match(path, parts, i + 1)
        else:
            path = os.path.join(base, part)
            if last:
                if self._exists(path):
                    yield path
            elif self._is_dir(path):
                yield from self._match(path, parts, i + 1)

    def _below(self, base, dirs_only):
        """Every entry under base, depth first, parents before children (directories only if asked)."""
        for name in self._visible(self._names(base), '**'):
            path = os.path.join(base, name)
            is_dir = self._is_dir(path)
            if is_dir or not dirs_only:
                yield path
            if is_dir:
                yield from self._below(path, dirs_only)
