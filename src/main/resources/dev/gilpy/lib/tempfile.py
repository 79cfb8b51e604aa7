"""Temporary files and directories: gettempdir, mkdtemp, TemporaryDirectory, NamedTemporaryFile.

(open() has no binary mode and os has no file descriptors in gilpy, so NamedTemporaryFile takes a text
mode; mkstemp/TemporaryFile are not provided.)"""

import os
import shutil
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryDirectory", "mkdtemp", "gettempdir", "gettempprefix", "tempdir",
           "template", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_rng = _random.Random()
_name_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return ''.join(_rng.choice(_name_chars) for _ in range(8))


def _candidate_tempdirs():
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(os.getcwd())
    except OSError:
        dirlist.append(os.curdir)
    return dirlist


def _get_default_tempdir():
    for dir in _candidate_tempdirs():
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        if os.path.isdir(dir) and os.access(dir, os.W_OK):
            return dir
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % _candidate_tempdirs())


def gettempdir():
    """The directory for temporary files ($TMPDIR, $TEMP, $TMP, then /tmp...)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory with a unique name; returns its absolute path. The caller removes it."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for seq in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with its .name, removed on close() when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object name=%r>" % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a visible name (.name), deleted when closed unless delete=False."""
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for seq in range(TMP_MAX):
        name = os.path.abspath(os.path.join(dir, prefix + _random_name() + suffix))
        if os.path.exists(name):
            continue
        file = open(name, mode.replace('w', 'x', 1) if 'w' in mode else mode, buffering=buffering,
                    encoding=encoding, newline=newline, errors=errors)
        return _TemporaryFileWrapper(file, name, delete)
    raise FileExistsError(17, "No usable temporary file name found")


class TemporaryDirectory:
    """A directory removed (with its contents) when the with-block ends or cleanup() is called."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._cleaned = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        self.cleanup()

    def cleanup(self):
        if not self._cleaned and os.path.exists(self.name):
            self._cleaned = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
