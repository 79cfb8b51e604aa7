# base64 and binascii: encodings both ways, alphabets, padding, errors.
import base64
import binascii
import io


def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)


for d in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"\xfb\xff\xfe", bytes(range(256))]:
    e = base64.b64encode(d)
    print(e[:24], base64.b64decode(e) == d, base64.urlsafe_b64encode(d)[:12], base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d)
    print(base64.b32encode(d)[:24], base64.b32decode(base64.b32encode(d)) == d, base64.b32hexencode(d)[:16],
          base64.b32hexdecode(base64.b32hexencode(d)) == d, base64.b16encode(d)[:16], base64.b16decode(base64.b16encode(d)) == d)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"), base64.b64decode("YWJj"))
print(base64.standard_b64encode(b"std"), base64.standard_b64decode(b"c3Rk"), base64.b64decode(b"YW Jj\n"))
print(base64.b32decode("mfrgg===", casefold=True), base64.b32decode("MFRGGZA=", map01="L"), base64.b16decode("6162", True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(base64.encodebytes(b"y" * 100)) == b"y" * 100)
out = io.BytesIO()
base64.encode(io.BytesIO(b"file contents " * 10), out)
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(out.getvalue()[:30], back.getvalue()[:14])
err(base64.b64decode, b"abc")
err(base64.b64decode, "ab=c", validate=True)
err(base64.b64decode, "YW*j", validate=True)
err(base64.b64decode, "YW*j")
err(base64.b64encode, "s")
err(base64.b64decode, 5)
err(base64.b32decode, b"abc")
err(base64.b32decode, b"mfrgg===")
err(base64.b16decode, b"ab")
err(base64.b64decode, "é")
err(base64.encodebytes, "x")

print(binascii.hexlify(b"abc", "-", 2), binascii.hexlify(b"abcde", b":", -2), binascii.b2a_hex(b"\x00\xff"), binascii.unhexlify("00ff"))
print(binascii.hexlify(b"\x01\x02\x03\x04", " "), binascii.a2b_hex(b"DEADbeef"))
for d in [b"", b"a", b"ab", b"abc", bytes(range(40))]:
    e = binascii.b2a_base64(d)
    print(e, binascii.a2b_base64(e) == d, binascii.b2a_base64(d, newline=False)[-3:])
print(binascii.a2b_base64(b"YQ==YQ=="), binascii.crc32(b"abc"), binascii.crc32(b"x", 5), binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"123456789", 0xffff))
err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.a2b_base64, b"a")
err(binascii.a2b_base64, b"ab=c", strict_mode=True)
err(binascii.a2b_base64, b"=abc", strict_mode=True)
err(binascii.hexlify, "str")
print(issubclass(binascii.Error, ValueError), binascii.Incomplete.__mro__[1].__name__)
