# struct: formats, byte orders, sizes and alignment, Struct objects, errors.
import struct

print(struct.pack("<hi", 1, 2), struct.pack(">hi", 1, 2), struct.pack("!I", 0xDEADBEEF), struct.pack("=q", -2))
print(struct.pack("@bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("bq"), struct.calcsize("@3s0i"))
print(struct.unpack("<hi", struct.pack("<hi", -1, -2)), struct.unpack(">HI", b"\xff\xff\x00\x00\x00\x01"))
print(struct.pack("<3sx5p", b"abcdef", b"hi"), struct.unpack("<3sx5p", struct.pack("<3sx5p", b"abcdef", b"hi")))
print(struct.pack("<e", 1.5), struct.unpack("<e", struct.pack("<e", 1.5)), struct.pack(">d", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("??", b"\x00\x05"), struct.pack("?", []), struct.pack("c", b"x"), struct.unpack("cc", b"ab"))
print(struct.pack("P", 5), struct.pack("n", -1), struct.pack("N", 2**64 - 1), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("i", True), struct.pack("4B", 1, 2, 3, 4), struct.unpack("2h 2h", bytes(range(8))), struct.calcsize("10s"))
print(struct.pack("<ll", 1, -1), struct.calcsize("<l"), struct.calcsize("l"), struct.calcsize("<d3x"), struct.calcsize("hd"))
s = struct.Struct("<hi")
print(s.size, s.format, s.pack(3, 4), s.unpack(b"\x03\x00\x04\x00\x00\x00"), s.unpack_from(b"xx\x03\x00\x04\x00\x00\x00", 2))
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 7, 8)
s.pack_into(buf, 4, 1, 2)
print(buf, list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"\x01\x00\x02\x00", offset=2))
print(struct.Struct(b"<i").format, struct.unpack("<i", bytearray(b"\x01\x00\x00\x00")))
tests = [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("I", 2**32), ("l", 2**63), ("L", -1),
         ("q", 2**63), ("Q", -1), ("<i", 2**31), ("<I", -1), ("<I", 2**32), ("<l", 2**31), ("<q", 2**63), ("<Q", -1),
         ("<h", 40000), (">b", 200), ("i", "x"), ("i", 2.5), ("f", "x"), ("s", 1), ("p", "x"), ("e", 1e10),
         ("<f", 1e300), ("n", 2**63), ("N", -1), ("c", b"ab"), ("c", 1)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for call in ['struct.pack("ii", 1)', 'struct.pack("i", 1, 2)', 'struct.unpack("i", b"ab")', 'struct.calcsize("z")',
             'struct.unpack_from("i", b"abcd", 2)', 'struct.pack_into("i", bytearray(4), 2, 1)',
             'struct.iter_unpack("i", b"abc")', 'struct.calcsize("3")', 'struct.unpack("i", 5)', 'struct.calcsize("<P")']:
    try:
        print(call, "=>", eval(call))
    except (struct.error, TypeError) as e:
        print(call, type(e).__name__, e)
print(struct.error, issubclass(struct.error, Exception))
struct.unpack("<i", b"\x00")
