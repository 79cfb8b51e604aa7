# codecs: lookup and aliases, CodecInfo, encode/decode with every built-in error handler and registered ones,
# UTF-8/16/32 and their error messages, incremental and stream coders, codecs.open, EncodedFile, hex/base64/rot13
import codecs
for n in ["utf8","U8","UTF-8","latin1","latin-1","l1","iso-8859-1","ascii","us-ascii","utf-16","utf_16_le","UTF-16BE","utf-32","utf-32-le","utf_32_be","utf-8-sig","hex","base64","base_64","rot13","rot_13","hex_codec","utf16"]:
    print(n, codecs.lookup(n).name)
ci = codecs.lookup("utf-8"); print(repr(ci)[:40], len(ci), ci[0] is ci.encode, ci.encode("é"), ci.decode(b"\xc3\xa9"))
for f in [lambda: codecs.encode(b"x", "utf-8"), lambda: codecs.decode("x", "utf-8"), lambda: codecs.encode("x", "hex"), lambda: codecs.lookup("nope"), lambda: codecs.lookup(3), lambda: codecs.lookup_error("nope"), lambda: codecs.register_error("x", 1), lambda: codecs.decode(b"zz", "hex"), lambda: codecs.decode(b"a", "base64"), lambda: codecs.decode(b"abc", "base64")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(codecs.encode(b"hello world", "base64"), codecs.decode(b"aGVsbG8gd29ybGQ=\n", "base64"), codecs.encode("Hello", "rot13"), codecs.encode(b"\x00\xff", "hex"), codecs.decode(b"00ff", "hex"), codecs.decode("00FF", "hex"))
print(codecs.encode(b"x"*60, "base64"), codecs.decode(codecs.encode(bytes(range(256)), "base64"), "base64") == bytes(range(256)))
print(codecs.getencoder("utf-16")("ab"), codecs.getdecoder("utf-16")(b"\xff\xfea\x00b\x00"), codecs.encode("ab","utf-32"), codecs.decode(b"\xfe\xff\x00a", "utf-16"))
d = codecs.getincrementaldecoder("utf-8")(); print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")), d.getstate())
d = codecs.getincrementaldecoder("utf-8")(); d.decode(b"\xe2")
try: d.decode(b"", final=True)
except UnicodeDecodeError as e: print(e)
e = codecs.getincrementalencoder("utf-16")(); print(e.encode("a"), e.encode("b"), e.reset(), e.encode("c"))
for enc in ["utf-16","utf-16-le","utf-32-be","utf-8"]:
    for data in [b"a", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\xd8a\x00", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\x80", b"\xe2\x82", b"\xe2(\xa1"]:
        try: print(enc, data, repr(codecs.decode(data, enc)))
        except UnicodeDecodeError as e: print(enc, data, e)
for enc in ["utf-8","utf-16","latin-1","ascii","utf-32"]:
    for err in ["strict","surrogatepass","surrogateescape","backslashreplace","xmlcharrefreplace","replace","ignore"]:
        try: print(enc, err, codecs.encode("a\udcff\ud800é€\U0001f600", enc, err))
        except Exception as e: print(enc, err, type(e).__name__, e)
for enc in ["utf-8", "ascii", "utf-16-le"]:
    for err in ["replace", "ignore", "backslashreplace", "surrogateescape", "xmlcharrefreplace"]:
        try: print(enc, err, ascii(codecs.decode(b"a\xff\xe9\x80b", enc, err)))
        except Exception as e: print(enc, err, type(e).__name__, e)
print(codecs.decode(codecs.encode("a\udcff\ud800", "utf-8", "surrogatepass"), "utf-8", "surrogatepass") == "a\udcff\ud800")
print(codecs.decode(b"\xff\xfe\x00\xd8", "utf-16", "surrogatepass") == "\ud800")
print(codecs.encode(codecs.decode(b"a\xffb", "utf-8", "surrogateescape"), "utf-8", "surrogateescape"))
def myhandler(exc):
    return ("<%s>" % exc.object[exc.start:exc.end], exc.end)
codecs.register_error("angle", myhandler)
print(codecs.lookup_error("angle") is myhandler, codecs.lookup_error("strict") is codecs.strict_errors)
print(codecs.decode(b"a\xffb", "ascii", "angle"))
def numeric(exc):
    return ("[%d]" % ord(exc.object[exc.start]), exc.start + 1)
codecs.register_error("numeric", numeric)
print(codecs.encode("aé€b", "ascii", "numeric"), codecs.encode("aé€b", "latin-1", "numeric"))
for h in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    try: print(h, codecs.lookup_error(h)(ValueError("x")))
    except Exception as e: print(h, type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE)
print(list(codecs.iterencode(["a", "b"], "utf-16")), list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac"], "utf-8")))
print(codecs.encode("é", "utf-8-sig"), codecs.decode(b"\xef\xbb\xbf\xc3\xa9", "utf-8-sig"), codecs.decode(b"\xc3\xa9", "utf-8-sig"))
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "f.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("héllo\nwörld\n")
print(open(path, "rb").read())
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.readline()), repr(f.read()))
with codecs.open(path, encoding="utf-16") as f:
    print(list(f))
import io
raw = io.BytesIO()
w = codecs.getwriter("utf-8")(raw); w.write("€"); print(raw.getvalue())
r = codecs.getreader("utf-8")(io.BytesIO("ab\ncd€".encode())); print(r.readlines())
ef = codecs.EncodedFile(io.BytesIO(), "utf-8", "utf-16-le"); ef.write("é".encode()); print(ef.stream.getvalue())
print(codecs.utf_8_encode("é"), codecs.utf_8_decode(b"\xc3"), codecs.utf_8_decode(b"\xc3\xa9x", "strict", True), codecs.latin_1_encode("é"), codecs.ascii_decode(b"ab"))
class Inc(codecs.IncrementalDecoder):
    def decode(self, input, final=False): return input.decode("ascii").upper()
print(Inc().decode(b"ab"), Inc("ignore").errors)
def search(name):
    if name == "my_up":
        return codecs.CodecInfo(lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (b.decode().lower(), len(b)), name="my-up")
codecs.register(search)
print(codecs.encode("abc", "my-up"), codecs.decode(b"ABC", "My Up"), codecs.lookup("my_up").name)
codecs.unregister(search)
try: codecs.lookup("my-up")
except LookupError as e: print(e)
