"""Serialize Python objects to bytes and back, in the pickle format (protocols 0 to 5).

gilpy's own implementation of the documented format (PEP 307, PEP 3154, PEP 574): dumps writes the
same bytes as CPython 3.11 for the same object and protocol; loads reads what CPython writes.
"""

import sys
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
from _pickle import PickleError, PicklingError, UnpicklingError
from _pickle import _dumps_plain, _loads_plain

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps",
           "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING",
           "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP",
           "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE", "NEWFALSE",
           "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES",
           "SHORT_BINSTRING", "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE",
           "TUPLE1", "TUPLE2", "TUPLE3", "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
bytes_types = (bytes, bytearray)

# The opcodes (one byte each), grouped by the protocol that introduced them.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# A frame is closed once it holds this much; a payload at least this long is written outside frames.
_FRAME_TARGET = 64 * 1024
# A frame shorter than this is written without its FRAME header.
_FRAME_MIN = 4
# APPENDS / SETITEMS / ADDITEMS carry at most this many items each.
_BATCH = 1000


class PickleBuffer:
    """A wrapper around a bytes-like object, pickled out of band by protocol 5 (PEP 574)."""

    def __init__(self, obj):
        if not isinstance(obj, (bytes, bytearray, PickleBuffer)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
        self._obj = obj._obj if isinstance(obj, PickleBuffer) else obj
        self.readonly = not isinstance(self._obj, bytearray)

    def raw(self):
        if self._obj is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._obj

    def release(self):
        self._obj = None


# --- names of Python 2 modules and globals (protocols 0-2 with fix_imports) ------------------------

# Python 3 module -> the Python 2 name written for it.
_PY2_MODULES = {
    "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue", "socketserver": "SocketServer",
    "configparser": "ConfigParser", "reprlib": "repr", "_thread": "thread", "_dummy_thread": "dummy_thread",
    "tkinter": "Tkinter", "urllib.parse": "urlparse", "http.client": "httplib", "http.cookies": "Cookie",
    "pickle": "pickle", "xmlrpc.client": "xmlrpclib", "dbm.dumb": "dumbdbm", "dbm.gnu": "gdbm",
    "dbm.ndbm": "dbm", "html.entities": "htmlentitydefs", "_markupbase": "markupbase",
}
# (Python 3 module, name) -> (Python 2 module, name), where the name changed too.
_PY2_GLOBALS = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "bytes"): ("__builtin__", "bytes"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("os", "getcwd"): ("os", "getcwdu"),
    ("os", "getcwdb"): ("os", "getcwd"),
    ("subprocess", "getoutput"): ("commands", "getoutput"),
    ("subprocess", "getstatusoutput"): ("commands", "getstatusoutput"),
}
# Built-in exceptions Python 2 kept in its "exceptions" module.
_PY2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "ImportError", "ImportWarning", "IndentationError", "IndexError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError",
    "RuntimeWarning", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
    "SystemExit", "TabError", "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
    "ZeroDivisionError",
)
for _name in _PY2_EXCEPTIONS:
    _PY2_GLOBALS[("builtins", _name)] = ("exceptions", _name)
# Python 3's finer OSError and ImportError classes are written as their Python 2 ancestors.
for _name in ("BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
              "ConnectionRefusedError", "ConnectionResetError", "EnvironmentError", "FileExistsError",
              "FileNotFoundError", "IOError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
              "PermissionError", "ProcessLookupError", "TimeoutError"):
    _PY2_GLOBALS[("builtins", _name)] = ("exceptions", "OSError")
