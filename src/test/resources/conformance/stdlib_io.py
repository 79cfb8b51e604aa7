# io: StringIO and BytesIO (read/write/seek/tell/getvalue/readline/iteration), TextIOWrapper over BytesIO.
import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell(), s.seek(0, 2), s.truncate(4), repr(s.getvalue()))
s = io.StringIO("line1\nline2\nline3")
print([l for l in s], s.readable(), s.writable(), s.seekable())
s.seek(0)
print(s.readlines(), repr(s.read(0)))
with io.StringIO("abc") as f:
    print(f.read(2), f.read(5), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
out = io.StringIO()
print("to a buffer", 42, file=out)
out.writelines(["a", "b\n"])
print(repr(out.getvalue()))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print("captured")
sys.stdout = old
print(repr(buf.getvalue()))
s = io.StringIO("x")
s.seek(3)
s.write("y")
print(repr(s.getvalue()))

b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.seek(-2, 2), b.read(), b.seek(0), b.readline())
b = io.BytesIO(b"one\ntwo\nthree")
print(list(b), b.getvalue())
b.seek(10)
b.write(b"!!")
print(b.getvalue(), b.truncate(3), b.getvalue())
try:
    io.BytesIO().write("s")
except TypeError as e:
    print("TypeError", e)
t = io.TextIOWrapper(io.BytesIO("héllo\nwörld\n".encode("utf-8")), encoding="utf-8")
print(repr(t.readline()), repr(t.read()))
raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
w.write("ünï\n")
w.flush()
print(raw.getvalue())
print(type(io.StringIO()), type(io.BytesIO()), io.SEEK_END, issubclass(io.StringIO, io.TextIOBase), isinstance(io.BytesIO(), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), io.open is open)
io.StringIO(5)
