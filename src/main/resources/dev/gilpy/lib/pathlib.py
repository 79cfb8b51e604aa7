"""Object-oriented filesystem paths (POSIX flavour).

PurePath and PurePosixPath do path arithmetic only; Path and PosixPath also touch the filesystem
through the os module.
"""

import fnmatch
import io
import os
import re

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _split(args):
    """(root, parts after the root) of the joined arguments, normalised as POSIX pathlib does."""
    root = ''
    names = []
    for a in args:
        if isinstance(a, PurePath):
            text = str(a)
        else:
            text = os.fspath(a)
            if isinstance(text, bytes):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, "
                                "not %r" % type(text))
            if not isinstance(text, str):
                raise TypeError("expected str, bytes or os.PathLike object, not " + type(a).__name__)
        if text.startswith('/'):
            # Exactly two leading slashes are kept (POSIX leaves their meaning to the system).
            root = '//' if text.startswith('//') and not text.startswith('///') else '/'
            names = []
        names.extend(n for n in text.split('/') if n and n != '.')
    return root, names


class PurePath:
    """A path without filesystem access; PurePath(...) makes a PurePosixPath."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._names = _split(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _make(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = names
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._names)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def as_uri(self):
        """The path as a file: URI; only absolute paths have one."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        keep = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
        return 'file://' + ''.join(chr(b) if b in keep else '%%%02X' % b for b in str(self).encode('utf-8', 'surrogateescape'))

    def _key(self):
        return (self._root, self._names)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmp_key(self, other):
        if not isinstance(other, PurePath):
            return None
        return str(self).split('/'), str(other).split('/')

    def __lt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._cmp_key(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        """This path with each argument appended (an absolute one starts over)."""
        root, names = _split(args)
        if root:
            return self._make(root, names)
        return self._make(self._root, self._names + names)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        dot = name.rfind('.')
        return name[:dot] if 0 < dot < len(name) - 1 else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        """This path with its last component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._make(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with its suffix replaced ('' removes it)."""
        if '/' in suffix or (suffix and (not suffix.startswith('.') or suffix == '.')):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        return self._make(self._root, self._names[:-1] + [(name[:-len(old)] if old else name) + suffix])

    def relative_to(self, *other):
        """This path relative to other, which must be one of its parents (or itself)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is "
                             "absolute.".format(str(self), str(base)))
        return self._make('', self._names[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches the glob pattern, compared from the right (absolute: the whole path)."""
        pat = type(self)(path_pattern)
        if not pat._root and not pat._names:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._names) != len(self._names):
                return False
        elif len(pat._names) > len(self._names):
            return False
        for name, p in zip(reversed(self._names), reversed(pat._names)):
            if not fnmatch.fnmatchcase(name, p):
                return False
        return True


class _Parents:
    """The sequence of a path's logical ancestors (path.parents)."""

    def __init__(self, path):
        self._path = path

    def __len__(self):
        p = self._path
        return len(p._names) if p._root or p._names else 0

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        p = self._path
        return p._make(p._root, p._names[:len(p._names) - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class PureWindowsPath(PurePath):
    """Windows paths are not supported by gilpy (it runs on POSIX systems only)."""

    def __new__(cls, *args):
        raise NotImplementedError("gilpy supports POSIX paths only")


class Path(PurePath):
    """A path on this system's filesystem; Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    def absolute(self):
        """This path made absolute against the working directory (not normalised)."""
        if self._root:
            return self
        return self._make(*_split([os.getcwd(), str(self)]))

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved."""
        if strict:
            self.stat()
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if self._names and self._names[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._names[0])
            if home == self._names[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._names[1:])
        return self

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of this path."""
        return os.lstat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_absolute(self):
        return bool(self._root)

    def samefile(self, other_path):
        return os.path.samefile(str(self), str(other_path))

    def iterdir(self):
        """The directory's entries as paths (not '.' or '..')."""
        for name in os.listdir(str(self)):
            yield self._make(self._root, self._names + [name])

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._make(self._root, self._names + [name])
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._glob(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if head == '..':
            yield from self._make(self._root, self._names + ['..'])._glob(rest)
            return
        if not any(c in head for c in '*?['):
            child = self._make(self._root, self._names + [head])
            if (child.is_dir() if rest else child.exists()):
                yield from child._glob(rest)
            return
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        regex = re.compile(fnmatch.translate(head))
        for name in names:
            if regex.match(name):
                child = self._make(self._root, self._names + [name])
                if rest and not child.is_dir():
                    continue
                yield from child._glob(rest)

    def glob(self, pattern):
        """The paths under this one that match the relative glob pattern ('**' spans directories)."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pat._names:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        names = list(pat._names)
        if str(pattern).endswith('/'):
            names.append('')
        if names[-1] == '**':
            # A trailing '**' matches directories only.
            yield from (p for p in self._glob(names) if p.is_dir())
            return
        if names[-1] == '':
            yield from (p for p in self._glob(names[:-1]) if p.is_dir())
            return
        yield from self._glob(names)

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self.glob('**/' + str(pattern) if pat._names else '**')

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str data; returns the number of characters written."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        """Replace the file's contents with the bytes-like data; returns the number of bytes written."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (else, with exist_ok, just update its time)."""
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with io.open(str(self), 'ab'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory; parents creates missing ancestors, exist_ok accepts an existing directory."""
        if parents:
            # Create the missing ancestors first, outermost first, with default permissions (mode is for
            # the last one only, as documented); ones that appear meanwhile are fine.
            missing = []
            ancestor = self.parent
            while ancestor != ancestor.parent and not ancestor.exists():
                missing.append(ancestor)
                ancestor = ancestor.parent
            for directory in reversed(missing):
                try:
                    os.mkdir(str(directory))
                except FileExistsError:
                    pass
        try:
            os.mkdir(str(self), mode)
        except FileExistsError:
            if exist_ok and self.is_dir():
                return
            raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        """Remove the file or link; missing_ok ignores a missing one."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Rename the file or directory to target; returns target as a path."""
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        """Rename to target, replacing what is there; returns target as a path."""
        os.replace(str(self), str(target))
        return type(self)(target)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""


class WindowsPath(Path, PureWindowsPath):
    """Cannot be made on a POSIX system."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