_PY2_GLOBALS[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES.update({"exceptions": "builtins", "cPickle": "pickle", "cStringIO": "io", "StringIO": "io"})
_PY3_GLOBALS = {v: k for k, v in _PY2_GLOBALS.items() if k[1] == v[1] or v[0] != "exceptions"}
_PY3_GLOBALS[("__builtin__", "basestring")] = ("builtins", "str")
_PY3_GLOBALS[("__builtin__", "long")] = ("builtins", "int")
_PY3_GLOBALS[("__builtin__", "unichr")] = ("builtins", "chr")
_PY3_GLOBALS[("exceptions", "StandardError")] = ("builtins", "Exception")
del _name


# --- helpers the format needs ---------------------------------------------------------------------

def encode_long(x):
    """x as the shortest little-endian two's complement bytes (b'' for 0), as LONG1/LONG4 carry it."""
    if x == 0:
        return b''
    size = (x.bit_length() >> 3) + 1
    data = x.to_bytes(size, 'little', signed=True)
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, 'little', signed=True)


def _lookup(owner, dotted):
    """Follow a dotted qualified name from owner: (the object, its parent)."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(dotted, owner))
        parent = owner
        owner = getattr(owner, part)
    return owner, parent


def whichmodule(obj, name):
    """The name of the module obj (called name there) belongs to."""
    found = getattr(obj, '__module__', None)
    if found is not None:
        return found
    for module_name, module in list(sys.modules.items()):
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _lookup(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _escape_for_unicode_op(text):
    """Protocol 0's UNICODE argument: raw-unicode-escape, with backslash, NUL and line ends escaped."""
    out = []
    for ch in text:
        c = ord(ch)
        if c > 0xffff:
            out.append('\\U%08x' % c)
        elif c > 0xff or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _unescape_unicode_op(data):
    """Inverse of _escape_for_unicode_op (raw-unicode-escape decoding)."""
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            raise UnicodeDecodeError('rawunicodeescape', data, i, min(n, i + 2 + width), 'truncated \\uXXXX escape')
        out.append(ch)
        i += 1
    return ''.join(out)


_SIMPLE_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b',
                   'f': '\f', 'v': '\v', '\n': ''}


def _unescape_string_op(text):
    """The bytes of a Python 2 str literal's body (the STRING opcode's argument)."""
    out = bytearray()
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != '\\' or i + 1 == n:
            out.append(ord(ch) & 0xff)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[nxt].encode('latin-1')
            i += 2
        elif nxt == 'x':
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif nxt in '01234567':
            j = i + 1
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xff)
            i = j
        else:
            out += b'\\'
            i += 1
    return bytes(out)


# --- writing --------------------------------------------------------------------------------------

