"""The io module: in-memory streams (StringIO, BytesIO), TextIOWrapper over a binary buffer, the base
classes, and open() (the built-in)."""

import builtins

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = builtins.open
BlockingIOError = builtins.BlockingIOError


def open_code(path):
    return open(path, "r")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


# CPython's is a subclass of both OSError and ValueError; gilpy cannot combine two built-in exception
# lay-outs, so it is an OSError (what programs catch it as).
class UnsupportedOperation(OSError):
    pass


UnsupportedOperation.__module__ = "io"


class IOBase:
    """The base of every stream: closing, context management, iteration by lines."""

    _closed = False
    _closed_message = "I/O operation on closed file."

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """Text I/O in memory."""

    __module__ = "_io"

    _closed_message = "I/O operation on closed file"   # sic: CPython's StringIO has no full stop

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._buf = self._translate(initial_value)
        self._chunks = None     # pending appends at the end (joined lazily)
        self._len = len(self._buf)
        self._pos = 0

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if nl in ("\r", "\r\n"):
            return s.replace("\n", nl)
        return s

    def _value(self):
        if self._chunks:
            self._buf += "".join(self._chunks)
            self._chunks = None
        return self._buf

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        if self._pos == self._len:
            # Appending: collect the pieces, joined once when read.
            if self._chunks is None:
                self._chunks = []
            self._chunks.append(s)
        else:
            buf = self._value()
            if self._pos > len(buf):
                buf += "\0" * (self._pos - len(buf))
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        self._len = max(self._len, self._pos)
        return n

    def read(self, size=-1):
        self._check_closed()
        buf = self._value()
        if size is None or size < 0:
            size = len(buf)
        r = buf[self._pos:self._pos + size]
        self._pos = min(len(buf), self._pos + size) if self._pos < len(buf) else self._pos
        return r

    def readline(self, size=-1):
        self._check_closed()
        buf = self._value()
        if self._pos >= len(buf):
            return ""
        end = buf.find("\n", self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = end
        return r

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._value()[:size]
        self._len = len(self._buf)
        return size

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def close(self):
        self._closed = True
        self._buf = ""
        self._chunks = None
        self._len = 0


class BytesIO(BufferedIOBase):
    """Buffered I/O on bytes in memory."""

    __module__ = "_io"

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        n = len(b)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b"\0" * (pos - len(self._buf)))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            size = len(self._buf)
        r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    read1 = read

    def readline(self, size=-1):
        self._check_closed()
        buf = self._buf
        if self._pos >= len(buf):
            return b""
        end = buf.find(b"\n", self._pos)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(buf[self._pos:end])
        self._pos = end
        return r

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True


class TextIOWrapper(TextIOBase):
    """Text over a binary stream (a BytesIO or any object with read/write/readline of bytes)."""

    __module__ = "_io"

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        self.buffer = buffer
        self.encoding = "utf-8" if encoding in (None, "locale") else encoding
        self.errors = errors or "strict"
        self._newline = newline
        self.line_buffering = line_buffering

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def _decode(self, b):
        s = b.decode(self.encoding, self.errors)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        return s

    def read(self, size=-1):
        self._check_closed()
        return self._decode(self.buffer.read() if size is None or size < 0 else self.buffer.read(size))

    def readline(self, size=-1):
        self._check_closed()
        return self._decode(self.buffer.readline(size))

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        t = s
        if self._newline not in (None, "", "\n"):
            t = t.replace("\n", self._newline)
        self.buffer.write(t.encode(self.encoding, self.errors))
        return len(s)

    def flush(self):
        self.buffer.flush()

    def seek(self, pos, whence=0):
        return self.buffer.seek(pos, whence)

    def tell(self):
        return self.buffer.tell()

    def detach(self):
        b = self.buffer
        self.buffer = None
        return b

    def close(self):
        if not self._closed:
            self._closed = True
            self.buffer.close()

    @property
    def name(self):
        return getattr(self.buffer, "name", None)

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self.encoding


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
del _cls

# The binary file classes, for isinstance() and annotations: gilpy's open() returns text files only.
FileIO = RawIOBase
BufferedReader = BufferedWriter = BufferedRWPair = BufferedRandom = BufferedIOBase
