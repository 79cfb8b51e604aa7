# zlib and gzip: deflate output identical to CPython's zlib, round trips, streaming objects, checksums, errors.
import zlib

texts = [b"", b"hello", b"hello hello hello hello", bytes(range(256)) * 40, b"The quick brown fox " * 500]
for t in texts:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(t, level)
        print(len(t), level, c.hex() if len(c) < 60 else (len(c), zlib.crc32(c)), zlib.decompress(c) == t)
    for wbits in (-15, 31):
        c = zlib.compress(t, wbits=wbits)
        print(len(t), wbits, zlib.crc32(c), zlib.decompress(c, wbits) == t, zlib.decompress(c, 47) == t if wbits == 31 else "")
print(zlib.decompress(zlib.compress(b"auto"), wbits=47), zlib.decompress(zlib.compress(b"any window"), 0))

print(zlib.crc32(b"abc"), zlib.crc32(b"c", zlib.crc32(b"ab")), zlib.crc32(b""), zlib.crc32(b"abc", 0xffffffff))
print(zlib.adler32(b"abc"), zlib.adler32(b"c", zlib.adler32(b"ab")), zlib.adler32(b""), zlib.adler32(bytearray(b"x" * 10000)))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH,
      zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL)

c = zlib.compressobj()
parts = [c.compress(b"abc"), c.compress(b"def" * 100), c.flush()]
print(type(c).__name__, [p.hex() for p in parts], zlib.decompress(b"".join(parts)))
c = zlib.compressobj(9, zlib.DEFLATED, -15)
s = c.compress(b"streamed data " * 50) + c.flush(zlib.Z_SYNC_FLUSH)
s2 = c.compress(b"tail") + c.flush()
print(s.hex()[:40], s2.hex(), zlib.decompress(s + s2, -15)[-20:])
c = zlib.compressobj(wbits=31)
g = c.compress(b"gzip stream") + c.flush()
print(g.hex())

d = zlib.decompressobj()
blob = zlib.compress(b"0123456789" * 100) + b"EXTRA"
out = b"".join(d.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7))
print(type(d).__name__, len(out), d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
first = d.decompress(zlib.compress(b"abcdefgh" * 100), 50)
print(len(first), len(d.unconsumed_tail) > 0, d.eof)
rest = d.decompress(d.unconsumed_tail) + d.flush()
print(len(first + rest), d.eof)
d = zlib.decompressobj(31)
print(d.decompress(g), d.eof)
d = zlib.decompressobj(zdict=b"dictionary words")
c = zlib.compressobj(zdict=b"dictionary words")
z = c.compress(b"words in the dictionary") + c.flush()
print(z.hex(), d.decompress(z))


def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)


err(zlib.decompress, b"garbage")
err(zlib.decompress, zlib.compress(b"abc")[:-3])
err(zlib.decompress, zlib.compress(b"abc") + b"")
err(zlib.decompress, zlib.compress(b"abc", wbits=31)[:-2], 31)
err(zlib.compress, b"x", 10)
err(zlib.compress, "x")
err(zlib.crc32, "x")
err(zlib.decompress, b"x\x9c", wbits=3)
c = zlib.compressobj()
c.flush()
err(c.compress, b"more")
print(issubclass(zlib.error, Exception), zlib.error.__module__)

import gzip
import io
import os
import tempfile

data = b"line of text\n" * 200
blob = gzip.compress(data, mtime=0)
print(blob[:10].hex(), len(blob), gzip.decompress(blob) == data)
print(gzip.compress(b"abc", compresslevel=9, mtime=0).hex(), gzip.compress(b"abc", 1, mtime=0).hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
path = os.path.join(tempfile.mkdtemp(), "f.txt.gz")
with gzip.open(path, "wb") as f:
    print(f.write(b"binary\n"), f.write(data))
with gzip.open(path, "rb") as f:
    print(f.readline(), len(f.read()))
with gzip.open(path, "rt") as f:
    print(f.readline().rstrip(), len(f.readlines()))
with gzip.open(path, "wt", encoding="utf-8") as f:
    f.write("text mode ünïcode\n")
    print("second line", file=f)
with gzip.open(path, "rt", encoding="utf-8") as f:
    print(f.read())
with open(path, "rb") as f:
    raw = f.read()
print(raw[:2].hex(), raw[2], gzip.decompress(raw))
with gzip.open(path, "ab") as f:
    f.write(b"appended\n")
with gzip.open(path) as f:
    print([line for line in f])
with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"fileobj data", mtime=0))) as f:
    print(f.read(4), f.read())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"to a buffer")
print(gzip.decompress(buf.getvalue()))
err(gzip.decompress, b"not gzip data")
err(gzip.decompress, gzip.compress(b"abc", mtime=0)[:-4])
err(gzip.open, path, "rz")
err(gzip.open, path, "rb", encoding="utf-8")
print(gzip.BadGzipFile.__mro__[1].__name__)
