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
    """An ignore= function for copytree() that skips names matching any glob-style pattern."""
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless dirs_exist_ok); returns dst."""
    names = sorted(os.listdir(src))
    ignored_names = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks,
                         dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Deletes a directory tree; errors go to onerror(func, path, exc_info) or are ignored on request."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
            return
    try:
        names = os.listdir(path)
    except OSError:
        # A path that cannot be listed is reported once, as CPython's lstat failure is.
        onerror(os.listdir, path, sys.exc_info())
        return
    _rmtree(path, names, onerror)


def _rmtree(path, names, onerror):
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname) and not os.path.islink(fullname):
            try:
                sub = os.listdir(fullname)
            except OSError:
                onerror(os.listdir, fullname, sys.exc_info())
                continue
            _rmtree(fullname, sub, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    sep = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (into it, if dst is a directory); returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


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


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS/$LINES, else the fallback (the JVM cannot ask the tty)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return terminal_size(columns, lines)