def _chunks(items):
    """Successive lists of up to _BATCH items of an iterable; after a short one nothing more is taken."""
    items = iter(items)
    while True:
        chunk = []
        for item in items:
            chunk.append(item)
            if len(chunk) == _BATCH:
                break
        if chunk:
            yield chunk
        if len(chunk) < _BATCH:
            return


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}

    def clear_memo(self):
        """Forget the objects already written (later dumps write them again)."""
        self.memo.clear()

    def persistent_id(self, obj):
        """Return a persistent id for obj (written instead of obj), or None to pickle it normally."""
        return None

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if not hasattr(self, '_file_write'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        proto = self.proto
        self._done = bytearray()
        self._frame = bytearray()
        self._framing = proto >= 4
        self._pid_hook = (type(self).persistent_id is not Pickler.persistent_id
                          or 'persistent_id' in self.__dict__)
        override = getattr(self, 'reducer_override', None)
        self._override = override
        table = getattr(self, 'dispatch_table', None)
        self._table = dispatch_table if table is None else table
        if proto >= 2:
            self._frame += PROTO + bytes((proto,))
            if self._framing:
                self._commit()
        try:
            try:
                self.save(obj)
            except RecursionError:
                raise RecursionError("maximum recursion depth exceeded while pickling an object") from None
            self._frame += STOP
            self._commit()
            self._file_write(bytes(self._done))
        finally:
            self._done = self._frame = None

    # The output: opcodes go into the current frame; _commit moves the frame (with its FRAME header
    # under protocol 4+, when it is long enough) into the finished output.
    def _commit(self):
        frame = self._frame
        if self._framing and len(frame) >= _FRAME_MIN:
            self._done += FRAME + pack('<Q', len(frame))
        self._done += frame
        self._frame = bytearray()

    def _write_large(self, header, payload):
        """An opcode with a long payload: under framing it goes between frames, unframed."""
        if self._framing and len(payload) >= _FRAME_TARGET:
            self._commit()
            self._done += header
            self._done += payload
        else:
            frame = self._frame
            frame += header
            frame += payload

    def _memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        index = len(memo)
        memo[id(obj)] = (index, obj)
        if self.proto >= 4:
            self._frame += MEMOIZE
        elif self.bin:
            if index < 256:
                self._frame += BINPUT + bytes((index,))
            else:
                self._frame += LONG_BINPUT + pack('<I', index)
        else:
            self._frame += PUT + repr(index).encode('ascii') + b'\n'

    def _get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + bytes((index,))
            return LONG_BINGET + pack('<I', index)
        return GET + repr(index).encode('ascii') + b'\n'

    def save(self, obj, save_persistent_id=True):
        if self._framing and len(self._frame) >= _FRAME_TARGET:
            self._commit()
        if self._pid_hook and save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        cls = type(obj)
        writer = _ATOMIC.get(cls)
        if writer is not None:
            writer(self, obj)
        else:
            found = self.memo.get(id(obj))
            if found is not None:
                self._frame += self._get(found[0])
                return
            writer = _CONTAINERS.get(cls)
            if writer is not None:
                writer(self, obj)
            else:
                self._save_other(obj, cls)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._frame += BINPERSID
        else:
            try:
                text = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._frame += PERSID + text + b'\n'

    def _save_other(self, obj, cls):
        reduced = NotImplemented
        if self._override is not None:
            reduced = self._override(obj)
        if reduced is NotImplemented:
            if cls is type or cls is _FUNCTION or cls is _BUILTIN_FUNCTION:
                self._save_type_or_global(obj)
                return
            reducer = self._table.get(cls)
            if reducer is not None:
                reduced = reducer(obj)
            elif isinstance(obj, type):
                self._save_type_or_global(obj)
                return
            else:
                method = getattr(obj, '__reduce_ex__', None)
                if method is not None:
                    reduced = method(self.proto)
                else:
                    method = getattr(obj, '__reduce__', None)
                    if method is None:
                        raise PicklingError("Can't pickle %r object: %r" % (cls.__name__, obj))
                    reduced = method()
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*reduced, obj=obj)

    def _save_type_or_global(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        self.save_global(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None,
                    *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        proto = self.proto
        func_name = getattr(func, '__name__', '')
        if proto >= 2 and func_name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not %d"
                                    % len(args))
            cls, cls_args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, not %s"
                                    % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be %s, not %s"
                                    % (obj.__class__.__name__, cls.__name__))
            if proto >= 4:
                self.save(cls)
                self.save(cls_args)
                self.save(kwargs)
                self._frame += NEWOBJ_EX
            else:
                from functools import partial
                self.save(partial(cls.__new__, cls, *cls_args, **kwargs))
                self.save(())
                self._frame += REDUCE
        elif proto >= 2 and func_name == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._frame += NEWOBJ
        else:
            self.save(func)
            self.save(args)
            self._frame += REDUCE
        if obj is not None:
            found = self.memo.get(id(obj))
            if found is not None:
                self._frame += POP + self._get(found[0])
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._frame += BUILD
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._frame += TUPLE2 + REDUCE + POP

    # -- the built-in types the format has opcodes for

    def _save_none(self, obj):
        self._frame += NONE

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._frame += NEWTRUE if obj else NEWFALSE
        else:
            self._frame += TRUE if obj else FALSE

    def _save_int(self, obj):
        if self.bin:
            if 0 <= obj < 256:
                self._frame += BININT1 + bytes((obj,))
                return
            if 0 <= obj < 65536:
                self._frame += BININT2 + pack('<H', obj)
                return
            if -0x80000000 <= obj < 0x80000000:
                self._frame += BININT + pack('<i', obj)
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                self._frame += LONG1 + bytes((len(data),)) + data
            else:
                self._frame += LONG4 + pack('<i', len(data)) + data
        elif -0x80000000 <= obj < 0x80000000:
            self._frame += INT + repr(obj).encode('ascii') + b'\n'
        else:
            self._frame += LONG + repr(obj).encode('ascii') + b'L\n'

    def _save_float(self, obj):
        if self.bin:
            self._frame += BINFLOAT + pack('>d', obj)
        else:
            self._frame += FLOAT + repr(obj).encode('ascii') + b'\n'

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size < 256 and self.proto >= 4:
                self._frame += SHORT_BINUNICODE + bytes((size,)) + data
            elif size > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack('<Q', size), data)
            else:
                self._write_large(BINUNICODE + pack('<I', size), data)
        else:
            self._frame += UNICODE + _escape_for_unicode_op(obj) + b'\n'
        self._memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        size = len(obj)
        if size < 256:
            self._frame += SHORT_BINBYTES + bytes((size,)) + obj
        elif size > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', size), obj)
        else:
            self._write_large(BINBYTES + pack('<I', size), obj)
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self._save_other(obj, bytearray)
            return
        self._write_large(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self._memoize(obj)

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        data = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if obj.readonly:
                self._save_bytes(bytes(data))
            else:
                self._save_bytearray(data)
        else:
            self._frame += NEXT_BUFFER
            if obj.readonly:
                self._frame += READONLY_BUFFER

    def _save_tuple(self, obj):
        size = len(obj)
        if not size:
            self._frame += EMPTY_TUPLE if self.bin else MARK + TUPLE
            return
        save = self.save
        memo = self.memo
        if size <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            found = memo.get(id(obj))
            if found is not None:
                self._frame += POP * size + self._get(found[0])
            else:
                self._frame += _TUPLE_OPS[size]
                self._memoize(obj)
            return
        self._frame += MARK
        for item in obj:
            save(item)
        found = memo.get(id(obj))
        if found is not None:
            # The tuple was written while writing its items (a cycle through a mutable object).
            if self.bin:
                self._frame += POP_MARK + self._get(found[0])
            else:
                self._frame += POP * (size + 1) + self._get(found[0])
            return
        self._frame += TUPLE
        self._memoize(obj)

    def _save_list(self, obj):
        self._frame += EMPTY_LIST if self.bin else MARK + LIST
        self._memoize(obj)
        self._batch_appends(obj)

    def _save_dict(self, obj):
        self._frame += EMPTY_DICT if self.bin else MARK + DICT
        self._memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._frame += EMPTY_SET
        self._memoize(obj)
        items = list(obj)
        save = self.save
        for start in range(0, len(items), _BATCH):
            self._frame += MARK
            for item in items[start:start + _BATCH]:
                save(item)
            self._frame += ADDITEMS

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._frame += MARK
        for item in obj:
            self.save(item)
        found = self.memo.get(id(obj))
        if found is not None:
            self._frame += POP_MARK + self._get(found[0])
            return
        self._frame += FROZENSET
        self._memoize(obj)

    def _batch_appends(self, items):
        save = self.save
        if not self.bin:
            for item in items:
                save(item)
                self._frame += APPEND
            return
        if isinstance(items, list):
            size = len(items)
            start = 0
            while start < size:
                chunk = items[start:start + _BATCH]
                start += _BATCH
                if len(chunk) == 1:
                    save(chunk[0])
                    self._frame += APPEND
                else:
                    self._frame += MARK
                    for item in chunk:
                        save(item)
                    self._frame += APPENDS
            return
        for chunk in _chunks(items):
            if len(chunk) == 1:
                save(chunk[0])
                self._frame += APPEND
            else:
                self._frame += MARK
                for item in chunk:
                    save(item)
                self._frame += APPENDS

    def _batch_setitems(self, items):
        save = self.save
        if not self.bin:
            for key, value in items:
                save(key)
                save(value)
                self._frame += SETITEM
            return
        for chunk in _chunks(items):
            if len(chunk) == 1:
                key, value = chunk[0]
                save(key)
                save(value)
                self._frame += SETITEM
            else:
                self._frame += MARK
                for key, value in chunk:
                    save(key)
                    save(value)
                self._frame += SETITEMS

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name))
        try:
            found, parent = _lookup(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        proto = self.proto
        if proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._frame += EXT1 + bytes((code,))
                elif code <= 0xffff:
                    self._frame += EXT2 + pack('<H', code)
                else:
                    self._frame += EXT4 + pack('<i', code)
                return
        last = name.rpartition('.')[2]
        if parent is module:
            name = last
        if proto >= 4:
            # CPython's module and qualified names are interned: equal names share one memo entry.
            self.save(_NAMES.setdefault(module_name, module_name))
            self.save(_NAMES.setdefault(name, name))
            self._frame += STACK_GLOBAL
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        else:
            if self.fix_imports:
                module_name, name = _PY2_GLOBALS.get((module_name, name), (module_name, name))
                module_name = _PY2_MODULES.get(module_name, module_name)
            try:
                if proto >= 3:
                    line = module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n'
                else:
                    line = module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n'
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module, name, proto))
            self._frame += GLOBAL + line
        self._memoize(obj)


