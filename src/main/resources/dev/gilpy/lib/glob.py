"""Filename globbing: glob(), iglob(), escape(), with ** for recursive matches."""

import os
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname ('*.py', 'src/**/*.java' with recursive=True), in directory order."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """As glob(), one path at a time."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            s = next(it)
            if s:
                it = _chain((s,), it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield from first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            if _isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = (x for x in names if not _ishidden(x))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # '**': this directory and every directory (and, unless dironly, file) below it.
    assert _is_recursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname if dirname else os.curdir)
    except OSError:
        return []
    if dironly:
        return [n for n in names if _isdir(_join(dirname, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if _isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s has glob wildcards (*, ? or [)."""
    return any(c in '*?[' for c in s)


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == '**'


def escape(pathname):
    """pathname with its wildcards made literal ([*], [?], [[])."""
    drive, pathname = os.path.splitdrive(pathname) if hasattr(os.path, 'splitdrive') else ('', pathname)
    pathname = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + pathname
