# open() in binary mode: reading, writing, appending, seeking; buffered data reaches the file.
import os, tempfile, struct
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.bin')
f = open(p, 'wb')
print(type(f).__name__, f.mode, f.write(b'hello\nworld\n'), f.write(bytearray(b'\x00\x01\xff')), f.tell())
for op in [lambda: f.read(), lambda: f.readline()]:
    try: op()
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
try: f.write('str')
except Exception as e: print(type(e).__name__, e)
f.close()
print(f.closed)
for op in [lambda: f.write(b'x'), lambda: f.read(), lambda: f.tell(), lambda: f.seek(0), lambda: f.flush(), lambda: next(iter(f))]:
    try: op()
    except Exception as e: print(type(e).__name__, e)
with open(p, 'rb') as g:
    print(type(g).__name__, g.mode, g.readable(), g.writable(), g.seekable())
    print(g.read(3), g.tell(), g.readline(), g.tell(), g.read(), g.read(), g.tell())
    print(g.seek(0), g.readline(2), g.seek(-3, 2), g.read(), g.seek(-4, 1), g.read(1))
    try: g.write(b'x')
    except Exception as e: print(type(e).__name__, e)
    try: g.seek(-100)
    except Exception as e: print(type(e).__name__, e)
    try: g.seek(0, 5)
    except Exception as e: print(type(e).__name__, e)
    g.seek(0)
    print(list(g), g.readlines())
with open(p, 'ab') as h:
    print(h.tell(), h.write(b'tail'), h.tell())
with open(p, 'r+b') as r:
    print(type(r).__name__, r.read(5), r.write(b'HELLO'), r.tell(), r.seek(0), r.read(12), r.truncate(8), r.seek(0, 2))
    r.seek(0)
    print(r.read())
for mode in ['rt b', 'q', 'rw', 'rbt', 'rr']:
    try: open(p, mode)
    except ValueError as e: print('ValueError:', e)
for kw in ['encoding', 'errors', 'newline']:
    try: open(p, 'rb', **{kw: 'x'})
    except ValueError as e: print('ValueError:', e)
try: open(os.path.join(d, 'nope.bin'), 'rb')
except FileNotFoundError as e: print('FileNotFoundError:', e.errno, e.strerror)
try: open(p, 'xb')
except FileExistsError as e: print('FileExistsError:', e.errno, e.strerror)
# records packed with struct, written and read back in pieces
with open(os.path.join(d, 'obj.bin'), 'wb') as f:
    for i in range(3):
        f.write(struct.pack('<id', i, i / 4))
with open(os.path.join(d, 'obj.bin'), 'rb') as f:
    print([struct.unpack('<id', f.read(struct.calcsize('<id'))) for _ in range(3)], f.read())
# Written without close(): the data is in the file when it is opened again, and at exit.
open(os.path.join(d, 't.txt'), 'w').write('text without close\n')
print(open(os.path.join(d, 't.txt')).read(), end='')
open(os.path.join(d, 'b.bin'), 'wb').write(b'x' * 10)
print(open(os.path.join(d, 'b.bin'), 'rb').read())
import shutil
shutil.rmtree(d)