def _f():
    pass


_FUNCTION = type(_f)
_BUILTIN_FUNCTION = type(len)
_TUPLE_OPS = (None, TUPLE1, TUPLE2, TUPLE3)
# One string object per module or qualified name written, standing in for CPython's interned names.
_NAMES = {}
# Types written without a memo lookup (values, never shared by identity in a pickle).
_ATOMIC = {type(None): Pickler._save_none, bool: Pickler._save_bool, int: Pickler._save_int,
           float: Pickler._save_float}
# Exact types with opcodes of their own; reducer_override is not consulted for them.
_CONTAINERS = {str: Pickler._save_str, bytes: Pickler._save_bytes, bytearray: Pickler._save_bytearray,
               tuple: Pickler._save_tuple, list: Pickler._save_list, dict: Pickler._save_dict,
               set: Pickler._save_set, frozenset: Pickler._save_frozenset,
               PickleBuffer: Pickler._save_picklebuffer}
del _f


# --- reading --------------------------------------------------------------------------------------

class _Mark:
    """Stands in the value stack where MARK was read."""
    __slots__ = ()


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads pickles from a binary file (anything with read and readline methods)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports
        # What is being read: a frame (or, for loads, the whole pickle) and the position in it.
        self._data = b''
        self._pos = 0
        self._whole = False

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        """The global module.name (Python 2 names mapped under protocols 0-2)."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_GLOBALS:
                module, name = _PY3_GLOBALS[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        __import__(module, level=0)
        owner = sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup(owner, name)[0]
            return getattr(owner, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, owner)) from None

    # -- input

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end <= len(data):
            self._pos = end
            return data[pos:end]
        if self._whole or pos < len(data):
            raise UnpicklingError("pickle data was truncated")
        got = self._file_read(n)
        if len(got) < n:
            raise UnpicklingError("pickle data was truncated")
        return got

    def _readline(self):
        data = self._data
        pos = self._pos
        if pos < len(data) or self._whole:
            end = data.find(b'\n', pos)
            if end < 0:
                raise UnpicklingError("pickle data was truncated")
            self._pos = end + 1
            return data[pos:end + 1]
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _next_opcode(self):
        data = self._data
        pos = self._pos
        if pos < len(data):
            self._pos = pos + 1
            return data[pos]
        if self._whole:
            raise EOFError("Ran out of input")
        got = self._file_read(1)
        if not got:
            raise EOFError("Ran out of input")
        return got[0]

    def load(self):
        """Read one pickle from the file and return the object it describes."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self._stack = []
        self._marks = []
        ops = _OPS
        next_opcode = self._next_opcode
        try:
            while True:
                code = next_opcode()
                op = ops[code]
                if op is None:
                    if 32 <= code < 127:
                        shown = chr(code)
                    else:
                        shown = '\\x%02x' % code
                    raise UnpicklingError("invalid load key, '%s'." % shown)
                op(self)
        except _Stop as stop:
            return stop.value
        finally:
            self._stack = self._marks = None

    # -- the value stack

    def _pop(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        return stack.pop()

    def _top(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        return stack[-1]

    def _pop_mark(self):
        """The items pushed since the last MARK (which is removed with them)."""
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        items = self._stack
        self._stack = self._marks.pop()
        return items

    # -- opcodes

    def _op_mark(self):
        self._marks.append(self._stack)
        self._stack = []

    def _op_stop(self):
        raise _Stop(self._pop())

    def _op_pop(self):
        if self._stack:
            self._stack.pop()
        else:
            self._pop_mark()

    def _op_pop_mark(self):
        self._pop_mark()

    def _op_dup(self):
        self._stack.append(self._top())

    def _op_proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _op_frame(self):
        size = unpack('<Q', self._read(8))[0]
        if self._whole:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
            return
        if self._pos < len(self._data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._data = self._read(size)
        self._pos = 0

    def _op_persid(self):
        try:
            pid = self._readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self._stack.append(self.persistent_load(pid))

    def _op_binpersid(self):
        stack = self._stack
        stack.append(self.persistent_load(self._pop()))

    def _op_none(self):
        self._stack.append(None)

    def _op_false(self):
        self._stack.append(False)

    def _op_true(self):
        self._stack.append(True)

    def _op_int(self):
        line = self._readline()
        if line == b'00\n':
            value = False
        elif line == b'01\n':
            value = True
        else:
            value = int(line, 0)
        self._stack.append(value)

    def _op_binint(self):
        self._stack.append(unpack('<i', self._read(4))[0])

    def _op_binint1(self):
        self._stack.append(self._read(1)[0])

    def _op_binint2(self):
        self._stack.append(unpack('<H', self._read(2))[0])

    def _op_long(self):
        text = self._readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self._stack.append(int(text, 0))

    def _op_long1(self):
        size = self._read(1)[0]
        self._stack.append(decode_long(self._read(size)))

    def _op_long4(self):
        size = unpack('<i', self._read(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._stack.append(decode_long(self._read(size)))

    def _op_float(self):
        self._stack.append(float(self._readline()[:-1]))

    def _op_binfloat(self):
        self._stack.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        line = self._readline()[:-1]
        if len(line) >= 2 and line[0] == line[-1] and line[:1] in (b'"', b"'"):
            body = line[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._stack.append(self._decode_string(_unescape_string_op(body.decode('latin-1'))))

    def _op_binstring(self):
        size = unpack('<i', self._read(4))[0]
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._stack.append(self._decode_string(self._read(size)))

    def _op_short_binstring(self):
        size = self._read(1)[0]
        self._stack.append(self._decode_string(self._read(size)))

    def _op_binbytes(self):
        size = unpack('<I', self._read(4))[0]
        self._stack.append(bytes(self._read(size)))

    def _op_short_binbytes(self):
        size = self._read(1)[0]
        self._stack.append(bytes(self._read(size)))

    def _op_binbytes8(self):
        size = unpack('<Q', self._read(8))[0]
        if size > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._stack.append(bytes(self._read(size)))

    def _op_bytearray8(self):
        size = unpack('<Q', self._read(8))[0]
        if size > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._stack.append(bytearray(self._read(size)))

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument "
                                  "was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self._stack.append(buf)

    def _op_readonly_buffer(self):
        top = self._top()
        if isinstance(top, PickleBuffer):
            top = top.raw()
        if isinstance(top, bytearray):
            self._stack[-1] = bytes(top)

    def _op_unicode(self):
        self._stack.append(_unescape_unicode_op(self._readline()[:-1]))

    def _op_binunicode(self):
        size = unpack('<I', self._read(4))[0]
        self._stack.append(str(self._read(size), 'utf-8', 'surrogatepass'))

    def _op_binunicode8(self):
        size = unpack('<Q', self._read(8))[0]
        if size > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self._stack.append(str(self._read(size), 'utf-8', 'surrogatepass'))

    def _op_short_binunicode(self):
        size = self._read(1)[0]
        self._stack.append(str(self._read(size), 'utf-8', 'surrogatepass'))

    def _op_tuple(self):
        items = self._pop_mark()
        self._stack.append(tuple(items))

    def _op_empty_tuple(self):
        self._stack.append(())

    def _op_tuple1(self):
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        stack[-1] = (stack[-1],)

    def _op_tuple2(self):
        stack = self._stack
        if len(stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        stack[-2:] = [(stack[-2], stack[-1])]

    def _op_tuple3(self):
        stack = self._stack
        if len(stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def _op_empty_list(self):
        self._stack.append([])

    def _op_empty_dict(self):
        self._stack.append({})

    def _op_empty_set(self):
        self._stack.append(set())

    def _op_frozenset(self):
        items = self._pop_mark()
        self._stack.append(frozenset(items))

    def _op_list(self):
        items = self._pop_mark()
        self._stack.append(items)

    def _op_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self._stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            try:
                return cls(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (cls.__name__, err)) from None
        return cls.__new__(cls)

    def _op_inst(self):
        module = self._readline()[:-1].decode('ascii')
        name = self._readline()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        args = self._pop_mark()
        self._stack.append(self._instantiate(cls, args))

    def _op_obj(self):
        args = self._pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._stack.append(self._instantiate(cls, args))

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._stack.append(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s" % type(kwargs).__name__)
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _op_global(self):
        module = self._readline()[:-1].decode('utf-8')
        name = self._readline()[:-1].decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._stack.append(self.find_class(module, name))

    def _op_ext1(self):
        self._load_extension(self._read(1)[0])

    def _op_ext2(self):
        self._load_extension(unpack('<H', self._read(2))[0])

    def _op_ext4(self):
        self._load_extension(unpack('<i', self._read(4))[0])

    def _load_extension(self, code):
        obj = _extension_cache.get(code, _Mark)
        if obj is not _Mark:
            self._stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self._stack.append(obj)

    def _op_reduce(self):
        args = self._pop()
        stack = self._stack
        if not stack:
            raise UnpicklingError("unpickling stack underflow")
        func = stack[-1]
        stack[-1] = func(*args)

    def _memo_get(self, index):
        try:
            self._stack.append(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _op_get(self):
        self._memo_get(int(self._readline()[:-1]))

    def _op_binget(self):
        self._memo_get(self._read(1)[0])

    def _op_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def _op_put(self):
        index = int(self._readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _op_binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _op_long_binput(self):
        index = unpack('<I', self._read(4))[0]
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def _op_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _op_append(self):
        value = self._pop()
        target = self._top()
        target.append(value)

    def _op_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        restore = getattr(inst, "__setstate__", None)
        if restore is None:
            _apply_state(inst, state)
        else:
            restore(state)


def _apply_state(inst, state):
    """BUILD without __setstate__: a dict updates the instance __dict__; (dict, slots) also sets slots."""
    slots = None
    if type(state) is tuple and len(state) == 2:
        state, slots = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        inst.__dict__.update(state)
    if not slots:
        return
    if not isinstance(slots, dict):
        raise UnpicklingError("slot state is not a dictionary")
    for name in slots:
        setattr(inst, name, slots[name])

_OPS = [None] * 256
for _code, _method in [
        (MARK, Unpickler._op_mark), (STOP, Unpickler._op_stop), (POP, Unpickler._op_pop),
        (POP_MARK, Unpickler._op_pop_mark), (DUP, Unpickler._op_dup), (FLOAT, Unpickler._op_float),
        (INT, Unpickler._op_int), (BININT, Unpickler._op_binint), (BININT1, Unpickler._op_binint1),
        (LONG, Unpickler._op_long), (BININT2, Unpickler._op_binint2), (NONE, Unpickler._op_none),
        (PERSID, Unpickler._op_persid), (BINPERSID, Unpickler._op_binpersid), (REDUCE, Unpickler._op_reduce),
        (STRING, Unpickler._op_string), (BINSTRING, Unpickler._op_binstring),
        (SHORT_BINSTRING, Unpickler._op_short_binstring), (UNICODE, Unpickler._op_unicode),
        (BINUNICODE, Unpickler._op_binunicode), (APPEND, Unpickler._op_append), (BUILD, Unpickler._op_build),
        (GLOBAL, Unpickler._op_global), (DICT, Unpickler._op_dict), (EMPTY_DICT, Unpickler._op_empty_dict),
        (APPENDS, Unpickler._op_appends), (GET, Unpickler._op_get), (BINGET, Unpickler._op_binget),
        (INST, Unpickler._op_inst), (LONG_BINGET, Unpickler._op_long_binget), (LIST, Unpickler._op_list),
        (EMPTY_LIST, Unpickler._op_empty_list), (OBJ, Unpickler._op_obj), (PUT, Unpickler._op_put),
        (BINPUT, Unpickler._op_binput), (LONG_BINPUT, Unpickler._op_long_binput),
        (SETITEM, Unpickler._op_setitem), (TUPLE, Unpickler._op_tuple), (EMPTY_TUPLE, Unpickler._op_empty_tuple),
        (SETITEMS, Unpickler._op_setitems), (BINFLOAT, Unpickler._op_binfloat), (PROTO, Unpickler._op_proto),
        (NEWOBJ, Unpickler._op_newobj), (EXT1, Unpickler._op_ext1), (EXT2, Unpickler._op_ext2),
        (EXT4, Unpickler._op_ext4), (TUPLE1, Unpickler._op_tuple1), (TUPLE2, Unpickler._op_tuple2),
        (TUPLE3, Unpickler._op_tuple3), (NEWTRUE, Unpickler._op_true), (NEWFALSE, Unpickler._op_false),
        (LONG1, Unpickler._op_long1), (LONG4, Unpickler._op_long4), (BINBYTES, Unpickler._op_binbytes),
        (SHORT_BINBYTES, Unpickler._op_short_binbytes), (SHORT_BINUNICODE, Unpickler._op_short_binunicode),
        (BINUNICODE8, Unpickler._op_binunicode8), (BINBYTES8, Unpickler._op_binbytes8),
        (EMPTY_SET, Unpickler._op_empty_set), (ADDITEMS, Unpickler._op_additems),
        (FROZENSET, Unpickler._op_frozenset), (NEWOBJ_EX, Unpickler._op_newobj_ex),
        (STACK_GLOBAL, Unpickler._op_stack_global), (MEMOIZE, Unpickler._op_memoize),
        (FRAME, Unpickler._op_frame), (BYTEARRAY8, Unpickler._op_bytearray8),
        (NEXT_BUFFER, Unpickler._op_next_buffer), (READONLY_BUFFER, Unpickler._op_readonly_buffer)]:
    _OPS[_code[0]] = _method
del _code, _method


# --- the module-level shortcuts -------------------------------------------------------------------

class _Sink:
    __slots__ = ('data',)

    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data

    def read(self, size=-1):
        return b''

    def readline(self):
        return b''


# Values of these types may be plain data, which the Java fast path (_pickle._dumps_plain) writes
# byte for byte as Pickler does; it declines anything else.
_PLAIN = frozenset((type(None), bool, int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset))


def _plain_pickle(obj, protocol):
    if type(obj) not in _PLAIN:
        return None
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    elif type(protocol) is not int or protocol > HIGHEST_PROTOCOL:
        return None
    elif protocol < 0:
        protocol = HIGHEST_PROTOCOL
    return _dumps_plain(obj, protocol)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write the pickle of obj to the binary file."""
    if buffer_callback is None and hasattr(file, 'write'):
        data = _plain_pickle(obj, protocol)
        if data is not None:
            file.write(data)
            return
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    if buffer_callback is None:
        data = _plain_pickle(obj, protocol)
        if data is not None:
            return data
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read one pickle from the binary file and return its object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object of the pickle in data (a bytes-like object)."""
    if type(data) is bytes and buffers is None:
        plain = _loads_plain(data)
        if plain is not None:
            return plain[0]
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    reader = Unpickler(_Sink(), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    reader._data = bytes(data)
    reader._whole = True
    return reader.load()
