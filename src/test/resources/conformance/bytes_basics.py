# bytes: literals, indexing (ints), slicing, methods, conversions, bytearray
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1])
print(list(b"abc"), bytes([72, 105]), bytes(3), bytes("é", "utf-8"))
print(b + b"!", b * 2, b"ll" in b, 104 in b)
print(b.upper(), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"o"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b"-".join([b"a", b"b"]))
print(b.decode(), b.hex(), bytes.fromhex("414243"), b"\x00\x01\xff")
print(b == b"hello world", b"a" < b"b", b"abc"[1:2] == b"b")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba))
print(repr(b"quote's"), repr(b'"dq"'), repr(b"\t\n\r\\"))
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"abc" + "def"
except TypeError as e:
    print(e)
print(str(b"x", "ascii"), b"%d-%s" % (5, b"z"))
