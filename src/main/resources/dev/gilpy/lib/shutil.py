"""High-level file operations: copying files and trees, removing trees, moving, finding programs."""

import os
import sys
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "move", "rmtree", "Error", "SameFileError",
           "ignore_patterns", "which", "get_terminal_size"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of one file-like object to another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to the file dst (created or replaced); returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    # Latin-1 without newline translation maps every byte to one character and back: an exact copy.
    with open(src, 'r', encoding='latin-1', newline='') as fsrc:
        if os.path.isdir(dst):
            raise IsADirectoryError(21, 'Is a directory', dst)
        with open(dst, 'w', encoding='latin-1', newline='') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file src to dst (a file or a directory to copy into); returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy()."""
    return copy(src, dst, follow_symlinks=follow_symlinks)


def ignore_patterns(*patterns):
    """An ignore= callable for copytree: the names that match any of the glob patterns."""
    def matching(directory, names):
        return {name for name in names if any(fnmatch.fnmatch(name, p) for p in patterns)}
    return matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copy the directory tree at src to dst (created; it may exist only with dirs_exist_ok).

    Failures on single entries are collected and raised together as Error([(src, dst, why), ...])."""
    names = os.listdir(src)
    skipped = ignore(os.fspath(src), names) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for name in names:
        if name in skipped:
            continue
        here, there = os.path.join(src, name), os.path.join(dst, name)
        if os.path.islink(here) and not os.path.exists(here) and ignore_dangling_symlinks:
            continue
        try:
            if os.path.isdir(here):
                copytree(here, there, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(here, there)
        except Error as nested:
            problems += nested.args[0]
        except OSError as why:
            problems.append((here, there, str(why)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path. Each failure goes to onerror(function, path, exc_info),
    is ignored (ignore_errors), or is raised."""
    def report(function, where):
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(function, where, sys.exc_info())

    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        report(os.path.islink, path)
        return
    _remove_tree(path, report)


def _remove_tree(top, report):
    try:
        names = os.listdir(top)
    except OSError:
        report(os.listdir, top)
        return          # an unreadable directory is reported once, not also its rmdir
    for name in names:
        entry = os.path.join(top, name)
        if os.path.isdir(entry) and not os.path.islink(entry):
            _remove_tree(entry, report)
            continue
        try:
            os.unlink(entry)
        except OSError:
            report(os.unlink, entry)
    try:
        os.rmdir(top)
    except OSError:
        report(os.rmdir, top)


def _is_inside(inner, outer):
    """True if path inner is outer or lies below it."""
    a = os.path.abspath(inner).rstrip(os.sep) + os.sep
    b = os.path.abspath(outer).rstrip(os.sep) + os.sep
    return a.startswith(b)


def move(src, dst, copy_function=copy2):
    """Move file or directory src to dst (into dst when it is a directory); return the new path.

    Uses os.rename where it can, else copies and then deletes the source."""
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return target
        target = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if not os.path.isdir(src) or os.path.islink(src):
        copy_function(src, target)
        os.unlink(src)
        return target
    if _is_inside(dst, src):
        raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
    copytree(src, target, copy_function=copy_function, symlinks=True)
    rmtree(src)
    return target


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd as the shell would find it on PATH, or None."""
    def _access_check(fn, mode):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath if hasattr(os, 'defpath') else ':/bin:/usr/bin'
    if not path:
        return None
    seen = set()
    for dir in path.split(os.pathsep):
        normdir = os.path.normcase(dir)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None


terminal_size = collections.namedtuple('terminal_size', 'columns lines')


def _positive_env_int(name):
    """$name as a positive int, or 0 when it is unset, not a number, or not positive."""
    text = os.environ.get(name, '')
    try:
        value = int(text)
    except ValueError:
        return 0
    return max(value, 0)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS/$LINES, else the fallback (the JVM cannot ask the tty)."""
    sizes = [_positive_env_int('COLUMNS'), _positive_env_int('LINES')]
    return terminal_size(*(got or default for got, default in zip(sizes, fallback)))
