"""Reading and writing gzip files (RFC 1952): open(), GzipFile, compress() and decompress()."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

READ, WRITE = 1, 2
_FTEXT, _FHCRC, _FEXTRA, _FNAME, _FCOMMENT = 1, 2, 4, 8, 16


class BadGzipFile(OSError):
    """A file that is not in gzip format."""


def _header(level, mtime, name=b''):
    xfl = 2 if level == 9 else (4 if level == 1 else 0)
    flags = _FNAME if name else 0
    head = b'\x1f\x8b\x08' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff) + bytes([xfl, 255])
    return head + (name + b'\0' if name else b'')


def _read_member(data, pos):
    """(uncompressed bytes, position after the member) of the gzip member at data[pos:]."""
    magic = data[pos:pos + 2]
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    method, flags = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    p = pos + 10
    if flags & _FEXTRA:
        p += 2 + struct.unpack('<H', data[p:p + 2])[0]
    for bit in (_FNAME, _FCOMMENT):
        if flags & bit:
            end = data.find(b'\0', p)
            if end < 0:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
            p = end + 1
    if flags & _FHCRC:
        p += 2
    d = zlib.decompressobj(-zlib.MAX_WBITS)
    out = d.decompress(data[p:])
    if not d.eof:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    rest = d.unused_data
    if len(rest) < 8:
        raise EOFError("Compressed file ended before the end-of-stream marker was reached")
    crc, size = struct.unpack('<LL', rest[:8])
    if crc != zlib.crc32(out):
        raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(zlib.crc32(out))))
    if size != len(out) & 0xffffffff:
        raise BadGzipFile("Incorrect length of data produced")
    return out, len(data) - len(rest) + 8


def decompress(data):
    """The data of every gzip member in data, joined."""
    data = bytes(data)
    pos, parts = 0, []
    while pos < len(data):
        # Zero bytes may pad the end of a gzip stream.
        if not data[pos:].strip(b'\0'):
            break
        out, pos = _read_member(data, pos)
        parts.append(out)
    return b''.join(parts)


def compress(data, compresslevel=9, *, mtime=None):
    """data as one gzip member; mtime None stamps the current time."""
    if mtime is None:
        c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = c.compress(data) + c.flush()
        return (_header(compresslevel, time.time()) + body
                + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))
    out = zlib.compress(data, compresslevel, wbits=31)
    return out[:4] + struct.pack('<L', int(mtime) & 0xffffffff) + out[8:]


class GzipFile(io.BufferedIOBase):
    """A binary file object that reads or writes a gzip file (or a gzip stream in fileobj)."""
    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None):
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError("Invalid mode: {!r}".format(mode))
            mode = mode if 'b' in mode else mode + 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        mode = mode or getattr(fileobj, 'mode', 'rb')
        # The name: what was given, else the file object's own (if it is a path).
        name = os.fspath(filename) if filename is not None else getattr(fileobj, 'name', '')
        filename = name if isinstance(name, (str, bytes)) else ''
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BytesIO(decompress(fileobj.read()))
        elif mode.startswith(('w', 'a', 'x')):
            if not (-1 <= compresslevel <= 9):
                raise ValueError("Invalid compression level")
            self.mode = WRITE
            self._level = compresslevel
            self._mtime = mtime
            self._deflate = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
            self._crc = 0
            self._size = 0
            self._started = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.name = filename

    @property
    def mtime(self):
        return self._mtime if self.mode == WRITE else None

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    def _check(self, mode, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode != mode:
            import errno
            raise OSError(errno.EBADF, what + "() on " + ("write-only" if mode == READ else "read-only")
                          + " GzipFile object")

    def write(self, data):
        self._check(WRITE, "write")
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if not self._started:
            self._started = True
            name = os.path.basename(self.name) if isinstance(self.name, str) else ''
            if name.endswith('.gz'):
                name = name[:-3]
            mtime = time.time() if self._mtime is None else self._mtime
            self.fileobj.write(_header(self._level, mtime, name.encode('latin-1', 'replace')))
        if data:
            self.fileobj.write(self._deflate.compress(data))
            self._crc = zlib.crc32(data, self._crc)
            self._size += len(data)
        return len(data)

    def read(self, size=-1):
        self._check(READ, "read")
        return self._buffer.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._check(READ, "peek")
        pos = self._buffer.tell()
        data = self._buffer.read(max(n, 1))
        self._buffer.seek(pos)
        return data

    def readline(self, size=-1):
        self._check(READ, "readline")
        return self._buffer.readline(size)

    def readlines(self, hint=-1):
        self._check(READ, "readlines")
        return self._buffer.readlines(hint)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=0):
        self._check(READ, "seek")
        return self._buffer.seek(offset, whence)

    def tell(self):
        return self._buffer.tell() if self.mode == READ else self._size

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    @property
    def closed(self):
        return self.fileobj is None

    def flush(self):
        if self.mode == WRITE and self.fileobj is not None:
            self.fileobj.write(self._deflate.flush(zlib.Z_SYNC_FLUSH))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                if not self._started:
                    self.write(b'')
                fileobj.write(self._deflate.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            self.fileobj = None
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _TextFile:
    """Text over a GzipFile: str in, encoded bytes out (and back when reading)."""

    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        if binary.mode == READ:
            text = binary.read().decode(self.encoding, self.errors)
            if newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = io.StringIO(text)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        out = s.replace('\n', os.linesep) if self._newline is None else (
            s.replace('\n', self._newline) if self._newline else s)
        self.buffer.write(out.encode(self.encoding, self.errors))
        return len(s)

    def read(self, size=-1):
        return self._text.read(size)

    def readline(self, size=-1):
        return self._text.readline(size)

    def readlines(self, hint=-1):
        return self._text.readlines(hint)

    def __iter__(self):
        return iter(self._text)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt', ...) mode."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    for arg, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None and not text:
            raise ValueError("Argument '%s' not supported in binary mode" % arg)
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary, encoding, errors, newline)
    return binary
